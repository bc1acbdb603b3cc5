package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before a journal's schema is upgraded, a copy of it is kept that backup pruning never deletes. */
class CopyBeforeUpgradeTest {

    @TempDir
    Path temp;

    @Test
    void anUpgradeKeepsACopyOfTheOldJournalThatPruningNeverDeletes() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("data"));
        Files.createDirectories(folder.path());
        int oldVersion = JournalDatabase.SCHEMA_VERSION - 1;
        writeOldJournal(folder.databaseFile(), oldVersion);

        LocalDate today = LocalDate.now();
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, db.schemaVersion());
            Path copy = copiesBeforeUpgrade(folder).get(0);
            assertTrue(copy.getFileName().toString().startsWith(
                    JournalDatabase.BEFORE_UPGRADE_PREFIX + JournalDatabase.SCHEMA_VERSION + "-"), copy.toString());
            assertEquals(oldVersion, userVersion(copy), "the journal as it was before the upgrade");
            assertEquals("kept", settingIn(copy));

            // two months of daily copies, then the daily backup thins them out
            BackupService backups = new BackupService(db);
            for (int day = 1; day <= 60; day++) {
                Files.writeString(backups.backupFolder().resolve("netjournal-" + today.minusDays(day) + ".db"), "x");
            }
            backups.dailyBackup(today);
            assertTrue(backups.automaticBackups().size() <= BackupService.KEEP_DAILY + BackupService.KEEP_WEEKLY,
                    backups.automaticBackups().toString());
            assertEquals(List.of(copy), copiesBeforeUpgrade(folder), "pruning left it alone");
        }
        try (JournalDatabase again = JournalDatabase.open(folder)) {
            assertEquals(1, copiesBeforeUpgrade(folder).size(), "an up-to-date journal is not copied again");
        }
    }

    @Test
    void aNewJournalNeedsNoCopy() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("new"));
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            assertEquals(List.of(), copiesBeforeUpgrade(folder));
        }
    }

    private static List<Path> copiesBeforeUpgrade(DataFolder folder) throws Exception {
        Path backups = folder.defaultBackupFolder();
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(file -> file.getFileName().toString().startsWith(JournalDatabase.BEFORE_UPGRADE_PREFIX))
                    .sorted().toList();
        }
    }

    /** A journal as the version before this one left it, with one setting. */
    private static void writeOldJournal(Path file, int version) throws Exception {
        OldJournal.create(file, version, "INSERT INTO setting (key, value) VALUES ('old', 'kept')");
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private static String settingIn(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT value FROM setting WHERE key = 'old'")) {
            return rs.getString(1);
        }
    }
}
