package org.netjournal.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
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

/**
 * Copies of the journal: written with SQLite's {@code VACUUM INTO} (a consistent snapshot even while the app
 * writes, because it runs on the same connection), flushed to disk and checked before they count. Automatic
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
    public static BackupService configured(JournalDatabase database) throws SQLException {
        return new BackupService(database, BackupPolicy.fromSettings(new SettingsRepository(database).loadAll()));
    }

    /** The chosen folder, else {@code backups/} in the data folder (a relative choice counts from there). */
    public static Path backupFolder(DataFolder dataFolder, BackupPolicy policy) {
        Path base = dataFolder.path();
        return policy.folder().map(chosen -> base.resolve(chosen).toAbsolutePath().normalize())
                .orElse(base.resolve("backups"));
    }

    public Path backupFolder() {
        return backupFolder(database.folder(), policy);
    }

    /**
     * Writes a checked copy of the journal to {@code target} (replacing it only once the copy is complete and
     * sound). Returns {@code target}.
     */
    public Path backupTo(Path target) throws IOException, SQLException, UnreadableJournalException {
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path partial = parent.resolve(absolute.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            database.read(connection -> {
                try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                    vacuum.setString(1, partial.toString());
                    vacuum.executeUpdate();
                }
                return null;
            });
            privateFile(partial);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before we call it a backup
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
     * The automatic backup at the first start of a day: makes today's copy if there is none yet and thins
     * out old ones. Returns the new copy, or empty when today's already existed.
     */
    public Optional<Path> dailyBackup(LocalDate today) throws IOException, SQLException, UnreadableJournalException {
        Path folder = backupFolder();
        createPrivateFolder(folder);
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

    /** Keeps the newest {@code keepDaily} days and the newest copy of each of the {@code keepWeekly} older weeks before them. */
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
    public Path manualBackupFile(java.time.LocalDateTime now) {
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
    public static Optional<Path> restore(DataFolder folder, Path backup, java.time.LocalDateTime now)
            throws IOException, UnreadableJournalException {
        check(backup);
        Path journal = folder.databaseFile();
        Path backups = folder.path().resolve("backups");
        createPrivateFolder(backups);
        Optional<Path> safety = Optional.empty();
        Path copy = backups.resolve("before-restore-" + now.withNano(0).toString().replace(':', '-') + ".db");
        if (Files.exists(journal) && Files.size(journal) > 0) {
            Files.copy(journal, copy, StandardCopyOption.REPLACE_EXISTING);
            privateFile(copy);
            safety = Optional.of(copy);
        }
        Path incoming = folder.path().resolve(DataFolder.DATABASE_FILE_NAME + ".restoring");
        Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
        privateFile(incoming);
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

    private static void privateFile(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void createPrivateFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }
}
