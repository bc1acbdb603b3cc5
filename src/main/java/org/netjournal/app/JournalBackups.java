package org.netjournal.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.FileChooser;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.BackupService;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.Confirmation;

/**
 * The journal's copies: the day's automatic backup, a backup on request, and restoring a chosen backup in place of
 * the open journal. Settings and the journal are read on the storage thread; copies are made on the long-reads
 * thread with a connection of their own, so typing is never held up by them.
 */
final class JournalBackups {

    private static final Logger LOG = Logger.getLogger(JournalBackups.class.getName());

    private final TaskRunner runner;
    private final TaskRunner longReads;
    private final JournalWindow window;

    JournalBackups(TaskRunner runner, TaskRunner longReads, JournalWindow window) {
        this.runner = runner;
        this.longReads = longReads;
        this.window = window;
    }

    /** The first start of a day makes the day's automatic copy, after the window is up. */
    void dailyBackup(OpenedJournal opened) {
        Tasks.create(() -> BackupService.configured(opened.database())).onSuccess(backups ->
                Tasks.create(() -> backups.dailyBackup(LocalDate.now()))
                        .onSuccess(made -> made.ifPresent(file -> LOG.info("Daily backup " + file)))
                        .onError(error -> {
                            // not worth interrupting the user: the journal itself is fine; the log says why
                            LOG.log(Level.WARNING, "The daily backup failed", error);
                            window.saveStatus().writeFailed(window.messages().format("backup.dailyFailed",
                                    window.errors().describe(error)));
                        })
                        .runOn(longReads))
                .runOn(runner);
    }

    /** Queued behind the edits just flushed on the storage thread, so the copy holds everything typed. */
    void backupNow() {
        OpenedJournal target = window.journal();
        window.flushEdits();
        Messages messages = window.messages();
        Tasks.create(() -> BackupService.configured(target.database())).onSuccess(backups ->
                Tasks.create(() -> backups.backupTo(backups.manualBackupFile(LocalDateTime.now())))
                        .onSuccess(file -> window.inform(messages.get("backup.title"),
                                messages.format("backup.done", file.toString())))
                        .runOn(longReads))
                .runOn(runner);
    }

    /** Lets the user pick a backup (in the backups folder when it is there) and, once confirmed, restores it. */
    void restoreBackup() {
        OpenedJournal current = window.journal();
        Messages messages = window.messages();
        Tasks.create(() -> {
            Path folder = BackupService.configured(current.database()).backupFolder();
            return Files.isDirectory(folder) ? folder : null; // the folder may sit on a slow or absent drive
        }).onSuccess(backups -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("restore.choose"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(messages.get("restore.filter"), "*.db"),
                    new FileChooser.ExtensionFilter(messages.get("importDialog.allFiles"), "*"));
            if (backups != null) {
                chooser.setInitialDirectory(backups.toFile());
            }
            File picked = chooser.showOpenDialog(window.stage());
            if (picked == null) {
                return;
            }
            if (new Confirmation(window.stage(), messages.get("restore.confirmTitle"),
                    messages.format("restore.confirm", picked.getName()), messages.get("restore.replace"),
                    messages.get("confirm.cancel")).withId("restoreConfirm").confirmed()) {
                restoreFrom(current, picked.toPath());
            }
        }).runOn(runner);
    }

    /**
     * Waits for what was typed to be written, checks the copy while the journal is still open and untouched, then
     * closes the journal, puts the copy in its place (keeping the replaced file as a safety copy) and opens it.
     */
    private void restoreFrom(OpenedJournal current, Path backup) {
        window.flushEdits();
        window.holdInput(true);
        AtomicBoolean closed = new AtomicBoolean();
        runner.afterPendingWrites(() -> Tasks.create(() -> {
            BackupService.check(backup); // refuse a bad copy while the journal is still open and untouched
            current.database().close();
            closed.set(true);
            Optional<Path> safety = BackupService.restore(current.folder(), backup, LocalDateTime.now());
            return new Restored(OpenedJournal.open(current.folder()), safety);
        }).onSuccess(restored -> {
            window.show(restored.journal());
            informRestored(restored.safety());
        }).onError(error -> {
            window.errors().show(error);
            if (closed.get()) {
                window.reopen(current.folder()); // back to the journal that is there now
            } else {
                window.holdInput(false); // the copy was refused; the journal stayed open and untouched
            }
        }).runOn(runner));
    }

    private record Restored(OpenedJournal journal, Optional<Path> safety) {
    }

    /** Says that a backup was restored and where the replaced journal is kept. */
    void informRestored(Optional<Path> safetyCopy) {
        Messages messages = window.messages();
        window.inform(messages.get("restore.doneTitle"), messages.format("restore.done",
                safetyCopy.map(Path::toString).orElse("\u2014")));
    }
}
