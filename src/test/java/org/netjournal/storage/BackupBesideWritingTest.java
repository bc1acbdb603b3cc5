package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily backup reads on a connection of its own: a write on the journal's (the storage thread's) connection
 * started while a large copy is being written is done before the copy is, so typing is never held up by it.
 */
class BackupBesideWritingTest {

    @TempDir
    Path temp;

    @Test
    void aWriteDuringALargeBackupIsNotHeldUpByIt() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("journal"));
        ExecutorService backupThread = Executors.newSingleThreadExecutor();
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            LargeJournal.grow(db, 60);
            BackupService backups = new BackupService(db);
            Path copy = temp.resolve("copies/large.db");
            Path partial = Path.of(copy + ".partial");
            Future<Path> backup = backupThread.submit(() -> backups.backupTo(copy));

            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!(Files.exists(partial) && Files.size(partial) > 0)) {
                assertTrue(System.nanoTime() < deadline && !backup.isDone(), "the copy never started");
                Thread.onSpinWait();
            }
            // the storage thread's write, as typing makes it
            new StepRepository(db).saveNotes(1, "typed while the backup runs");
            long sizeWhenWritten = Files.exists(partial) ? Files.size(partial) : -1;
            long copyingStillAfter = 0;
            long last = sizeWhenWritten;
            // the copy is still growing after the write was done (a partial that grows no more is being checked)
            while (!backup.isDone()) {
                long size = Files.exists(partial) ? Files.size(partial) : -1;
                if (size > last && last >= 0) {
                    copyingStillAfter++;
                }
                last = size;
                Thread.sleep(1);
            }
            backup.get();
            assertTrue(copyingStillAfter > 0, "the write had to wait until the copy was written (size then "
                    + sizeWhenWritten + " bytes)");
            BackupService.check(copy);
        } finally {
            backupThread.shutdownNow();
        }
    }
}
