package org.netjournal.ui;

import java.io.File;
import java.nio.file.Path;
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
 * is, and offers a way out: open or create a journal in another folder, or quit. The file itself has not
 * been touched.
 */
public final class StartupProblemDialog {

    private final Messages messages;
    private final Alert alert;
    private final Label explanation = new Label();
    private final TextField location = new TextField();
    private final ButtonType chooseFolder;
    private Consumer<DataFolder> onChosen = folder -> { };

    public StartupProblemDialog(Messages messages) {
        this.messages = messages;
        chooseFolder = new ButtonType(messages.get("problem.chooseFolder"), ButtonBar.ButtonData.OTHER);
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
        if (error instanceof UnreadableJournalException unreadable) {
            file = unreadable.file();
            String key = reasonKey(unreadable.reason());
            alert.setHeaderText(messages.get(key + ".title"));
            explanation.setText(messages.get(key) + "\n\n" + messages.get("problem.untouched"));
        } else {
            alert.setHeaderText(messages.get("problem.other.title"));
            explanation.setText(messages.format("problem.other", String.valueOf(error.getMessage()),
                    folder.logFile().toString()));
        }
        location.setText(file.toString());
        if (!alert.isShowing()) {
            alert.show();
        }
    }

    public void close() {
        alert.close();
    }
}
