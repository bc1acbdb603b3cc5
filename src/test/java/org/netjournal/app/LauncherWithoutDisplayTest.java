package org.netjournal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher opens the journal while JavaFX starts. When the window cannot start at all (here: no display), the
 * process must still end, with a one-line reason and exit status 1, instead of hanging on the storage thread.
 */
class LauncherWithoutDisplayTest {

    @TempDir
    Path temp;

    @Test
    void withoutADisplayItSaysSoAndEnds() throws Exception {
        Path output = temp.resolve("app.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--data-dir", temp.resolve("data").toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process app = builder.start();

        boolean ended = app.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            app.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(ended, "the process hung without a display:\n" + printed);
        assertEquals(1, app.exitValue(), printed);
        assertTrue(printed.contains("netjournal: the window could not start"), printed);
    }
}
