package org.netjournal.ui.journal;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.application.Platform;
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
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.netjournal.domain.ContactFilter;
import org.netjournal.ui.common.PickedChoices;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.TouchedContact;
import org.netjournal.i18n.Messages;

/**
 * "Contacts touched": a name field with autocompletion over the contacts, and the picked contacts as
 * removable chips, each with what the user did with that person (the interaction it becomes).
 */
final class TouchedContactsField {

    private static final int MAX_SUGGESTIONS = 12;
    private static final Logger LOG = Logger.getLogger(TouchedContactsField.class.getName());

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
        chips.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(chips.getChildren()));
        root = new VBox(6, field, problem, chips);

        try {
            bindCompletion();
        } catch (IllegalAccessError | RuntimeException internalsClosed) {
            // ControlsFX needs JavaFX internals opened to it (the launcher's --add-exports); without them the
            // field still takes a typed name with Enter, so the entry never fails to open
            LOG.log(Level.WARNING, "Name suggestions are off: " + internalsClosed);
        }
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
                addTyped();
                event.consume();
            }
        });
        field.textProperty().addListener((obs, old, text) -> problem.setVisible(false));
    }

    private void bindCompletion() {
        AutoCompletionBinding<ContactSummary> completion = TextFields.bindAutoCompletion(field,
                request -> suggestions(request.getUserText()), new StringConverter<>() {
                    @Override
                    public String toString(ContactSummary contact) {
                        return contact == null ? "" : label(contact);
                    }

                    @Override
                    public ContactSummary fromString(String text) {
                        return null;
                    }
                });
        completion.setVisibleRowCount(8);
        completion.prefWidthProperty().bind(field.widthProperty());
        // the popup sizes its list for 24-pixel rows; the theme's rows are taller, so fix them at that
        javafx.scene.control.PopupControl popup = completion.getAutoCompletionPopup();
        popup.setOnShowing(event -> {
            if (popup.getSkin() != null && popup.getSkin().getNode() instanceof javafx.scene.control.ListView<?> list) {
                list.setFixedCellSize(24);
                list.setStyle("-fx-font-size: 1em;");
            }
        });
        completion.setOnAutoCompleted(event -> {
            ContactSummary contact = event.getCompletion();
            add(contact.id(), contact.fullName(), TouchedContact.DEFAULT_KIND);
            Platform.runLater(field::clear); // after the binding has written the completion into the field
        });
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
        HBox node = new HBox(6, new FontIcon(org.kordamp.ikonli.material2.Material2OutlinedMZ.PERSON), label,
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
        String folded = ContactFilter.fold(text);
        List<ContactSummary> exact = contacts.stream()
                .filter(contact -> ContactFilter.fold(contact.fullName()).equals(folded)).toList();
        List<ContactSummary> matches = exact.isEmpty() ? suggestions(text) : exact;
        if (matches.size() == 1) {
            add(matches.get(0).id(), matches.get(0).fullName(), TouchedContact.DEFAULT_KIND);
            field.clear();
        } else if (matches.isEmpty()) {
            problem.setText(messages.format("journal.entry.noSuchContact", text));
            problem.setVisible(true);
        }
        // several matches: the suggestion list shows them to pick from
    }

    /** Contacts whose name (or company) holds every typed word, not yet picked, best first. */
    private List<ContactSummary> suggestions(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String[] words = ContactFilter.fold(typed.strip()).split("\\s+");
        Function<ContactSummary, String> haystack = contact ->
                ContactFilter.fold(contact.fullName() + " " + contact.company());
        return contacts.stream()
                .filter(contact -> !pickedIds.contains(contact.id()))
                .filter(contact -> {
                    String text = haystack.apply(contact);
                    for (String word : words) {
                        if (!text.contains(word)) {
                            return false;
                        }
                    }
                    return true;
                })
                .sorted(java.util.Comparator
                        .comparing((ContactSummary contact) -> !ContactFilter.fold(contact.fullName())
                                .startsWith(words[0]))
                        .thenComparing(ContactSummary.BY_NAME))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private static String label(ContactSummary contact) {
        return contact.company().isBlank() ? contact.fullName() : contact.fullName() + " (" + contact.company() + ")";
    }

    private String nameOf(long contactId) {
        Map<Long, String> names = contacts.stream()
                .filter(contact -> contact.id() == contactId)
                .collect(Collectors.toMap(ContactSummary::id, ContactSummary::fullName, (a, b) -> a));
        String name = names.get(contactId);
        return name == null || name.isBlank() ? "#" + contactId : name;
    }
}
