package org.netjournal.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Open in file manager" hands only a local folder's path to the system's file manager. */
class FolderOpenerTest {

    @TempDir
    Path dir;

    @Test
    void eachSystemGetsItsOwnFileManagerWithThePlainPath() {
        Path folder = dir.resolve("my journal");
        assertEquals(List.of("xdg-open", folder.toString()), FolderOpener.command("Linux", folder));
        assertEquals(List.of("explorer.exe", folder.toString()), FolderOpener.command("Windows 11", folder));
        assertEquals(List.of("open", folder.toString()), FolderOpener.command("Mac OS X", folder));
    }

    @Test
    void onlyAnExistingFolderIsOpened() throws IOException {
        Path file = Files.writeString(dir.resolve("netjournal.db"), "x");
        assertThrows(IOException.class, () -> FolderOpener.open(file));
        assertThrows(IOException.class, () -> FolderOpener.open(dir.resolve("missing")));
    }
}
