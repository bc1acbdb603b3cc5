package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.netjournal.storage.BackupService;

/** The automatic daily copy and "Back up now", through the real window. */
class BackupWindowTest extends WindowTest {

    private List<Path> backups() throws Exception {
        Path folder = dataDir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aDailyCopyIsMadeAtStartAndBackUpNowAddsACheckedOne() throws Exception {
        app = new AppDriver(dataDir).start();
        Path daily = dataDir.resolve("backups").resolve("netjournal-" + LocalDate.now() + ".db");
        AppDriver.waitUntil(() -> Files.exists(daily), "today's automatic backup");
        BackupService.check(daily);

        app.robot.clickOn("File").clickOn("Back up now");
        AppDriver.waitUntil(() -> app.robot.lookup(".dialog-pane").tryQuery().isPresent(), "the confirmation");
        List<Path> manual = backups().stream()
                .filter(file -> file.getFileName().toString().startsWith("netjournal-manual-")).toList();
        assertEquals(1, manual.size(), backups().toString());
        BackupService.check(manual.get(0));
        assertTrue(app.robot.lookup(".dialog-pane .content").queryAs(javafx.scene.control.Label.class).getText()
                .contains(manual.get(0).toString()));
    }
}
