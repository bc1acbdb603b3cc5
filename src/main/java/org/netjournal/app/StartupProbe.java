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

    private StartupProbe() {
    }

    /** After the next pulse has laid out and rendered {@code scene}, prints the elapsed time and runs {@code then}. */
    public static void reportFirstFrameThen(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // the frame of this pulse is rendered right after layout; report on the next turn of the loop
            Platform.runLater(() -> {
                Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                System.out.println(OUTPUT_PREFIX + Duration.between(started, Instant.now()).toMillis());
                System.out.flush();
                then.run();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
