package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {

    @Test
    void findsTheLibraryTheInstallerPutIntoTheRuntime(@TempDir Path javaHome) throws Exception {
        Files.createDirectories(javaHome.resolve("lib"));
        Path library = Files.writeString(javaHome.resolve("lib").resolve(System.mapLibraryName("sqlitejdbc")), "x");

        assertEquals(library, SqliteNativeLibrary.runtimeCopy(javaHome).orElseThrow());
    }

    @Test
    void aRuntimeWithoutItLeavesTheDriverToUnpackItsOwn(@TempDir Path javaHome) throws Exception {
        Files.createDirectories(javaHome.resolve("lib"));

        assertTrue(SqliteNativeLibrary.runtimeCopy(javaHome).isEmpty());
    }

    @Test
    void theTestRuntimeHasNoCopySoTheDriverStillUnpacksIntoOurFolder() {
        // a plain JDK (tests, javafx:run) must keep the driver's own way; only an installed runtime carries the copy
        assertTrue(SqliteNativeLibrary.runtimeCopy(Path.of(System.getProperty("java.home"))).isEmpty());
    }
}
