package org.netjournal.tasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and callbacks at once on the calling thread: deterministic, for tests of non-UI code. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError,
                        Runnable andFinally) {
        try {
            T result;
            try {
                result = work.call();
            } catch (Exception error) {
                onError.accept(error);
                return;
            }
            onSuccess.accept(result);
        } finally {
            andFinally.run();
        }
    }

    @Override
    public void shutdown() {
        // nothing queued, nothing to stop
    }
}
