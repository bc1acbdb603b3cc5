package org.netjournal.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the SQLite driver finds its native library. The installed app carries it in its own runtime's
 * {@code lib} folder (placed there by packaging/build-installers.sh), so it is loaded directly from there: nothing
 * is unpacked into the data folder on each start, and the driver does not probe the system (it runs
 * {@code uname} to tell Android from Linux) to find the right copy inside its jar. Without that copy (a development
 * run on a plain JDK, tests) the driver unpacks its own, into our data folder (see {@link DataFolder#prepare()}).
 */
final class SqliteNativeLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    static final String LIBRARY = "sqlitejdbc";

    private SqliteNativeLibrary() {
    }

    /** Points the driver at the runtime's copy, if there is one and nobody chose a library explicitly. */
    static synchronized void preferRuntimeCopy() {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        runtimeCopy(Path.of(System.getProperty("java.home"))).ifPresent(library -> {
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        });
    }

    /** The library inside the runtime at {@code javaHome}, e.g. {@code lib/libsqlitejdbc.so} on Linux. */
    static Optional<Path> runtimeCopy(Path javaHome) {
        Path library = javaHome.resolve("lib").resolve(System.mapLibraryName(LIBRARY));
        return Files.isRegularFile(library) ? Optional.of(library) : Optional.empty();
    }
}
