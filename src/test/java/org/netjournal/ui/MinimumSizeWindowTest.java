package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the smallest window (960×600) every area shows all of itself, in English and in German: no node reaches out
 * of the window or out of the pane that shows it, no text is cut short, and nothing scrolls sideways.
 */
class MinimumSizeWindowTest extends WindowTest {

    @ParameterizedTest
    @ValueSource(strings = {"English", "Deutsch"})
    void everyAreaFitsTheSmallestWindow(String language) throws Exception {
        app = new AppDriver(dataDir).start();
        app.useLanguage(language);
        Stage stage = app.stage();
        app.resizeTo(WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT);
        assertEquals(WindowPlacement.MIN_WIDTH, stage.getMinWidth());
        assertEquals(WindowPlacement.MIN_HEIGHT, stage.getMinHeight());

        // every entry of the Go menu (the seven steps and every area), then Help
        List<MenuItem> places = new ArrayList<>();
        app.robot.interact(() -> {
            places.addAll(menuItems(1).stream().filter(item -> !(item instanceof SeparatorMenuItem)).toList());
            places.add(menuItems(3).get(0));
        });
        assertEquals(7 + 6 + 1, places.size());
        List<String> problems = new ArrayList<>();
        for (MenuItem place : places) {
            app.robot.interact(place::fire);
            app.robot.interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            app.robot.interact(() -> collectProblems(stage.getScene(), place.getText(), problems));
        }
        assertTrue(problems.isEmpty(), language + ":\n" + String.join("\n", problems));
    }

    /** The items of the menu bar's {@code index}th menu (File, Go, View, Help). */
    private List<MenuItem> menuItems(int index) {
        MenuBar bar = app.find(".menu-bar");
        return bar.getMenus().get(index).getItems();
    }

    private static void collectProblems(Scene scene, String area, List<String> problems) {
        Bounds window = new javafx.geometry.BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        visit(scene.getRoot(), window, area, problems);
    }

    /** {@code frame}: the scene area the node is shown in (the window, or the viewport of a scrolling pane). */
    private static void visit(Node node, Bounds frame, String area, List<String> problems) {
        if (!node.isVisible() || node.getOpacity() == 0 || node instanceof ScrollBar || node instanceof StatusBar) {
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getWidth() > 0 && bounds.getHeight() > 0) {
            // horizontally every node stays inside; vertically a scrolling pane may hold it out of view
            boolean sideways = bounds.getMinX() < frame.getMinX() - 1 || bounds.getMaxX() > frame.getMaxX() + 1;
            boolean below = frame.getMinY() == 0 && (bounds.getMaxY() > frame.getMaxY() + 1 || bounds.getMinY() < -1);
            if (sideways || below) {
                problems.add(area + ": " + describe(node) + " at " + round(bounds) + " outside " + round(frame));
                return; // its children would repeat it
            }
        }
        if (node instanceof Labeled labeled && !(node instanceof Cell<?>) && labeled.getText() != null
                && !labeled.getText().isEmpty() && !labeled.isWrapText() && labeled.getGraphic() != node) {
            Node shown = labeled.lookup(".text");
            if (shown instanceof Text text && !text.getText().equals(labeled.getText())
                    && text.getText().endsWith("…") && !labeled.getText().endsWith("…")) {
                problems.add(area + ": " + describe(node) + " cut short to \"" + text.getText() + "\"");
            }
        }
        if (node instanceof ScrollPane scroll) {
            ScrollBar horizontal = scrollBar(scroll, javafx.geometry.Orientation.HORIZONTAL);
            if (horizontal != null && horizontal.isVisible() && horizontal.getVisibleAmount() < horizontal.getMax()) {
                problems.add(area + ": " + describe(node) + " scrolls sideways");
            }
        }
        if (node instanceof Parent parent) {
            Bounds inner = frame;
            if (node instanceof ScrollPane || node instanceof VirtualFlow<?>) {
                inner = node.localToScene(node.getLayoutBounds());
                inner = new javafx.geometry.BoundingBox(inner.getMinX(), inner.getMinY() - 1e6, inner.getWidth(),
                        inner.getHeight() + 2e6); // rows and content may be scrolled vertically out of view
            }
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, inner, area, problems);
            }
        }
    }

    private static ScrollBar scrollBar(ScrollPane scroll, javafx.geometry.Orientation orientation) {
        for (Node child : scroll.getChildrenUnmodifiable()) { // the skin's own bars, not those of its content
            if (child instanceof ScrollBar bar && bar.getOrientation() == orientation) {
                return bar;
            }
        }
        return null;
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + node.getStyleClass() + text;
    }

    private static String round(Bounds b) {
        return String.format(Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight());
    }
}
