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
 * destructive button goes ahead. The safe button also has the focus when the question appears. A question may
 * offer a third answer that destroys nothing (e.g. "Cancel" beside "Initials only" and "Use full names"): it is
 * taken only by a click or Space, like the destructive one, and never styled as a danger.
 */
public final class Confirmation {

    private final Alert alert;
    private final ButtonType safe;
    private final ButtonType destructive;
    private ButtonType third;

    /** What the user chose. */
    public enum Answer {
        /** The safe button, Enter, Esc or the window closed. */
        SAFE,
        DESTRUCTIVE,
        /** The third answer ({@link #withThirdAnswer}). */
        THIRD
    }

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
        safeDefaults();
        destructiveButton().getStyleClass().add("danger");
        alert.setOnShown(event -> safeButton().requestFocus());
    }

    /** The safe button is default and cancel, no other (the dialog pane sets them anew when its buttons change). */
    private void safeDefaults() {
        for (ButtonType type : alert.getButtonTypes()) {
            Button button = button(type);
            button.setDefaultButton(type == safe);
            button.setCancelButton(type == safe);
        }
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

    /** Adds a third, non-destructive answer, placed between the two (neither default nor cancel). */
    public Confirmation withThirdAnswer(String label) {
        third = new ButtonType(label, ButtonBar.ButtonData.OTHER);
        alert.getButtonTypes().add(third);
        safeDefaults();
        return this;
    }

    /** Shows the question with a warning's look (a privacy notice rather than a question before deleting). */
    public Confirmation asWarning() {
        // the look only: Alert.setAlertType would also put back the type's own buttons and their defaults
        alert.getDialogPane().getStyleClass().remove("confirmation");
        alert.getDialogPane().getStyleClass().add("warning");
        return this;
    }

    /** Shows the question and waits; true only when the user chose the destructive button. */
    public boolean confirmed() {
        return answer() == Answer.DESTRUCTIVE;
    }

    /** Shows the question and waits for one of the answers (the safe one unless another was clicked). */
    public Answer answer() {
        ButtonType chosen = alert.showAndWait().orElse(safe);
        if (chosen == destructive) {
            return Answer.DESTRUCTIVE;
        }
        return chosen == third ? Answer.THIRD : Answer.SAFE;
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

    Button thirdButton() {
        return button(third);
    }
}
