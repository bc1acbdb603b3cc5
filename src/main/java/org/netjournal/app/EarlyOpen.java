package org.netjournal.app;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalPointer;
import org.netjournal.tasks.FxTaskRunner;

/**
 * Opens the journal on the storage thread while JavaFX is still starting up. Opening (lock, checks, migrations,
 * loading the steps and settings) and the toolkit's start-up are independent, so a user's start no longer pays
 * for both one after the other. The launcher begins it; the application takes it over together with the
 * storage thread, which stays the app's one thread for SQLite.
 */
final class EarlyOpen {

    private static EarlyOpen pending;

    private final FxTaskRunner runner;
    private final DataFolder folder;
    private final Future<OpenedJournal> opening;

    private EarlyOpen(FxTaskRunner runner, DataFolder folder) {
        this.runner = runner;
        this.folder = folder;
        this.opening = runner.submitBeforeToolkit(() -> OpenedJournal.open(JournalPointer.follow(folder)));
    }

    /** Starts opening {@code folder}; called once by the launcher before the toolkit starts. */
    static synchronized void begin(DataFolder folder) {
        pending = new EarlyOpen(new FxTaskRunner(), folder);
    }

    /** The opening begun by the launcher, handed over once; null when the app was started another way (tests). */
    static synchronized EarlyOpen take() {
        EarlyOpen taken = pending;
        pending = null;
        return taken;
    }

    /**
     * The application never took the opening over (the toolkit could not start, e.g. without a display): closes
     * the journal if it was opened and ends the storage thread, which would otherwise keep the process alive.
     */
    static void abandon() {
        EarlyOpen left = take();
        if (left == null) {
            return;
        }
        left.runner.submitBeforeToolkit(() -> {
            try {
                left.result().database().close();
            } catch (Exception couldNotOpen) {
                // nothing was opened, nothing to close
            }
            return null;
        });
        left.runner.shutdown();
    }

    FxTaskRunner runner() {
        return runner;
    }

    DataFolder folder() {
        return folder;
    }

    /** The journal if it is opened already (without waiting for it); empty while opening or when it failed. */
    Optional<OpenedJournal> openedSoFar() {
        if (!opening.isDone()) {
            return Optional.empty();
        }
        try {
            return Optional.of(opening.get());
        } catch (InterruptedException | ExecutionException notOpened) {
            return Optional.empty();
        }
    }

    /** The opened journal, or the reason it could not be opened. Call it on the storage thread (it is done then). */
    OpenedJournal result() throws Exception {
        try {
            return opening.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
