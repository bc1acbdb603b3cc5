package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.storage.UnreadableJournalException.Reason;

/** One NetJournal per journal; a crashed one never blocks the next. */
class JournalLockTest {

    @TempDir
    Path dir;

    @Test
    void aJournalIsNeverOpenedTwice() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (JournalDatabase first = JournalDatabase.open(folder)) {
            new StepRepository(first).saveNotes(1, "mine");
            byte[] before = Files.readAllBytes(folder.databaseFile());
            UnreadableJournalException refused = assertThrows(UnreadableJournalException.class,
                    () -> JournalDatabase.open(folder));
            assertEquals(Reason.IN_USE, refused.reason());
            assertArrayEquals(before, Files.readAllBytes(folder.databaseFile()));
        }
        try (JournalDatabase again = JournalDatabase.open(folder)) {
            assertEquals("mine", new StepRepository(again).load(1).notes());
        }
    }

    @Test
    void aLockLeftByAKilledProcessDoesNotBlockTheNextStart() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertEquals(LockHolder.READY, line, "the child opened the journal");
            assertTrue(JournalLock.tryAcquire(new DataFolder(dir)).isEmpty(), "held by the child");
            holder.destroyForcibly(); // SIGKILL: no shutdown hooks, no unlocking of its own
            assertTrue(holder.waitFor(20, TimeUnit.SECONDS));
        }
        try (JournalDatabase next = JournalDatabase.open(new DataFolder(dir))) {
            assertEquals(List.of(), new ContactRepository(next).findAll());
        }
    }

    /** Opens a journal, says so, and waits to be killed. */
    public static final class LockHolder {
        static final String READY = "journal open";

        public static void main(String[] args) throws Exception {
            JournalDatabase database = JournalDatabase.open(new DataFolder(Path.of(args[0])));
            new StepRepository(database).saveNotes(2, "written by the holder");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
