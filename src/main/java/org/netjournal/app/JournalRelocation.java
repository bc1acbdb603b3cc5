package org.netjournal.app;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.JournalMove;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.tasks.Tasks;

/**
 * Moves the open journal to another folder (see {@link JournalMove}): saves what is typed, waits for pending
 * writes, copies and checks on the storage thread and opens the journal in its new place. When it fails after the
 * old journal was closed, the journal is opened again from where the start found it (the pointer decides where).
 */
final class JournalRelocation {

    private static final Logger LOG = Logger.getLogger(JournalRelocation.class.getName());

    private final TaskRunner runner;
    private final JournalWindow window;

    JournalRelocation(TaskRunner runner, JournalWindow window) {
        this.runner = runner;
        this.window = window;
    }

    void moveJournal(Path target) {
        OpenedJournal current = window.journal();
        window.flushEdits();
        runner.afterPendingWrites(() -> {
            if (window.hasUnsavedInput()) {
                // the window is rebuilt after a move: what could not be saved would be gone
                Messages messages = window.messages();
                window.inform(messages.get("settings.moveFailedTitle"), messages.get("settings.moveUnsaved"));
                return;
            }
            window.holdInput(true);
            relocate(current, target);
        });
    }

    private void relocate(OpenedJournal current, Path target) {
        Messages messages = window.messages();
        Tasks.create(() -> JournalMove.move(current.database(), target,
                LocalDateTime.now(), JournalMove.Checkpoints.NONE)).onSuccess(moved -> {
            Path oldFile = moved.oldFile().orElse(current.folder().databaseFile());
            Tasks.create(() -> OpenedJournal.open(moved.folder())).onSuccess(opened -> {
                window.show(opened);
                window.inform(messages.get("settings.movedTitle"), messages.format("settings.moved",
                        opened.folder().path().toString(), oldFile.toString()));
            }).onError(error -> {
                LOG.log(Level.WARNING, "The moved journal in " + moved.folder() + " cannot be opened", error);
                window.reopen(current.folder()); // explains what is wrong, like any start would
            }).runOn(runner);
        }).onError(error -> {
            LOG.log(Level.WARNING, "Moving the journal to " + target + " failed", error);
            window.inform(messages.get("settings.moveFailedTitle"), messages.format("settings.moveFailed",
                    window.errors().describe(error)));
            if (!current.database().isOpen()) {
                window.reopen(current.folder()); // closed before the failure: the old folder still holds it
            } else {
                window.holdInput(false);
            }
        }).runOn(runner);
    }
}
