package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.netjournal.ui.settings.SettingsDialog;

/**
 * A journal in a synced folder is warned about at start without blocking the window, and not again once put away;
 * the move dialog warns about a synced target; a chosen backup folder others can read is pointed out.
 */
class FolderWarningWindowTest extends WindowTest {

    private boolean noticeShown() {
        return app.robot.lookup("#folderWarning").tryQuery().isPresent();
    }

    @Test
    void aJournalInADropboxIsWarnedAboutAtStartWithoutBlockingTheWindowUntilPutAway() throws Exception {
        Path journal = dataDir.resolve("Dropbox/NetJournal");
        app = new AppDriver(journal).start();
        AppDriver.waitUntil(this::noticeShown, "the warning about the synced folder");
        DialogPane notice = app.find("#folderWarning");
        assertTrue(notice.getContentText().contains("Dropbox") && notice.getContentText().contains(journal.toString()),
                notice.getContentText());

        // the window stays usable while the warning shows
        app.robot.interact(() -> app.stage().requestFocus());
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage1 #notes").tryQuery().isPresent(), "step 1");
        app.robot.clickOn(app.<Node>reveal("#stepPage1 #notes")).write("typed beside the warning");
        app.waitUntilSaved();
        assertTrue(noticeShown(), "still there until put away");

        app.robot.interact(() -> ((Stage) notice.getScene().getWindow()).toFront());
        app.robot.clickOn("Don’t show again");
        AppDriver.waitUntil(() -> !noticeShown(), "the warning put away");
        app.quit();

        app = new AppDriver(journal).start();
        backUpNow(); // done after the look at the folders, which runs on the same thread before it
        assertTrue(!noticeShown(), "not shown again once put away");
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage1 #notes").tryQuery().isPresent(), "step 1");
        assertEquals("typed beside the warning", app.robot.lookup("#stepPage1 #notes").queryAs(TextArea.class).getText());
    }

    private void backUpNow() throws Exception {
        app.robot.clickOn("File").clickOn("Back up now");
        AppDriver.waitUntil(() -> app.robot.lookup(".dialog-pane .content").tryQuery()
                .map(content -> content instanceof Label label && label.getText().contains("netjournal-manual-"))
                .orElse(false), "the backup's confirmation");
        app.robot.push(KeyCode.ENTER);
    }

    @Test
    void theMoveDialogWarnsAboutASyncedFolderAndAChosenBackupFolderOthersCanRead() throws Exception {
        assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        app = new AppDriver(dataDir.resolve("journal")).start();
        app.robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        AppDriver.waitUntil(() -> app.robot.lookup("#settings").tryQuery().isPresent(), "the settings dialog");
        SettingsDialog settings = (SettingsDialog) app.<DialogPane>find("#settings").getProperties()
                .get(SettingsDialog.class);

        Path synced = Files.createDirectories(dataDir.resolve("OneDrive - Contoso/NetJournal"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        app.robot.interact(() -> settings.moveTo(synced));
        AppDriver.waitUntil(() -> app.robot.lookup("#moveConfirm").tryQuery().isPresent(), "the question");
        String question = app.<DialogPane>find("#moveConfirm").getContentText();
        assertTrue(question.contains("OneDrive") && question.contains("synced"), question);
        app.robot.push(KeyCode.ENTER); // with a warning to read, Enter does not move
        AppDriver.waitUntil(() -> app.robot.lookup("#moveConfirm").tryQuery().isEmpty(), "the question closed");
        assertTrue(Files.notExists(synced.resolve("netjournal.db")), "not moved");

        Path shared = Files.createDirectories(dataDir.resolve("shared copies"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        app.robot.interact(() -> settings.useBackupFolder(Optional.of(shared.toString())));
        Label warning = app.find("#backupFolderWarning");
        AppDriver.waitUntil(warning::isVisible, "the warning under the backup folder");
        assertTrue(warning.getText().contains(shared.toString()), warning.getText());
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)),
                "the user's folder is not changed");
    }
}
