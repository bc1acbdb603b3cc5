package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Contact;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.FirstStart;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.ui.theme.Theme;

/** The first-start welcome, driven like a new user: on an empty folder, through a restart, and its absence. */
class WelcomeWindowTest extends WindowTest {

    @Test
    void finishingInGermanKeepsTheWhyInStep1AndTheWelcomeNeverReturns() throws Exception {
        app = new AppDriver(dataDir).withWelcome().start();
        waitForWelcome();
        assertEquals("Welcome to NetJournal", title());
        assertFalse(app.find("#welcomeBack").isVisible(), "no Back on the first page");

        app.robot.push(KeyCode.ENTER); // Enter = Next
        AppDriver.waitUntil(() -> app.robot.lookup("#welcomeData").tryQuery().isPresent(), "page 2");
        assertEquals(new DataFolder(dataDir).databaseFile().toString(),
                app.<TextField>find("#welcomeJournalPath").getText(), "the real journal file");
        app.robot.clickOn("#welcomeNext");
        AppDriver.waitUntil(() -> app.robot.lookup("#welcomeWhyPage").tryQuery().isPresent(), "page 3");
        assertEquals("welcomeWhy", app.find("#welcome").getScene().getFocusOwner().getId(), "ready to type");
        app.robot.clickOn("#welcomeWhy").write("Ich suche eine neue Stelle");

        // back to the choices: German at once for the welcome and the window behind it, the why kept
        app.robot.clickOn("#welcomeBack");
        AppDriver.waitUntil(() -> app.robot.lookup("#welcomeData").tryQuery().isPresent(), "page 2 again");
        app.robot.clickOn("#welcomeLanguage-de");
        AppDriver.waitUntil(() -> "Dein Journal bleibt bei dir".equals(title()), "the welcome in German");
        assertEquals("Willkommen bei NetJournal", windowsOverTheMainWindow().get(0).getTitle());
        assertEquals("Weiter", app.<Button>find("#welcomeNext").getText());
        assertEquals("Deine sieben Schritte", app.robot.lookup(".navigator-heading").queryAs(Label.class).getText(),
                "the main window switched too");
        app.robot.clickOn("#welcomeTheme-dark");
        AppDriver.waitUntil(() -> Theme.stylesheet(true).equals(Application.getUserAgentStylesheet()),
                "the dark theme");

        app.robot.clickOn("#welcomeNext");
        AppDriver.waitUntil(() -> app.robot.lookup("#welcomeWhyPage").tryQuery().isPresent(), "page 3 again");
        TextArea why = app.find("#welcomeWhy");
        assertEquals("Ich suche eine neue Stelle", why.getText(), "the why survived the language switch");
        assertEquals("Los geht's", app.<Button>find("#welcomeNext").getText());
        app.robot.clickOn("#welcomeWhy").write(", am liebsten über Menschen, die ich kenne.");
        app.robot.push(KeyCode.ENTER); // Enter = finish

        AppDriver.waitUntil(() -> app.robot.lookup("#welcome").tryQuery().isEmpty(), "the welcome to close");
        String expected = "Ich suche eine neue Stelle, am liebsten über Menschen, die ich kenne.";
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage1").tryQuery().isPresent(), "step 1 shown");
        assertStep1ShowsTheWhyAsDone(expected, "Erledigt");
        app.waitUntilSaved();
        assertEquals(FirstStart.Outcome.FINISHED.code(), settingInFile(FirstStart.SETTING));
        assertEquals("de", settingInFile("language"));
        assertEquals("dark", settingInFile("theme"));
        app.quit();

        app = new AppDriver(dataDir).withWelcome().start();
        assertNoWelcomeAfterTheStartUpWork();
        assertStep1ShowsTheWhyAsDone(expected + " x", "Erledigt");
    }

    @Test
    void skippingIsRememberedAndChangesNothingElse() throws Exception {
        app = new AppDriver(dataDir).withWelcome().start();
        waitForWelcome();
        app.robot.push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#welcomeData").tryQuery().isPresent(), "page 2");
        app.robot.clickOn("#welcomeBack");
        AppDriver.waitUntil(() -> app.robot.lookup("#welcomeIntro").tryQuery().isPresent(), "page 1 again");
        app.robot.push(KeyCode.ESCAPE); // Esc = skip
        AppDriver.waitUntil(() -> app.robot.lookup("#welcome").tryQuery().isEmpty(), "the welcome to close");
        app.waitUntilSaved();
        assertEquals(FirstStart.Outcome.SKIPPED.code(), settingInFile(FirstStart.SETTING));
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage1").tryQuery().isPresent(), "step 1");
        assertEquals("Not started", app.robot.lookup("#stepPage1 #stepState").queryAs(Label.class).getText());
        app.quit();

        app = new AppDriver(dataDir).withWelcome().start();
        assertNoWelcomeAfterTheStartUpWork();
    }

    @Test
    void theSkipButtonWorksOnTheLastPageAndKeepsWhatWasTyped() throws Exception {
        app = new AppDriver(dataDir).withWelcome().start();
        waitForWelcome();
        app.robot.push(KeyCode.ENTER).push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#welcomeWhyPage").tryQuery().isPresent(), "page 3");
        assertEquals("welcomeWhy", app.find("#welcome").getScene().getFocusOwner().getId(), "ready to type");
        app.robot.clickOn("#welcomeWhy").write("To feel less alone at work");
        app.robot.clickOn("#welcomeSkip");
        AppDriver.waitUntil(() -> app.robot.lookup("#welcome").tryQuery().isEmpty(), "the welcome to close");
        app.waitUntilSaved();
        assertEquals(FirstStart.Outcome.SKIPPED.code(), settingInFile(FirstStart.SETTING));
        assertEquals("To feel less alone at work", notesOfStep1InFile(), "words are never lost");
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage1").tryQuery().isPresent(), "step 1 shown");
        assertStep1ShowsTheWhyAsDone("To feel less alone at work", "Done");
    }

    @Test
    void aJournalWithDataNeverShowsTheWelcome() throws Exception {
        try (JournalDatabase database = JournalDatabase.open(new DataFolder(dataDir))) {
            new ContactRepository(database).save(Contact.named("Anna", "Müller"));
        }
        app = new AppDriver(dataDir).withWelcome().start();
        assertNoWelcomeAfterTheStartUpWork();
        assertNull(settingInFile(FirstStart.SETTING), "nothing recorded: it was never shown");
    }

    private void waitForWelcome() throws Exception {
        AppDriver.waitUntil(() -> app.robot.lookup("#welcome").tryQuery().isPresent(), "the welcome");
        AppDriver.waitUntil(() -> app.robot.lookup("#welcome").query().getScene().getWindow().isFocused(),
                "the welcome to have the keyboard");
    }

    private List<Stage> windowsOverTheMainWindow() {
        return Window.getWindows().stream().filter(window -> window instanceof Stage stage
                && stage.getOwner() == app.stage()).map(Stage.class::cast).toList();
    }

    private String title() {
        return app.robot.lookup("#welcome .welcome-title").queryAs(Label.class).getText();
    }

    /**
     * The welcome is decided by a query on the storage thread; a note typed now is written after it (one thread,
     * in order), so once the note is in the file the welcome would have shown. Then nothing may be on top.
     */
    private void assertNoWelcomeAfterTheStartUpWork() throws Exception {
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage1 #notes").tryQuery().isPresent(), "step 1's notes");
        String before = app.<TextArea>find("#stepPage1 #notes").getText();
        app.robot.write(before.isEmpty() ? "x" : " x");
        String after = before.isEmpty() ? "x" : before + " x";
        AppDriver.waitUntil(() -> after.equals(notesOfStep1InFile()), "the note in the file");
        AppDriver.waitUntil(() -> true, "the events after it");
        assertTrue(app.robot.lookup("#welcome").tryQuery().isEmpty(), "no welcome");
        assertTrue(windowsOverTheMainWindow().isEmpty(), "nothing over the window");
    }

    private void assertStep1ShowsTheWhyAsDone(String why, String doneLabel) {
        assertEquals(why, app.robot.lookup("#stepPage1 #notes").queryAs(TextArea.class).getText());
        assertEquals(doneLabel, app.robot.lookup("#stepPage1 #stepState").queryAs(Label.class).getText());
        assertTrue(app.robot.lookup("#stepPage1 .checklist-item").queryAs(CheckBox.class).isSelected(),
                "\"write down your why\" ticked");
    }

    private String settingInFile(String key) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + new DataFolder(dataDir).databaseFile());
             PreparedStatement select = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private String notesOfStep1InFile() {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + new DataFolder(dataDir).databaseFile());
             ResultSet rs = connection.createStatement().executeQuery("SELECT notes FROM step WHERE number = 1")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            return null;
        }
    }
}
