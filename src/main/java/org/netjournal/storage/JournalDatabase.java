package org.netjournal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.netjournal.storage.UnreadableJournalException.Reason;
import org.sqlite.SQLiteConfig;

/**
 * The one connection to the journal file. Not thread-safe by design: all access happens on the storage
 * executor's single thread, which also serialises writes without any locking of our own.
 */
public final class JournalDatabase implements AutoCloseable {

    /** Migration scripts, applied in order; the index + 1 is the {@code user_version} after each. */
    static final List<String> MIGRATIONS = List.of(
            "migrations/001-steps-and-settings.sql",
            "migrations/002-contacts.sql",
            "migrations/003-journal.sql",
            "migrations/004-search.sql",
            "migrations/005-contact-details.sql");

    public static final int SCHEMA_VERSION = MIGRATIONS.size();

    /** The version that added the full-text index (see {@link SearchIndex}). */
    private static final int SEARCH_INDEX_VERSION = 4;

    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final DataFolder folder;
    private final Connection connection;
    private final JournalLock lock;
    /** The identity (inode) of the file we opened; null where the file system has none (then: existence only). */
    private final Object fileKey;
    /** True once the schema has the search index: from then on every write transaction updates it. */
    private boolean searchIndexed;

    private JournalDatabase(DataFolder folder, Connection connection, JournalLock lock) {
        this.folder = folder;
        this.connection = connection;
        this.lock = lock;
        this.fileKey = fileKey(folder.databaseFile());
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The journal file was removed or replaced while it was open. SQLite would go on writing to the old,
     * unlinked file and every word written from then on would vanish with it, so no write is started.
     * Putting the original file back makes writing work again.
     */
    public static final class FileChangedException extends SQLException {
        private static final long serialVersionUID = 1L;
        private final boolean removed;

        FileChangedException(Path file, boolean removed) {
            super("The journal file " + file + (removed ? " was removed" : " was replaced by another file")
                    + " while NetJournal was running; nothing was written");
            this.removed = removed;
        }

        /** True when no file is there any more, false when another file stands in its place. */
        public boolean removed() {
            return removed;
        }
    }

    /**
     * Throws {@link FileChangedException} unless the file at the journal's path is still the one we opened.
     * One {@code stat} call: cheap enough before every write.
     */
    public void checkFileIsOurs() throws FileChangedException {
        Path file = folder.databaseFile();
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException gone) {
            throw new FileChangedException(file, true);
        }
        if (fileKey != null && !fileKey.equals(now.fileKey())) {
            throw new FileChangedException(file, false);
        }
    }

    /**
     * Opens (and if needed creates or migrates) the journal in {@code folder}. A file we cannot use is
     * left untouched and reported as {@link UnreadableJournalException}.
     */
    public static JournalDatabase open(DataFolder folder) throws UnreadableJournalException, IOException {
        folder.prepare();
        // one writer per journal: a second window or a command while the app is open is refused, untouched
        JournalLock lock = JournalLock.tryAcquire(folder).orElseThrow(() -> new UnreadableJournalException(
                Reason.IN_USE, folder.databaseFile(), "held by another NetJournal", null));
        try {
            JournalFileInspector.inspect(folder.databaseFile(), SCHEMA_VERSION);
            folder.createDatabaseFileIfMissing();
        } catch (UnreadableJournalException | IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        Connection connection;
        try {
            connection = connectionConfig().createConnection("jdbc:sqlite:" + folder.databaseFile());
        } catch (SQLException e) {
            lock.close();
            throw new UnreadableJournalException(Reason.NO_ACCESS, folder.databaseFile(), e.getMessage(), e);
        }
        JournalDatabase database = new JournalDatabase(folder, connection, lock);
        try {
            database.migrate();
        } catch (SQLException e) {
            database.close();
            throw new UnreadableJournalException(Reason.DAMAGED, folder.databaseFile(), e.getMessage(), e);
        } catch (UnreadableJournalException e) {
            database.close();
            throw e;
        }
        return database;
    }

    private static SQLiteConfig connectionConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setGetGeneratedKeys(false); // we read ids with last_insert_rowid(); saves a query per insert
        return config;
    }

    public DataFolder folder() {
        return folder;
    }

    public int schemaVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void migrate() throws SQLException, UnreadableJournalException {
        int current = schemaVersion();
        if (current > SCHEMA_VERSION) {
            // The inspector saw the header; a hot WAL may still hold a newer version. Touch nothing.
            throw new UnreadableJournalException(Reason.NEWER_VERSION, folder.databaseFile(),
                    "schema " + current, null);
        }
        for (int version = current + 1; version <= SCHEMA_VERSION; version++) {
            String script = readScript(MIGRATIONS.get(version - 1));
            int target = version;
            inTransaction(conn -> {
                try (Statement statement = conn.createStatement()) {
                    statement.executeUpdate(script); // sqlite-jdbc runs multi-statement scripts via sqlite3_exec
                    statement.executeUpdate("PRAGMA user_version = " + target); // a constant int, not user input
                }
                return null;
            });
        }
        searchIndexed = SCHEMA_VERSION >= SEARCH_INDEX_VERSION;
    }

    private static String readScript(String resource) {
        try (InputStream in = JournalDatabase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + resource, e);
        }
    }

    /** Work on the connection that needs no transaction of its own (single reads). */
    public <T> T read(SqlWork<T> work) throws SQLException {
        return work.apply(connection);
    }

    /**
     * Runs {@code work} in one transaction: all of it is written, or none of it. Refused with
     * {@link FileChangedException} when the journal file was removed or replaced since it was opened.
     */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        checkFileIsOurs();
        boolean previousAutoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.apply(connection);
            if (searchIndexed) {
                SearchIndex.refresh(connection); // the index changes in the same transaction as the tables
            }
            connection.commit();
            connection.setAutoCommit(previousAutoCommit);
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            try {
                connection.setAutoCommit(previousAutoCommit);
            } catch (SQLException restoreFailure) {
                // after SQLITE_FULL, SQLite may already have rolled the transaction back itself; then leaving the
                // transaction mode finds none ("cannot commit"). The write's own error is the one to report.
                e.addSuppressed(restoreFailure);
            }
            throw e;
        }
    }

    /**
     * Names of the journal's tables, for diagnostics and tests. The full-text index (a virtual table, its shadow
     * tables and {@code search_stale}) is left out: it is derived from these tables and kept by their triggers.
     */
    public List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT name FROM pragma_table_list "
                     + "WHERE schema = 'main' AND type = 'table' AND name NOT IN ('sqlite_schema', 'search_stale') ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** False once {@link #close()} ran (e.g. a move closed it before it failed). */
    public boolean isOpen() {
        try {
            return !connection.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
            lock.close();
        } catch (SQLException e) {
            lock.close();
            // closing a connection we no longer use cannot lose data: every write was committed
            java.util.logging.Logger.getLogger(JournalDatabase.class.getName())
                    .log(java.util.logging.Level.WARNING, "Closing the journal failed", e);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

}
