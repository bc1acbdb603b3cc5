package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A second double-click on the icon while NetJournal is open: the new process hands over to the running window
 * (which comes to the front) and ends with status 0, without a dialog or anything on stderr.
 */
class SecondStartWindowTest extends WindowTest {

    @Test
    void aSecondStartBringsTheOpenWindowToTheFrontAndEndsQuietly() throws Exception {
        app = new AppDriver(dataDir).start();
        AppDriver.waitUntil(() -> dataDir.resolve("netjournal.sock").toFile().exists(), "the window to listen");
        app.robot.interact(() -> app.stage().setIconified(true));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process second = new ProcessBuilder(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                "org.netjournal.app.Launcher", "--data-dir", dataDir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long started = System.nanoTime();
        assertTrue(second.waitFor(30, TimeUnit.SECONDS), "the second start ended");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String stderr = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, second.exitValue(), stderr);
        assertEquals("", stderr, "nothing on stderr: no dialog text, no stack trace");
        // the JVM's own start is part of it; the hand-over itself waits at most 2 s
        assertTrue(millis < 2_000 + 3_000, "ended after " + millis + " ms");
        AppDriver.waitUntil(() -> !app.stage().isIconified(), "the open window to come to the front");
        assertFalse(app.stage().isIconified());
    }
}
