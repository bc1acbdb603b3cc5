package org.netjournal.ui.shared.strategy;

import org.netjournal.ui.models.StrategyModel;
import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.netjournal.domain.StepDefinition;
import org.netjournal.domain.StrategyGoal;
import org.netjournal.i18n.DateTimeTexts;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.Destination;
import org.netjournal.ui.Navigation;

/**
 * The goal pinned where the user acts on it (home, step 6): its words and date, or a link to write one in step 5.
 * It follows the goal as it is typed; pages are rebuilt, so it listens weakly.
 */
public final class PinnedGoal {

    private final VBox root = new VBox(4);
    private final StrategyModel strategy;
    private final Messages messages;
    private final Navigation navigation;
    private final InvalidationListener refresh = observable -> refresh();

    /** Home shows the goal only once there is one (a suggestion there could not be turned off); step 6 always. */
    private final boolean onlyWhenWritten;

    public PinnedGoal(StrategyModel strategy, Messages messages, Navigation navigation, boolean onlyWhenWritten) {
        this.onlyWhenWritten = onlyWhenWritten;
        this.strategy = strategy;
        this.messages = messages;
        this.navigation = navigation;
        root.setId("pinnedGoal");
        root.managedProperty().bind(root.visibleProperty());
        root.getStyleClass().add("pinned-goal");
        root.getProperties().put(PinnedGoal.class, this);
        WeakInvalidationListener weak = new WeakInvalidationListener(refresh);
        strategy.goalTextProperty().addListener(weak);
        strategy.byWhenProperty().addListener(weak);
        refresh();
    }

    public Region root() {
        return root;
    }

    private void refresh() {
        StrategyGoal goal = strategy.goal();
        Label title = new Label(messages.get("strategy.pinnedTitle"), new FontIcon(Material2OutlinedAL.FLAG));
        title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Hyperlink edit = new Hyperlink(messages.get(goal.isWritten() ? "strategy.editGoal" : "strategy.writeGoal"));
        edit.setId("pinnedGoalEdit");
        edit.setOnAction(event -> navigation.go(new Destination.Step(StepDefinition.STRATEGY.number())));
        root.getChildren().setAll(title);
        if (goal.isWritten()) {
            Label text = new Label(goal.text().strip());
            text.setId("pinnedGoalText");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add(Styles.TEXT_BOLD);
            root.getChildren().add(text);
            if (goal.byWhen() != null) {
                root.getChildren().add(StrategyTexts.hint(messages.format("strategy.byWhenDate",
                        new DateTimeTexts(messages).date(goal.byWhen()))));
            }
        }
        root.getChildren().add(edit);
        root.setVisible(goal.isWritten() || !onlyWhenWritten);
    }
}
