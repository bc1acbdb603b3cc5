package org.netjournal.ui.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.StorageException;

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
        StorageException storage = null;
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (storage == null && cause instanceof StorageException found) {
                storage = found;
            }
            root = cause;
        }
        if (storage != null) {
            return describe(storage.kind(), root);
        }
        if (root instanceof AccessDeniedException) {
            return messages.get("error.readOnly");
        }
        if (root instanceof IOException) {
            return messages.format("error.file", root.getMessage());
        }
        return messages.format("error.unexpected", String.valueOf(root.getMessage()));
    }

    private String describe(StorageException.Kind kind, Throwable root) {
        return switch (kind) {
            case DISK_FULL -> messages.get("error.diskFull");
            case READ_ONLY -> messages.get("error.readOnly");
            case FILE_CHANGED_OR_REMOVED -> messages.get("error.fileChanged");
            case BUSY -> messages.get("error.busy");
            case CORRUPT -> messages.get("error.corrupt");
            case OTHER -> messages.format("error.storage", root.getMessage());
        };
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
