package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.netjournal.io.JournalExporter;
import org.netjournal.storage.FileModes;
import org.netjournal.ui.journal.JournalExportFlow;

/**
 * Every file and folder the running app writes — journal and its side files, lock, log, backups, an export — is
 * owner-only (0600, folders 0700), seen on the real files after a session with the real window.
 */
class PrivateFilesWindowTest extends WindowTest {

    @Test
    void everythingTheAppWritesIsOwnerOnly() throws Exception {
        assumeTrue(FileModes.supported(dataDir), "POSIX permissions");
        app = new AppDriver(dataDir).start();
        Path daily = dataDir.resolve("backups").resolve("netjournal-" + LocalDate.now() + ".db");
        AppDriver.waitUntil(() -> Files.exists(daily), "today's automatic backup");

        app.robot.clickOn("File").clickOn("Back up now");
        AppDriver.waitUntil(() -> app.robot.lookup(".dialog-pane").tryQuery().isPresent(), "the backup's confirmation");
        app.robot.clickOn(app.robot.lookup(".dialog-pane .button").queryAs(Node.class));

        app.robot.clickOn("#areaList > #area-journal");
        AppDriver.waitUntil(() -> app.robot.lookup("#journalPage").tryQuery().isPresent(), "the journal page");
        JournalExportFlow flow = (JournalExportFlow) app.robot.lookup("#journalPage").queryAs(Node.class)
                .getProperties().get(JournalExportFlow.class);
        Path exports = dataDir.resolve("exports");
        Files.createDirectories(exports, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString(FileModes.FOLDER))); // the user's folder
        Path markdown = exports.resolve("journal.md");
        AtomicReference<Object> result = new AtomicReference<>();
        app.robot.interact(() -> flow.export(markdown, JournalExporter.Format.MARKDOWN, app.stage(),
                error -> result.set(error == null ? "ok" : error)));
        AppDriver.waitUntil(() -> result.get() != null, "the export");
        assertEquals("ok", result.get());
        app.robot.clickOn(app.robot.lookup("#journalExported .button").queryAs(Node.class));
        app.quit();

        assertEquals(FileModes.FILE, FileModes.mode(dataDir.resolve("netjournal.log")));
        assertEquals(Set.of(), FileModes.notPrivate(dataDir));
    }
}
