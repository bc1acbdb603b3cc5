package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * Every dialog opens at least at its preferred size, centred on the window, the first time too, also at the
 * smallest window. (The window manager's part of this is checked in .ci/package: Monocle has none.)
 */
class DialogPlacementWindowTest extends WindowTest {

    @Test
    void dialogsOpenWholeAndCentredOnTheWindow() throws Exception {
        app = new AppDriver(dataDir).start();
        Stage main = app.stage();
        app.robot.interact(() -> {
            main.setWidth(WindowPlacement.MIN_WIDTH);
            main.setHeight(WindowPlacement.MIN_HEIGHT);
        });
        for (List<KeyCode> keys : List.of(List.of(KeyCode.CONTROL, KeyCode.COMMA),
                List.of(KeyCode.CONTROL, KeyCode.N), List.of(KeyCode.CONTROL, KeyCode.F))) {
            app.robot.push(keys.toArray(KeyCode[]::new));
            AppDriver.waitUntil(() -> dialog(main) != null, "a dialog after " + keys);
            Window dialog = dialog(main);
            app.robot.interact(() -> { }); // the second fit runs on the next pulse
            Parent root = dialog.getScene().getRoot();
            double[] needed = new double[2];
            app.robot.interact(() -> {
                needed[0] = root.prefWidth(-1);
                needed[1] = root.prefHeight(needed[0]);
            });
            String what = keys + ": " + dialog.getScene().getWidth() + "x" + dialog.getScene().getHeight()
                    + " needs " + needed[0] + "x" + needed[1];
            assertTrue(dialog.getScene().getWidth() >= Math.min(needed[0], 1e4) - 1, what);
            assertTrue(dialog.getScene().getHeight() >= needed[1] - 1
                    || dialog.getHeight() >= javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 1, what);
            double dx = dialog.getX() + dialog.getWidth() / 2 - (main.getX() + main.getWidth() / 2);
            double dy = dialog.getY() + dialog.getHeight() / 2 - (main.getY() + main.getHeight() / 2);
            assertTrue(Math.abs(dx) <= 2, what + " not centred sideways: " + dx);
            assertTrue(Math.abs(dy) <= 2 || dialog.getY() <= 1, what + " not centred: " + dy);
            assertTrue(dialog.getScene().getRoot().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("app.css"))
                    || dialog.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("app.css")),
                    keys + ": the dialog has the window's stylesheet (focus rings, popups)");
            app.robot.push(KeyCode.ESCAPE);
            AppDriver.waitUntil(() -> dialog(main) == null, "the dialog to close after " + keys);
        }
    }

    private static Window dialog(Stage main) {
        return Window.getWindows().stream().filter(window -> window != main && window.isShowing()
                && window instanceof Stage).findFirst().orElse(null);
    }
}
