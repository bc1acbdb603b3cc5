package org.netjournal.ui.shared.strategy;

import org.netjournal.ui.models.StrategyModel;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.common.Autosave;
import org.netjournal.ui.common.DateFields;
import org.netjournal.ui.common.TabTraversal;

/**
 * Step 5's goal: where networking should take the user, in their words, and by when. Typed text reaches the file
 * through the window's autosave (debounced, with a maximum wait), and at once when the field loses the focus.
 */
final class GoalSection {

    private final VBox root = new VBox(8);

    GoalSection(StrategyModel strategy, Messages messages, Autosave autosave) {
        TextArea goal = new TextArea();
        goal.setId("goalText");
        goal.setPromptText(messages.get("strategy.goalPrompt"));
        goal.setWrapText(true);
        goal.setPrefRowCount(3);
        goal.textProperty().bindBidirectional(strategy.goalTextProperty());
        TabTraversal.install(goal);

        DatePicker byWhen = new DatePicker();
        byWhen.setId("goalByWhen");
        DateFields.use(byWhen, messages);
        byWhen.valueProperty().bindBidirectional(strategy.byWhenProperty());
        Label byWhenLabel = new Label(messages.get("strategy.byWhen"));
        byWhenLabel.setLabelFor(byWhen);
        HBox dateRow = new HBox(8, byWhenLabel, byWhen);
        dateRow.setAlignment(Pos.CENTER_LEFT);

        goal.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                autosave.flush();
            }
        });
        root.getChildren().addAll(new VBox(2, StrategyTexts.heading(messages.get("strategy.goal")),
                StrategyTexts.hint(messages.get("strategy.goalHint"))), goal, dateRow);
    }

    Region root() {
        return root;
    }
}
