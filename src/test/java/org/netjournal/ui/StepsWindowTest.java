package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.storage.DataFolder;

/** The real window, driven like a user: click, type, quit, start again on the same data folder. */
class StepsWindowTest extends WindowTest {

    @Test
    void notesChecklistAndItemsSurviveARestart() throws Exception {
        app = new AppDriver(dataDir).start();
        assertEquals(7, app.robot.lookup("#stepList > .step-row").queryAll().size());
        assertEquals("NetJournal", app.stage().getTitle());

        // open every step through the navigator
        for (int number = 1; number <= 7; number++) {
            app.robot.clickOn("#stepList > #step-" + number);
            int expected = number;
            AppDriver.waitUntil(() -> app.robot.lookup("#stepPage" + expected).tryQuery().isPresent(),
                    "step page " + expected);
        }

        // step 3: type a note, tick the first built-in item, add an item of our own
        app.robot.clickOn("#stepList > #step-3");
        TextArea notes = app.robot.lookup("#stepPage3 #notes").queryAs(TextArea.class);
        app.robot.clickOn(app.<Node>reveal("#stepPage3 #notes")).write("Met Anna at the meetup");
        CheckBox firstItem = app.robot.lookup("#stepPage3 .checklist-item").queryAs(CheckBox.class);
        app.reveal("#stepPage3 .checklist-item");
        app.robot.clickOn(firstItem);
        app.robot.clickOn(app.<Node>reveal("#stepPage3 #newItemField")).write("Ask Anna for a coffee")
                .push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage3 .checklist-item").queryAllAs(CheckBox.class)
                .stream().anyMatch(box -> box.getText().equals("Ask Anna for a coffee")), "the new item");
        app.waitUntilSaved();
        app.quit();

        app = new AppDriver(dataDir).start();
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage3").tryQuery().isPresent(), "step 3");
        TextArea reopened = app.robot.lookup("#stepPage3 #notes").queryAs(TextArea.class);
        assertEquals("Met Anna at the meetup", reopened.getText());
        Set<CheckBox> items = app.robot.lookup("#stepPage3 .checklist-item").queryAllAs(CheckBox.class);
        assertTrue(items.stream().anyMatch(box -> box.getText().equals("Ask Anna for a coffee") && !box.isSelected()));
        assertEquals(1, items.stream().filter(CheckBox::isSelected).count(), "the ticked built-in item");
        Label state = app.robot.lookup("#stepPage3 #stepState").queryAs(Label.class);
        assertEquals("In progress", state.getText());
    }

    @Test
    void ctrlDigitOpensTheStepWithItsNotesFocused() throws Exception {
        app = new AppDriver(dataDir).start();
        for (int number : new int[] {5, 2, 7}) {
            app.robot.push(KeyCode.CONTROL, KeyCode.valueOf("DIGIT" + number));
            int expected = number;
            AppDriver.waitUntil(() -> {
                Node focus = app.stage().getScene().getFocusOwner();
                return focus instanceof TextArea && "notes".equals(focus.getId())
                        && app.robot.lookup("#stepPage" + expected + " #notes").tryQuery()
                        .map(node -> node == focus).orElse(false);
            }, "notes of step " + number + " focused");
        }
    }

    @Test
    void notesAreSavedWithinASecondOfTypingWithoutLeavingTheField() throws Exception {
        app = new AppDriver(dataDir).start();
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        app.robot.write("Because I want a new job");
        // read the file from a second connection while the app keeps running (WAL allows it)
        Path file = new DataFolder(dataDir).databaseFile();
        AppDriver.waitUntil(() -> "Because I want a new job".equals(notesInFile(file, 1)), "the note in the file");
        Node focus = app.stage().getScene().getFocusOwner();
        assertEquals("notes", focus.getId(), "saving did not take the focus away");
    }

    @Test
    void markingAStepDoneAndRemovingAnItemIsRemembered() throws Exception {
        app = new AppDriver(dataDir).start();
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        app.robot.clickOn(app.<Node>reveal("#stepPage6 #newItemField")).write("Post about my project")
                .push(KeyCode.ENTER);
        app.robot.clickOn(app.<Node>reveal("#stepPage6 #newItemField")).write("Temporary").push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage6 .checklist-item").queryAll().size() == 5, "5 items");
        // remove "Temporary" (its row's delete button is the last button of the last row)
        Node lastRow = List.copyOf(app.robot.lookup("#stepPage6 .checklist-row").queryAllAs(Node.class)).get(4);
        List<Node> buttons = List.copyOf(app.robot.from(lastRow).lookup(".button").queryAll());
        app.robot.interact(() -> { }); // let the rows settle before revealing the last one
        app.reveal("#stepPage6 #newItemField");
        app.robot.clickOn(buttons.get(buttons.size() - 1));
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage6 .checklist-item").queryAll().size() == 4, "4 items");
        app.robot.clickOn(app.<Node>reveal("#stepPage6 #markDone"));
        AppDriver.waitUntil(() -> "Done (marked by you)".equals(app.robot.lookup("#stepPage6 #stepState")
                .queryAs(Label.class).getText()), "done state");
        app.waitUntilSaved();
        app.quit();

        app = new AppDriver(dataDir).start();
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage6").tryQuery().isPresent(), "step 6");
        Set<CheckBox> items = app.robot.lookup("#stepPage6 .checklist-item").queryAllAs(CheckBox.class);
        assertEquals(4, items.size());
        assertFalse(items.stream().anyMatch(box -> box.getText().equals("Temporary")));
        assertTrue(app.robot.lookup("#stepPage6 #markDone").queryAs(CheckBox.class).isSelected());
        assertEquals("Done (marked by you)",
                app.robot.lookup("#stepPage6 #stepState").queryAs(Label.class).getText());
    }

    @Test
    void languageSwitchAppliesAtOnceAndIsRemembered() throws Exception {
        app = new AppDriver(dataDir).start();
        app.robot.clickOn("View").clickOn("Language").clickOn("Deutsch");
        AppDriver.waitUntil(() -> app.robot.lookup(".navigator-heading").queryAs(Label.class).getText()
                .equals("Deine sieben Schritte"), "German navigator");
        app.waitUntilSaved();
        app.quit();

        app = new AppDriver(dataDir).start();
        assertEquals("Deine sieben Schritte", app.robot.lookup(".navigator-heading").queryAs(Label.class).getText());
    }

    @Test
    void aFileThatIsNotAJournalIsExplainedAndLeftUntouched() throws Exception {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(DataFolder.DATABASE_FILE_NAME);
        byte[] garbage = "These are my private notes, not a database.\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage);

        app = new AppDriver(dataDir).startWithoutWaiting();
        AppDriver.waitUntil(() -> app.robot.lookup("#startupProblem").tryQuery().isPresent(), "the problem dialog");
        Label explanation = app.robot.lookup("#problemExplanation").queryAs(Label.class);
        assertTrue(explanation.getText().contains("not a journal"), explanation.getText());
        assertEquals(file.toString(),
                app.robot.lookup("#problemLocation").queryAs(javafx.scene.control.TextField.class).getText());
        assertArrayEquals(garbage, Files.readAllBytes(file));
        app.robot.clickOn("Quit");
        AppDriver.waitUntil(() -> app.robot.lookup("#startupProblem").tryQuery().isEmpty(), "the dialog to close");
        assertArrayEquals(garbage, Files.readAllBytes(file));
        assertSame(false, app.stage().isShowing());
    }

    private static String notesInFile(Path file, int step) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = connection.createStatement().executeQuery("SELECT notes FROM step WHERE number = " + step)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            return null;
        }
    }
}
