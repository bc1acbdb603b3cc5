package org.netjournal.app;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures start-up as a user feels it: from the process start to the first frame painted with the journal
 * loaded. Used by the installer check and the start-up benchmark; prints one machine-readable line.
 */
public final class StartupProbe {

    public static final String OUTPUT_PREFIX = "NETJOURNAL_STARTUP_MS=";
    /** The phases on the way to the first frame, printed with the total so a slow start can be explained. */
    public static final String PHASES_PREFIX = "NETJOURNAL_STARTUP_PHASES=";

    private static final boolean ENABLED = Boolean.getBoolean(NetJournalApp.STARTUP_PROBE_PROPERTY);
    private static final StringBuffer PHASES = new StringBuffer();

    private StartupProbe() {
    }

    /** Notes that start-up reached {@code phase} (any thread); costs nothing unless the probe is on. */
    public static void mark(String phase) {
        if (ENABLED) {
            PHASES.append(PHASES.length() == 0 ? "" : " ").append(phase).append('=').append(sinceProcessStart())
                    .append("ms[").append(Thread.currentThread().getName()).append(']');
        }
    }

    private static long sinceProcessStart() {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(started, Instant.now()).toMillis();
    }

    /** After the next pulse has laid out and rendered {@code scene}, prints the elapsed time and runs {@code then}. */
    public static void reportFirstFrameThen(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            mark("first-layout");
            // the frame of this pulse is rendered right after layout; report on the next turn of the loop
            Platform.runLater(() -> {
                System.out.println(OUTPUT_PREFIX + sinceProcessStart());
                System.out.println(PHASES_PREFIX + PHASES);
                System.out.flush();
                then.run();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
