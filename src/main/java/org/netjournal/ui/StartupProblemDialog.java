package org.netjournal.ui;

import javafx.stage.Window;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.UnreadableJournalException;
import org.netjournal.ui.common.DialogWindows;

/**
 * Shown instead of the window when the journal cannot be opened. Says what is wrong and where the file
 * is, and offers a way out: open or create a journal in another folder, restore a damaged one from a backup
 * ({@link RestoreOfferDialog}), or quit. The file itself has not been touched.
 */
public final class StartupProblemDialog {

    private final Messages messages;
    private final Alert alert;
    private final Label explanation = new Label();
    private final TextField location = new TextField();
    private final ButtonType chooseFolder;
    private final ButtonType restoreBackup;
    private Consumer<DataFolder> onChosen = folder -> { };
    private Consumer<DataFolder> onRestore = folder -> { };
    /** The folder of the journal that cannot be opened, for "Restore from a backup…". */
    private DataFolder journalFolder;

    public StartupProblemDialog(Messages messages) {
        this.messages = messages;
        chooseFolder = new ButtonType(messages.get("problem.chooseFolder"), ButtonBar.ButtonData.OTHER);
        restoreBackup = new ButtonType(messages.get("problem.restoreBackup"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(messages.get("problem.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert = new Alert(Alert.AlertType.ERROR, "", chooseFolder, quit);
        DialogWindows.prepare(alert, null);
        alert.setTitle(messages.get("problem.title"));
        explanation.setWrapText(true);
        explanation.setId("problemExplanation");
        location.setEditable(false); // selectable, so the path can be copied
        location.setId("problemLocation");
        Label where = new Label(messages.get("problem.location"));
        VBox content = new VBox(10, explanation, where, location);
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("startupProblem");

        // Choosing happens while the dialog stays open: closing the last window would end the app.
        Button choose = (Button) alert.getDialogPane().lookupButton(chooseFolder);
        choose.setId("chooseOtherFolder");
        choose.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("problem.chooseFolderTitle"));
            File picked = chooser.showDialog(alert.getDialogPane().getScene().getWindow());
            if (picked != null) {
                onChosen.accept(new DataFolder(picked.toPath()));
            }
        });
    }

    public void setOnChosen(Consumer<DataFolder> onChosen) {
        this.onChosen = onChosen;
    }

    /** What "Restore from a backup…" does, with the folder of the damaged journal; the dialog stays open. */
    public void setOnRestore(Consumer<DataFolder> onRestore) {
        this.onRestore = onRestore;
    }

    /** The dialog's window, to own the dialogs it opens. */
    public Window window() {
        return alert.getDialogPane().getScene().getWindow();
    }

    /** A damaged file or one that is not a journal can be replaced by a backup (it is kept as a safety copy). */
    private void offerRestore(boolean offered) {
        List<ButtonType> buttons = alert.getButtonTypes();
        if (!offered) {
            buttons.remove(restoreBackup);
        } else if (!buttons.contains(restoreBackup)) {
            buttons.add(0, restoreBackup);
            Button restore = (Button) alert.getDialogPane().lookupButton(restoreBackup);
            restore.setId("restoreFromBackup");
            // three buttons: each as wide as its label, so that none is cut short
            alert.getButtonTypes().forEach(type -> ButtonBar.setButtonUniformSize(
                    alert.getDialogPane().lookupButton(type), false));
            restore.addEventFilter(ActionEvent.ACTION, event -> {
                event.consume();
                onRestore.accept(journalFolder);
            });
        }
    }

    /** Explains {@code error} for the journal in {@code folder}; shows the dialog if it is not yet open. */
    /** The text that explains {@code reason} ({@code key}, heading {@code key + ".title"}); also used by the CLI. */
    public static String reasonKey(UnreadableJournalException.Reason reason) {
        return switch (reason) {
            case NOT_SQLITE -> "problem.notSqlite";
            case DAMAGED -> "problem.damaged";
            case NEWER_VERSION -> "problem.newerVersion";
            case NO_ACCESS -> "problem.noAccess";
            case IN_USE -> "problem.inUse";
            case MOVED_AWAY -> "problem.movedAway";
        };
    }

    public void show(Throwable error, DataFolder folder) {
        Path file = folder.databaseFile();
        boolean restorable = false;
        if (error instanceof UnreadableJournalException unreadable) {
            file = unreadable.file();
            restorable = unreadable.reason() == UnreadableJournalException.Reason.DAMAGED
                    || unreadable.reason() == UnreadableJournalException.Reason.NOT_SQLITE;
            String key = reasonKey(unreadable.reason());
            alert.setHeaderText(messages.get(key + ".title"));
            explanation.setText(messages.get(key) + "\n\n" + messages.get("problem.untouched")
                    + (restorable ? " " + messages.get("problem.restoreHint") : ""));
        } else {
            alert.setHeaderText(messages.get("problem.other.title"));
            explanation.setText(messages.format("problem.other", String.valueOf(error.getMessage()),
                    folder.logFile().toString()));
        }
        location.setText(file.toString());
        journalFolder = new DataFolder(file.toAbsolutePath().getParent());
        offerRestore(restorable);
        if (!alert.isShowing()) {
            alert.show();
        }
    }

    public void close() {
        alert.close();
    }
}
