package org.netjournal.ui.shared.strategy;

import java.time.Instant;
import java.util.stream.Collectors;
import javafx.scene.Node;
import org.netjournal.ui.models.StrategyModel;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactValidation;
import org.netjournal.domain.InterestingAccount;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.common.FormGrid;
import org.netjournal.ui.common.PickedChoices;
import org.netjournal.ui.shared.ContactLabels;
import org.netjournal.ui.models.ContactsModel;

/**
 * Step 4's notebook for looking around: accounts, pages and hashtags worth following, noted in a few seconds
 * (a name or handle, the network, a link, why), either as an interesting account or, for a person, as a contact
 * at the "observe" stage. It shows what was noted.
 */
final class LookingAroundSection {

    private static final List<Network> NETWORK_CHOICES = Stream.concat(Stream.of((Network) null),
            Stream.of(Network.values())).toList();

    private final VBox root = new VBox(8);
    private final VBox list = new VBox(4);
    private final Label watching = new Label();
    private final StrategyModel strategy;
    private final ContactsModel contacts;
    private final Messages messages;
    private final ContactLabels labels;
    private final TextField name = new TextField();
    private final ComboBox<Network> network = new ComboBox<>();
    private final TextField link = new TextField();
    private final TextField why = new TextField();
    private final InvalidationListener refresh = observable -> refresh();

    LookingAroundSection(StrategyModel strategy, ContactsModel contacts, Messages messages, Runnable openContacts) {
        this.strategy = strategy;
        this.contacts = contacts;
        this.messages = messages;
        this.labels = new ContactLabels(messages);
        list.setId("interestingAccounts");

        name.setId("accountName");
        name.setPromptText(messages.get("strategy.accountNamePrompt"));
        network.setId("accountNetwork");
        network.getItems().setAll(NETWORK_CHOICES);
        PickedChoices.show(network, this::networkName);
        network.getSelectionModel().select(0);
        link.setId("accountLink");
        link.setPromptText(messages.get("strategy.accountLinkPrompt"));
        why.setId("accountWhy");
        why.setPromptText(messages.get("strategy.accountWhyPrompt"));
        // typed but not noted yet: kept like any typed text (the window's autosave), also across pages and restarts
        name.textProperty().bindBidirectional(strategy.unsentAccountField(0));
        link.textProperty().bindBidirectional(strategy.unsentAccountField(1));
        why.textProperty().bindBidirectional(strategy.unsentAccountField(2));
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox nameRow = new HBox(8, name, network);
        nameRow.setAlignment(Pos.CENTER_LEFT);

        Button note = new Button(messages.get("strategy.noteAccount"), new FontIcon(Material2OutlinedMZ.PLAYLIST_ADD));
        note.setId("addAccount");
        Button asContact = new Button(messages.get("strategy.watchPerson"),
                new FontIcon(Material2OutlinedMZ.PERSON_ADD));
        asContact.setId("addObserved");
        asContact.setTooltip(new Tooltip(messages.get("strategy.watchPersonHint")));
        var nothingTyped = name.textProperty().isEmpty().and(link.textProperty().isEmpty());
        note.disableProperty().bind(nothingTyped);
        asContact.disableProperty().bind(name.textProperty().isEmpty());
        note.setOnAction(event -> noteAccount());
        name.setOnAction(event -> noteAccount());
        link.setOnAction(event -> noteAccount());
        why.setOnAction(event -> noteAccount());
        asContact.setOnAction(event -> watchPerson());
        HBox buttons = new HBox(8, note, asContact);

        GridPane form = FormGrid.labelsAndFields(10, 6);
        form.addRow(0, label("strategy.accountName", name), nameRow);
        form.addRow(1, label("strategy.accountLink", link), link);
        form.addRow(2, label("strategy.accountWhy", why), why);
        form.add(buttons, 1, 3);

        watching.setId("watchingCount");
        watching.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Hyperlink open = new Hyperlink(messages.get("strategy.openContacts"));
        open.setOnAction(event -> openContacts.run());
        HBox watchingRow = new HBox(8, watching, open);
        watchingRow.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(new VBox(2, StrategyTexts.heading(messages.get("strategy.lookingAround")),
                StrategyTexts.hint(messages.get("strategy.lookingAroundHint"))), form, list, watchingRow);
        root.getProperties().put(LookingAroundSection.class, this);
        WeakInvalidationListener weak = new WeakInvalidationListener(refresh);
        strategy.accounts().addListener(weak);
        contacts.contacts().addListener(weak);
        refresh();
    }

    Region root() {
        return root;
    }

    private Label label(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        return label;
    }

    private String networkName(Network value) {
        return value == null ? messages.get("strategy.anyNetwork") : labels.network(value);
    }

    private void noteAccount() {
        if (name.getText().isBlank() && link.getText().isBlank()) {
            return;
        }
        strategy.addAccount(InterestingAccount.of(name.getText(), network.getValue(), link.getText(), why.getText()));
        clear();
    }

    /** A person to watch: a contact at the first comfort stage, with the link as a profile and why as how we met. */
    private void watchPerson() {
        String full = name.getText().strip();
        if (full.isEmpty()) {
            return;
        }
        Contact contact = Contact.namedAs(full);
        List<ProfileLink> profiles = ContactValidation.profileUrl(link.getText())
                .map(url -> List.of(new ProfileLink(network.getValue() == null ? Network.fromUrl(url)
                        : network.getValue(), url))).orElse(List.of());
        String whyText = why.getText().strip();
        String linkText = profiles.isEmpty() ? link.getText().strip() : "";
        String howWeMet = Stream.of(whyText, linkText).filter(text -> !text.isEmpty())
                .collect(Collectors.joining(" \u00b7 ")); // a handle that is no link is kept here
        contacts.save(new Contact(0, contact.firstName(), contact.lastName(), "", "", profiles, "", howWeMet,
                List.of(), ComfortStage.OBSERVE, null, "", null, null, Instant.now()), null, saved -> { });
        clear();
    }

    private void clear() {
        name.clear();
        link.clear();
        why.clear();
        name.requestFocus();
    }

    private void refresh() {
        list.getChildren().clear();
        if (strategy.accounts().isEmpty()) {
            list.getChildren().add(StrategyTexts.empty(messages.get("strategy.noAccounts")));
        }
        for (InterestingAccount account : strategy.accounts()) {
            list.getChildren().add(row(account));
        }
        long observing = contacts.contacts().stream().filter(row -> row.stage() == ComfortStage.OBSERVE).count();
        watching.setText(messages.format("strategy.watching", observing));
    }

    private Region row(InterestingAccount account) {
        Label title = new Label(account.label());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        StringBuilder more = new StringBuilder();
        if (account.network() != null) {
            more.append(labels.network(account.network()));
        }
        if (!account.name().isEmpty() && !account.link().isEmpty()) {
            more.append(more.length() > 0 ? " \u00b7 " : "").append(account.link());
        }
        if (!account.why().isEmpty()) {
            more.append(more.length() > 0 ? " \u00b7 " : "").append(account.why());
        }
        VBox texts = new VBox(2, title);
        if (more.length() > 0) {
            texts.getChildren().add(StrategyTexts.hint(more.toString()));
        }
        HBox.setHgrow(texts, Priority.ALWAYS);
        texts.setMaxWidth(Double.MAX_VALUE);
        Button delete = new Button(null, new FontIcon(Material2OutlinedAL.DELETE));
        delete.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "delete-account");
        delete.setTooltip(new Tooltip(messages.get("strategy.deleteAccount")));
        delete.setAccessibleText(messages.get("strategy.deleteAccount"));
        delete.setOnAction(event -> strategy.deleteAccount(account));
        HBox row = new HBox(10, new FontIcon(Material2OutlinedMZ.VISIBILITY), texts, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("timeline-row");
        row.setUserData(account.id());
        return row;
    }
}
