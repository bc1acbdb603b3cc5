package org.netjournal.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.tasks.Tasks;

/**
 * The one autosave of everything typed (step notes, contact form, drafts). An edit is a <em>whole</em> write of
 * what is typed under a key (the full note, the whole form), so writing the newest one is all that is needed and
 * writing it twice is harmless. It is written {@value #DEBOUNCE_MILLIS} ms after the last key, but never later
 * than {@value #MAX_WAIT_MILLIS} ms after the first unwritten one: someone who types without a pause still has
 * all but the last second in the file when the process dies. {@link #flush()} writes at once (focus loss, area
 * switch, close, Ctrl+Q). A failed write stays pending and is tried again every {@value #RETRY_MILLIS} ms and
 * on every flush; it is dropped only when a newer edit of the same key replaces it or the editor forgets it.
 *
 * <p>Runs on the UI thread; only {@link #pendingWrites()} may be called from any thread (the shutdown hook's
 * copy of what is not yet in the file). Drives {@link SaveStatus}: each pending key counts as unsaved until
 * a write of its newest edit returned.
 */
public final class Autosave {

    public static final int DEBOUNCE_MILLIS = 500;
    /**
     * Well below the promised second: the write itself (a commit with fsync) and a busy machine's late timers
     * must fit into it too (with 800 ms, 6 of 30 kills on a 2-core machine at load 20 lost more than a second).
     */
    public static final int MAX_WAIT_MILLIS = 600;
    public static final int RETRY_MILLIS = 5_000;

    /** Runs an action after a delay on the UI thread; the returned handle cancels it. */
    @FunctionalInterface
    public interface Timers {
        Runnable after(int millis, Runnable action);

        /** JavaFX animation timers: on the UI thread, without blocking it. */
        static Timers fx() {
            return (millis, action) -> {
                PauseTransition pause = new PauseTransition(Duration.millis(millis));
                pause.setOnFinished(event -> action.run());
                pause.play();
                return pause::stop;
            };
        }
    }

    /** One edit: the write to run on the storage thread and what to do on the UI thread once it is in the file. */
    private record Edit<T>(Callable<T> write, Consumer<? super T> onSaved) {
    }

    private static final Runnable NOT_RUNNING = () -> { };

    private final TaskRunner runner;
    private final SaveStatus status;
    private final Function<Throwable, String> describe;
    private final Timers timers;
    /** Newest edit per key that is not yet known to be in the file: shared with the shutdown hook. */
    private final Map<Object, Edit<?>> pending = new ConcurrentHashMap<>();
    /** The edit of each key currently queued on the storage thread (so a flush does not queue it twice). */
    private final Map<Object, Edit<?>> queued = new HashMap<>();
    private Runnable debounce = NOT_RUNNING;
    private Runnable maxWait = NOT_RUNNING;
    private Runnable retry = NOT_RUNNING;

    public Autosave(TaskRunner runner, SaveStatus status, Function<Throwable, String> describe, Timers timers) {
        this.runner = runner;
        this.status = status;
        this.describe = describe;
        this.timers = timers;
    }

    /**
     * Records what is typed under {@code key}: {@code write} (a whole, repeatable write of it, run on the storage
     * thread) replaces any earlier unwritten edit of the key; {@code onSaved} runs on the UI thread with its
     * result once it is in the file and no newer edit of the key waits.
     */
    public <T> void edited(Object key, Callable<T> write, Consumer<? super T> onSaved) {
        pending.put(key, new Edit<>(write, onSaved));
        status.unsaved(key);
        debounce.run();
        debounce = timers.after(DEBOUNCE_MILLIS, this::flush);
        if (maxWait == NOT_RUNNING) {
            maxWait = timers.after(MAX_WAIT_MILLIS, this::flush); // not restarted by later keys: the guarantee
        }
    }

    /** Writes every pending edit now. */
    public void flush() {
        debounce.run();
        maxWait.run();
        retry.run();
        debounce = NOT_RUNNING;
        maxWait = NOT_RUNNING;
        retry = NOT_RUNNING;
        List<Map.Entry<Object, Edit<?>>> toWrite = new ArrayList<>(pending.entrySet());
        for (Map.Entry<Object, Edit<?>> entry : toWrite) {
            if (queued.get(entry.getKey()) != entry.getValue()) {
                queue(entry.getKey(), entry.getValue());
            }
        }
    }

    private <T> void queue(Object key, Edit<T> edit) {
        queued.put(key, edit);
        Tasks.create(edit.write())
                .onSuccess(result -> {
                    queued.remove(key, edit);
                    if (pending.remove(key, edit)) { // else a newer edit of the key is still to be written
                        status.saved(key);
                        edit.onSaved().accept(result);
                    }
                })
                .onError(error -> {
                    queued.remove(key, edit);
                    if (pending.get(key) == edit) { // the words are kept; they are tried again
                        status.failed(key, describe.apply(error));
                        retry.run();
                        retry = timers.after(RETRY_MILLIS, this::flush);
                    }
                })
                .runOn(runner);
    }

    /** Drops what is pending under {@code key} (its contact or draft was deleted, or its text left the screen). */
    public void forget(Object key) {
        pending.remove(key);
        status.saved(key);
    }

    /**
     * True while some typed text is not in the file (waiting, being written or failed). Text an editor cannot store
     * as typed is not pending here: the editor holds it and says so ({@link SaveStatus#setNotSaved}).
     */
    public boolean hasPending() {
        return !pending.isEmpty();
    }

    public boolean hasPending(Object key) {
        return pending.containsKey(key);
    }

    /**
     * A copy of the writes not yet known to be in the file, safe to take from any thread: the shutdown hook runs
     * them on the storage thread when the process is ended (SIGTERM) before they were written.
     */
    public List<Callable<?>> pendingWrites() {
        List<Callable<?>> writes = new ArrayList<>();
        pending.values().forEach(edit -> writes.add(edit.write()));
        return writes;
    }
}
