package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.StepRepository;

/**
 * Issue 6, point 3, in the real window: the journal file disappears while the user types (moved to the
 * trash). The status bar says so, the words stay in the editor, and once the file is back they are saved by
 * the automatic retry, without another keystroke. No test hook: the trouble is made on the file system, the
 * way it happens to users.
 */
class SaveTroubleWindowTest extends WindowTest {

    @Test
    void aNoteTypedWhileTheFileIsGoneStaysInTheEditorAndIsSavedWhenItComesBack() throws Exception {
        app = new AppDriver(dataDir).start();
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage3").tryQuery().isPresent(), "step 3");
        TextArea notes = app.robot.lookup("#stepPage3 #notes").queryAs(TextArea.class);
        app.robot.clickOn(notes).write("First words.");
        app.waitUntilSaved();

        Path file = new DataFolder(dataDir).databaseFile();
        Path trash = dataDir.resolve("trash.db");
        Files.move(file, trash, StandardCopyOption.ATOMIC_MOVE);
        app.robot.write(" Typed while the file was gone.");
        AppDriver.waitUntil(() -> app.saveState().startsWith("Not saved:"), "the error in the status bar");
        assertTrue(app.saveState().contains("removed or replaced"), app.saveState());
        assertEquals("First words. Typed while the file was gone.", notes.getText(), "the words stay");

        Files.move(trash, file, StandardCopyOption.ATOMIC_MOVE); // back from the trash; no more typing
        app.waitUntilSaved(); // the retry (every 5 s) saves them
        app.quit();
        app = null;
        try (JournalDatabase database = JournalDatabase.open(new DataFolder(dataDir))) {
            assertEquals("First words. Typed while the file was gone.", new StepRepository(database).load(3).notes());
        }
    }
}
