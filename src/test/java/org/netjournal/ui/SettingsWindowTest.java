package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.i18n.Language;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalPointer;
import org.netjournal.ui.settings.SettingsDialog;
import org.netjournal.ui.theme.Theme;

/** Settings (Ctrl+,) through the real window: every change applies at once and survives a restart. */
class SettingsWindowTest extends WindowTest {

    @TempDir
    Path elsewhere;

    @AfterEach
    void lightAgain() {
        Theme.LIGHT.apply(); // the look is global to the test JVM; the next test expects the default
    }

    private DialogPane openSettings() throws Exception {
        app.robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        AppDriver.waitUntil(() -> app.robot.lookup("#settings").tryQuery().isPresent(), "the settings dialog");
        return app.find("#settings");
    }

    private static SettingsDialog dialogOf(DialogPane pane) {
        return (SettingsDialog) pane.getProperties().get(SettingsDialog.class);
    }

    private void type(String query, String text) {
        TextField field = app.find(query);
        app.robot.interact(field::requestFocus);
        app.robot.interact(field::selectAll);
        app.robot.write(text);
    }

    /** ControlsFX validation marks a wrong field with a decoration (an icon with the reason as tooltip). */
    private static int decorations(TextField field) {
        var found = org.controlsfx.control.decoration.Decorator.getDecorations(field);
        return found == null ? 0 : found.size();
    }

    private void closeSettings() throws Exception {
        app.robot.push(KeyCode.ESCAPE);
        AppDriver.waitUntil(() -> app.robot.lookup("#settings").tryQuery().isEmpty(), "the settings to close");
    }

    @Test
    void themeWeekStartBackupsAndLanguageApplyAtOnceAndSurviveARestart() throws Exception {
        app = new AppDriver(dataDir).start();
        DialogPane settings = openSettings();
        assertTrue(app.<RadioButton>find("#theme-system").isSelected(), "a new journal follows the system");
        assertEquals(dataDir.toString(), app.<TextField>find("#dataFolderPath").getText());

        app.robot.clickOn("#theme-dark");
        String dark = Theme.stylesheet(true);
        AppDriver.waitUntil(() -> dark.equals(Application.getUserAgentStylesheet()), "the dark look");

        ComboBox<DayOfWeek> weekStart = app.find("#settingsWeekStart");
        assertEquals(DayOfWeek.MONDAY, weekStart.getValue());
        app.robot.interact(() -> weekStart.setValue(DayOfWeek.SUNDAY));

        TextField keepDaily = app.find("#keepDaily");
        AppDriver.waitUntil(() -> !keepDaily.isDisabled() && "7".equals(keepDaily.getText()), "the stored retention");
        type("#keepDaily", "3");
        type("#keepWeekly", "2");
        app.waitUntilSaved();
        app.robot.write("x"); // "2x" is no number: marked, and the last good value stays stored
        TextField keepWeekly = app.find("#keepWeekly");
        assertEquals("2x", keepWeekly.getText());
        AppDriver.waitUntil(() -> decorations(keepWeekly) > 0, "the field marked as wrong");
        assertEquals(0, decorations(keepDaily), "the good field is not marked");
        assertEquals("Please enter a whole number from 0 to 260.", app.<Label>find("#keepWeeklyProblem").getText());
        assertEquals("", app.<Label>find("#keepDailyProblem").getText());

        Path backupFolder = Files.createDirectories(elsewhere.resolve("copies"));
        app.robot.interact(() -> dialogOf(settings).useBackupFolder(Optional.of(backupFolder.toString())));
        AppDriver.waitUntil(() -> backupFolder.toString().equals(app.<TextField>find("#backupFolderPath").getText()),
                "the chosen backup folder");
        app.waitUntilSaved();

        ComboBox<Language> language = app.find("#settingsLanguage");
        app.robot.interact(() -> language.setValue(Language.GERMAN));
        AppDriver.waitUntil(() -> app.robot.lookup("#settings").tryQuery()
                .map(pane -> "Einstellungen".equals(((Stage) pane.getScene().getWindow()).getTitle())).orElse(false),
                "the settings again, in German");
        closeSettings();
        app.waitUntilSaved();
        app.quit();

        app = new AppDriver(dataDir).start();
        AppDriver.waitUntil(() -> dark.equals(Application.getUserAgentStylesheet()), "dark again after the restart");
        openSettings();
        assertTrue(app.<RadioButton>find("#theme-dark").isSelected());
        assertEquals("Dunkel", app.<RadioButton>find("#theme-dark").getText());
        assertEquals(Language.GERMAN, app.<ComboBox<Language>>find("#settingsLanguage").getValue());
        AppDriver.waitUntil(() -> DayOfWeek.SUNDAY == app.<ComboBox<DayOfWeek>>find("#settingsWeekStart").getValue(),
                "Sunday as the first day");
        TextField keepDailyAgain = app.find("#keepDaily");
        AppDriver.waitUntil(() -> "3".equals(keepDailyAgain.getText()), "3 daily copies");
        assertEquals("2", app.<TextField>find("#keepWeekly").getText());
        assertEquals(backupFolder.toString(), app.<TextField>find("#backupFolderPath").getText());
        closeSettings();

        // the goals page shows the same first day of the week
        app.robot.interact(() -> app.stage().getScene().lookup("#step-1").requestFocus());
        app.robot.clickOn("Ziele");
        AppDriver.waitUntil(() -> app.robot.lookup("#weekStart").tryQuery().isPresent(), "the goals page");
        assertEquals(DayOfWeek.SUNDAY, app.<ComboBox<DayOfWeek>>find("#weekStart").getValue());
        app.quit();
    }

    @Test
    void aRefusedFolderIsExplainedAndAMovedJournalOpensFromItsNewPlaceAfterARestart() throws Exception {
        app = new AppDriver(dataDir).start();
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage1 #notes").tryQuery().isPresent(), "step 1");
        app.robot.clickOn(app.<Node>reveal("#stepPage1 #notes")).write("Why: to meet kind people");
        app.waitUntilSaved();

        DialogPane settings = openSettings();
        Path occupied = Files.createDirectories(elsewhere.resolve("occupied"));
        Files.writeString(occupied.resolve(DataFolder.DATABASE_FILE_NAME), "someone's journal");
        app.robot.interact(() -> dialogOf(settings).moveTo(occupied));
        Label message = app.find("#moveMessage");
        AppDriver.waitUntil(message::isVisible, "the reason next to the button");
        assertTrue(message.getText().contains("already a journal"), message.getText());

        Path target = Files.createDirectories(elsewhere.resolve("new home"));
        app.robot.interact(() -> dialogOf(settings).moveTo(target));
        AppDriver.waitUntil(() -> app.robot.lookup("#moveConfirm").tryQuery().isPresent(), "the question");
        app.clickDialogButton("moveConfirm", "Move");
        AppDriver.waitUntil(() -> app.robot.lookup(".dialog-pane .content").tryQuery()
                .map(content -> content instanceof Label label && label.getText().contains(target.toString()))
                .orElse(false), "the confirmation naming the new folder");
        app.robot.push(KeyCode.ENTER);
        assertTrue(Files.exists(target.resolve(DataFolder.DATABASE_FILE_NAME)));
        assertFalse(Files.exists(dataDir.resolve(DataFolder.DATABASE_FILE_NAME)), "the old file is set aside");
        assertEquals(Optional.of(target), JournalPointer.read(dataDir));

        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage1 #notes").tryQuery().isPresent(), "step 1");
        app.robot.clickOn(app.<Node>reveal("#stepPage1 #notes")).write(" and learn");
        app.waitUntilSaved();
        app.quit();

        app = new AppDriver(dataDir).start(); // the same --data-dir as before the move
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage1 #notes").tryQuery().isPresent(), "step 1");
        assertEquals("Why: to meet kind people and learn",
                app.robot.lookup("#stepPage1 #notes").queryAs(TextArea.class).getText());
        openSettings();
        assertEquals(target.toString(), app.<TextField>find("#dataFolderPath").getText());
        closeSettings();
        app.quit();
    }
}
