package org.netjournal.tasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs storage and file work away from the UI thread and hands the outcome back to it. The app uses
 * {@link FxTaskRunner} (one named background thread); tests use a runner that runs everything on their own thread.
 * Build calls with {@link Tasks#create(Callable)}.
 */
public interface TaskRunner {

    /**
     * Queues {@code work}. Exactly one of {@code onSuccess} / {@code onError} runs afterwards on the UI
     * thread, then {@code andFinally}. Work runs in submission order.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError, Runnable andFinally);

    /**
     * The write barrier: runs {@code whenDone} on the UI thread once every piece of work queued before it has
     * finished (and its callbacks have run), whether it succeeded or failed. For what must see everything written
     * first: quitting, a restore or a move after the editors queued what was typed.
     */
    default void afterPendingWrites(Runnable whenDone) {
        run(() -> null, nothing -> { }, error -> { }, whenDone);
    }

    /** Finishes the queued work, then stops accepting more. */
    void shutdown();
}
