package org.netjournal.ui.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.netjournal.i18n.Messages;

/**
 * Turns exceptions into sentences a user can act on. The stack trace goes to the log file in the data
 * folder; the user sees what happened and where to look.
 */
public final class UserFacingErrors {

    private static final Logger LOG = Logger.getLogger(UserFacingErrors.class.getName());

    private Messages messages;
    private final Path logFile;
    private Window owner;

    public UserFacingErrors(Messages messages, Path logFile) {
        this.messages = messages;
        this.logFile = logFile;
    }

    /** After a language switch. */
    public void setMessages(Messages messages) {
        this.messages = messages;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** A one-line reason, e.g. for the status bar. Logs the full error. */
    public String describe(Throwable error) {
        LOG.log(Level.WARNING, "Reported to the user", error);
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = String.valueOf(root.getMessage()).toUpperCase(Locale.ROOT) + " "
                + String.valueOf(error.getMessage()).toUpperCase(Locale.ROOT);
        if (root instanceof org.netjournal.storage.JournalDatabase.FileChangedException) {
            return messages.get("error.fileChanged");
        }
        if (text.contains("SQLITE_FULL") || text.contains("NO SPACE LEFT")) {
            return messages.get("error.diskFull");
        }
        if (text.contains("SQLITE_READONLY") || root instanceof AccessDeniedException) {
            return messages.get("error.readOnly");
        }
        if (error instanceof SQLException || root instanceof SQLException) {
            return messages.format("error.storage", root.getMessage());
        }
        if (root instanceof IOException) {
            return messages.format("error.file", root.getMessage());
        }
        return messages.format("error.unexpected", String.valueOf(root.getMessage()));
    }

    /** Shows the error in a dialog. */
    public void show(Throwable error) {
        String reason = describe(error);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(reason);
        alert.setContentText(messages.format("error.logHint", logFile.toString()));
        DialogWindows.prepare(alert, owner);
        alert.show();
    }
}
