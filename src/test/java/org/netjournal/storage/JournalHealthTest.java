package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.BackupPolicy;
import org.netjournal.domain.Contact;

/** Issue 11, point 5: a journal that lost its content (its -wal) says so instead of starting over. */
class JournalHealthTest {

    @TempDir
    Path dir;

    private Path dataDir() {
        return dir.resolve("data");
    }

    private DataFolder folder() {
        return new DataFolder(dataDir());
    }

    @Test
    void aKilledJournalWhoseWalWasLostIsReportedLostWithItsNewestBackupAndLeftUntouched() throws Exception {
        Path backup = LostWalFixture.killWriterAndLoseWal(dataDir());
        assertTrue(UncleanEnd.detected(folder()), "the killed writer's end is an unclean one");
        byte[] before = Files.readAllBytes(folder().databaseFile());

        LostJournalException lost = assertThrows(LostJournalException.class,
                () -> JournalDatabase.openUnlessLost(folder()));
        JournalHealth.Assessment found = lost.assessment();
        assertTrue(found.looksLost());
        assertTrue(found.noContent(), "schema 0 without its WAL");
        assertTrue(found.uncleanEnd());
        assertEquals(Optional.of(backup), found.newestBackup().map(JournalHealth.Backup::file));
        assertEquals(Files.size(backup), found.newestBackup().orElseThrow().sizeBytes());

        assertArrayEquals(before, Files.readAllBytes(folder().databaseFile()), "nothing written");
        assertFalse(Files.exists(Path.of(folder().databaseFile() + "-wal")), "not even a new WAL");
        assertTrue(UncleanEnd.detected(folder()), "still lost at the next start, until the user chose");
        assertEquals(List.of(backup), backupFiles(), "no backup made or pruned");
    }

    @Test
    void aKilledJournalWithItsWalIsNotLostAndKeepsEverythingWrittenAfterTheBackup() throws Exception {
        LostWalFixture.killWriter(dataDir());
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder())) {
            assertTrue(database.openedAfterUncleanEnd());
            assertEquals(List.of(LostWalFixture.BACKED_UP_CONTACT, LostWalFixture.LATER_CONTACT),
                    new ContactRepository(database).findAll().stream().map(Contact::firstName).sorted().toList());
        }
        assertFalse(UncleanEnd.detected(folder()));
    }

    @Test
    void restoringTheNewestBackupBringsTheDataBackAndKeepsTheLostFileAside() throws Exception {
        Path backup = LostWalFixture.killWriterAndLoseWal(dataDir());
        byte[] lostFile = Files.readAllBytes(folder().databaseFile());

        Optional<Path> safety = JournalHealth.restoreUnopened(folder(), backup, LocalDateTime.now());

        assertArrayEquals(lostFile, Files.readAllBytes(safety.orElseThrow()), "set aside, not deleted");
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder())) {
            assertTrue(database.openedAfterUncleanEnd());
            assertEquals(LostWalFixture.NOTES, new StepRepository(database).load(1).notes());
            assertEquals(List.of(LostWalFixture.BACKED_UP_CONTACT),
                    new ContactRepository(database).findAll().stream().map(Contact::firstName).toList());
        }
        assertFalse(UncleanEnd.detected(folder()), "closed cleanly");
    }

    @Test
    void startingFreshOpensTheLostJournalAsANewOne() throws Exception {
        LostWalFixture.killWriterAndLoseWal(dataDir());
        try (JournalDatabase database = JournalDatabase.open(folder())) {
            assertTrue(database.openedAfterUncleanEnd());
            assertEquals(List.of(), new ContactRepository(database).findAll());
        }
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder())) {
            assertFalse(database.openedAfterUncleanEnd(), "the fresh start was closed cleanly");
        }
    }

    @Test
    void aCopyWithoutItsWalNextToTheBackupsLooksLostAlsoAfterACleanEnd() throws Exception {
        Path copy = dir.resolve("copy");
        try (JournalDatabase database = LostWalFixture.writeJournal(dataDir())) {
            Files.createDirectories(copy.resolve("backups"));
            Files.copy(folder().databaseFile(), copy.resolve(DataFolder.DATABASE_FILE_NAME));
            Files.copy(LostWalFixture.backupOf(dataDir()), copy.resolve("backups").resolve("netjournal-2026-01-02.db"));
            assertTrue(database.isOpen());
        }
        assertFalse(UncleanEnd.detected(folder()), "a clean close removes the marker");

        LostJournalException lost = assertThrows(LostJournalException.class,
                () -> JournalDatabase.openUnlessLost(new DataFolder(copy)));
        assertFalse(lost.assessment().uncleanEnd());
        assertEquals(copy.resolve("backups").resolve("netjournal-2026-01-02.db"),
                lost.assessment().newestBackup().orElseThrow().file());
        try (JournalDatabase original = JournalDatabase.openUnlessLost(folder())) {
            assertEquals(2, new ContactRepository(original).findAll().size(), "the original is sound");
        }
    }

    @Test
    void aBackupInTheChosenFolderIsFoundThroughTheNoteOutsideTheJournal() throws Exception {
        Path chosen = dir.resolve("elsewhere");
        Path copy = dir.resolve("copy");
        try (JournalDatabase database = JournalDatabase.open(folder())) {
            new SettingsRepository(database).putAll(BackupPolicy.DEFAULT.withFolder(Optional.of(chosen.toString()))
                    .toSettings());
            Path note = dataDir().resolve(BackupFolderNote.FILE_NAME);
            assertEquals(chosen.toString(), Files.readString(note).strip());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(note)));
            new StepRepository(database).saveNotes(1, LostWalFixture.NOTES);
            Path made = BackupService.configured(database).dailyBackup(LocalDate.now()).orElseThrow();
            assertEquals(chosen, made.getParent());
            Files.createDirectories(copy);
            Files.copy(folder().databaseFile(), copy.resolve(DataFolder.DATABASE_FILE_NAME)); // without the WAL
            Files.copy(note, copy.resolve(BackupFolderNote.FILE_NAME));

            new SettingsRepository(database).putAll(BackupPolicy.DEFAULT.toSettings());
            assertFalse(Files.exists(note), "the default folder needs no note");
        }
        LostJournalException lost = assertThrows(LostJournalException.class,
                () -> JournalDatabase.openUnlessLost(new DataFolder(copy)));
        assertEquals(chosen, lost.assessment().newestBackup().orElseThrow().file().getParent());
    }

    @Test
    void theMarkerIsPrivateWhileTheJournalIsOpenAndGoneAfterACleanClose() throws Exception {
        Path marker = dataDir().resolve(UncleanEnd.FILE_NAME);
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder())) {
            assertFalse(database.openedAfterUncleanEnd(), "a new journal");
            assertTrue(Files.exists(marker));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(marker)));
        }
        assertFalse(Files.exists(marker));
        assertFalse(UncleanEnd.detected(folder()));
    }

    @Test
    void anEmptyFileWithoutBackupsAndWithoutAnUncleanEndIsSimplyANewJournal() throws Exception {
        Files.createDirectories(dataDir());
        Files.createFile(folder().databaseFile());
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder())) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, database.schemaVersion());
        }
    }

    @Test
    void anEmptyFileAfterAnUncleanEndLooksLostEvenWithoutBackups() throws Exception {
        Files.createDirectories(dataDir());
        Files.createFile(folder().databaseFile());
        Files.createFile(dataDir().resolve(UncleanEnd.FILE_NAME));
        LostJournalException lost = assertThrows(LostJournalException.class,
                () -> JournalDatabase.openUnlessLost(folder()));
        assertEquals(Optional.empty(), lost.assessment().newestBackup());
        assertEquals(0, Files.size(folder().databaseFile()), "untouched");
    }

    @Test
    void aSoundJournalAfterAnUncleanEndIsNotLost() throws Exception {
        try (JournalDatabase database = JournalDatabase.open(folder())) {
            new StepRepository(database).saveNotes(1, "kept");
        }
        Files.createFile(dataDir().resolve(UncleanEnd.FILE_NAME)); // as a crash after a checkpoint leaves it
        Files.createDirectories(dataDir().resolve("backups"));
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder())) {
            assertTrue(database.openedAfterUncleanEnd());
            assertEquals("kept", new StepRepository(database).load(1).notes());
        }
    }

    @Test
    void restoringKeepsAWalLeftNextToTheReplacedFile() throws Exception {
        Path backup = LostWalFixture.killWriterAndLoseWal(dataDir());
        Path wal = Path.of(folder().databaseFile() + "-wal");
        Files.writeString(wal, "not a WAL of this file, but not ours to delete");
        Path safety = JournalHealth.restoreUnopened(folder(), backup, LocalDateTime.now()).orElseThrow();
        assertFalse(Files.exists(wal));
        assertEquals("not a WAL of this file, but not ours to delete", Files.readString(Path.of(safety + "-wal")));
    }

    private List<Path> backupFiles() throws Exception {
        try (Stream<Path> files = Files.list(dataDir().resolve("backups"))) {
            return files.sorted().toList();
        }
    }
}
