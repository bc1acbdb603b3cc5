package org.netjournal.storage;

import java.util.logging.Level;
import java.util.logging.Logger;
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
import java.time.LocalDateTime;
import org.netjournal.files.PrivateFiles;

/**
 * The one connection to the journal file. Not thread-safe by design: all access happens on the storage
 * executor's single thread, which also serialises writes without any locking of our own.
 *
 * <p>Longer than 400 lines because it is the one class that opens, checks, migrates and copies the journal file;
 * these steps share its connection, its lock and the unclean-end marker.
 */
public final class JournalDatabase implements AutoCloseable {

    /** Migration scripts, applied in order; the index + 1 is the {@code user_version} after each. */
    static final List<String> MIGRATIONS = List.of(
            "migrations/001-steps-and-settings.sql",
            "migrations/002-contacts.sql",
            "migrations/003-journal.sql",
            "migrations/004-search.sql",
            "migrations/005-contact-details.sql",
            "migrations/006-strategy.sql",
            "migrations/007-networks.sql",
            "migrations/008-posts.sql",
            "migrations/009-stage-changes.sql",
            "migrations/010-weekly-review.sql",
            "migrations/011-review-greet-steps.sql");

    public static final int SCHEMA_VERSION = MIGRATIONS.size();

    /** The version that added the full-text index (see {@link SearchIndex}). */
    private static final int SEARCH_INDEX_VERSION = 4;

    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    /**
     * Name start of the copy kept in {@code backups/} before a journal is upgraded to a newer schema, e.g.
     * {@code before-schema-5-2026-12-06T19-30-00.db}: an upgrade that goes wrong, or a return to the older version,
     * loses nothing. Backup pruning never deletes these.
     */
    public static final String BEFORE_UPGRADE_PREFIX = "before-schema-";

    private final DataFolder folder;
    private final Connection connection;
    private final JournalLock lock;
    /** The identity (inode) of the file we opened; null where the file system has none (then: existence only). */
    private final Object fileKey;
    /** True once the schema has the search index: from then on every write transaction updates it. */
    private boolean searchIndexed;
    /** What {@link UncleanEnd} said when this journal was opened. */
    private final boolean openedAfterUncleanEnd;
    /** True once the opening completed and left the {@link UncleanEnd} marker, which only a clean close removes. */
    private boolean markedRunning;

    private JournalDatabase(DataFolder folder, Connection connection, JournalLock lock, boolean openedAfterUncleanEnd) {
        this.folder = folder;
        this.connection = connection;
        this.lock = lock;
        this.fileKey = fileKey(folder.databaseFile());
        this.openedAfterUncleanEnd = openedAfterUncleanEnd;
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
    public static final class FileChangedException extends StorageException {
        private static final long serialVersionUID = 1L;
        private final boolean removed;

        FileChangedException(Path file, boolean removed) {
            super(Kind.FILE_CHANGED_OR_REMOVED, "The journal file " + file
                    + (removed ? " was removed" : " was replaced by another file")
                    + " while NetJournal was running; nothing was written", null);
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
        return open(folder, PageCheck.BEFORE_OPENING, uncleanEnd -> { });
    }

    /**
     * Like {@link #open}, but a journal that looks lost ({@link JournalHealth.Assessment#looksLost()}) is refused
     * with {@link LostJournalException} and left untouched, so that the user decides between a backup and a fresh
     * start before anything (a migration, a daily backup, its pruning) changes the journal or its backups.
     */
    public static JournalDatabase openUnlessLost(DataFolder folder)
            throws UnreadableJournalException, IOException, LostJournalException {
        return open(folder, PageCheck.BEFORE_OPENING, refuseIfLost(folder));
    }

    /**
     * How the window opens the journal: like {@link #openUnlessLost} (or like {@link #open} when the user chose to
     * start fresh over a lost journal's backups), but SQLite's {@code quick_check} of every page runs before opening
     * only after an unclean end (see {@link #openedAfterUncleanEnd()}); otherwise the window runs
     * {@link QuickCheck#run} on its own connection once it is shown, because on a big journal the check takes most
     * of a second. The header and schema checks always come first.
     */
    public static JournalDatabase openForWindow(DataFolder folder, boolean startFresh)
            throws UnreadableJournalException, IOException, LostJournalException {
        return open(folder, PageCheck.AFTER_UNCLEAN_END_ONLY,
                startFresh ? uncleanEnd -> { } : refuseIfLost(folder));
    }

    private static BeforeWriting<LostJournalException> refuseIfLost(DataFolder folder) {
        return uncleanEnd -> {
            JournalHealth.Assessment health = JournalHealth.assess(folder, uncleanEnd);
            if (health.looksLost()) {
                throw new LostJournalException(health);
            }
        };
    }

    /** When SQLite's {@code quick_check} of every page runs before the journal is opened. */
    private enum PageCheck { BEFORE_OPENING, AFTER_UNCLEAN_END_ONLY }

    /** A look at the journal before anything is written to it, with the folder's lock held. */
    @FunctionalInterface
    private interface BeforeWriting<E extends Exception> {
        void check(boolean uncleanEnd) throws E, UnreadableJournalException, IOException;
    }

    private static <E extends Exception> JournalDatabase open(DataFolder folder, PageCheck quickCheck,
                                                              BeforeWriting<E> beforeWriting)
            throws UnreadableJournalException, IOException, E {
        StorageThreadGuard.check("Opening the journal");
        folder.prepare();
        // one writer per journal: a second window or a command while the app is open is refused, untouched
        JournalLock lock = JournalLock.tryAcquire(folder).orElseThrow(() -> new UnreadableJournalException(
                Reason.IN_USE, folder.databaseFile(), "held by another NetJournal", null));
        boolean uncleanEnd;
        try {
            uncleanEnd = UncleanEnd.detected(folder); // under the lock: nobody else is running on it now
            JournalFileInspector.inspect(folder.databaseFile(), SCHEMA_VERSION,
                    quickCheck == PageCheck.BEFORE_OPENING || uncleanEnd);
            beforeWriting.check(uncleanEnd);
            folder.createDatabaseFileIfMissing();
            folder.keepJournalFilesPrivate();
        } catch (Exception e) {
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
        JournalDatabase database = new JournalDatabase(folder, connection, lock, uncleanEnd);
        try {
            database.migrate();
        } catch (SQLException e) {
            database.close();
            throw new UnreadableJournalException(Reason.DAMAGED, folder.databaseFile(), e.getMessage(), e);
        } catch (UnreadableJournalException | IOException | RuntimeException e) {
            database.close();
            throw e;
        }
        database.markRunning();
        return database;
    }

    private void markRunning() {
        try {
            UncleanEnd.markRunning(folder);
            markedRunning = true;
        } catch (IOException e) {
            // the journal is fine; only the next start cannot tell an unclean end from a clean one
            Logger.getLogger(JournalDatabase.class.getName())
                    .log(Level.WARNING, "Cannot leave the marker " + UncleanEnd.FILE_NAME, e);
        }
    }

    /**
     * True when the last NetJournal that opened this journal did not close it (see {@link UncleanEnd}): SQLite
     * recovered what was committed, but it is the moment to look at the file more closely.
     */
    public boolean openedAfterUncleanEnd() {
        return openedAfterUncleanEnd;
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

    public int schemaVersion() {
        return StorageCalls.read(this, "Reading the schema version", JournalDatabase::userVersion);
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void migrate() throws SQLException, UnreadableJournalException, IOException {
        int current = userVersion(connection);
        if (current > SCHEMA_VERSION) {
            // The inspector saw the header; a hot WAL may still hold a newer version. Touch nothing.
            throw new UnreadableJournalException(Reason.NEWER_VERSION, folder.databaseFile(),
                    "schema " + current, null);
        }
        if (current > 0 && current < SCHEMA_VERSION) {
            keepCopyBeforeUpgrade();
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

    /**
     * Keeps the journal as it is before its schema changes (see {@link #BEFORE_UPGRADE_PREFIX}), checked like any
     * backup. Without the copy the upgrade does not start: an upgrade must never be the step that loses a journal.
     */
    private void keepCopyBeforeUpgrade() throws IOException, UnreadableJournalException {
        Path backups = folder.defaultBackupFolder();
        PrivateFiles.createOrKeepPrivateFolder(backups);
        String stamp = LocalDateTime.now().withNano(0).toString().replace(':', '-');
        Path copy = backups.resolve(BEFORE_UPGRADE_PREFIX + SCHEMA_VERSION + "-" + stamp + ".db");
        try {
            new BackupService(this).backupTo(copy);
        } catch (StorageException e) {
            // e.g. a full disk: not a damaged journal, and nothing was changed
            throw new IOException("Cannot keep a copy of the journal before upgrading it: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a consistent, owner-only copy of the journal to {@code target} on this connection (storage thread;
     * long copies that must not hold up writing use a connection of their own, see {@link BackupService}).
     */
    void copyTo(Path target) throws SQLException, IOException {
        JournalCopy.write(connection, target);
    }

    static String readScript(String resource) {
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
    <T> T read(SqlWork<T> work) throws SQLException {
        StorageThreadGuard.check("Reading the journal");
        return work.apply(connection);
    }

    /**
     * Runs {@code work} in one transaction: all of it is written, or none of it. Refused with
     * {@link FileChangedException} when the journal file was removed or replaced since it was opened.
     */
    <T> T inTransaction(SqlWork<T> work) throws SQLException {
        StorageThreadGuard.check("Writing the journal");
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
    public List<String> tableNames() {
        return StorageCalls.read(this, "Listing the tables", JournalDatabase::tableNames);
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
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
            if (markedRunning) {
                markedRunning = false;
                UncleanEnd.markClosed(folder); // a clean close, before another NetJournal may take the lock
            }
            lock.close();
        } catch (IOException e) {
            lock.close();
            Logger.getLogger(JournalDatabase.class.getName())
                    .log(Level.WARNING, "Cannot remove the marker " + UncleanEnd.FILE_NAME, e);
        } catch (SQLException e) {
            lock.close();
            // closing a connection we no longer use cannot lose data: every write was committed
            Logger.getLogger(JournalDatabase.class.getName())
                    .log(Level.WARNING, "Closing the journal failed", e);
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

}
