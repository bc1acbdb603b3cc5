package org.netjournal.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The folder that holds the journal ({@code netjournal.db}), its log and SQLite's scratch files. Private to
 * the user: the folder is 0700 and the file 0600 where the file system knows POSIX permissions.
 */
public final class DataFolder {

    public static final String DATABASE_FILE_NAME = "netjournal.db";
    public static final String ENVIRONMENT_VARIABLE = "NETJOURNAL_HOME";

    private static final Set<PosixFilePermission> FOLDER_PERMISSIONS = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");

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

    /** Creates the folder (0700) and points the SQLite driver's scratch folder into it. */
    public void prepare() throws IOException {
        createPrivateFolder(folder);
        Path nativeFolder = nativeLibraryFolder();
        createPrivateFolder(nativeFolder);
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
            if (supportsPosix(folder)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            // another process created it meanwhile: fine, we will inspect it like any existing file
        }
    }

    private static void createPrivateFolder(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return;
        }
        Path parent = path.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (supportsPosix(parent == null ? path.getRoot() : parent)) {
            Files.createDirectories(path, PosixFilePermissions.asFileAttribute(FOLDER_PERMISSIONS));
            // the umask may have narrowed the mode further but never widens it; set it exactly
            Files.setPosixFilePermissions(path, FOLDER_PERMISSIONS);
        } else {
            Files.createDirectories(path);
        }
    }

    private static boolean supportsPosix(Path path) {
        return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
