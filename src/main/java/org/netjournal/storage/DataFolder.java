package org.netjournal.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.netjournal.files.PrivateFiles;

/**
 * The folder that holds the journal ({@code netjournal.db}), its log and SQLite's scratch files. Private to
 * the user: the folder is 0700 and the file 0600 where the file system knows POSIX permissions. The per-OS
 * default folder is NetJournal's own and kept 0700 even when it already existed with a looser mode; a folder the
 * user chose ({@code --data-dir}, {@code NETJOURNAL_HOME}, a move) is created 0700 but, when it exists, left as
 * the user made it (the app warns instead, see {@link org.netjournal.files.FolderWarning}).
 */
public final class DataFolder {

    public static final String DATABASE_FILE_NAME = "netjournal.db";
    public static final String ENVIRONMENT_VARIABLE = "NETJOURNAL_HOME";

    private final Path folder;

    public DataFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /**
     * The per-OS default from the design: Linux {@code $XDG_DATA_HOME/netjournal}, Windows
     * {@code %APPDATA%\NetJournal}, macOS {@code ~/Library/Application Support/NetJournal}.
     */
    public static Path defaultLocation(Map<String, String> environment, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            return base.resolve("NetJournal");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/NetJournal");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : userHome.resolve(".local/share");
        return base.resolve("netjournal");
    }

    /** {@code --data-dir} wins over {@code NETJOURNAL_HOME}, which wins over the per-OS default. */
    public static DataFolder resolve(String dataDirArgument, Map<String, String> environment) {
        if (dataDirArgument != null && !dataDirArgument.isBlank()) {
            return new DataFolder(Path.of(dataDirArgument));
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new DataFolder(Path.of(fromEnvironment));
        }
        return new DataFolder(defaultLocation(environment, System.getProperty("os.name"),
                Path.of(System.getProperty("user.home"))));
    }

    public Path path() {
        return folder;
    }

    public Path databaseFile() {
        return folder.resolve(DATABASE_FILE_NAME);
    }

    public Path logFile() {
        return folder.resolve("netjournal.log");
    }

    /** Where the SQLite driver unpacks its native library: inside our folder, because /tmp may be noexec. */
    public Path nativeLibraryFolder() {
        return folder.resolve("native");
    }

    /** The per-OS default folder for this user: NetJournal's own, not one the user chose. */
    public boolean isDefaultLocation() {
        Path defaultFolder = defaultLocation(System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
        return folder.equals(defaultFolder.toAbsolutePath().normalize());
    }

    /** Where backups, and the copies kept before an upgrade, a move or a restore, go unless the user chose another folder. */
    public Path defaultBackupFolder() {
        return folder.resolve("backups");
    }

    /** Creates the folder (0700) and points the SQLite driver's scratch folder into it. */
    public void prepare() throws IOException {
        if (isDefaultLocation()) {
            PrivateFiles.createOrKeepPrivateFolder(folder);
        } else {
            PrivateFiles.createFolder(folder);
        }
        Path nativeFolder = nativeLibraryFolder();
        PrivateFiles.createOrKeepPrivateFolder(nativeFolder);
        System.setProperty("org.sqlite.tmpdir", nativeFolder.toString());
        SqliteNativeLibrary.preferRuntimeCopy();
    }

    /** Creates an empty journal file with mode 0600 so SQLite never creates it with a looser umask. */
    void createDatabaseFileIfMissing() throws IOException {
        Path file = databaseFile();
        if (Files.exists(file)) {
            return;
        }
        try {
            PrivateFiles.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            // another process created it meanwhile: fine, we will inspect it like any existing file
        }
    }

    /**
     * The journal and SQLite's side files are ours: an older version or a copy by hand may have left them readable
     * by others, and SQLite gives new {@code -wal}/{@code -shm} files the journal's mode.
     */
    void keepJournalFilesPrivate() {
        Path file = databaseFile();
        PrivateFiles.keepPrivate(file);
        PrivateFiles.keepPrivate(Path.of(file + "-wal"));
        PrivateFiles.keepPrivate(Path.of(file + "-shm"));
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
