package org.netjournal.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.netjournal.storage.UnreadableJournalException.Reason;

/**
 * Whether a journal lost its content. A journal whose {@code -wal} vanished after a crash (a copy of the file
 * alone, a cleaner, a sync tool) is an empty file or a SQLite file of schema 0: opened as usual it would be
 * migrated into a new, empty journal and greeted with the first-start welcome, and the daily backups that follow
 * would push the good copies out. So an empty or schema-0 journal is treated as <em>lost</em> when backups exist
 * (in {@code backups/} or the folder the {@link BackupFolderNote} remembers) or when the last end was unclean
 * ({@link UncleanEnd}); the user then chooses between the newest backup and a fresh start.
 */
public final class JournalHealth {

    /** A copy of the journal that can be restored. */
    public record Backup(Path file, Instant modified, long sizeBytes) {
    }

    /** What a look at the journal in a folder found. */
    public record Assessment(Path journal, boolean noContent, boolean uncleanEnd, List<Backup> backups) {

        public Assessment {
            backups = List.copyOf(backups);
        }

        /** An empty or schema-0 journal with backups to restore or after an unclean end: do not start over. */
        public boolean looksLost() {
            return noContent && (uncleanEnd || !backups.isEmpty());
        }

        /** The most recently written backup. */
        public Optional<Backup> newestBackup() {
            return backups.stream().findFirst();
        }

        /** One line for logs and the command line. */
        public String describe() {
            return (noContent ? "the journal file is empty (schema 0)" : "the journal has content")
                    + (uncleanEnd ? ", the last NetJournal did not close it" : "")
                    + newestBackup().map(newest -> ", newest backup " + newest.file() + " (" + newest.modified()
                    + ", " + newest.sizeBytes() + " bytes)").orElse(", no backup found");
        }
    }

    private JournalHealth() {
    }

    /**
     * Looks at the journal in {@code folder} without writing anything. The caller holds the folder's lock (see
     * {@link JournalDatabase#openUnlessLost}, {@link JournalCheck}); {@code uncleanEnd} is what
     * {@link UncleanEnd#detected} said under that lock.
     */
    static Assessment assess(DataFolder folder, boolean uncleanEnd) throws UnreadableJournalException, IOException {
        Path journal = folder.databaseFile();
        boolean noContent = hasNoContent(journal);
        // the backups are only looked for when they matter: a sound journal opens without a folder listing
        return new Assessment(journal, noContent, uncleanEnd, noContent ? backups(folder) : List.of());
    }

    /** An existing file that is empty or has no schema yet. A missing file is a new journal, not a lost one. */
    private static boolean hasNoContent(Path journal) throws UnreadableJournalException, IOException {
        if (!Files.exists(journal)) {
            return false;
        }
        if (Files.size(journal) == 0) {
            return true;
        }
        Path wal = Path.of(journal + "-wal");
        if (!Files.exists(wal) || Files.size(wal) == 0) {
            return JournalFileInspector.headerSchemaVersion(journal) == 0; // 100 bytes: cheap at every start
        }
        // through SQLite, read-only: the WAL next to the file is part of the journal and may hold the schema
        try (Connection connection = JournalFileInspector.readOnlyConnection(journal);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return !rs.next() || rs.getInt(1) == 0;
        } catch (SQLException e) {
            throw new UnreadableJournalException(Reason.DAMAGED, journal, e.getMessage(), e);
        }
    }

    /**
     * The journal copies in the default backup folder and the remembered chosen one, newest first: every
     * {@code .db} file there with a NetJournal schema this build can open (daily, manual and safety copies).
     */
    public static List<Backup> backups(DataFolder folder) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(folder.path().resolve("backups"));
        BackupFolderNote.read(folder).ifPresent(folders::add);
        List<Backup> found = new ArrayList<>();
        for (Path backupFolder : folders) {
            if (!Files.isDirectory(backupFolder)) {
                continue; // e.g. a drive that is not connected
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(backupFolder, "*.db")) {
                for (Path file : files) {
                    int schema = JournalFileInspector.headerSchemaVersion(file);
                    if (Files.isRegularFile(file) && schema >= 1 && schema <= JournalDatabase.SCHEMA_VERSION) {
                        found.add(new Backup(file, Files.getLastModifiedTime(file).toInstant(), Files.size(file)));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Backup::modified).reversed());
        return found;
    }

    /**
     * Restores {@code backup} into {@code folder}, whose journal is not open here, holding the folder's lock
     * so that no other NetJournal opens the journal halfway. Like {@link BackupService#restore}: checked first,
     * the current file kept as a safety copy.
     *
     * @return the safety copy of the journal that was replaced (empty when there was none)
     */
    public static Optional<Path> restoreUnopened(DataFolder folder, Path backup, LocalDateTime now)
            throws IOException, UnreadableJournalException {
        try (JournalLock lock = JournalLock.tryAcquire(folder).orElseThrow(() -> new UnreadableJournalException(
                Reason.IN_USE, folder.databaseFile(), "held by another NetJournal", null))) {
            return BackupService.restore(folder, backup, now);
        }
    }
}
