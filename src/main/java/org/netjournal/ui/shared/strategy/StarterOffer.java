package org.netjournal.ui.shared.strategy;

import org.netjournal.ui.models.StrategyModel;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.StarterText;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.Destination;
import org.netjournal.ui.Navigation;

/**
 * "Use a starter text": links to the starter drafts that help on a step; each opens the drafts area with it.
 * Starters the user edited (now their own) or removed are not offered; with none left the offer is hidden.
 */
final class StarterOffer {

    private final VBox root = new VBox(4);
    private final FlowPane links = new FlowPane(12, 4);
    private final StrategyModel strategy;
    private final Messages messages;
    private final Navigation navigation;
    private final List<StarterText> starters;
    private final InvalidationListener refresh = observable -> refresh();

    StarterOffer(StrategyModel strategy, Messages messages, Navigation navigation, List<StarterText> starters) {
        this.strategy = strategy;
        this.messages = messages;
        this.navigation = navigation;
        this.starters = List.copyOf(starters);
        root.setId("starterOffer");
        root.managedProperty().bind(root.visibleProperty());
        Label title = new Label(messages.get("strategy.useStarter"), new FontIcon(Material2OutlinedMZ.TEXT_SNIPPET));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        root.getChildren().addAll(title, links);
        root.getProperties().put(StarterOffer.class, this);
        strategy.starterDrafts().addListener(new WeakInvalidationListener(refresh));
        refresh();
    }

    Region root() {
        return root;
    }

    private void refresh() {
        links.getChildren().clear();
        for (StarterText starter : starters) {
            long draftId = strategy.draftOf(starter);
            if (draftId != 0) {
                Hyperlink link = new Hyperlink(messages.get("starter." + starter.code() + ".title"));
                link.getStyleClass().add("starter-link");
                link.setOnAction(event -> navigation.go(new Destination.Drafts(draftId)));
                links.getChildren().add(link);
            }
        }
        root.setVisible(!links.getChildren().isEmpty());
    }
}
