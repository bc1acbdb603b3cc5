package org.netjournal.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * The one way to ask before something that cannot be undone (delete, discard, quit without saving, replace the
 * journal). The safe answer is the default button and the cancel button: Enter (also one typed a moment too
 * late, or by habit), Esc and closing the window all keep everything; only a click on (or Space on the focused)
 * destructive button goes ahead. The safe button also has the focus when the question appears.
 */
public final class Confirmation {

    private final Alert alert;
    private final ButtonType safe;
    private final ButtonType destructive;

    /**
     * @param header      the question ("Delete this contact?")
     * @param text        what happens, in a sentence or two
     * @param destructive the label of the button that goes ahead ("Delete contact")
     * @param safe        the label of the button that keeps everything ("Cancel", "Go back and fix")
     */
    public Confirmation(Window owner, String header, String text, String destructive, String safe) {
        this.safe = new ButtonType(safe, ButtonBar.ButtonData.CANCEL_CLOSE);
        this.destructive = new ButtonType(destructive, ButtonBar.ButtonData.OK_DONE); // OK's place
        alert = new Alert(Alert.AlertType.CONFIRMATION, text, this.destructive, this.safe);
        alert.setHeaderText(header);
        DialogWindows.prepare(alert, owner); // whole and centred on the window, with its looks, at the first open
        Button safeButton = button(this.safe);
        Button destructiveButton = button(this.destructive);
        destructiveButton.setDefaultButton(false);
        destructiveButton.setCancelButton(false);
        safeButton.setDefaultButton(true);
        safeButton.setCancelButton(true);
        destructiveButton.getStyleClass().add("danger");
        alert.setOnShown(event -> safeButton.requestFocus());
    }

    /** Sets the window title (the owner's title by default). */
    public Confirmation titled(String title) {
        alert.setTitle(title);
        return this;
    }

    /** Gives the dialog an id, so tests and styles can find it. */
    public Confirmation withId(String id) {
        alert.getDialogPane().setId(id);
        return this;
    }

    /** Shows the question and waits; true only when the user chose the destructive button. */
    public boolean confirmed() {
        return alert.showAndWait().orElse(safe) == destructive;
    }

    DialogPane dialogPane() {
        return alert.getDialogPane();
    }

    Button button(ButtonType type) {
        return (Button) alert.getDialogPane().lookupButton(type);
    }

    Button safeButton() {
        return button(safe);
    }

    Button destructiveButton() {
        return button(destructive);
    }
}
