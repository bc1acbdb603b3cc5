package org.netjournal.tasks;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A small fluent helper: {@code Tasks.create(work).onSuccess(..).onError(..).andFinally(..).runOn(runner)}.
 * Without {@code onError} the error goes to the handler set with {@link #setDefaultErrorHandler}, which the
 * app points at "log it and tell the user".
 */
public final class Tasks {

    private static volatile Consumer<Throwable> defaultErrorHandler = error -> { };

    private Tasks() {
    }

    public static void setDefaultErrorHandler(Consumer<Throwable> handler) {
        defaultErrorHandler = Objects.requireNonNull(handler);
    }

    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    /** For work without a result. */
    public static Builder<Void> create(Work work) {
        return new Builder<>(() -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<? super T> onSuccess = result -> { };
        private Consumer<Throwable> onError;
        private Runnable andFinally = () -> { };

        private Builder(Callable<T> work) {
            this.work = Objects.requireNonNull(work);
        }

        public Builder<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = Objects.requireNonNull(handler);
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> handler) {
            this.onError = Objects.requireNonNull(handler);
            return this;
        }

        public Builder<T> andFinally(Runnable handler) {
            this.andFinally = Objects.requireNonNull(handler);
            return this;
        }

        public void runOn(TaskRunner runner) {
            Consumer<Throwable> errorHandler = onError != null ? onError : error -> defaultErrorHandler.accept(error);
            runner.run(work, onSuccess, errorHandler, andFinally);
        }
    }
}
