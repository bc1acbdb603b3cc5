package org.netjournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every question before a destructive action is built by {@link Confirmation}: Enter and Esc keep everything,
 * only the destructive button goes ahead.
 */
class ConfirmationTest {

    private final FxRobot robot = new FxRobot();
    private Stage owner;
    private final AtomicReference<Boolean> answer = new AtomicReference<>();
    private Confirmation confirmation;

    @BeforeEach
    void showOwner() throws Exception {
        FxToolkit.registerPrimaryStage();
        owner = FxToolkit.setupStage(stage -> {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void ask() throws Exception {
        answer.set(null);
        WaitForAsyncUtils.asyncFx(() -> {
            confirmation = new Confirmation(owner, "Delete this contact?", "Petra Klein will be removed.",
                    "Delete contact", "Cancel").withId("question");
            Platform.runLater(() -> answer.set(confirmation.confirmed()));
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#question").tryQuery().isPresent() && confirmation.safeButton().isFocused());
    }

    private boolean answered() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        return answer.get();
    }

    @Test
    void theSafeButtonIsTheDefaultAndTheCancelButtonTheDestructiveOneNeither() throws Exception {
        ask();
        assertTrue(confirmation.safeButton().isDefaultButton());
        assertTrue(confirmation.safeButton().isCancelButton());
        assertFalse(confirmation.destructiveButton().isDefaultButton());
        assertFalse(confirmation.destructiveButton().isCancelButton());
        assertEquals("Delete contact", confirmation.destructiveButton().getText());
        robot.push(KeyCode.ESCAPE);
        assertFalse(answered());
    }

    @Test
    void enterKeepsEverything() throws Exception {
        ask();
        robot.push(KeyCode.ENTER);
        assertFalse(answered(), "Enter must not confirm a destructive action");
    }

    @Test
    void everyConfirmationInTheAppIsBuiltHere() throws Exception {
        java.nio.file.Path sources = java.nio.file.Path.of(System.getProperty("basedir", ""), "src", "main", "java");
        java.util.List<String> raw;
        try (var files = java.nio.file.Files.walk(sources)) {
            raw = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("Confirmation.java"))
                    .filter(file -> {
                        try {
                            return java.nio.file.Files.readString(file).contains("AlertType.CONFIRMATION");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(file -> sources.relativize(file).toString()).toList();
        }
        assertEquals(java.util.List.of(), raw, "ask with Confirmation, whose safe answer is the default");
    }

    @Test
    void aThirdAnswerIsTakenOnlyByAClickAndEnterStillGivesTheSafeOne() throws Exception {
        AtomicReference<Confirmation.Answer> chosen = new AtomicReference<>();
        for (boolean click : new boolean[] {false, true}) {
            chosen.set(null);
            WaitForAsyncUtils.asyncFx(() -> {
                confirmation = new Confirmation(owner, "Export with names?", "Calendars sync to the cloud.",
                        "Use full names", "Initials only").withThirdAnswer("Cancel").asWarning().withId("three");
                Platform.runLater(() -> chosen.set(confirmation.answer()));
            }).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#three").tryQuery().isPresent() && confirmation.safeButton().isFocused());
            assertFalse(confirmation.thirdButton().isDefaultButton() || confirmation.thirdButton().isCancelButton());
            assertFalse(confirmation.thirdButton().getStyleClass().contains("danger"));
            assertTrue(confirmation.safeButton().isDefaultButton() && confirmation.safeButton().isCancelButton());
            assertTrue(confirmation.dialogPane().getStyleClass().contains("warning"), "looks like a warning");
            if (click) {
                robot.clickOn(confirmation.thirdButton());
            } else {
                robot.push(KeyCode.ENTER);
            }
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chosen.get() != null);
            assertEquals(click ? Confirmation.Answer.THIRD : Confirmation.Answer.SAFE, chosen.get());
        }
    }

    @Test
    void onlyTheDestructiveButtonGoesAhead() throws Exception {
        ask();
        robot.clickOn(confirmation.destructiveButton());
        assertTrue(answered());
    }
}
