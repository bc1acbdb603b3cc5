package org.netjournal.ui.journal;

import javafx.beans.binding.Bindings;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.netjournal.ui.common.PickedChoices;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.TouchedContact;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.shared.ContactPicker;

/**
 * "Contacts touched": a name field with the contact picker (contacts not picked yet), and the picked contacts as
 * removable chips, each with what the user did with that person (the interaction it becomes).
 */
final class TouchedContactsField {

    /** One chip: a contact and what was done with them. */
    private record Chip(long contactId, String name, ComboBox<InteractionKind> kind, HBox node) {
    }

    private final Messages messages;
    private final ObservableList<ContactSummary> contacts;
    private final TextField field = new TextField();
    private final Label problem = new Label();
    private final FlowPane chips = new FlowPane(6, 6);
    private final VBox root;
    private final List<Chip> picked = new ArrayList<>();
    private final ObservableList<Long> pickedIds = FXCollections.observableArrayList();
    private final ContactPicker picker;

    TouchedContactsField(Messages messages, ObservableList<ContactSummary> contacts) {
        this.messages = messages;
        this.contacts = contacts;
        field.setId("touchedField");
        field.setPromptText(messages.get("journal.entry.contactsPrompt"));
        chips.setId("touchedChips");
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        chips.managedProperty().bind(Bindings.isNotEmpty(chips.getChildren()));
        root = new VBox(6, field, problem, chips);

        picker = new ContactPicker(field, messages, contacts, contact -> !pickedIds.contains(contact.id()),
                contact -> {
                    add(contact.id(), contact.fullName(), TouchedContact.DEFAULT_KIND);
                    field.clear();
                });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
                addTyped();
                event.consume();
            }
        });
        field.textProperty().addListener((obs, old, text) -> problem.setVisible(false));
    }

    VBox root() {
        return root;
    }

    TextField field() {
        return field;
    }

    /** The ids picked so far, in order; changes as chips come and go. */
    ObservableList<Long> pickedIds() {
        return pickedIds;
    }

    /** Adds the contact as a chip (again: no-op). Public for tests that cannot drive the completion popup. */
    void add(long contactId, InteractionKind kind) {
        add(contactId, nameOf(contactId), kind);
    }

    void setAll(Collection<TouchedContact> touched) {
        picked.clear();
        pickedIds.clear();
        chips.getChildren().clear();
        for (TouchedContact contact : touched) {
            add(contact.contactId(), contact.kind());
        }
    }

    List<TouchedContact> touched() {
        return picked.stream().map(chip -> new TouchedContact(chip.contactId(), chip.kind().getValue())).toList();
    }

    /** What the chips say, to see whether anything changed. */
    List<String> state() {
        List<String> state = picked.stream().map(chip -> chip.contactId() + ":" + chip.kind().getValue())
                .collect(Collectors.toCollection(ArrayList::new));
        state.add(field.getText());
        return state;
    }

    private void add(long contactId, String name, InteractionKind kind) {
        if (pickedIds.contains(contactId)) {
            return;
        }
        Label label = new Label(name);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        ComboBox<InteractionKind> kindBox = new ComboBox<>(FXCollections.observableArrayList(InteractionKind.values()));
        kindBox.setValue(Objects.requireNonNullElse(kind, TouchedContact.DEFAULT_KIND));
        PickedChoices.show(kindBox, value -> value == null ? "" : messages.get("interaction." + value.code()));
        kindBox.getStyleClass().add(Styles.SMALL);
        kindBox.setId("touchedKind-" + contactId);
        kindBox.setAccessibleText(messages.format("journal.entry.kind", name));
        kindBox.setTooltip(new Tooltip(messages.format("journal.entry.kind", name)));
        Button remove = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        remove.setId("removeTouched-" + contactId);
        remove.setAccessibleText(messages.format("journal.entry.remove", name));
        remove.setTooltip(new Tooltip(messages.format("journal.entry.remove", name)));
        HBox node = new HBox(6, new FontIcon(Material2OutlinedMZ.PERSON), label,
                kindBox, remove);
        node.setAlignment(Pos.CENTER_LEFT);
        node.getStyleClass().addAll("touched-chip", Styles.BG_SUBTLE, Styles.BORDER_DEFAULT);
        node.setStyle("-fx-padding: 2 2 2 8; -fx-background-radius: 14; -fx-border-radius: 14;");
        Chip chip = new Chip(contactId, name, kindBox, node);
        remove.setOnAction(event -> {
            picked.remove(chip);
            pickedIds.remove(Long.valueOf(contactId));
            chips.getChildren().remove(node);
            field.requestFocus();
        });
        picked.add(chip);
        pickedIds.add(contactId);
        chips.getChildren().add(node);
    }

    /** Enter in the field: the one contact whose name starts with (or is) what was typed. */
    private void addTyped() {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return;
        }
        List<ContactSummary> matches = picker.forEnter();
        if (matches.size() == 1) {
            add(matches.get(0).id(), matches.get(0).fullName(), TouchedContact.DEFAULT_KIND);
            field.clear();
        } else if (matches.isEmpty()) {
            problem.setText(messages.format("journal.entry.noSuchContact", text));
            problem.setVisible(true);
        }
        // several matches: the suggestion list shows them to pick from
    }

    private String nameOf(long contactId) {
        Map<Long, String> names = contacts.stream()
                .filter(contact -> contact.id() == contactId)
                .collect(Collectors.toMap(ContactSummary::id, ContactSummary::fullName, (a, b) -> a));
        String name = names.get(contactId);
        return name == null || name.isBlank() ? "#" + contactId : name;
    }
}
