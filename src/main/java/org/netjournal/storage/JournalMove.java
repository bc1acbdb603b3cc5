package org.netjournal.storage;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.netjournal.files.PrivateFiles;

/**
 * Moves the open journal to another folder so that a crash at any moment leaves one complete journal that
 * the next start opens:
 * <ol>
 *   <li>a consistent copy ({@code VACUUM INTO}) is written next to the target as {@code netjournal.db.moving},
 *       flushed, integrity-checked and compared row by row count with the journal;</li>
 *   <li>the journal is closed, the copy renamed to {@code netjournal.db} (until then the old folder is the
 *       only journal anyone opens);</li>
 *   <li>the old folder gets a {@link JournalPointer} to the new one (from then on starts open the new one);</li>
 *   <li>only then the old file is set aside as {@code backups/netjournal-before-move-….db} in the old folder,
 *       so a stale journal is never opened by mistake and nothing is deleted.</li>
 * </ol>
 * Both folders' {@link JournalLock}s are held while the copy is made. Storage thread only.
 */
public final class JournalMove {

    /** Why a folder cannot take the journal; nothing was written when one of these is reported. */
    public enum Refusal {
        SAME_FOLDER, NOT_A_FOLDER, HAS_JOURNAL, NOT_WRITABLE, NOT_ENOUGH_SPACE, IN_USE
    }

    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        RefusedException(Refusal refusal, Path target) {
            super(refusal + ": " + target);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** The points a move passes; tests stop a move at each one to check what a crash there would leave. */
    public enum Stage {
        COPY_WRITTEN, COPY_VERIFIED, OLD_CLOSED, NEW_IN_PLACE, POINTER_WRITTEN
    }

    @FunctionalInterface
    public interface Checkpoints {
        Checkpoints NONE = stage -> { };

        void reached(Stage stage) throws IOException;
    }

    /** Where the journal is now, and where the old file was set aside (empty when that failed; see log). */
    public record Moved(DataFolder folder, Optional<Path> oldFile) {
    }

    private static final String PARTIAL_NAME = DataFolder.DATABASE_FILE_NAME + ".moving";

    private JournalMove() {
    }

    /** Checks that {@code target} can take the journal now in {@code from}, without writing anything there. */
    public static void checkTarget(DataFolder from, Path target) throws RefusedException {
        Path folder = target.toAbsolutePath().normalize();
        if (folder.equals(from.path())) {
            throw new RefusedException(Refusal.SAME_FOLDER, folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new RefusedException(Refusal.NOT_A_FOLDER, folder);
        }
        DataFolder to = new DataFolder(folder);
        if (Files.exists(to.databaseFile()) || Files.exists(Path.of(to.databaseFile() + "-wal"))) {
            throw new RefusedException(Refusal.HAS_JOURNAL, folder);
        }
        try {
            // the only reliable test: permissions, read-only mounts and ACLs all say no here
            Path probe = PrivateFiles.createTempFile(folder, ".netjournal-write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new RefusedException(Refusal.NOT_WRITABLE, folder);
        }
        try {
            long needed = Files.size(from.databaseFile()) + Files.size(from.databaseFile()) / 10 + (1 << 20);
            if (Files.getFileStore(folder).getUsableSpace() < needed) {
                throw new RefusedException(Refusal.NOT_ENOUGH_SPACE, folder);
            }
        } catch (IOException unknown) {
            // the file store cannot say; writing the copy will tell
        }
    }

    /**
     * Moves the journal of {@code database} to {@code target} and closes {@code database} (also when the
     * move fails after the copy was checked; the caller then opens the journal again from its start folder).
     */
    public static Moved move(JournalDatabase database, Path target, LocalDateTime now, Checkpoints checkpoints)
            throws RefusedException, IOException, UnreadableJournalException {
        DataFolder from = database.folder();
        checkTarget(from, target);
        DataFolder to = new DataFolder(target);
        Path partial = to.path().resolve(PARTIAL_NAME);
        boolean newInPlace = false;
        boolean pointerWritten = false;
        JournalLock oldFolderLock = null; // released whatever happens, as a dying process would lose it
        try {
            try (JournalLock lock = JournalLock.tryAcquire(to)
                    .orElseThrow(() -> new RefusedException(Refusal.IN_USE, to.path()))) {
                Files.deleteIfExists(partial); // left by an earlier move that crashed
                Map<String, Long> expected = rowCounts(database);
                writeCopy(database, partial);
                checkpoints.reached(Stage.COPY_WRITTEN);
                verify(partial, expected);
                checkpoints.reached(Stage.COPY_VERIFIED);

                database.close(); // nothing may be written to the old file after the copy
                // Closing released the old folder's lock. Take it again at once and keep it until the old file is set
                // aside: a second NetJournal (or a command) starting in between would open the old journal.
                oldFolderLock = JournalLock.tryAcquire(from).orElse(null);
                checkpoints.reached(Stage.OLD_CLOSED);
                replace(partial, to.databaseFile());
                syncFolder(to.path());
                // a pointer left when the journal once moved away from this folder would send starts back
                JournalPointer.remove(to.path());
                newInPlace = true;
                checkpoints.reached(Stage.NEW_IN_PLACE);
                JournalPointer.write(from.path(), to.path());
                pointerWritten = true;
                syncFolder(from.path());
                checkpoints.reached(Stage.POINTER_WRITTEN);
            } catch (RefusedException | IOException | UnreadableJournalException | RuntimeException e) {
                Files.deleteIfExists(partial);
                if (newInPlace && !pointerWritten) {
                    // without the pointer the old folder is the journal; a second copy would only confuse
                    Files.deleteIfExists(to.databaseFile());
                }
                throw e;
            }
            return new Moved(to, setAside(from, now));
        } finally {
            if (oldFolderLock != null) {
                oldFolderLock.close();
            }
        }
    }

    /** The row count of each main table (the same tables {@code netjournal check} reports). */
    static Map<String, Long> rowCounts(JournalDatabase database) {
        return StorageCalls.read(database, "Counting the journal's rows", JournalMove::rowCounts);
    }

    private static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : JournalCheck.MAIN_TABLES) { // our own constant table names, not input
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    counts.put(table, rs.next() ? rs.getLong(1) : 0L);
                }
            }
        }
        return counts;
    }

    private static void writeCopy(JournalDatabase database, Path partial) throws IOException {
        try {
            database.copyTo(partial);
        } catch (SQLException failed) {
            throw StorageException.of("Copying the journal", failed);
        }
    }

    /** The copy must pass SQLite's integrity check and hold exactly the rows the journal holds. */
    private static void verify(Path copy, Map<String, Long> expected) throws UnreadableJournalException, IOException {
        BackupService.check(copy);
        Map<String, Long> found;
        try (Connection connection = JournalFileInspector.readOnlyConnection(copy)) {
            found = rowCounts(connection);
        } catch (SQLException e) {
            throw new IOException("Cannot count the rows of the copy " + copy, e);
        }
        if (!found.equals(expected)) {
            throw new IOException("The copy " + copy + " holds " + found + " rows, the journal " + expected);
        }
    }

    /** Sets the old file aside in the old folder's backups; a failure here leaves it, harmless, where it is. */
    private static Optional<Path> setAside(DataFolder from, LocalDateTime now) {
        Path old = from.databaseFile();
        Path backups = from.defaultBackupFolder();
        Path aside = backups.resolve("netjournal-before-move-" + now.withNano(0).toString().replace(':', '-') + ".db");
        try {
            PrivateFiles.createOrKeepPrivateFolder(backups);
            replace(old, aside);
            Path wal = Path.of(old + "-wal");
            if (Files.exists(wal)) {
                replace(wal, Path.of(aside + "-wal")); // belongs to the file; a closed journal rarely has one
            }
            Files.deleteIfExists(Path.of(old + "-shm"));
            return Optional.of(aside);
        } catch (IOException e) {
            Logger.getLogger(JournalMove.class.getName()).log(Level.WARNING,
                    "The old journal " + old + " stays where it was; the pointer makes starts open the new one", e);
            return Optional.empty();
        }
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target);
        }
    }

    /** Makes a rename durable where the system allows syncing a folder (Linux, macOS); elsewhere a no-op. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notPossibleHere) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }
}
