package org.netjournal.ui.shared.networks;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ContentDisplay;
import org.netjournal.ui.models.MyNetworksModel;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.NetworkCheck;
import org.netjournal.domain.NetworkGuide;
import org.netjournal.i18n.DateTimeTexts;
import org.netjournal.i18n.Messages;

/**
 * Step 3: for each chosen network my profile link (kept as typed, repaired when read), the profile checklist and
 * the privacy checklist written for that network, each item with where to find it, and the day of the last
 * privacy review. Rebuilt only when a network is chosen, un-chosen or added, never while the user types.
 */
public final class ProfilesSection {

    private final VBox root = new VBox(16);
    private final MyNetworksModel model;
    private final Messages messages;
    private final DateTimeTexts dates;
    private final Runnable openStepTwo;
    private final VBox cards = new VBox(16);

    public ProfilesSection(MyNetworksModel model, Messages messages, Runnable openStepTwo) {
        this.model = model;
        this.messages = messages;
        this.openStepTwo = openStepTwo;
        dates = new DateTimeTexts(messages);
        cards.setId("networkProfiles");
        root.getChildren().addAll(new VBox(2, NetworkTexts.heading(messages, "profiles.title"),
                NetworkTexts.hint(messages.get("profiles.hint"))), cards);
        root.setId("myProfilesSection");
        ChosenNetworksWatch.attach(root, model, this::rebuild);
    }

    public Region root() {
        return root;
    }

    private void rebuild(List<MyNetwork> chosen) {
        cards.getChildren().clear();
        if (chosen.isEmpty()) {
            Hyperlink toStepTwo = new Hyperlink(messages.get("profiles.chooseFirst"),
                    new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
            toStepTwo.setId("profilesChooseFirst");
            toStepTwo.setContentDisplay(ContentDisplay.RIGHT);
            toStepTwo.setOnAction(event -> openStepTwo.run());
            cards.getChildren().add(toStepTwo);
        }
        for (MyNetwork network : chosen) {
            cards.getChildren().add(card(network));
        }
    }

    private Region card(MyNetwork network) {
        String id = NetworkTexts.idOf(network);
        Label name = new Label(MyNetworksModel.name(network, messages));
        name.getStyleClass().add(Styles.TITLE_4);

        TextField link = new TextField(network.profileLink());
        link.setId("profileLink-" + id);
        link.setPromptText(messages.get("profiles.linkPrompt"));
        Label linkHint = NetworkTexts.hint("");
        Runnable explain = () -> {
            boolean notALink = !link.getText().isBlank() && network.withProfileLink(link.getText()).profile().isEmpty();
            linkHint.setText(notALink ? messages.get("profiles.notALink") : "");
            linkHint.setVisible(notALink);
            linkHint.setManaged(notALink);
        };
        link.textProperty().addListener((obs, old, text) -> {
            model.profileLinkEdited(network, text);
            explain.run();
        });
        link.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.flushEdits();
            }
        });
        explain.run();

        VBox card = new VBox(8, name, new VBox(2, new Label(messages.get("profiles.link")), link, linkHint),
                subheading("profiles.profileList"), checks(network, network.profileChecks()),
                subheading("profiles.privacyList"), checks(network, network.privacyChecks()), reviewRow(network));
        card.getStyleClass().add("network-card");
        card.setId("profileCard-" + id);
        return card;
    }

    private Label subheading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private Region checks(MyNetwork network, List<NetworkCheck> items) {
        VBox list = new VBox(6);
        for (NetworkCheck check : items) {
            CheckBox box = new CheckBox(messages.get(NetworkGuide.checkKey(check)));
            box.setId("check-" + NetworkTexts.idOf(network) + "-" + check.code());
            box.setSelected(network.isChecked(check));
            box.selectedProperty().addListener((obs, was, now) -> model.setChecked(network, check, now));
            Label where = NetworkTexts.hint(messages.get(NetworkGuide.whereKey(network.network(), check)));
            where.setPadding(new Insets(0, 0, 0, 26)); // under the label, not the box
            list.getChildren().add(new VBox(1, box, where));
        }
        return list;
    }

    private Region reviewRow(MyNetwork network) {
        Label when = new Label();
        when.setId("reviewedOn-" + NetworkTexts.idOf(network));
        when.getStyleClass().add(Styles.TEXT_SMALL);
        when.setWrapText(true);
        HBox.setHgrow(when, Priority.ALWAYS);
        when.setMaxWidth(Double.MAX_VALUE);
        Consumer<LocalDate> show = day -> when.setText(day == null
                ? messages.get("profiles.neverReviewed") : messages.format("profiles.reviewedOn", dates.date(day)));
        show.accept(network.reviewedOn());
        Button reviewed = new Button(messages.get("profiles.reviewedToday"), new FontIcon(Material2OutlinedMZ.VERIFIED_USER));
        reviewed.setId("reviewed-" + NetworkTexts.idOf(network));
        reviewed.setOnAction(event -> {
            LocalDate today = LocalDate.now();
            model.reviewedOn(network, today);
            show.accept(today);
        });
        HBox row = new HBox(10, when, reviewed);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
