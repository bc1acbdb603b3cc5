package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Contact;

/** Backups and restore on real journal files. */
class BackupServiceTest {

    @TempDir
    Path dir;

    private DataFolder folder() {
        return new DataFolder(dir.resolve("journal"));
    }

    @Test
    void aBackupIsACheckedCopyOfTheJournal() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            new StepRepository(db).saveNotes(1, "Why I network: to learn ✨");
            Path copy = new BackupService(db).backupTo(dir.resolve("copy.db"));
            BackupService.check(copy);
            assertEquals("Why I network: to learn ✨", notesIn(copy));
        }
    }

    @Test
    void aBackupTakenWhileAnotherConnectionWritesIsConsistent() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            Thread writer = new Thread(() -> {
                try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + folder().databaseFile());
                     Statement statement = other.createStatement()) {
                    statement.execute("PRAGMA busy_timeout = 5000");
                    while (!stop.get() && written.get() < 2_000) {
                        statement.executeUpdate("INSERT INTO setting (key, value) VALUES ('k" + written.get()
                                + "', 'v')");
                        written.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            Path copy = null;
            for (int i = 0; i < 5; i++) {
                copy = new BackupService(db).backupTo(dir.resolve("during-" + i + ".db"));
                BackupService.check(copy); // integrity_check passes on every snapshot
            }
            stop.set(true);
            writer.join();
            assertTrue(written.get() > 0);
        }
    }

    @Test
    void restoreBringsBackTheCopyAndKeepsTheReplacedJournal() throws Exception {
        Path copy;
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            new StepRepository(db).saveNotes(2, "version A");
            new ContactRepository(db).save(Contact.named("Anna", "Müller"));
            copy = new BackupService(db).backupTo(dir.resolve("a.db"));
            new StepRepository(db).saveNotes(2, "version B");
        }
        var safety = BackupService.restore(folder(), copy, LocalDateTime.of(2026, 11, 29, 10, 0));
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            assertEquals("version A", new StepRepository(db).load(2).notes());
            assertEquals(1, new ContactRepository(db).findAll().size());
        }
        assertTrue(safety.isPresent());
        assertEquals("version B", notesIn(safety.get(), 2));
    }

    @Test
    void aDamagedOrForeignBackupIsRefusedAndTheJournalStaysAsItWas() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            new StepRepository(db).saveNotes(1, "keep me");
        }
        byte[] before = Files.readAllBytes(folder().databaseFile());
        Path garbage = Files.write(dir.resolve("garbage.db"), "not a database at all".repeat(100).getBytes());
        Path empty = Files.createFile(dir.resolve("empty.db"));
        Path good;
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dir.resolve("donor")))) {
            good = new BackupService(db).backupTo(dir.resolve("good.db"));
        }
        byte[] goodBytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.db"),
                java.util.Arrays.copyOf(goodBytes, goodBytes.length / 2));

        for (Path bad : List.of(garbage, empty, truncated)) {
            assertThrows(UnreadableJournalException.class,
                    () -> BackupService.restore(folder(), bad, LocalDateTime.now()), bad.toString());
            assertArrayEquals(before, Files.readAllBytes(folder().databaseFile()), "journal untouched");
        }
    }

    @Test
    void dailyBackupsAreMadeOncePerDayAndThinnedToSevenDailyAndFourWeekly() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            BackupService backups = new BackupService(db);
            LocalDate day = LocalDate.of(2026, 9, 1);
            for (int i = 0; i < 60; i++) {
                backups.dailyBackup(day.plusDays(i));
            }
            assertTrue(backups.dailyBackup(day.plusDays(59)).isEmpty(), "one per day");
            List<Path> kept = backups.automaticBackups();
            assertEquals(BackupService.KEEP_DAILY + BackupService.KEEP_WEEKLY, kept.size());
            Set<String> names = kept.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            for (int i = 53; i < 60; i++) {
                assertTrue(names.contains("netjournal-" + day.plusDays(i) + ".db"), "daily " + day.plusDays(i));
            }
            for (Path file : kept) {
                BackupService.check(file);
            }
        }
    }

    private static String notesIn(Path file) throws Exception {
        return notesIn(file, 1);
    }

    private static String notesIn(Path file, int step) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = connection.createStatement().executeQuery("SELECT notes FROM step WHERE number = " + step)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
