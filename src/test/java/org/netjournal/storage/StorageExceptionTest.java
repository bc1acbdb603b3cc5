package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.storage.StorageException.Kind;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The kind of a {@link StorageException} comes from SQLite's result code, checked here on real files in real
 * trouble: a file opened read-only, a file of garbage, a damaged page, a lock held by another connection, a
 * size limit, a removed file.
 */
class StorageExceptionTest {

    @TempDir
    Path dir;

    private Connection connect(Path file, SQLiteConfig config) throws SQLException {
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private Connection connect(Path file) throws SQLException {
        return connect(file, new SQLiteConfig());
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Kind kindOf(Connection connection, String sql) {
        SQLException failure = assertThrows(SQLException.class, () -> exec(connection, sql));
        return StorageException.of("Test", failure).kind();
    }

    /** The kind of the failure of {@code failing} on a fresh journal after {@code prepare}. */
    private Kind kindAfter(String prepare, String failing) throws SQLException {
        try (Connection connection = connect(journalWithATable())) {
            exec(connection, prepare);
            return kindOf(connection, failing);
        }
    }

    private static byte[] garbage(int length) {
        byte[] bytes = new byte[length];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    private Path journalWithATable() throws SQLException {
        Path file = dir.resolve("test.db");
        try (Connection connection = connect(file)) {
            exec(connection, "CREATE TABLE t (x TEXT)");
            exec(connection, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                    + "INSERT INTO t SELECT hex(randomblob(400)) FROM n"); // several pages, one fsync
        }
        return file;
    }

    @Test
    void writingThroughAReadOnlyConnectionIsReadOnly() throws Exception {
        Path file = journalWithATable();
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection connection = connect(file, readOnly)) {
            assertEquals(Kind.READ_ONLY, kindOf(connection, "INSERT INTO t VALUES ('x')"));
        }
    }

    @Test
    void writingAFileWithoutWritePermissionIsReadOnly() throws Exception {
        Path file = journalWithATable();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assumeTrue(!Files.isWritable(file), "runs as root: no permission stops a write");
        try (Connection connection = connect(file)) {
            assertEquals(Kind.READ_ONLY, kindOf(connection, "INSERT INTO t VALUES ('x')"));
        }
    }

    @Test
    void aFileOfGarbageIsCorrupt() throws Exception {
        Path file = dir.resolve("garbage.db");
        Files.write(file, garbage(8192));
        try (Connection connection = connect(file)) {
            assertEquals(Kind.CORRUPT, kindOf(connection, "SELECT * FROM sqlite_master"));
        }
    }

    @Test
    void aDamagedPageIsCorrupt() throws Exception {
        Path file = journalWithATable();
        byte[] bytes = Files.readAllBytes(file);
        byte[] garbage = garbage(bytes.length - 4096 - 100);
        System.arraycopy(garbage, 0, bytes, 4096 + 100, garbage.length); // the first page (the schema) stays
        Files.write(file, bytes);
        try (Connection connection = connect(file)) {
            assertEquals(Kind.CORRUPT, kindOf(connection, "SELECT count(*), max(length(x)) FROM t"));
        }
    }

    @Test
    void aLockHeldByAnotherConnectionIsBusy() throws Exception {
        Path file = journalWithATable();
        SQLiteConfig impatient = new SQLiteConfig();
        impatient.setBusyTimeout(50);
        try (Connection holder = connect(file); Connection waiter = connect(file, impatient)) {
            holder.setAutoCommit(false);
            exec(holder, "INSERT INTO t VALUES ('held')"); // takes the write lock until commit
            assertEquals(Kind.BUSY, kindOf(waiter, "INSERT INTO t VALUES ('waits')"));
            holder.rollback();
        }
    }

    @Test
    void aFileThatMayNotGrowIsADiskFull() throws Exception {
        assertEquals(Kind.DISK_FULL, kindAfter("PRAGMA max_page_count = 1", // as far as SQLite can tell: no room
                "INSERT INTO t VALUES (hex(randomblob(100000)))"));
    }

    @Test
    void aFileRemovedUnderAnOpenConnectionIsFileChangedOrRemoved() throws Exception {
        Path file = journalWithATable();
        try (Connection connection = connect(file)) {
            exec(connection, "SELECT count(*) FROM t");
            Files.delete(file);
            assertEquals(Kind.FILE_CHANGED_OR_REMOVED, kindOf(connection, "INSERT INTO t VALUES ('into the void')"));
        }
    }

    @Test
    void aBrokenRuleIsNoTroubleWithTheFile() throws Exception {
        assertEquals(Kind.OTHER, kindAfter("CREATE TABLE u (x TEXT NOT NULL)", "INSERT INTO u VALUES (NULL)"));
    }

    @Test
    void extendedCodesKeepTheKindOfTheirPrimaryCodeUnlessTheySaySomethingMoreUseful() {
        assertEquals(Kind.READ_ONLY, StorageException.kindOf(SQLiteErrorCode.SQLITE_READONLY_DIRECTORY));
        assertEquals(Kind.READ_ONLY, StorageException.kindOf(SQLiteErrorCode.SQLITE_READONLY_CANTLOCK));
        assertEquals(Kind.FILE_CHANGED_OR_REMOVED, StorageException.kindOf(SQLiteErrorCode.SQLITE_READONLY_DBMOVED));
        assertEquals(Kind.FILE_CHANGED_OR_REMOVED, StorageException.kindOf(SQLiteErrorCode.SQLITE_CANTOPEN));
        assertEquals(Kind.BUSY, StorageException.kindOf(SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT));
        assertEquals(Kind.CORRUPT, StorageException.kindOf(SQLiteErrorCode.SQLITE_CORRUPT_INDEX));
        assertEquals(Kind.CORRUPT, StorageException.kindOf(SQLiteErrorCode.SQLITE_IOERR_CORRUPTFS));
        assertEquals(Kind.OTHER, StorageException.kindOf(SQLiteErrorCode.SQLITE_IOERR_READ));
        assertEquals(Kind.OTHER, StorageException.kindOf(new SQLException("not from SQLite")));
    }
}
