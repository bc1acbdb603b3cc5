package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** View → text size and sidebar, by keyboard, and the menus' Alt letters. */
class ViewMenuWindowTest extends WindowTest {

    private String rootStyle() {
        return app.stage().getScene().getRoot().getStyle();
    }

    @Test
    void textSizeChangesFromTheKeyboardAndIsRemembered() throws Exception {
        app = new AppDriver(dataDir).start();
        assertEquals("", rootStyle());
        app.robot.push(KeyCode.CONTROL, KeyCode.ADD);
        AppDriver.waitUntil(() -> rootStyle().contains("15.4px"), "110 % after Ctrl+plus");
        app.robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        app.robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        AppDriver.waitUntil(() -> rootStyle().contains("12.6px"), "90 % after Ctrl+minus twice");
        for (int i = 0; i < 5; i++) {
            app.robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        }
        AppDriver.waitUntil(() -> rootStyle().contains("11.2px"), "never below 80 %");
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        AppDriver.waitUntil(() -> rootStyle().isEmpty(), "100 % after Ctrl+0");
        app.robot.push(KeyCode.CONTROL, KeyCode.EQUALS); // Ctrl+plus on a US keyboard
        app.robot.push(KeyCode.CONTROL, KeyCode.ADD);
        AppDriver.waitUntil(() -> rootStyle().contains("16.8px"), "120 %");
        app.waitUntilSaved();
        app.quit();

        app = new AppDriver(dataDir).start();
        AppDriver.waitUntil(() -> rootStyle().contains("16.8px"), "120 % again after a restart");
    }

    @Test
    void theSidebarHidesAndComesBackAndEveryMenuHasAnAltLetter() throws Exception {
        app = new AppDriver(dataDir).start();
        assertTrue(app.robot.lookup("#navigator").tryQuery().isPresent());
        app.robot.push(KeyCode.CONTROL, KeyCode.B);
        AppDriver.waitUntil(() -> app.robot.lookup("#navigator").tryQuery().isEmpty(), "the sidebar hidden");
        app.robot.push(KeyCode.CONTROL, KeyCode.B);
        AppDriver.waitUntil(() -> app.robot.lookup("#navigator").tryQuery().isPresent(), "the sidebar back");

        assertEveryMenuHasAnAltLetter();
        app.robot.clickOn("View").clickOn("Language").clickOn("Deutsch");
        AppDriver.waitUntil(() -> app.robot.lookup("Ansicht").tryQuery().isPresent(), "the German menus");
        assertEveryMenuHasAnAltLetter();
    }

    private void assertEveryMenuHasAnAltLetter() {
        MenuBar bar = app.find(".menu-bar");
        assertFalse(bar.getMenus().isEmpty());
        for (Menu menu : bar.getMenus()) {
            assertTrue(menu.isMnemonicParsing() && menu.getText().matches(".*_\\S.*"), menu.getText());
        }
    }
}
