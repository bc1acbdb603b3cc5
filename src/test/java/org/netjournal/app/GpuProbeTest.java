package org.netjournal.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpuProbeTest {

    @TempDir
    Path dev;

    @Test
    void aLinuxMachineWithoutAGraphicsDeviceDrawsInSoftwareAtOnce() throws Exception {
        assertTrue(GpuProbe.hopeless("Linux", new Properties(), dev));
        Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dev.resolve("dri/by-path")); // an empty DRM folder is no device either
        assertTrue(GpuProbe.hopeless("Linux", new Properties(), dev));
    }

    @Test
    void aDrmNodeOrAnNvidiaDeviceLetsJavaFxCheckTheCard() throws Exception {
        Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dev.resolve("dri/renderD128"));
        assertFalse(GpuProbe.hopeless("Linux", new Properties(), dev));

        Path nvidia = Files.createDirectories(dev.resolve("other"));
        Files.createFile(nvidia.resolve("nvidia0"));
        assertFalse(GpuProbe.hopeless("Linux", new Properties(), nvidia));
    }

    @Test
    void theUsersOwnChoiceAndOtherSystemsAreLeftAlone() {
        for (String property : new String[] {"prism.order", "prism.forceGPU", "glass.platform"}) {
            Properties chosen = new Properties();
            chosen.setProperty(property, "x");
            assertFalse(GpuProbe.hopeless("Linux", chosen, dev), property);
        }
        assertFalse(GpuProbe.hopeless("Windows 11", new Properties(), dev));
        assertFalse(GpuProbe.hopeless("Mac OS X", new Properties(), dev));
    }
}
