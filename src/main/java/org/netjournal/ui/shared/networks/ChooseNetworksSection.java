package org.netjournal.ui.shared.networks;

import org.netjournal.ui.models.MyNetworksModel;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.Network;
import org.netjournal.domain.NetworkGuide;
import org.netjournal.i18n.Messages;

/**
 * Step 2: my networks with their why, the catalogue (what each network is for, whom you meet, formats, effort,
 * a note for shy people) with a button to choose each, and a network of one's own. The editors are rebuilt only
 * when a network is chosen, un-chosen or added, never while the user types; the page is rebuilt each time it is
 * shown, so the section listens weakly and goes away with it.
 */
public final class ChooseNetworksSection {

    private final VBox root = new VBox(18);
    private final MyNetworksModel model;
    private final Messages messages;
    private final VBox chosenBox = new VBox(12);
    /** Networks of the user's own that are not chosen any more, to choose again (their words are kept). */
    private final VBox earlierOwn = new VBox(4);
    private final Map<Network, HBox> catalogueActions = new EnumMap<>(Network.class);

    public ChooseNetworksSection(MyNetworksModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        chosenBox.setId("chosenNetworks");

        VBox mine = new VBox(8, new VBox(2, NetworkTexts.heading(messages, "mynetworks.title"),
                NetworkTexts.hint(messages.get("mynetworks.hint"))), chosenBox);
        VBox catalogue = new VBox(6, new VBox(2, NetworkTexts.heading(messages, "mynetworks.catalogue"),
                NetworkTexts.hint(messages.get("mynetworks.catalogueHint"))));
        catalogue.setId("networkCatalogue");
        for (Network network : NetworkGuide.catalogue()) {
            catalogue.getChildren().add(cataloguePane(network));
        }
        root.getChildren().addAll(mine, catalogue, ownNetwork());
        root.setId("myNetworksSection");
        ChosenNetworksWatch.attach(root, model, this::rebuild);
    }

    public Region root() {
        return root;
    }

    private void rebuild(List<MyNetwork> chosen) {
        chosenBox.getChildren().clear();
        if (chosen.isEmpty()) {
            chosenBox.getChildren().add(NetworkTexts.hint(messages.get("mynetworks.none")));
        }
        for (MyNetwork network : chosen) {
            chosenBox.getChildren().add(chosenRow(network));
        }
        catalogueActions.forEach(this::fillAction);
        earlierOwn.getChildren().clear();
        for (MyNetwork own : model.all().stream().filter(n -> n.isCustom() && !n.chosen()).toList()) {
            Button again = new Button(messages.format("mynetworks.chooseAgain", own.customName()),
                    new FontIcon(Material2OutlinedAL.ADD));
            again.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            again.setId("chooseAgain-" + NetworkTexts.idOf(own));
            again.setOnAction(event -> model.setChosen(own, true));
            earlierOwn.getChildren().add(again);
        }
    }

    private Region chosenRow(MyNetwork network) {
        Label name = new Label(MyNetworksModel.name(network, messages));
        name.getStyleClass().add(Styles.TEXT_BOLD);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        Button drop = new Button(messages.get("mynetworks.unchoose"), new FontIcon(Material2OutlinedAL.CLOSE));
        drop.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        drop.setId("unchoose-" + NetworkTexts.idOf(network));
        drop.setOnAction(event -> {
            model.flushEdits();
            model.setChosen(network, false);
        });
        HBox top = new HBox(8, name, drop);
        top.setAlignment(Pos.CENTER_LEFT);

        TextArea why = new TextArea(network.why());
        why.setId("why-" + NetworkTexts.idOf(network));
        why.setPromptText(messages.get("mynetworks.whyPrompt"));
        why.setWrapText(true);
        why.setPrefRowCount(2);
        why.textProperty().addListener((obs, old, text) -> model.whyEdited(network, text));
        why.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.flushEdits();
            }
        });
        VBox row = new VBox(4, top, why);
        row.getStyleClass().add("timeline-row");
        return row;
    }

    private TitledPane cataloguePane(Network network) {
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        int row = 0;
        for (NetworkGuide.Aspect aspect : NetworkGuide.Aspect.values()) {
            Label label = new Label(messages.get(aspectKey(aspect)));
            label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label text = NetworkTexts.text(messages.get(NetworkGuide.aboutKey(network, aspect)));
            text.setId("about-" + network.code() + "-" + aspect.code());
            GridPane.setHgrow(text, Priority.ALWAYS);
            facts.addRow(row++, label, text);
        }
        HBox action = new HBox(8);
        action.setAlignment(Pos.CENTER_LEFT);
        catalogueActions.put(network, action);
        fillAction(network, action);
        TitledPane pane = new TitledPane(messages.get("network." + network.code()), new VBox(10, facts, action));
        pane.setId("catalogue-" + network.code());
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    private static String aspectKey(NetworkGuide.Aspect aspect) {
        return switch (aspect) {
            case PURPOSE -> "mynetworks.aspect.purpose";
            case PEOPLE -> "mynetworks.aspect.people";
            case FORMATS -> "mynetworks.aspect.formats";
            case EFFORT -> "mynetworks.aspect.effort";
            case SHY -> "mynetworks.aspect.shy";
        };
    }

    /** "Choose LinkedIn", or "One of your networks" once chosen. */
    private void fillAction(Network network, HBox action) {
        action.getChildren().clear();
        boolean chosen = model.builtIn(network).map(MyNetwork::chosen).orElse(false);
        if (chosen) {
            Label mine = new Label(messages.get("mynetworks.isMine"), new FontIcon(Material2OutlinedAL.CHECK_CIRCLE));
            mine.getStyleClass().add(Styles.SUCCESS);
            action.getChildren().add(mine);
        } else {
            Button choose = new Button(messages.format("mynetworks.choose", messages.get("network." + network.code())),
                    new FontIcon(Material2OutlinedAL.ADD));
            choose.setId("choose-" + network.code());
            choose.getStyleClass().add(Styles.ACCENT);
            choose.setOnAction(event -> model.choose(network));
            action.getChildren().add(choose);
        }
    }

    private Region ownNetwork() {
        TextField name = new TextField();
        name.setId("ownNetworkName");
        name.setPromptText(messages.get("mynetworks.ownPrompt"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(messages.get("mynetworks.addOwn"), new FontIcon(Material2OutlinedMZ.PLAYLIST_ADD));
        add.setId("addOwnNetwork");
        add.disableProperty().bind(name.textProperty().isEmpty());
        Runnable addOwn = () -> {
            if (!name.getText().isBlank()) {
                model.addCustom(name.getText().strip(), added -> { });
                name.clear();
            }
        };
        add.setOnAction(event -> addOwn.run());
        name.setOnAction(event -> addOwn.run());
        HBox row = new HBox(8, name, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, new VBox(2, NetworkTexts.heading(messages, "mynetworks.own"),
                NetworkTexts.hint(messages.get("mynetworks.ownHint"))), row, earlierOwn);
    }
}
