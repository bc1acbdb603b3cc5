package org.netjournal.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Files and folders only their owner can read: files 0600 and folders 0700 from the moment they exist, because
 * the journal, its copies, logs and exports hold what the user wrote about people. Permissions are given at
 * creation (never set afterwards, which would leave a window in which others can read the first bytes). On file
 * systems without POSIX permissions (Windows: a user's own profile folders are private by their ACLs) files are
 * created plainly.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private static final Logger LOG = Logger.getLogger(PrivateFiles.class.getName());

    private PrivateFiles() {
    }

    /** True where the file system of {@code path} knows POSIX permissions (Linux, macOS). */
    public static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] fileAttributes(Path path) {
        return isPosix(path) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /** Creates an empty owner-only file; fails with {@link FileAlreadyExistsException} when there is one. */
    public static Path createFile(Path file) throws IOException {
        Path created = Files.createFile(file, fileAttributes(file));
        narrowUmask(created, FILE);
        return created;
    }

    /** Creates an owner-only temporary file in {@code folder}. */
    public static Path createTempFile(Path folder, String prefix, String suffix) throws IOException {
        Path created = Files.createTempFile(folder, prefix, suffix, fileAttributes(folder));
        narrowUmask(created, FILE);
        return created;
    }

    /**
     * Opens {@code file} for writing with {@code options} (CREATE is added): a new file is owner-only from its
     * first byte, an existing one (ours, perhaps written by an older version) is made owner-only before anything
     * is written to it.
     */
    public static FileChannel openChannel(Path file, OpenOption... options) throws IOException {
        Set<OpenOption> all = new HashSet<>(Set.of(options));
        all.add(StandardOpenOption.CREATE);
        all.add(StandardOpenOption.WRITE);
        keepPrivate(file);
        return FileChannel.open(file, all, fileAttributes(file));
    }

    /** Like {@link #openChannel} as a stream; without options the file is truncated first. */
    public static OutputStream newOutputStream(Path file, OpenOption... options) throws IOException {
        OpenOption[] effective = options.length > 0 ? options : new OpenOption[] {StandardOpenOption.TRUNCATE_EXISTING};
        return Channels.newOutputStream(openChannel(file, effective));
    }

    /** Writes {@code text} as UTF-8 to an owner-only {@code file}, replacing what it held. */
    public static void writeString(Path file, String text) throws IOException {
        try (OutputStream out = newOutputStream(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Copies {@code source} to a new owner-only {@code target} (an existing target is replaced). */
    public static void copy(Path source, Path target) throws IOException {
        Files.deleteIfExists(target);
        createFile(target);
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
            long size = in.size();
            long done = 0;
            while (done < size) {
                done += in.transferTo(done, size - done, out);
            }
        }
    }

    /**
     * Creates {@code folder} as owner-only (0700) when it is missing; its missing parents get the system's usual
     * mode, as they are not ours (e.g. {@code ~/.local/share}). An existing folder is left as it is.
     *
     * @return true when the folder was created now
     */
    public static boolean createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return false;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (isPosix(folder)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException raced) {
            return false; // made by another process meanwhile (or a file stands there: the next write will say)
        }
        narrowUmask(folder, FOLDER);
        return true;
    }

    /**
     * Takes every permission of others and of the group away from a file or folder that NetJournal made (perhaps an
     * older version, or with a loose umask); the owner's own permissions stay as they are (a journal the user made
     * read-only stays read-only). Never used on folders the user chose: those get a warning instead
     * ({@link #othersCanRead}). Where the system refuses (a file of another user, a FAT drive) the file is used as
     * it is: refusing to write the user's words would be worse; the log says so.
     */
    public static void keepPrivate(Path path) {
        if (!isPosix(path) || !Files.exists(path)) {
            return;
        }
        try {
            Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
            Set<PosixFilePermission> ownerOnly = EnumSet.noneOf(PosixFilePermission.class);
            current.stream().filter(permission -> permission.name().startsWith("OWNER_")).forEach(ownerOnly::add);
            if (!ownerOnly.equals(current)) {
                Files.setPosixFilePermissions(path, ownerOnly);
            }
        } catch (IOException | UnsupportedOperationException refused) {
            LOG.log(Level.INFO, "Cannot make " + path + " readable only by its owner", refused);
        }
    }

    /** Creates {@code folder} owner-only when missing, and takes others' access away when it exists: ours only. */
    public static void createOrKeepPrivateFolder(Path folder) throws IOException {
        if (!createFolder(folder)) {
            keepPrivate(folder);
        }
    }

    /** True when users other than the owner may read or list {@code path} (false where that cannot be told). */
    public static boolean othersCanRead(Path path) {
        if (!isPosix(path)) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException unknown) {
            return false;
        }
    }

    /**
     * The umask can only take permissions away; a umask such as 0277 would leave our own file unwritable, so the
     * exact owner-only mode is set on the new, still empty file or folder.
     */
    private static void narrowUmask(Path path, Set<PosixFilePermission> wanted) {
        if (!isPosix(path)) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(path).equals(wanted)) {
                Files.setPosixFilePermissions(path, EnumSet.copyOf(wanted));
            }
        } catch (IOException | UnsupportedOperationException refused) {
            LOG.log(Level.INFO, "Cannot make " + path + " readable only by its owner", refused);
        }
    }
}
