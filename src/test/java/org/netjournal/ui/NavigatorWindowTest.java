package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.netjournal.ui.theme.Theme;

/** The navigator's rows: the mark follows the shown page both ways, the keyboard works as in a list, titles show. */
class NavigatorWindowTest extends WindowTest {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass KEYBOARD_FOCUS = PseudoClass.getPseudoClass("keyboard-focus");

    private boolean marked(String rowId) {
        return app.robot.lookup("#navigator #" + rowId).query().getPseudoClassStates().contains(SELECTED);
    }

    private List<Node> rows() {
        return List.copyOf(app.robot.lookup("#navigator .nav-row").queryAll());
    }

    private Node focused() {
        return app.stage().getScene().getFocusOwner();
    }

    @Test
    void theKeyboardMovesThroughTheRowsAndOpensOneWithEnterOrSpace() throws Exception {
        app = new AppDriver(dataDir).start();
        assertEquals(List.of("area-home", "step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7",
                "area-journal", "area-contacts", "area-due", "area-goals", "area-drafts"),
                rows().stream().map(Node::getId).toList());
        assertTrue(rows().stream().noneMatch(row -> row.getPseudoClassStates().contains(KEYBOARD_FOCUS)),
                "no focus ring before the keyboard is used");

        app.robot.clickOn("#step-2");
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage2").tryQuery().isPresent(), "step 2");
        assertTrue(marked("step-2"));
        assertEquals(1, rows().stream().filter(row -> row.getPseudoClassStates().contains(SELECTED)).count());

        app.robot.push(KeyCode.DOWN);
        assertEquals("step-3", focused().getId(), "Down moves the focus");
        assertTrue(marked("step-2"), "moving the focus opens nothing");
        assertTrue(focused().getPseudoClassStates().contains(KEYBOARD_FOCUS), "the keyboard focus is shown");
        app.robot.push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage3").tryQuery().isPresent(), "step 3 by Enter");
        assertTrue(marked("step-3") && !marked("step-2"));

        app.robot.type(KeyCode.UP, 3);
        assertEquals("area-home", focused().getId(), "Up goes on from the steps to the home entry above them");
        app.robot.push(KeyCode.UP);
        assertEquals("area-home", focused().getId(), "the first row stays focused");
        app.robot.push(KeyCode.END);
        assertEquals("area-drafts", focused().getId());
        app.robot.push(KeyCode.UP);
        assertEquals("area-goals", focused().getId());
        app.robot.push(KeyCode.SPACE);
        AppDriver.waitUntil(() -> app.robot.lookup("#goalsPage").tryQuery().isPresent(), "goals by Space");
        assertTrue(marked("area-goals") && !marked("step-3"));

        // one Tab stop: Tab leaves the navigator, Shift+Tab comes back to the row it left
        assertEquals(1, rows().stream().filter(Node::isFocusTraversable).count());
        app.robot.push(KeyCode.TAB);
        assertFalse(app.robot.lookup("#navigator").query().isFocusWithin(), "Tab leaves the navigator");
        app.robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertEquals("area-goals", focused().getId(), "Shift+Tab comes back to the navigator's row");
        assertTrue(focused().getPseudoClassStates().contains(KEYBOARD_FOCUS), "with its focus ring");
    }

    @Test
    void theMarkedRowsTitleAndTheFocusRingShowInBothThemes() throws Exception {
        app = new AppDriver(dataDir).start();
        app.robot.clickOn("#step-5");
        AppDriver.waitUntil(() -> marked("step-5"), "step 5 marked");

        app.robot.clickOn("#area-contacts");
        AppDriver.waitUntil(() -> app.robot.lookup("#contactsPage").tryQuery().isPresent(), "the contacts");
        assertTrue(marked("area-contacts") && !marked("step-5") && !marked("area-due"));
        for (boolean dark : List.of(false, true)) {
            if (dark) {
                app.robot.interact(() -> Application.setUserAgentStylesheet(Theme.stylesheet(true)));
            }
            app.robot.interact(() -> app.stage().getScene().getRoot().applyCss());
            Region row = app.robot.lookup("#area-contacts").query();
            Label title = app.robot.lookup("#area-contacts .step-title").queryAs(Label.class);
            assertEquals("Contacts", title.getText());
            assertTrue(title.getWidth() >= title.prefWidth(-1) - 0.5, "the whole title has room");
            List<BackgroundFill> fills = row.getBackground().getFills();
            assertNotEquals(fills.get(fills.size() - 1).getFill(), title.getTextFill(),
                    "the marked row's title stands out from its background" + (dark ? " (dark)" : ""));

            app.robot.push(KeyCode.DOWN);
            Region focusedRow = (Region) focused();
            assertEquals("area-due", focusedRow.getId());
            app.robot.interact(focusedRow::applyCss);
            List<BackgroundFill> ring = focusedRow.getBackground().getFills();
            assertEquals(2, ring.size(), "a ring around the focused row" + (dark ? " (dark)" : ""));
            assertNotEquals(ring.get(0).getFill(), ring.get(1).getFill());
            app.robot.push(KeyCode.UP);
        }
    }
}
