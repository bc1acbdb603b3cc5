package org.netjournal.ui.drafts;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;
import org.netjournal.domain.ContactSummary;

/**
 * Autocompletion of a contact in a text field: a list of matches below the field while typing; Down/Up move in
 * it, Enter or a click picks, Esc closes. ControlsFX's {@code TextFields.bindAutoCompletion} does the same, but
 * it reaches into JavaFX internals ({@code com.sun.javafx.event}): on the module path it works only with the
 * {@code --add-exports} options of the installed launcher and {@code javafx:run}, and any other modular start
 * ({@code java -m}) fails with an {@link IllegalAccessError} as the page is built. This needs nothing of the kind.
 */
public final class ContactPicker {

    static final int VISIBLE_ROWS = 8;
    private static final double ROW_HEIGHT = 30;

    private final TextField field;
    private final Function<String, List<ContactSummary>> suggestions;
    private final Function<ContactSummary, String> label;
    private final Consumer<ContactSummary> onPicked;
    private final ListView<ContactSummary> list = new ListView<>();
    private final Popup popup = new Popup();
    private boolean picking;

    public ContactPicker(TextField field, Function<String, List<ContactSummary>> suggestions,
                  Function<ContactSummary, String> label, Consumer<ContactSummary> onPicked) {
        this.field = field;
        this.suggestions = suggestions;
        this.label = label;
        this.onPicked = onPicked;
        list.setId("contactSuggestions");
        list.setFixedCellSize(ROW_HEIGHT);
        list.getStyleClass().add("contact-suggestions");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ContactSummary contact, boolean empty) {
                super.updateItem(contact, empty);
                setText(empty || contact == null ? null : label.apply(contact));
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                pick(list.getSelectionModel().getSelectedItem());
            }
        });
        // some window managers give the popup the keyboard: the list then handles the keys itself
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                pick(list.getSelectionModel().getSelectedItem());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                event.consume();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);

        field.textProperty().addListener((obs, old, text) -> {
            if (!picking) {
                update(text);
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void keyPressed(KeyEvent event) {
        if (!popup.isShowing()) {
            if (event.getCode() == KeyCode.DOWN) {
                update(field.getText());
                event.consume();
            }
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        switch (event.getCode()) {
            case DOWN -> {
                list.getSelectionModel().select(Math.min(index + 1, list.getItems().size() - 1));
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                event.consume();
            }
            case UP -> {
                list.getSelectionModel().select(Math.max(index - 1, 0));
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                event.consume();
            }
            case ENTER -> {
                ContactSummary selected = list.getSelectionModel().getSelectedItem();
                if (selected != null) {
                    pick(selected);
                    event.consume();
                }
            }
            case ESCAPE -> {
                popup.hide();
                event.consume();
            }
            default -> {
            }
        }
    }

    private void update(String text) {
        List<ContactSummary> matches = suggestions.apply(text == null ? "" : text);
        if (matches.isEmpty() || field.getScene() == null || !field.isFocused()) {
            popup.hide();
            return;
        }
        list.getItems().setAll(matches);
        list.getSelectionModel().select(0);
        list.setPrefHeight(Math.min(VISIBLE_ROWS, matches.size()) * ROW_HEIGHT + 4);
        list.setPrefWidth(Math.max(field.getWidth(), 240));
        if (!popup.isShowing()) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            if (bounds != null) {
                popup.show(field, bounds.getMinX(), bounds.getMaxY() + 2);
            }
        }
    }

    private void pick(ContactSummary contact) {
        popup.hide();
        picking = true;
        try {
            onPicked.accept(contact);
        } finally {
            picking = false;
        }
    }

    boolean isShowing() {
        return popup.isShowing();
    }
}
