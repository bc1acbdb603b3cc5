package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.StepDefinition;
import org.netjournal.storage.UnreadableJournalException.Reason;

/** Opening, creating, migrating and refusing journal files: real SQLite files in temporary folders. */
class JournalDatabaseTest {

    /** The files SQLite may put next to the journal. None of them may appear when we refuse a file. */
    private static final List<String> SIDE_FILE_SUFFIXES = List.of("-wal", "-shm", "-journal");

    @TempDir
    Path temp;

    private DataFolder folder() {
        return new DataFolder(temp.resolve("data"));
    }

    // ---------------------------------------------------------------------------------------------------
    // Creating and reopening

    @Test
    void openingAnEmptyFolderCreatesTheJournalWithTheCurrentSchemaAndSafeSettings() throws Exception {
        DataFolder folder = folder();
        assertFalse(Files.exists(folder.path()), "precondition: the folder does not exist yet");

        try (JournalDatabase db = JournalDatabase.open(folder)) {
            assertTrue(Files.isRegularFile(folder.databaseFile()), "netjournal.db was created");
            assertEquals(DataFolder.DATABASE_FILE_NAME, folder.databaseFile().getFileName().toString());

            assertEquals(JournalDatabase.SCHEMA_VERSION, db.schemaVersion());
            assertEquals(JournalDatabase.SCHEMA_VERSION, intPragma(db, "user_version"));
            assertTrue(db.tableNames().containsAll(List.of("setting", "step", "checklist_item")),
                    "tables: " + db.tableNames());

            assertEquals("wal", stringPragma(db, "journal_mode"));
            assertEquals(1, intPragma(db, "foreign_keys"), "foreign keys are enforced");
            assertEquals(2, intPragma(db, "synchronous"), "synchronous is FULL");
            assertTrue(intPragma(db, "busy_timeout") > 0, "a busy timeout is set");
        }
    }

    @Test
    void anExistingEmptyFileIsTreatedAsANewJournal() throws Exception {
        DataFolder folder = folder();
        Files.createDirectories(folder.path());
        Files.createFile(folder.databaseFile());
        assertEquals(0, Files.size(folder.databaseFile()));

        try (JournalDatabase db = JournalDatabase.open(folder)) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, db.schemaVersion());
            assertTrue(db.tableNames().containsAll(List.of("setting", "step", "checklist_item")),
                    "tables: " + db.tableNames());
            assertEquals(StepDefinition.COUNT, count(db, "SELECT COUNT(*) FROM step"));
        }
        assertTrue(Files.size(folder.databaseFile()) > 0);
    }

    @Test
    void reopeningKeepsTheDataAndDoesNotRunMigrationsAgain() throws Exception {
        DataFolder folder = folder();
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            new SettingsRepository(db).put("language", "de");
            new StepRepository(db).saveNotes(2, "kept across reopening");
        }
        for (int round = 0; round < 3; round++) {
            try (JournalDatabase db = JournalDatabase.open(folder)) {
                assertEquals(JournalDatabase.SCHEMA_VERSION, db.schemaVersion());
                // version 1 inserts the seven steps; a second run would have failed or duplicated them
                assertEquals(StepDefinition.COUNT, count(db, "SELECT COUNT(*) FROM step"));
                assertEquals(Optional.of("de"), new SettingsRepository(db).get("language"));
                assertEquals("kept across reopening", new StepRepository(db).load(2).notes());
            }
        }
    }

    @Test
    void theMultiStatementMigrationRanEveryStatement() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7),
                    ints(db, "SELECT number FROM step ORDER BY number"), "all seven step rows");
            assertEquals(List.of("checklist_item_by_step"),
                    strings(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'checklist_item_by_step'"),
                    "the last statement of the script (the index) ran");
            assertEquals(List.of("checklist_item", "contact", "contact_email", "contact_phone", "contact_profile", "contact_tag", "draft",
                    "draft_starter", "interaction", "interesting_account", "my_network", "my_network_check", "post",
                    "post_network", "session", "session_contact", "session_count", "session_network", "setting",
                    "sqlite_sequence", "stage_change", "step", "strategy_goal", "target_contact", "weekly_goal", "weekly_review", "weekly_review_greet", "win"), db.tableNames());
        }
    }

    @Test
    void aJournalLeftWithAHotWalAfterACrashOpensWithEveryCommittedChange() throws Exception {
        DataFolder original = folder();
        DataFolder crashed = new DataFolder(temp.resolve("crashed"));
        try (JournalDatabase db = JournalDatabase.open(original)) {
            db.read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA wal_autocheckpoint = 0"); // keep every change in the WAL
                }
                return null;
            });
            new StepRepository(db).saveNotes(4, "only in the WAL");
            Path wal = walOf(original.databaseFile());
            assertTrue(Files.size(wal) > 0, "precondition: the change sits in the WAL");
            // a copy taken now looks exactly like a journal after a power cut: the file plus a hot WAL
            Files.createDirectories(crashed.path());
            Files.copy(original.databaseFile(), crashed.databaseFile());
            Files.copy(wal, walOf(crashed.databaseFile()));
        }

        try (JournalDatabase db = JournalDatabase.open(crashed)) {
            assertEquals("only in the WAL", new StepRepository(db).load(4).notes());
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Transactions

    @Test
    void inTransactionRollsBackEverythingWhenTheWorkThrowsMidway() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            SettingsRepository settings = new SettingsRepository(db);
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
                insertSetting(c, "half", "written");
                throw new IllegalStateException("boom");
            }));
            assertEquals("boom", thrown.getMessage());
            assertEquals(Optional.empty(), settings.get("half"));

            assertThrows(SQLException.class, () -> db.inTransaction(c -> {
                insertSetting(c, "first", "ok");
                insertSetting(c, "first", "duplicate key"); // a constraint violation in the middle
                return null;
            }));
            assertEquals(Optional.empty(), settings.get("first"));

            // the connection is usable afterwards, in auto-commit as before
            settings.put("after", "fine");
            assertEquals(Optional.of("fine"), settings.get("after"));
            assertTrue(db.read(Connection::getAutoCommit));
        }
    }

    @Test
    void inTransactionRollsBackAlsoWhenTheWorkFailsWithAnError() throws Exception {
        // An Error (AssertionError, OutOfMemoryError, StackOverflowError ...) is not an SQLException or a
        // RuntimeException; "all of it is written, or none of it" must hold for it too.
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            assertThrows(AssertionError.class, () -> db.inTransaction(c -> {
                insertSetting(c, "half", "written");
                throw new AssertionError("boom");
            }));
            assertEquals(Optional.empty(), new SettingsRepository(db).get("half"),
                    "the half-done work must have been rolled back, not committed");
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Permissions

    @Test
    void theFolderAndTheJournalArePrivateToTheUser() throws Exception {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "the file system has no POSIX permissions");
        DataFolder folder = folder();
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            new StepRepository(db).saveNotes(1, "private");
            assertEquals("rwx------", permissions(folder.path()));
            assertEquals("rw-------", permissions(folder.databaseFile()));
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = Path.of(folder.databaseFile() + suffix);
                if (Files.exists(side)) {
                    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(side);
                    assertTrue(PosixFilePermissions.fromString("rw-------").containsAll(mode),
                            side.getFileName() + " is " + PosixFilePermissions.toString(mode));
                }
            }
        }
        assertEquals("rw-------", permissions(folder.databaseFile()));
    }

    // ---------------------------------------------------------------------------------------------------
    // Files we must refuse and leave exactly as they are

    @Nested
    class Refusals {

        @Test
        void randomBytesAreNotSqlite() throws Exception {
            byte[] garbage = new byte[10 * 1024];
            new Random(20240601L).nextBytes(garbage);
            DataFolder folder = folderWithJournalBytes(garbage);

            assertRefusedAndUntouched(folder, Reason.NOT_SQLITE);
        }

        @Test
        void aTextFileIsNotSqlite() throws Exception {
            byte[] text = "Dear diary,\ntoday I followed three people on LinkedIn.\n".repeat(20)
                    .getBytes(StandardCharsets.UTF_8);
            DataFolder folder = folderWithJournalBytes(text);

            assertRefusedAndUntouched(folder, Reason.NOT_SQLITE);
        }

        @Test
        void aJournalCutToHalfItsSizeIsDamaged() throws Exception {
            byte[] journal = realJournalBytes();
            DataFolder folder = folderWithJournalBytes(Arrays.copyOf(journal, journal.length / 2));

            assertRefusedAndUntouched(folder, Reason.DAMAGED);
        }

        @Test
        void onlyTheFirstFiftyBytesOfAJournalAreDamaged() throws Exception {
            DataFolder folder = folderWithJournalBytes(Arrays.copyOf(realJournalBytes(), 50));

            assertRefusedAndUntouched(folder, Reason.DAMAGED);
        }

        @Test
        void aJournalFromANewerVersionIsRefused() throws Exception {
            DataFolder folder = folderWithJournalBytes(realJournalBytes());
            try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + folder.databaseFile());
                 Statement statement = plain.createStatement()) {
                statement.execute("PRAGMA user_version = " + (JournalDatabase.SCHEMA_VERSION + 5));
            }
            assertNoSideFiles(folder);

            assertRefusedAndUntouched(folder, Reason.NEWER_VERSION);
        }

        @Test
        void aFolderWhereTheJournalShouldBeIsNoAccess() throws Exception {
            DataFolder folder = folder();
            Files.createDirectories(folder.databaseFile());

            assertRefusedAndUntouched(folder, Reason.NO_ACCESS);
            try (var entries = Files.list(folder.databaseFile())) {
                assertEquals(0, entries.count(), "nothing was put into the folder named netjournal.db");
            }
        }

        @Test
        void aJournalWithABrokenPageInsideIsDamaged() throws Exception {
            // header, size and page count are fine: only SQLite's quick_check can tell
            byte[] journal = realJournalBytes();
            int pageSize = 4096;
            assertEquals(0, journal.length % pageSize, "precondition: 4 KiB pages");
            assertTrue(journal.length >= 4 * pageSize, "precondition: at least four pages");
            Arrays.fill(journal, 3 * pageSize, 4 * pageSize, (byte) 0x5A); // page 4: a table's b-tree page
            DataFolder folder = folderWithJournalBytes(journal);

            assertRefusedAndUntouched(folder, Reason.DAMAGED);
        }

        @Test
        void aSqliteDatabaseOfAnotherProgramIsNotAdopted() throws Exception {
            // A valid SQLite file that NetJournal never wrote (user_version 0, tables of its own, rollback
            // journal). Opening it must neither switch it to WAL nor add our tables to it.
            DataFolder folder = folder();
            Files.createDirectories(folder.path());
            try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + folder.databaseFile());
                 Statement statement = plain.createStatement()) {
                statement.executeUpdate("CREATE TABLE contact (name TEXT); INSERT INTO contact VALUES ('Ada')");
            }
            assertNoSideFiles(folder);

            assertRefusedAndUntouched(folder, Reason.NOT_SQLITE);
        }

        @Test
        void aSqliteDatabaseOfAnotherProgramWithAClashingTableIsLeftUntouched() throws Exception {
            // Today this one fails in the migration ("table step already exists") and is reported as
            // DAMAGED, but only after the connection switched the file to WAL mode: the file was changed.
            DataFolder folder = folder();
            Files.createDirectories(folder.path());
            try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + folder.databaseFile());
                 Statement statement = plain.createStatement()) {
                statement.executeUpdate("CREATE TABLE step (walked INTEGER); INSERT INTO step VALUES (10000)");
            }
            assertNoSideFiles(folder);

            assertRefusedAndUntouched(folder, Reason.NOT_SQLITE);
        }

        @Test
        void theWindowsStartLeavesABrokenPageToTheCheckAfterItOpened() throws Exception {
            DataFolder folder = folderWithJournalBytes(withBrokenFourthPage(realJournalBytes()));

            try (JournalDatabase opened = JournalDatabase.openForWindow(folder, false)) {
                UnreadableJournalException damage = assertThrows(UnreadableJournalException.class,
                        () -> QuickCheck.run(folder.databaseFile()));
                assertEquals(Reason.DAMAGED, damage.reason());
            }
        }

        @Test
        void theCheckAfterOpeningPassesASoundJournalBeingWritten() throws Exception {
            DataFolder folder = folderWithJournalBytes(realJournalBytes());

            try (JournalDatabase opened = JournalDatabase.openForWindow(folder, false)) {
                new StepRepository(opened).saveNotes(1, "written while the check may run");
                QuickCheck.run(folder.databaseFile()); // sees the WAL, passes, writes nothing
                assertEquals("written while the check may run", new StepRepository(opened).loadAll().get(0).notes());
            }
        }

        @Test
        void afterAnUncleanEndTheWindowsStartChecksEveryPageBeforeOpening() throws Exception {
            byte[] journal = withBrokenFourthPage(realJournalBytes());
            DataFolder folder = folderWithJournalBytes(journal);
            Files.writeString(folder.path().resolve(UncleanEnd.FILE_NAME), "crashed"); // the last start never ended

            UnreadableJournalException refused = assertThrows(UnreadableJournalException.class,
                    () -> JournalDatabase.openForWindow(folder, false).close());
            assertEquals(Reason.DAMAGED, refused.reason());
            assertArrayEquals(journal, Files.readAllBytes(folder.databaseFile()), "the file was not touched");
        }

        @Test
        void aJournalThatNeedsAMigrationIsCheckedBeforeItIsOpened() throws Exception {
            // a migration writes at once, so the start cannot leave the check for later
            byte[] journal = withBrokenFourthPage(realJournalBytes());
            java.nio.ByteBuffer.wrap(journal).putInt(60, JournalDatabase.SCHEMA_VERSION - 1); // user_version
            DataFolder folder = folderWithJournalBytes(journal);

            UnreadableJournalException refused = assertThrows(UnreadableJournalException.class,
                    () -> JournalDatabase.openForWindow(folder, false).close());
            assertEquals(Reason.DAMAGED, refused.reason());
            assertArrayEquals(journal, Files.readAllBytes(folder.databaseFile()), "the file was not touched");
        }

        private byte[] withBrokenFourthPage(byte[] journal) {
            int pageSize = 4096;
            assertEquals(0, journal.length % pageSize, "precondition: 4 KiB pages");
            assertTrue(journal.length >= 4 * pageSize, "precondition: at least four pages");
            Arrays.fill(journal, 3 * pageSize, 4 * pageSize, (byte) 0x5A); // page 4: a table's b-tree page
            return journal;
        }

        private DataFolder folderWithJournalBytes(byte[] bytes) throws IOException {
            DataFolder folder = folder();
            Files.createDirectories(folder.path());
            Files.write(folder.databaseFile(), bytes);
            // an old time stamp, so that any write would show even on a coarse clock
            Files.setLastModifiedTime(folder.databaseFile(), FileTime.fromMillis(1_500_000_000_000L));
            return folder;
        }

        /** A real journal with notes and items, closed cleanly (no WAL left), as bytes. */
        private byte[] realJournalBytes() throws Exception {
            DataFolder source = new DataFolder(temp.resolve("source"));
            try (JournalDatabase db = JournalDatabase.open(source)) {
                StepRepository steps = new StepRepository(db);
                steps.ensureBuiltInItems();
                for (int step = 1; step <= StepDefinition.COUNT; step++) {
                    steps.saveNotes(step, ("Notes for step " + step + ". ").repeat(400));
                    steps.addItem(step, "My own item for step " + step);
                }
            }
            assertNoSideFiles(source);
            return Files.readAllBytes(source.databaseFile());
        }
    }

    /**
     * Opens {@code folder} expecting {@code expected}, and checks that the journal path (file or folder)
     * is byte-for-byte and time-stamp unchanged and that no SQLite side file appeared next to it.
     */
    private static void assertRefusedAndUntouched(DataFolder folder, Reason expected) throws IOException {
        Path file = folder.databaseFile();
        Snapshot before = Snapshot.of(file);

        UnreadableJournalException refused = assertThrows(UnreadableJournalException.class,
                () -> JournalDatabase.open(folder).close(), "the journal must be refused");

        Snapshot after = Snapshot.of(file);
        assertAll("refused " + file.getFileName() + " (" + refused.getMessage() + ")",
                () -> assertEquals(expected, refused.reason(), "reason"),
                () -> assertEquals(file, refused.file(), "reported file"),
                () -> assertArrayEquals(before.bytes(), after.bytes(), "the file's bytes changed"),
                () -> assertEquals(before.lastModified(), after.lastModified(), "the file's time stamp changed"),
                () -> assertEquals(before.sideFiles(), after.sideFiles(),
                        "SQLite side files next to the journal (true = exists)"));
    }

    private static void assertNoSideFiles(DataFolder folder) {
        for (String suffix : SIDE_FILE_SUFFIXES) {
            Path side = Path.of(folder.databaseFile() + suffix);
            assertFalse(Files.exists(side), "precondition: no " + side.getFileName());
        }
    }

    private record Snapshot(byte[] bytes, FileTime lastModified, Map<String, Boolean> sideFiles) {

        static Snapshot of(Path file) throws IOException {
            byte[] bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            Map<String, Boolean> sideFiles = new TreeMap<>();
            for (String suffix : SIDE_FILE_SUFFIXES) {
                sideFiles.put(file.getFileName() + suffix, Files.exists(Path.of(file + suffix)));
            }
            return new Snapshot(bytes, Files.getLastModifiedTime(file), sideFiles);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Helpers

    private static Path walOf(Path databaseFile) {
        return Path.of(databaseFile + "-wal");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static void insertSetting(Connection connection, String key, String value) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    private static int intPragma(JournalDatabase db, String pragma) throws SQLException {
        return ints(db, "PRAGMA " + pragma).get(0);
    }

    private static String stringPragma(JournalDatabase db, String pragma) throws SQLException {
        return strings(db, "PRAGMA " + pragma).get(0);
    }

    private static int count(JournalDatabase db, String sql) throws SQLException {
        return ints(db, sql).get(0);
    }

    private static List<Integer> ints(JournalDatabase db, String sql) throws SQLException {
        List<Integer> values = new ArrayList<>();
        for (String value : strings(db, sql)) {
            values.add(Integer.valueOf(value));
        }
        return values;
    }

    private static List<String> strings(JournalDatabase db, String sql) throws SQLException {
        return db.read(connection -> {
            List<String> values = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }
}
