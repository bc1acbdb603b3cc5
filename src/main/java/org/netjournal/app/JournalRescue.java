package org.netjournal.app;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalHealth;
import org.netjournal.storage.UnreadableJournalException;
import org.netjournal.tasks.FxTaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.RestoreOfferDialog;
import org.netjournal.ui.StartupProblemDialog;
import org.netjournal.ui.common.UserFacingErrors;

/**
 * What the start offers instead of the journal when it looks lost or is damaged: its backups
 * ({@link RestoreOfferDialog}). Nothing is opened or written until the user chose; restoring keeps the current
 * file as a safety copy, and while the choice is pending no daily backup runs (the journal is not open), so
 * pruning cannot push the good copies out.
 */
final class JournalRescue {

    private static final Logger LOG = Logger.getLogger(JournalRescue.class.getName());

    /** The app's side: opening and showing a journal, and telling what a restore kept. */
    interface Host {
        /**
         * Opens the journal in {@code folder} with {@code opening} and shows it, then runs {@code whenShown}; when it
         * cannot be opened, explains why (as at a start), then runs {@code whenFailed}.
         */
        void open(DataFolder folder, Callable<OpenedJournal> opening, Runnable whenShown, Runnable whenFailed);

        /** Says that a backup was restored and where the replaced journal is kept, over the shown window. */
        void restored(Optional<Path> safetyCopy);
    }

    private final FxTaskRunner runner;
    private final Host host;

    JournalRescue(FxTaskRunner runner, Host host) {
        this.runner = runner;
        this.host = host;
    }

    /** The journal was not opened because it looks lost: restore its newest backup, another one, or start fresh. */
    void offerForLostJournal(JournalHealth.Assessment found) {
        LOG.warning("The journal looks lost: " + found.describe());
        DataFolder folder = new DataFolder(found.journal().getParent());
        Messages messages = systemMessages();
        RestoreOfferDialog dialog = RestoreOfferDialog.forLostJournal(messages, found);
        dialog.setOnRestore(backup -> restore(folder, backup, dialog, messages, () -> { }));
        dialog.setOnStartFresh(() -> {
            dialog.showWorking();
            host.open(folder, () -> OpenedJournal.open(folder, true), dialog::close, dialog::close);
        });
        dialog.show();
    }

    /** "Restore from a backup…" in the damaged-journal dialog: the backups of the journal in {@code folder}. */
    void offerForDamagedJournal(DataFolder folder, StartupProblemDialog problemDialog) {
        Messages messages = systemMessages();
        Tasks.create(() -> JournalHealth.backups(folder)).onSuccess(backups -> {
            RestoreOfferDialog dialog = RestoreOfferDialog.forDamagedJournal(messages, backups, problemDialog.window());
            dialog.setOnRestore(backup -> restore(folder, backup, dialog, messages, problemDialog::close));
            dialog.show();
        }).onError(error -> LOG.log(Level.WARNING, "Cannot list the backups of " + folder, error)).runOn(runner);
    }

    private void restore(DataFolder folder, Path backup, RestoreOfferDialog dialog, Messages messages,
                         Runnable closeToo) {
        dialog.showWorking();
        Runnable closeDialogs = () -> {
            dialog.close();
            closeToo.run();
        };
        Tasks.create(() -> JournalHealth.restoreUnopened(folder, backup, LocalDateTime.now())).onSuccess(safety ->
                host.open(folder, () -> OpenedJournal.open(folder), () -> {
                    closeDialogs.run();
                    host.restored(safety);
                }, closeDialogs)).onError(error -> {
                    LOG.log(Level.WARNING, "Restoring " + backup + " failed", error);
                    dialog.showFailure(error instanceof UnreadableJournalException unusable
                            ? messages.get(StartupProblemDialog.reasonKey(unusable.reason()) + ".title")
                            : new UserFacingErrors(messages, folder.logFile()).describe(error));
                }).runOn(runner);
    }

    /** Before a journal is open its language setting is unknown: the system's language, like the problem dialog. */
    private static Messages systemMessages() {
        return new Messages(Language.forLocale(Locale.getDefault()));
    }
}
