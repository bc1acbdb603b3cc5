package org.netjournal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.FirstStart;

/**
 * The installer check and the start-up benchmark start the real app with the start-up probe on an empty folder,
 * where the first-start welcome is due: the welcome must not keep it from reporting and quitting cleanly, and
 * quitting under the welcome is not the user skipping it.
 */
class StartupProbeWelcomeTest {

    @TempDir
    Path temp;

    @Test
    void theProbeReportsAndQuitsOnAnEmptyFolderWithTheWelcomeDue() throws Exception {
        Path data = temp.resolve("data");
        Path output = temp.resolve("app.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-D" + NetJournalApp.STARTUP_PROBE_PROPERTY + "=true",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--data-dir", data.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process app = builder.start();
        assertTrue(app.waitFor(120, TimeUnit.SECONDS), "the app did not quit after its first frame");
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, app.exitValue(), printed);
        assertTrue(printed.contains(StartupProbe.OUTPUT_PREFIX), printed);
        assertFalse(printed.contains("Exception"), "quitting under the welcome went wrong:\n" + printed);
        assertEquals(null, setting(new DataFolder(data).databaseFile(), FirstStart.SETTING),
                "quitting is not skipping: the welcome is still due next time");
    }

    private static String setting(Path file, String key) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement select = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
