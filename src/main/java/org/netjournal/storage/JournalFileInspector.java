package org.netjournal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.netjournal.storage.UnreadableJournalException.Reason;
import org.sqlite.SQLiteConfig;

/**
 * Looks at an existing journal file <em>without writing to it</em> before we open it for real.
 * The SQLite file format header (https://www.sqlite.org/fileformat.html) tells us the kind of file,
 * its expected size and the schema version; a read-only {@code quick_check} finds deeper damage.
 */
final class JournalFileInspector {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;

    private JournalFileInspector() {
    }

    /** Throws when the file must be left alone; returns normally for a file we can open and migrate. */
    static void inspect(Path file, int newestKnownVersion) throws UnreadableJournalException {
        inspect(file, newestKnownVersion, true);
    }

    /**
     * Like {@link #inspect(Path, int)}; without {@code quickCheck} the pages of a current journal are not read
     * through (the caller runs {@link QuickCheck#run} once the journal is open). One that needs a migration is.
     */
    static void inspect(Path file, int newestKnownVersion, boolean quickCheck) throws UnreadableJournalException {
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnreadableJournalException(Reason.NO_ACCESS, file, "not a readable file", null);
        }
        long length;
        byte[] header = new byte[HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            length = Files.size(file);
            read = in.readNBytes(header, 0, HEADER_SIZE);
        } catch (IOException e) {
            throw new UnreadableJournalException(Reason.NO_ACCESS, file, e.getMessage(), e);
        }
        if (length == 0) {
            return; // an empty file is an empty database: we may create the schema in it
        }
        if (read < MAGIC.length || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw new UnreadableJournalException(Reason.NOT_SQLITE, file, "no SQLite header", null);
        }
        if (read < HEADER_SIZE) {
            throw new UnreadableJournalException(Reason.DAMAGED, file, "header cut short", null);
        }
        ByteBuffer buffer = ByteBuffer.wrap(header); // SQLite stores big-endian, as ByteBuffer reads
        int pageSize = Short.toUnsignedInt(buffer.getShort(16));
        if (pageSize == 1) {
            pageSize = 65536;
        }
        long pageCount = Integer.toUnsignedLong(buffer.getInt(28));
        int changeCounter = buffer.getInt(24);
        int versionValidFor = buffer.getInt(92);
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw new UnreadableJournalException(Reason.DAMAGED, file, "invalid page size " + pageSize, null);
        }
        // After a crash during a checkpoint the file may be shorter than its header says while the -wal file
        // still holds every committed page: SQLite recovers that, so the size checks only apply without a WAL.
        boolean hotWal = hasContent(Path.of(file.toAbsolutePath() + "-wal"));
        // The in-header page count is only trustworthy when "version-valid-for" matches the change counter.
        if (!hotWal && changeCounter == versionValidFor && pageCount > 0 && length < pageCount * pageSize) {
            throw new UnreadableJournalException(Reason.DAMAGED, file,
                    "file has " + length + " bytes, header expects " + pageCount * pageSize, null);
        }
        if (!hotWal && length % pageSize != 0) {
            throw new UnreadableJournalException(Reason.DAMAGED, file, "size is not a whole number of pages", null);
        }
        int userVersion = buffer.getInt(60);
        if (userVersion > newestKnownVersion) {
            throw new UnreadableJournalException(Reason.NEWER_VERSION, file,
                    "schema " + userVersion + ", this build knows up to " + newestKnownVersion, null);
        }
        // a journal about to be migrated is written to at once: check every page first, whatever the caller asked
        checkReadOnly(file, newestKnownVersion, quickCheck || userVersion < newestKnownVersion);
    }

    private static boolean hasContent(Path path) {
        try {
            return Files.exists(path) && Files.size(path) > 0;
        } catch (IOException e) {
            return true; // cannot tell: let SQLite decide
        }
    }

    /**
     * A connection that cannot write {@code file}. Without a WAL to replay, "immutable" reads the file as it is
     * and creates no -wal/-shm files next to it (a read-only connection to a WAL-mode file would otherwise create
     * and leave both behind); a WAL left by a crash belongs to the journal and is read too.
     */
    static Connection readOnlyConnection(Path file) throws SQLException {
        StorageThreadGuard.check("Reading " + file);
        SqliteNativeLibrary.preferRuntimeCopy(); // also for checks that run before (or without) a data folder
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        boolean hasWal = Files.exists(Path.of(file.toAbsolutePath() + "-wal"));
        String url = hasWal ? "jdbc:sqlite:" + file.toAbsolutePath()
                : "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1";
        return config.createConnection(url);
    }

    /**
     * Asks SQLite, read-only, for the schema version and (with {@code quickCheck}) reads the whole file through;
     * a read-only connection never writes the file.
     */
    private static void checkReadOnly(Path file, int newestKnownVersion, boolean quickCheck)
            throws UnreadableJournalException {
        try (Connection connection = readOnlyConnection(file);
             Statement statement = connection.createStatement()) {
            int version;
            try (ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
                if (version > newestKnownVersion) {
                    throw new UnreadableJournalException(Reason.NEWER_VERSION, file, "schema " + version, null);
                }
            }
            if (version == 0) {
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        // NetJournal sets user_version in the same transaction that creates its tables
                        throw new UnreadableJournalException(Reason.NOT_SQLITE, file, "a database of another program", null);
                    }
                }
            }
            if (quickCheck) {
                QuickCheck.check(statement, file);
            }
        } catch (SQLException e) {
            throw new UnreadableJournalException(Reason.DAMAGED, file, e.getMessage(), e);
        }
    }

    /**
     * For a copy that is about to replace the journal (a backup to restore): it must be a NetJournal journal
     * (schema 1 or later) and pass SQLite's full {@code integrity_check}. Read-only, like everything here.
     */
    static void integrityCheck(Path file) throws UnreadableJournalException {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                throw new UnreadableJournalException(Reason.DAMAGED, file, "empty or missing", null);
            }
        } catch (IOException e) {
            throw new UnreadableJournalException(Reason.NO_ACCESS, file, e.getMessage(), e);
        }
        try (Connection connection = readOnlyConnection(file);
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
                if (!rs.next() || rs.getInt(1) < 1) {
                    throw new UnreadableJournalException(Reason.NOT_SQLITE, file, "no NetJournal schema", null);
                }
            }
            try (ResultSet rs = statement.executeQuery("PRAGMA integrity_check(1)")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equalsIgnoreCase(result)) {
                    throw new UnreadableJournalException(Reason.DAMAGED, file, result, null);
                }
            }
        } catch (SQLException e) {
            throw new UnreadableJournalException(Reason.DAMAGED, file, e.getMessage(), e);
        }
    }

    /**
     * The schema version in {@code file}'s header, or -1 when it is no SQLite file (or cannot be read). Cheap:
     * reads 100 bytes. Only meaningful for a file without a WAL, such as a backup.
     */
    static int headerSchemaVersion(Path file) {
        byte[] header = new byte[HEADER_SIZE];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, HEADER_SIZE) < HEADER_SIZE
                    || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
                return -1;
            }
        } catch (IOException e) {
            return -1;
        }
        return ByteBuffer.wrap(header).getInt(60);
    }
}
