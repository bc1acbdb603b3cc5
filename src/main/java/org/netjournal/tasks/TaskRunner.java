package org.netjournal.tasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs storage and file work away from the UI thread and hands the outcome back to it. The app uses
 * {@link FxTaskRunner} (one named background thread); tests of non-UI code may use
 * {@link SameThreadTaskRunner}. Build calls with {@link Tasks#create(Callable)}.
 */
public interface TaskRunner {

    /**
     * Queues {@code work}. Exactly one of {@code onSuccess} / {@code onError} runs afterwards on the UI
     * thread, then {@code andFinally}. Work runs in submission order.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError, Runnable andFinally);

    /** Finishes the queued work, then stops accepting more. */
    void shutdown();
}
