package org.netjournal.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netjournal.domain.BackupPolicy;
import org.netjournal.files.PrivateFiles;
import org.sqlite.SQLiteConfig;

/**
 * Copies of the journal: written with SQLite's {@code VACUUM INTO} on a read-only connection of their own (a
 * consistent snapshot even while the app writes, and the writes are not held up by it), created owner-only from
 * the first byte, flushed to disk and checked before they count. Automatic
 * copies are kept as 7 daily and 4 weekly ones in {@code backups/} unless the user chose another folder or
 * other numbers ({@link BackupPolicy}, kept in the journal's settings).
 */
public final class BackupService {

    public static final int KEEP_DAILY = BackupPolicy.DEFAULT_DAILY;
    public static final int KEEP_WEEKLY = BackupPolicy.DEFAULT_WEEKLY;
    private static final Pattern DAILY_NAME = Pattern.compile("netjournal-(\\d{4}-\\d{2}-\\d{2})\\.db");

    private final JournalDatabase database;
    private final BackupPolicy policy;

    /** With the default policy: {@code backups/} next to the journal, 7 daily and 4 weekly copies. */
    public BackupService(JournalDatabase database) {
        this(database, BackupPolicy.DEFAULT);
    }

    public BackupService(JournalDatabase database, BackupPolicy policy) {
        this.database = database;
        this.policy = policy;
    }

    /** With the policy stored in the journal's settings. Storage thread only. */
    public static BackupService configured(JournalDatabase database) {
        return new BackupService(database, BackupPolicy.fromSettings(new SettingsRepository(database).loadAll()));
    }

    /** The chosen folder, else {@code backups/} in the data folder (a relative choice counts from there). */
    public static Path backupFolder(DataFolder dataFolder, BackupPolicy policy) {
        Path base = dataFolder.path();
        return policy.folder().map(chosen -> base.resolve(chosen).toAbsolutePath().normalize())
                .orElse(dataFolder.defaultBackupFolder());
    }

    public Path backupFolder() {
        return backupFolder(database.folder(), policy);
    }

    /**
     * Writes a checked copy of the journal to {@code target} (replacing it only once the copy is complete and
     * sound). Returns {@code target}. Reads on a read-only connection of its own, not the storage thread's: it may
     * run on any thread, and the journal's writes go on while it copies (the copy is the journal as it was when
     * it began).
     */
    public Path backupTo(Path target) throws IOException, UnreadableJournalException {
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        if (!Files.isDirectory(parent)) {
            PrivateFiles.createFolder(parent);
        }
        Path partial = parent.resolve(absolute.getFileName() + ".partial");
        try {
            try (Connection reading = readOnlyConnection(database.folder().databaseFile())) {
                JournalCopy.write(reading, partial);
            } catch (SQLException failed) {
                throw StorageException.of("Writing the backup", failed);
            }
            check(partial);
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return absolute;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * A read-only connection to the live journal: it sees the committed state in the WAL (so no {@code immutable}
     * flag) and waits, rather than fails, while a checkpoint holds the file for a moment.
     */
    private static Connection readOnlyConnection(Path journal) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        return config.createConnection("jdbc:sqlite:" + journal.toAbsolutePath());
    }

    /**
     * The automatic backup at the first start of a day: makes today's copy if there is none yet and thins
     * out old ones. Returns the new copy, or empty when today's already existed.
     */
    public Optional<Path> dailyBackup(LocalDate today) throws IOException, UnreadableJournalException {
        Path folder = backupFolder();
        createBackupFolder(folder);
        BackupFolderNote.remember(database.folder(), policy); // the setting may have come with a restored journal
        Path todays = folder.resolve("netjournal-" + today + ".db");
        Optional<Path> made = Optional.empty();
        if (!Files.exists(todays)) {
            made = Optional.of(backupTo(todays));
        }
        prune(today);
        return made;
    }

    /** Automatic copies, newest first. */
    public List<Path> automaticBackups() throws IOException {
        List<Dated> dated = datedBackups();
        dated.sort(Comparator.comparing(Dated::date).reversed());
        return dated.stream().map(Dated::file).toList();
    }

    /**
     * Keeps the newest {@code keepDaily} days and the newest copy of each of the {@code keepWeekly} older weeks
     * before them. Only the automatic daily copies ({@code netjournal-DATE.db}) are ever deleted: manual copies and
     * the ones kept before an upgrade ({@link JournalDatabase#BEFORE_UPGRADE_PREFIX}), a restore or a move stay.
     */
    void prune(LocalDate today) throws IOException {
        List<Dated> dated = datedBackups();
        dated.sort(Comparator.comparing(Dated::date).reversed());
        Set<Path> keep = new HashSet<>();
        for (int i = 0; i < Math.min(policy.keepDaily(), dated.size()); i++) {
            keep.add(dated.get(i).file());
        }
        Set<LocalDate> weeks = new HashSet<>();
        for (Dated backup : dated) {
            if (keep.contains(backup.file())) {
                continue;
            }
            LocalDate monday = backup.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (weeks.size() < policy.keepWeekly() && weeks.add(monday)) {
                keep.add(backup.file());
            }
        }
        for (Dated backup : dated) {
            if (!keep.contains(backup.file())) {
                Files.deleteIfExists(backup.file());
            }
        }
    }

    private record Dated(Path file, LocalDate date) {
    }

    private List<Dated> datedBackups() throws IOException {
        List<Dated> dated = new ArrayList<>();
        if (!Files.isDirectory(backupFolder())) {
            return dated;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(backupFolder(), "netjournal-*.db")) {
            for (Path file : files) {
                Matcher matcher = DAILY_NAME.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    try {
                        dated.add(new Dated(file, LocalDate.parse(matcher.group(1))));
                    } catch (DateTimeParseException notOurs) {
                        // a file we did not name: leave it alone
                    }
                }
            }
        }
        return dated;
    }

    /** Where "Back up now" puts a copy: the backups folder, named by date and time (never pruned). */
    public Path manualBackupFile(LocalDateTime now) {
        String stamp = now.withNano(0).toString().replace(':', '-');
        return backupFolder().resolve("netjournal-manual-" + stamp + ".db");
    }

    /**
     * Replaces the journal in {@code folder} by the copy {@code backup}. The journal must be closed. The
     * backup is checked first; the current file is kept as {@code backups/before-restore-….db}; the swap is a
     * rename, so the folder holds either the old or the new journal, never half of one.
     *
     * @return the safety copy of the journal that was replaced (empty when there was none)
     */
    public static Optional<Path> restore(DataFolder folder, Path backup, LocalDateTime now)
            throws IOException, UnreadableJournalException {
        check(backup);
        Path journal = folder.databaseFile();
        Path backups = folder.defaultBackupFolder();
        PrivateFiles.createOrKeepPrivateFolder(backups);
        Optional<Path> safety = Optional.empty();
        Path copy = backups.resolve("before-restore-" + now.withNano(0).toString().replace(':', '-') + ".db");
        if (Files.exists(journal) && Files.size(journal) > 0) {
            PrivateFiles.copy(journal, copy);
            safety = Optional.of(copy);
        }
        Path incoming = folder.path().resolve(DataFolder.DATABASE_FILE_NAME + ".restoring");
        PrivateFiles.copy(backup, incoming);
        try (FileChannel channel = FileChannel.open(incoming, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        // Side files must not be replayed onto the copy. A closed journal has no pending WAL content, but after a
        // crash (or with a journal that looks lost) it may: that WAL belongs to the replaced file and is kept with it.
        Path wal = Path.of(journal + "-wal");
        if (Files.exists(wal) && Files.size(wal) > 0) {
            Files.move(wal, Path.of(copy + "-wal"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(wal);
        Files.deleteIfExists(Path.of(journal + "-shm"));
        try {
            Files.move(incoming, journal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(incoming, journal, StandardCopyOption.REPLACE_EXISTING);
        }
        return safety;
    }

    /**
     * Checks that {@code file} is a journal this build can open (SQLite, not damaged, not newer, passing
     * {@code integrity_check}) without writing to it.
     */
    public static void check(Path file) throws UnreadableJournalException {
        JournalFileInspector.inspect(file, JournalDatabase.SCHEMA_VERSION);
        JournalFileInspector.integrityCheck(file);
    }

    /**
     * The default {@code backups/} folder is NetJournal's own and kept owner-only; a folder the user chose is
     * created owner-only when missing but otherwise left as the user made it (the app warns when others can read it).
     */
    private void createBackupFolder(Path folder) throws IOException {
        if (policy.folder().isEmpty()) {
            PrivateFiles.createOrKeepPrivateFolder(folder);
        } else {
            PrivateFiles.createFolder(folder);
        }
    }
}
