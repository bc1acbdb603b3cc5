package org.netjournal.ui.shared.strategy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.netjournal.ui.models.StrategyModel;
import org.netjournal.ui.models.UnsentLines;
import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.FocusGroup;
import org.netjournal.domain.TargetMark;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.common.PickedChoices;
import org.netjournal.ui.shared.ContactLabels;
import org.netjournal.ui.models.ContactsModel;
import org.netjournal.ui.shared.ContactPicker;

/**
 * Step 5's people: the target contacts (the short list the user chose, not every imported connection) by focus
 * group, each with its comfort stage, a group to change and a button to take it off the list; below, a field to
 * put someone on the list: a contact picked from the journal, or a new one by name.
 */
final class TargetListSection {

    /** The group a contact is put on the list in; null in the choice means "no group". */
    private static final List<FocusGroup> GROUP_CHOICES = Stream.concat(
            Stream.of((FocusGroup) null), Arrays.stream(FocusGroup.values())).toList();

    private final VBox root = new VBox(8);
    private final VBox rows = new VBox(4);
    private final StrategyModel strategy;
    private final ContactsModel contacts;
    private final Messages messages;
    private final ContactLabels labels;
    private final TextField name = new TextField();
    private final ComboBox<FocusGroup> group = new ComboBox<>();
    private ContactSummary picked;
    private final InvalidationListener refresh = observable -> refresh();

    TargetListSection(StrategyModel strategy, ContactsModel contacts, Messages messages, UnsentLines unsent,
                      Runnable openContacts) {
        this.strategy = strategy;
        this.contacts = contacts;
        this.messages = messages;
        this.labels = new ContactLabels(messages);
        rows.setId("targetContacts");

        name.setId("targetName");
        name.setPromptText(messages.get("strategy.targetPrompt"));
        HBox.setHgrow(name, Priority.ALWAYS);
        // the one contact picker (accent-insensitive, name at company), offering those not on the list yet
        new ContactPicker(name, messages, contacts.contacts(), row -> !strategy.isTarget(row.id()), contact -> {
            picked = contact;
            name.setText(contact.fullName());
            name.positionCaret(name.getLength());
        });
        name.textProperty().addListener((obs, old, text) -> {
            if (picked != null && !picked.fullName().equals(text)) {
                picked = null; // typed on: a new name, not the contact picked
            }
        });
        unsent.keep(name, UnsentLines.Box.TARGET_NAME); // typed and not added yet: kept like typed text
        group.setId("targetGroup");
        group.getItems().setAll(GROUP_CHOICES);
        PickedChoices.show(group, value -> StrategyTexts.group(messages, value));
        group.getSelectionModel().select(0);
        Button add = new Button(messages.get("strategy.addTarget"), new FontIcon(Material2OutlinedMZ.PERSON_ADD));
        add.setId("addTarget");
        add.disableProperty().bind(name.textProperty().isEmpty());
        add.setOnAction(event -> addTarget());
        name.setOnAction(event -> addTarget());
        HBox addRow = new HBox(8, name, group, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        Hyperlink open = new Hyperlink(messages.get("strategy.openContacts"));
        open.setOnAction(event -> openContacts.run());

        root.getChildren().addAll(new VBox(2, StrategyTexts.heading(messages.get("strategy.people")),
                StrategyTexts.hint(messages.get("strategy.peopleHint"))), rows, addRow, open);
        root.getProperties().put(TargetListSection.class, this);
        WeakInvalidationListener weak = new WeakInvalidationListener(refresh);
        strategy.targets().addListener(weak);
        contacts.contacts().addListener(weak);
        refresh();
    }

    Region root() {
        return root;
    }

    /** The picked contact onto the list, or a new contact of that name (the name split at its last space). */
    private void addTarget() {
        String full = name.getText().strip();
        if (full.isEmpty()) {
            return;
        }
        FocusGroup chosen = group.getValue();
        if (picked == null) {
            picked = onlyContactNamed(full); // typed out in full, or kept from before a restart, not picked
        }
        if (picked != null) {
            strategy.markTarget(picked.id(), chosen);
        } else {
            contacts.save(Contact.namedAs(full), null, saved -> strategy.markTarget(saved.id(), chosen));
        }
        picked = null;
        name.clear();
    }

    /** The one contact not on the list yet whose name is {@code full} (ignoring case), or null. */
    private ContactSummary onlyContactNamed(String full) {
        List<ContactSummary> named = contacts.contacts().stream()
                .filter(row -> !strategy.isTarget(row.id()) && row.fullName().equalsIgnoreCase(full)).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    private void refresh() {
        List<ContactSummary> targets = contacts.contacts().stream()
                .filter(row -> strategy.isTarget(row.id()))
                .sorted(Comparator.comparing((ContactSummary row) -> groupOrder(strategy.targets().get(row.id())))
                        .thenComparing(ContactSummary.BY_NAME))
                .toList();
        rows.getChildren().clear();
        if (targets.isEmpty()) {
            rows.getChildren().add(StrategyTexts.empty(messages.get("strategy.noTargets")));
            return;
        }
        for (ContactSummary row : targets) {
            rows.getChildren().add(row(row, strategy.targets().get(row.id())));
        }
    }

    private static int groupOrder(TargetMark mark) {
        return mark == null || mark.group() == null ? FocusGroup.values().length : mark.group().ordinal();
    }

    private Region row(ContactSummary contact, TargetMark mark) {
        Label person = new Label(ContactLabels.nameOf(contact.fullName(), contact.company(), contact.email()));
        person.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(person, Priority.ALWAYS);
        Label stage = new Label(labels.stage(contact.stage()));
        stage.getStyleClass().addAll(Styles.TEXT_SMALL, "state-chip");
        stage.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<FocusGroup> rowGroup = new ComboBox<>();
        rowGroup.getItems().setAll(GROUP_CHOICES);
        PickedChoices.show(rowGroup, value -> StrategyTexts.group(messages, value));
        rowGroup.setValue(mark.group());
        rowGroup.getStyleClass().addAll(Styles.SMALL, "target-group");
        rowGroup.setAccessibleText(messages.format("strategy.groupOf", contact.fullName()));
        rowGroup.valueProperty().addListener((obs, old, now) -> strategy.markTarget(contact.id(), now));
        Button remove = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "remove-target");
        remove.setTooltip(new Tooltip(messages.get("strategy.removeTarget")));
        remove.setAccessibleText(messages.get("strategy.removeTarget"));
        remove.setOnAction(event -> strategy.unmarkTarget(contact.id()));
        HBox line = new HBox(8, person, stage, rowGroup, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("target-row");
        line.setUserData(contact.id());
        return line;
    }
}
