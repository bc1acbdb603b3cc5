package org.netjournal.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalPointer;
import org.netjournal.storage.LostJournalException;
import org.netjournal.storage.UnreadableJournalException;
import org.netjournal.tasks.FxTaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.StartupProblemDialog;

/**
 * Opening a journal for the window, at the start and whenever it is opened again (after a restore, a move or a
 * rescue): opened and loaded on the storage thread, then shown. When it cannot be opened, a lost journal's backups
 * are offered ({@link JournalRescue}), a journal held by another NetJournal brings that one to the front, and
 * anything else is explained ({@link StartupProblemDialog}) with the choice of another folder.
 */
final class JournalOpening {

    private static final Logger LOG = Logger.getLogger(JournalOpening.class.getName());

    private final FxTaskRunner runner;
    private final Consumer<OpenedJournal> show;
    private final JournalRescue rescue;

    /** {@code show} builds the window for an opened journal; {@code restored} says what a rescue's restore kept. */
    JournalOpening(FxTaskRunner runner, Consumer<OpenedJournal> show, Consumer<Optional<Path>> restored) {
        this.runner = runner;
        this.show = show;
        this.rescue = new JournalRescue(runner, new JournalRescue.Host() {
            @Override
            public void open(DataFolder folder, Callable<OpenedJournal> opening, Runnable whenShown,
                             Runnable whenFailed) {
                JournalOpening.this.open(folder, opening, null, whenShown, whenFailed);
            }

            @Override
            public void restored(Optional<Path> safetyCopy) {
                restored.accept(safetyCopy);
            }
        });
    }

    /**
     * Opens the journal in {@code folder} (or where it was moved to from there); {@code problemDialog} is the
     * dialog to close once it worked.
     */
    void open(DataFolder folder, StartupProblemDialog problemDialog) {
        open(folder, () -> OpenedJournal.open(JournalPointer.follow(folder)), problemDialog);
    }

    /** Like {@link #open(DataFolder, StartupProblemDialog)}, with the opening begun already (EarlyOpen). */
    void open(DataFolder folder, Callable<OpenedJournal> opening, StartupProblemDialog problemDialog) {
        open(folder, opening, problemDialog, () -> { }, () -> { });
    }

    /**
     * {@code whenShown} runs once the journal is shown, {@code whenFailed} once the reason it cannot be opened is
     * (a dialog stays open until then: closing the last window would end the app).
     */
    private void open(DataFolder folder, Callable<OpenedJournal> opening, StartupProblemDialog problemDialog,
                      Runnable whenShown, Runnable whenFailed) {
        Tasks.create(opening)
                .onSuccess(opened -> {
                    if (problemDialog != null) {
                        problemDialog.close();
                    }
                    show.accept(opened);
                    whenShown.run();
                })
                .onError(error -> {
                    if (error instanceof LostJournalException lost) {
                        rescue.offerForLostJournal(lost.assessment()); // not the welcome: the backups first
                        if (problemDialog != null) {
                            problemDialog.close();
                        }
                        whenFailed.run();
                        return;
                    }
                    if (error instanceof UnreadableJournalException unreadable
                            && unreadable.reason() == UnreadableJournalException.Reason.IN_USE) {
                        handOverOrExplain(unreadable, folder, problemDialog);
                    } else {
                        LOG.log(Level.WARNING, "Cannot open the journal in " + folder, error);
                        explain(error, folder, problemDialog);
                    }
                    whenFailed.run();
                })
                .runOn(runner);
    }

    /**
     * Another NetJournal holds the journal, perhaps one that is still starting: it is asked for up to
     * {@link FrontRequests#PATIENCE} to come to the front, and this start ends quietly once it did. Only without an
     * answer does a dialog explain.
     */
    private void handOverOrExplain(UnreadableJournalException inUse, DataFolder folder,
                                   StartupProblemDialog problemDialog) {
        Path heldFolder = inUse.file().getParent(); // where the journal was moved to, if it was
        Tasks.create(() -> FrontRequests.askUntilAnswered(heldFolder, FrontRequests.PATIENCE)).onSuccess(answered -> {
            if (answered) {
                LOG.info("The NetJournal that has " + heldFolder + " open came to the front; this start ends");
                if (problemDialog != null) {
                    problemDialog.close();
                }
                Platform.exit();
            } else {
                LOG.log(Level.WARNING, "The journal in " + heldFolder + " is held by a NetJournal that did not answer",
                        inUse);
                explain(inUse, folder, problemDialog);
            }
        }).runOn(runner);
    }

    /** Says why the journal in {@code folder} cannot be used, and offers another folder or a backup. */
    void explain(Throwable error, DataFolder folder, StartupProblemDialog problemDialog) {
        Messages systemMessages = new Messages(Language.forLocale(Locale.getDefault()));
        StartupProblemDialog dialog = problemDialog != null ? problemDialog : new StartupProblemDialog(systemMessages);
        dialog.setOnChosen(chosen -> open(chosen, dialog));
        dialog.setOnRestore(damaged -> rescue.offerForDamagedJournal(damaged, dialog));
        dialog.show(error, folder);
    }
}
