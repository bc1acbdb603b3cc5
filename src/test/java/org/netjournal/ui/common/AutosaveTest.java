package org.netjournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.JournalSql;
import org.netjournal.storage.StepRepository;
import org.netjournal.tasks.SameThreadTaskRunner;
import org.netjournal.tasks.TaskRunner;

/**
 * The one autosave (issue 11, point 1) on a real journal file, with a clock the test moves: continuous typing is
 * in the file at least every second, a pause writes after the debounce, a failed write keeps the words and is
 * retried, and the status bar says "Saved" only when everything typed is in the file.
 */
class AutosaveTest {

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock();
    private final QueuedRunner storage = new QueuedRunner();
    private final SaveStatus status = new SaveStatus();
    private final UserFacingErrors errors = new UserFacingErrors(new Messages(Language.ENGLISH), Path.of("x.log"));
    private JournalDatabase database;
    private StepRepository steps;
    private Autosave autosave;

    @BeforeEach
    void open() throws Exception {
        database = JournalDatabase.open(new DataFolder(dir));
        steps = new StepRepository(database);
        autosave = new Autosave(storage, status, errors::describe, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void type(int step, String text) {
        autosave.edited("notes " + step, () -> {
            steps.saveNotes(step, text);
            return null;
        }, ignored -> { });
    }

    private String inFile(int step) throws Exception {
        String notes = steps.load(step).notes();
        return notes == null ? "" : notes;
    }

    @Test
    void typingWithoutAnyPauseIsInTheFileAtLeastEverySecond() throws Exception {
        StringBuilder typed = new StringBuilder();
        List<Integer> lagBehind = new ArrayList<>();
        for (int millis = 0; millis < 5_000; millis += 40) { // a key every 40 ms, never a pause of 700 ms
            typed.append((char) ('a' + millis / 40 % 26));
            type(2, typed.toString());
            clock.advance(40);
            storage.runAll();
            int lost = typed.length() - inFile(2).length();
            lagBehind.add(lost);
            assertTrue(typed.toString().startsWith(inFile(2)));
            assertEquals(typed.toString().equals(inFile(2)), status.stateProperty().get() == SaveStatus.State.SAVED,
                    "Saved is shown exactly when everything typed is in the file");
        }
        // the maximum wait bounds what a crash at any moment could lose: never more than 1 s of keys
        assertTrue(lagBehind.stream().allMatch(lost -> lost <= Autosave.MAX_WAIT_MILLIS / 40 + 1), "lag " + lagBehind);
    }

    @Test
    void aPauseWritesAfterTheDebounceAndOnlyThenSaysSaved() throws Exception {
        type(1, "Hello");
        assertEquals(SaveStatus.State.SAVING, status.stateProperty().get());
        clock.advance(Autosave.DEBOUNCE_MILLIS - 1);
        storage.runAll();
        assertEquals("", inFile(1), "not before the debounce");
        clock.advance(1);
        assertEquals(SaveStatus.State.SAVING, status.stateProperty().get(), "queued is not saved");
        storage.runAll();
        assertEquals("Hello", inFile(1));
        assertEquals(SaveStatus.State.SAVED, status.stateProperty().get());
        assertFalse(autosave.hasPending());
    }

    @Test
    void aFlushWritesAtOnceAndEveryKeyIsWrittenOnce() throws Exception {
        type(1, "one");
        type(3, "three");
        autosave.flush();
        autosave.flush(); // e.g. focus loss and area switch together: queued once
        assertEquals(2, storage.queued());
        storage.runAll();
        assertEquals("one", inFile(1));
        assertEquals("three", inFile(3));
        assertEquals(SaveStatus.State.SAVED, status.stateProperty().get());
    }

    @Test
    void aNewerEditWhileTheOlderIsBeingWrittenIsNotSaidToBeSaved() throws Exception {
        type(1, "first");
        autosave.flush();
        type(1, "first and more");
        storage.runAll(); // "first" is in the file, "first and more" still waits
        assertEquals("first", inFile(1));
        assertEquals(SaveStatus.State.SAVING, status.stateProperty().get());
        assertTrue(autosave.hasPending());
        clock.advance(Autosave.DEBOUNCE_MILLIS);
        storage.runAll();
        assertEquals("first and more", inFile(1));
        assertEquals(SaveStatus.State.SAVED, status.stateProperty().get());
    }

    @Test
    void aFailedWriteKeepsTheWordsSaysSoAndIsRetriedWithoutAnotherKey() throws Exception {
        pragma("query_only = 1"); // the journal cannot be written (read-only medium, permissions)
        type(4, "Words that must not get lost");
        autosave.flush();
        storage.runAll();
        assertEquals(SaveStatus.State.FAILED, status.stateProperty().get());
        assertTrue(autosave.hasPending());
        assertEquals(1, autosave.pendingWrites().size(), "the shutdown hook's copy still holds them");

        // another, successful write elsewhere does not hide the failure
        type(5, "fine");
        status.writeStarted();
        status.writeSucceeded();
        assertEquals(SaveStatus.State.FAILED, status.stateProperty().get());

        pragma("query_only = 0"); // the cause is gone
        clock.advance(Autosave.RETRY_MILLIS);
        storage.runAll();
        assertEquals("Words that must not get lost", inFile(4));
        assertEquals("fine", inFile(5));
        assertEquals(SaveStatus.State.SAVED, status.stateProperty().get());
        assertTrue(autosave.pendingWrites().isEmpty());
    }

    @Test
    void textThatCannotBeWrittenCountsAsNotSavedUntilItIsReplacedOrForgotten() {
        // the editor holds such text and says so in the status bar; the autosave has nothing of it to write
        status.setNotSaved("contact", "Give the contact a name");
        assertEquals(SaveStatus.State.NOT_SAVED, status.stateProperty().get());
        assertEquals("Give the contact a name", status.notSavedProperty().get());
        assertTrue(status.hasUnsaved());
        assertFalse(autosave.hasPending("contact"));
        status.setNotSaved("contact", "");
        assertEquals(SaveStatus.State.SAVED, status.stateProperty().get());
        assertFalse(status.hasUnsaved());
    }

    @Test
    void theShutdownCopyCanBeWrittenFromAnotherThread() throws Exception {
        type(6, "pending at the end");
        Thread hook = new Thread(() -> autosave.pendingWrites().forEach(write -> {
            try {
                write.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        hook.start();
        hook.join();
        assertEquals("pending at the end", inFile(6));
    }

    private void pragma(String pragma) throws Exception {
        JournalSql.pragma(database, pragma);
    }

    /** Timers on a clock the test moves; actions run in the order they are due, as on the UI thread. */
    private static final class ManualClock implements Autosave.Timers {
        private final List<Timer> timers = new ArrayList<>();
        private long now;

        private static final class Timer {
            final long due;
            final Runnable action;
            boolean cancelled;

            Timer(long due, Runnable action) {
                this.due = due;
                this.action = action;
            }
        }

        @Override
        public Runnable after(int millis, Runnable action) {
            Timer timer = new Timer(now + millis, action);
            timers.add(timer);
            return () -> timer.cancelled = true;
        }

        void advance(long millis) {
            long until = now + millis;
            while (true) {
                Timer next = timers.stream().filter(timer -> !timer.cancelled && timer.due <= until)
                        .min(Comparator.comparingLong(timer -> timer.due)).orElse(null);
                if (next == null) {
                    break;
                }
                now = next.due;
                next.cancelled = true;
                next.action.run();
            }
            now = until;
            timers.removeIf(timer -> timer.cancelled);
        }
    }

    /** The storage thread, run when the test says: work and its answer in submission order. */
    private static final class QueuedRunner implements TaskRunner {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError,
                            Runnable andFinally) {
            queue.add(() -> new SameThreadTaskRunner().run(work, onSuccess, onError, andFinally));
        }

        int queued() {
            return queue.size();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        @Override
        public void shutdown() {
        }
    }
}
