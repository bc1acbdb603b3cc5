package org.netjournal.app;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.netjournal.ui.common.AfterFirstFrame;

/**
 * Measures start-up as a user feels it: from the process start to the first frame painted with the journal
 * loaded. Used by the installer check and the start-up benchmark; prints one machine-readable line.
 * <p>
 * The process start comes from the system's boot time, which Linux gives in whole seconds: every figure printed
 * here reads high by the same offset (up to a second) within one boot. Compare phases with each other only; the
 * benchmark (bench/startup.sh) times the first frame from outside, from the fork to the moment this line appears.
 */
public final class StartupProbe {

    public static final String OUTPUT_PREFIX = "NETJOURNAL_STARTUP_MS=";
    /**
     * The frame after the first: what the first frame leaves for later (the home page's cards below its heading) is
     * laid out and drawn in it, so this is when the start page is complete.
     */
    public static final String COMPLETE_PREFIX = "NETJOURNAL_COMPLETE_MS=";
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
        return Duration.between(ProcessStart.INSTANT, Instant.now()).toMillis();
    }

    /**
     * Read once, when the probe first needs it: asking for it reads several files under {@code /proc} and allocates
     * megabytes, which at every phase would cost the measured start collections the app itself does not make.
     */
    private static final class ProcessStart {
        static final Instant INSTANT = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    }

    /**
     * After the first frame of {@code scene} has been rendered, prints the elapsed time; after the frame that
     * completes the page, prints that time and the phases and runs {@code then}.
     */
    public static void reportFirstFrameThen(Scene scene, Runnable then) {
        AfterFirstFrame.run(scene, () -> {
            mark("first-frame");
            System.out.println(OUTPUT_PREFIX + sinceProcessStart());
            System.out.flush();
            AfterFirstFrame.run(scene, () -> {
                mark("complete");
                System.out.println(COMPLETE_PREFIX + sinceProcessStart());
                System.out.println(PHASES_PREFIX + PHASES);
                System.out.flush();
                then.run();
            });
            Platform.requestNextPulse(); // also when nothing waited for the first frame
        });
    }
}
