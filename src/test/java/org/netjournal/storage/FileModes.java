package org.netjournal.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reads the modes of real files for the tests of "private by default" (POSIX file systems). */
public final class FileModes {

    public static final String FILE = "rw-------";
    public static final String FOLDER = "rwx------";

    private FileModes() {
    }

    public static boolean supported(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    public static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /**
     * Every file and folder under {@code root} (itself included) that is not owner-only, as "mode path". The SQLite
     * driver's own native library (unpacked into {@code native/} where the runtime carries none) is a public program
     * file, not the user's data; its folder is checked.
     */
    public static Set<String> notPrivate(Path root) throws IOException {
        Set<String> loose = new TreeSet<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                if (path.getParent() != null && path.getParent().getFileName().toString().equals("native")) {
                    continue;
                }
                String expected = Files.isDirectory(path) ? FOLDER : FILE;
                if (!mode(path).equals(expected)) {
                    loose.add(mode(path) + " " + root.relativize(path));
                }
            }
        }
        return loose;
    }
}
