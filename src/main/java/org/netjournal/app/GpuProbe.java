package org.netjournal.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Spares JavaFX a graphics-card check that cannot succeed. On Linux JavaFX first tries its OpenGL pipeline: it loads
 * the system's OpenGL, creates a context and only then finds that the "card" is a software renderer (Mesa's, with
 * its LLVM compiler), which it refuses, and draws in software anyway. Without a graphics device (a virtual machine
 * without 3D, a remote or virtual display) that check cost ≈ 50 ms of the first frame (it competes with the journal
 * opening on the other processor) and ≈ 13 MiB for as long as the app runs, for nothing. Where a device exists the
 * check runs as before, and a user's own {@code prism.order} or {@code prism.forceGPU} always wins. The Linux
 * launcher makes the same check for GTK's own OpenGL ({@code GDK_GL}, in packaging/build-installers.sh).
 */
final class GpuProbe {

    private GpuProbe() {
    }

    /** Before the JavaFX toolkit starts: draws in software at once when this machine has no graphics device. */
    static void skipWhereHopeless() {
        if (hopeless(System.getProperty("os.name", ""), System.getProperties(), Path.of("/dev"))) {
            System.setProperty("prism.order", "sw");
        }
    }

    /**
     * True on Linux when nothing chose the pipeline already and {@code dev} has no graphics device: no DRM node
     * ({@code dri/card*}, {@code dri/renderD*}) and no NVIDIA device ({@code nvidia*}, the proprietary driver).
     */
    static boolean hopeless(String osName, Properties properties, Path dev) {
        if (!osName.startsWith("Linux") || properties.getProperty("prism.order") != null
                || properties.getProperty("prism.forceGPU") != null
                || properties.getProperty("glass.platform") != null) { // e.g. the tests' headless Monocle
            return false;
        }
        return !hasEntry(dev.resolve("dri"), "card", "renderD") && !hasEntry(dev, "nvidia");
    }

    private static boolean hasEntry(Path folder, String... prefixes) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                for (String prefix : prefixes) {
                    if (name.startsWith(prefix)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException | SecurityException unreadable) {
            return true; // cannot tell: let JavaFX check as it always does
        }
    }
}
