package org.netjournal.tasks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@link FxTaskRunner} for tests, on the calling thread: work runs in submission order, each followed by exactly one
 * of its {@code onSuccess} / {@code onError} (for any {@link Throwable}, as FxTaskRunner delivers it), then
 * {@code andFinally}. As on the real storage thread, work queued from a callback runs after that callback has
 * returned, never inside it, so the order is the app's; {@link #afterPendingWrites} waits for all work queued before
 * it. Submitted from outside a callback, everything queued runs before {@code run} returns, so a test sees the
 * outcome at once. After {@link #shutdown()} work is dropped, as FxTaskRunner drops it.
 */
public final class SameThreadTaskRunner implements TaskRunner {

    private final Deque<Runnable> queue = new ArrayDeque<>();
    private boolean running;
    private boolean shutDown;

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError,
                        Runnable andFinally) {
        if (shutDown) {
            return;
        }
        queue.add(() -> deliver(work, onSuccess, onError, andFinally));
        if (running) {
            return; // a callback queued it: it runs once that callback is done
        }
        running = true;
        try {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        } finally {
            running = false;
        }
    }

    private static <T> void deliver(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError,
                                    Runnable andFinally) {
        T result;
        try {
            result = work.call();
        } catch (Throwable error) {
            try {
                onError.accept(error);
            } finally {
                andFinally.run();
            }
            return;
        }
        try {
            onSuccess.accept(result);
        } finally {
            andFinally.run();
        }
    }

    @Override
    public void shutdown() {
        shutDown = true;
    }
}
