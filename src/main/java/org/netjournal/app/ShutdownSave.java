package org.netjournal.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.tasks.FxTaskRunner;
import org.netjournal.ui.common.Autosave;

/**
 * The JVM shutdown hook for an ended process (SIGTERM, SIGHUP, SIGINT: logout, shutdown, {@code kill}): writes
 * the autosave's thread-safe copy of what is typed and not yet in the file, on the storage thread and behind
 * what is queued there, then closes the journal cleanly. It never waits on the JavaFX thread (which may be
 * blocked or gone) and waits for the storage thread at most {@value #WAIT_MILLIS} ms. After a normal quit it
 * does nothing: the runner is shut down and the journal closed by then. A session end that kills the process
 * without running hooks is covered by the autosave's maximum wait instead.
 */
final class ShutdownSave {

    private static final Logger LOG = Logger.getLogger(ShutdownSave.class.getName());
    static final long WAIT_MILLIS = 4_000;

    private record Watched(Autosave autosave, JournalDatabase database) {
    }

    private final FxTaskRunner runner;
    private volatile Watched watched;

    private ShutdownSave(FxTaskRunner runner) {
        this.runner = runner;
    }

    static ShutdownSave install(FxTaskRunner runner) {
        ShutdownSave save = new ShutdownSave(runner);
        Runtime.getRuntime().addShutdownHook(new Thread(save::run, "netjournal-shutdown-save"));
        return save;
    }

    /** The journal now open and the autosave of its window (replaced when another journal is opened). */
    void watch(Autosave autosave, JournalDatabase database) {
        watched = new Watched(autosave, database);
    }

    private void run() {
        Watched now = watched;
        if (now == null) {
            return;
        }
        List<Callable<?>> writes = now.autosave().pendingWrites();
        Optional<Future<Integer>> done = runner.submitAtExit(() -> writeAndClose(writes, now.database()));
        if (done.isEmpty()) {
            return; // quit the normal way: everything was saved (or knowingly left) and the journal closed
        }
        try {
            int written = done.get().get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            if (written > 0) {
                LOG.info("Ended from outside: wrote " + written + " pending edits and closed the journal");
            }
        } catch (TimeoutException busy) {
            LOG.warning("Ended from outside while the storage thread was busy; pending edits may be lost");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException failed) {
            LOG.log(Level.WARNING, "Writing pending edits at the end failed", failed.getCause());
        }
    }

    private static int writeAndClose(List<Callable<?>> writes, JournalDatabase database) {
        if (!database.isOpen()) {
            return 0; // closed by a normal quit, a move or a restore
        }
        int written = 0;
        for (Callable<?> write : writes) {
            try {
                write.call();
                written++;
            } catch (Exception failed) { // one edit that cannot be written does not keep the others out
                LOG.log(Level.WARNING, "A pending edit could not be written at the end", failed);
            }
        }
        database.close();
        return written;
    }
}
