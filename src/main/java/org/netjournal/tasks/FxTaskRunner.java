package org.netjournal.tasks;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The app's single storage thread. One thread keeps SQLite access serial (one connection, no locking of
 * our own) and keeps writes in the order the user made them. {@link #forLongReads()} makes a second one for long
 * reads on connections of their own (backups), so they never hold up the writes.
 */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor;

    /** The storage thread: queued saves must finish even while the UI shuts down, so it keeps the JVM alive. */
    public FxTaskRunner() {
        this("netjournal-storage", false);
    }

    private FxTaskRunner(String threadName, boolean daemon) {
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(daemon);
            return thread;
        });
    }

    /**
     * A thread for long reads such as backups. It does not keep the app from ending: a copy cut short leaves only
     * its {@code .partial} file, which the next copy replaces.
     */
    public static FxTaskRunner forLongReads() {
        return new FxTaskRunner("netjournal-long-reads", true);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError,
                        Runnable andFinally) {
        try {
            executor.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Throwable error) {
                    LOG.log(Level.WARNING, "Background work failed", error);
                    Platform.runLater(() -> {
                        try {
                            onError.accept(error);
                        } finally {
                            andFinally.run();
                        }
                    });
                    return;
                }
                Platform.runLater(() -> {
                    try {
                        onSuccess.accept(result);
                    } finally {
                        andFinally.run();
                    }
                });
            });
        } catch (RejectedExecutionException shutDown) {
            LOG.log(Level.WARNING, "Work submitted after shutdown was dropped", shutDown);
        }
    }

    /**
     * Queues work on the storage thread before the JavaFX toolkit is up (so nothing can be handed to the UI
     * thread yet); the caller collects the result later, e.g. from a task queued behind it.
     */
    public <T> Future<T> submitBeforeToolkit(Callable<T> work) {
        return executor.submit(work);
    }

    /**
     * For the JVM's shutdown hook: queues work behind everything queued so far, with no answer on the UI thread
     * (which may be gone). Empty when the runner was shut down already (the app quit the normal way).
     */
    public <T> Optional<Future<T>> submitAtExit(Callable<T> work) {
        try {
            return Optional.of(executor.submit(work));
        } catch (RejectedExecutionException shutDown) {
            return Optional.empty();
        }
    }

    @Override
    public void shutdown() {
        executor.shutdown();
    }

    /** For shutdown paths outside the UI thread (tests, the JVM's exit): waits for queued work. */
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return executor.awaitTermination(timeout, unit);
    }
}
