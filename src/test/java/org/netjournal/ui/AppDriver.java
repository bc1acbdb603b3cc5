package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.netjournal.app.NetJournalApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts and quits the real application on a data folder, the way a user does, for UI tests.
 * One instance per test; the JavaFX toolkit itself lives as long as the test JVM.
 */
final class AppDriver {

    final FxRobot robot = new FxRobot();
    private final Path dataDir;
    private Stage stage;
    private Application app;
    private boolean welcome;

    AppDriver(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Lets the first-start welcome appear as it would for a user. Without this, the app starts as if the welcome
     * had been seen ({@link NetJournalApp#SKIP_WELCOME_PROPERTY}), so tests of other areas find the bare window.
     */
    AppDriver withWelcome() {
        welcome = true;
        return this;
    }

    /** Starts NetJournal on the data folder and waits until the window shows the journal. */
    AppDriver start() throws Exception {
        startWithoutWaiting();
        waitUntil(() -> robot.lookup("#stepList").tryQuery().isPresent() && stage.isShowing(),
                "the main window to appear");
        // the start page's cards join its heading in the frame after the first
        waitUntil(() -> robot.lookup("#homePage").tryQuery().isEmpty() || robot.lookup("#homeNudges").tryQuery().isPresent(),
                "the start page to be complete");
        return this;
    }

    /** Starts NetJournal without expecting the main window (e.g. when a problem dialog is expected). */
    AppDriver startWithoutWaiting() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        System.setProperty(NetJournalApp.SKIP_WELCOME_PROPERTY, Boolean.toString(!welcome));
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Platform.setImplicitExit(false));
        app = FxToolkit.setupApplication(NetJournalApp.class, "--data-dir", dataDir.toString());
        return this;
    }

    /** Quits with Ctrl+Q, as a user would, and waits until the window closed after saving. */
    void quit() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        waitUntil(() -> !stage.isShowing(), "the window to close");
        FxToolkit.cleanupApplication(app);
    }

    /** Ends the app without the UI's quit path (after failures or dialogs). */
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    Stage stage() {
        return stage;
    }

    /** View → Language → {@code language} ("Deutsch"), as the menu does it; English stays as it is. */
    void useLanguage(String language) {
        if (language.equals("English")) {
            return;
        }
        javafx.scene.control.MenuBar bar = find(".menu-bar");
        robot.interact(() -> bar.getMenus().get(2).getItems().stream()
                .filter(item -> item instanceof javafx.scene.control.Menu).map(javafx.scene.control.Menu.class::cast)
                .flatMap(menu -> menu.getItems().stream()).filter(item -> language.equals(item.getText()))
                .findFirst().orElseThrow().fire());
    }

    /** The window, not maximised, at {@code width}×{@code height}; waits until the scene has the width. */
    void resizeTo(double width, double height) throws TimeoutException {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitUntil(() -> Math.abs(stage.getScene().getWidth() - width) < 1, "the window at " + width + "×" + height);
    }

    <T extends Node> T find(String query) {
        return robot.lookup(query).query();
    }

    /**
     * Scrolls the page that holds {@code query}'s node so the node is in view, as a user would before clicking.
     * Pages grow (step pages show sessions and goals too), so a field may sit below the visible part.
     */
    <T extends Node> T reveal(String query) {
        T node = find(query);
        robot.interact(() -> {
            for (javafx.scene.Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                    javafx.geometry.Bounds content = scroll.getContent().getLayoutBounds();
                    javafx.geometry.Bounds at = scroll.getContent().sceneToLocal(
                            node.localToScene(node.getLayoutBounds()));
                    double viewport = scroll.getViewportBounds().getHeight();
                    double range = content.getHeight() - viewport;
                    if (range > 0) {
                        scroll.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - viewport / 3) / range)));
                    }
                    return;
                }
            }
        });
        return node;
    }

    /** Clicks the button labelled {@code text} of the question with id {@code dialogId}. */
    void clickDialogButton(String dialogId, String text) {
        robot.clickOn(robot.lookup("#" + dialogId + " .button")
                .match(node -> ((javafx.scene.control.Button) node).getText().equals(text)).queryAs(Node.class));
    }

    /** Presses Enter on the question with id {@code dialogId}, which must keep everything and close it. */
    void pressEnterOn(String dialogId) throws TimeoutException {
        waitUntil(() -> robot.lookup("#" + dialogId).tryQuery().isPresent(), "the question " + dialogId);
        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#" + dialogId).tryQuery().isEmpty(), "Enter to close " + dialogId);
    }

    String saveState() {
        Label label = find("#saveState");
        return label.getText();
    }

    void waitUntilSaved() throws TimeoutException {
        waitUntil(() -> "Saved".equals(saveState()) || "Gespeichert".equals(saveState()), "Saved in the status bar");
    }

    static void waitUntil(BooleanSupplier condition, String what) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new TimeoutException("Timed out waiting for " + what);
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
