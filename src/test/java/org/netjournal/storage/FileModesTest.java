package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.netjournal.storage.FileModes.FILE;
import static org.netjournal.storage.FileModes.FOLDER;
import static org.netjournal.storage.FileModes.mode;
import static org.netjournal.storage.FileModes.notPrivate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.BackupPolicy;

/**
 * Everything the storage creates is owner-only from the first byte: folders 0700, files 0600 (POSIX systems).
 * Checked on the real files, including a large backup while SQLite is still writing it.
 */
class FileModesTest {

    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileModes.supported(temp), "POSIX permissions");
    }

    @Test
    void aNewJournalItsSideFilesAndItsLockAreOwnerOnly() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("chosen/journal"));
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            new StepRepository(db).saveNotes(1, "why I network");
            assertEquals(FOLDER, mode(folder.path()));
            assertEquals(FOLDER, mode(folder.nativeLibraryFolder()));
            assertEquals(FILE, mode(folder.databaseFile()));
            assertEquals(FILE, mode(Path.of(folder.databaseFile() + "-wal")), "SQLite gives it the journal's mode");
            assertEquals(FILE, mode(Path.of(folder.databaseFile() + "-shm")));
            assertEquals(FILE, mode(folder.path().resolve(JournalLock.FILE_NAME)));
            assertEquals(Set.of(), notPrivate(folder.path()));
        }
    }

    @Test
    void journalFilesAnOlderVersionLeftReadableAreMadeOwnerOnly() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("journal"));
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            new StepRepository(db).saveNotes(1, "written by an older version");
        }
        for (Path file : List.of(folder.databaseFile(), folder.path().resolve(JournalLock.FILE_NAME))) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            new StepRepository(db).saveNotes(1, "and now by this one");
            assertEquals(Set.of(), notPrivate(folder.path()));
        }
    }

    @Test
    void theDefaultFolderIsKeptOwnerOnlyButAFolderTheUserChoseIsLeftAsItIs() throws Exception {
        assumeTrue(System.getenv("XDG_DATA_HOME") == null && System.getProperty("os.name").contains("Linux"),
                "the default folder follows user.home here");
        String home = System.getProperty("user.home");
        System.setProperty("user.home", temp.resolve("home").toString());
        try {
            DataFolder standard = DataFolder.resolve(null, java.util.Map.of());
            Files.createDirectories(standard.path());
            Files.setPosixFilePermissions(standard.path(), PosixFilePermissions.fromString("rwxr-xr-x"));
            assertTrue(standard.isDefaultLocation());
            standard.prepare();
            assertEquals(FOLDER, mode(standard.path()), "NetJournal's own folder, left 0755 before: 0700 again");
        } finally {
            System.setProperty("user.home", home);
        }
        Path chosen = temp.resolve("my-journal");
        Files.createDirectories(chosen);
        Files.setPosixFilePermissions(chosen, PosixFilePermissions.fromString("rwxr-x---"));
        new DataFolder(chosen).prepare();
        assertEquals("rwxr-x---", mode(chosen), "the user's own choice: warned about, not changed");
    }

    @Test
    void aLargeBackupIsOwnerOnlyWhileItIsBeingWritten() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("journal"));
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            LargeJournal.grow(db, 40);
            BackupService backups = new BackupService(db);
            Path partial = backups.backupFolder().resolve("netjournal-" + LocalDate.now() + ".db.partial");
            List<String> seen = new ArrayList<>();
            long[] largestSeen = {0};
            AtomicBoolean done = new AtomicBoolean();
            Thread watcher = new Thread(() -> {
                while (!done.get()) {
                    try {
                        String mode = mode(partial);
                        largestSeen[0] = Math.max(largestSeen[0], Files.size(partial));
                        if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(mode)) {
                            seen.add(mode);
                        }
                    } catch (NoSuchFileException notThere) {
                        // before it is created, after it was renamed
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            watcher.start();
            try {
                backups.dailyBackup(LocalDate.now());
            } finally {
                done.set(true);
                watcher.join();
            }
            assertTrue(largestSeen[0] > 1_000_000, "the copy was watched while it was written: " + largestSeen[0]);
            assertEquals(List.of(FILE), seen, "owner-only from its first byte");
            assertEquals(Set.of(), notPrivate(folder.path()));
        }
    }

    @Test
    void aBackupFolderTheUserChoseIsCreatedOwnerOnlyAndTheCopiesTooWhereverTheyGo() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("journal"));
        Path chosen = temp.resolve("elsewhere/copies");
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            new StepRepository(db).saveNotes(1, "why");
            BackupService backups = new BackupService(db, new BackupPolicy(java.util.Optional.of(chosen.toString()),
                    BackupPolicy.DEFAULT_DAILY, BackupPolicy.DEFAULT_WEEKLY));
            Path daily = backups.dailyBackup(LocalDate.now()).orElseThrow();
            Path manual = backups.backupTo(backups.manualBackupFile(LocalDateTime.now()));
            Path anywhere = backups.backupTo(temp.resolve("desk/copy.db"));
            assertEquals(FOLDER, mode(chosen));
            for (Path copy : List.of(daily, manual, anywhere)) {
                assertEquals(FILE, mode(copy), copy.toString());
            }
        }
    }

    @Test
    void restoringAndMovingKeepEveryFileOwnerOnly() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("journal"));
        Path copy;
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            new StepRepository(db).saveNotes(1, "before");
            copy = new BackupService(db).backupTo(temp.resolve("copy.db"));
            new StepRepository(db).saveNotes(1, "after");
        }
        Path safety = BackupService.restore(folder, copy, LocalDateTime.now()).orElseThrow();
        assertEquals(FILE, mode(safety));
        assertEquals(FILE, mode(folder.databaseFile()));

        Path target = temp.resolve("moved");
        Files.createDirectories(target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(FOLDER));
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            JournalMove.move(db, target, LocalDateTime.now(), JournalMove.Checkpoints.NONE);
        }
        assertEquals(Set.of(), notPrivate(folder.path()), "old folder: pointer, lock and the file set aside");
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(target))) {
            new StepRepository(db).saveNotes(1, "moved");
            assertEquals(Set.of(), notPrivate(target));
        }
    }
}
