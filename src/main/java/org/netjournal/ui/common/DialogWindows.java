package org.netjournal.ui.common;

import java.util.Locale;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * The one way every dialog and extra window of the app is owned, styled and placed: it opens at least at its
 * preferred size, centred on the window it belongs to, with the window's stylesheets and text size.
 *
 * <p>Why this is needed: JavaFX sizes a dialog's window from its content before that content has its CSS (fonts,
 * paddings) and before the window manager has mapped the window. Under a real window manager on Linux the first
 * dialog of a run then opened at GTK's default 200×200, placed at the screen's corner. Here the size is measured
 * once the window is shown (the scene laid out with its CSS), the window grown to it and its minimum size set, so a
 * later configure by the window manager cannot shrink it again; this is repeated on the next pulse, after the
 * window manager answered, and the window is centred again whenever its size arrives.
 */
public final class DialogWindows {

    private static final Logger LOG = Logger.getLogger(DialogWindows.class.getName());

    private DialogWindows() {
    }

    /** Owns {@code dialog} by {@code owner} (may be null: then centred on the primary screen) and places it. */
    public static void prepare(Dialog<?> dialog, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
            inheritLooks(dialog.getDialogPane(), owner);
        }
        // a fixed-size dialog gets no size hints the window manager honours on GTK (JDK-8198761)
        dialog.setResizable(true);
        // the pane fills its window: a window grown past the pane's own width showed the scene's white beside it
        dialog.getDialogPane().setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        dialog.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                fitAndCentre(dialog.getDialogPane().getScene().getWindow(), dialog.getDialogPane(), owner);
            }
        });
    }

    /** The same for a window of our own (welcome, search): call before its first {@code show()}. */
    public static void prepare(Stage stage, Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
            if (owner != null && stage.getScene() != null) {
                inheritLooks(stage.getScene().getRoot(), owner);
            }
            fitAndCentre(stage, stage.getScene() == null ? null : stage.getScene().getRoot(), owner);
        });
    }

    /** The owner's stylesheets (app.css) and its root's text size (View → Zoom). */
    private static void inheritLooks(Parent root, Window owner) {
        Scene ownerScene = owner.getScene();
        if (ownerScene == null) {
            return;
        }
        for (String sheet : ownerScene.getStylesheets()) {
            if (!root.getStylesheets().contains(sheet)) {
                root.getStylesheets().add(0, sheet);
            }
        }
        if (ownerScene.getRoot() != null) {
            root.setStyle(ownerScene.getRoot().getStyle());
        }
    }

    /** {@code content}: what must be shown whole (a dialog's pane, a window's root). */
    private static void fitAndCentre(Window window, Parent content, Window owner) {
        if (content == null) {
            return;
        }
        fit(window, content, owner, true);
        // the new size arrives from the window manager later: centre again whenever it does, for the first second
        InvalidationListener recentre = resized -> centre(window, owner, screenOf(
                owner != null && owner.isShowing() ? owner : window));
        window.widthProperty().addListener(recentre);
        window.heightProperty().addListener(recentre);
        PauseTransition settled = new PauseTransition(Duration.seconds(1));
        settled.setOnFinished(done -> {
            window.widthProperty().removeListener(recentre);
            window.heightProperty().removeListener(recentre);
        });
        settled.play();
        // the window manager answers the first size with a configure of its own: check once more after it
        Platform.runLater(() -> {
            double[] needed = fit(window, content, owner, true);
            // what .ci/package's dialog check compares with the size the window manager really gave the window
            Scene scene = window.getScene();
            if (needed != null && scene != null) {
                LOG.info(() -> String.format(Locale.ROOT,
                        "Dialog %s: content %.0fx%.0f, needs %.0fx%.0f, window at %.0f,%.0f size %.0fx%.0f",
                        nameOf(window), scene.getWidth(), scene.getHeight(), needed[0], needed[1],
                        window.getX(), window.getY(), window.getWidth(), window.getHeight()));
            }
        });
    }

    private static String nameOf(Window window) {
        Parent root = window.getScene() == null ? null : window.getScene().getRoot();
        if (root != null && root.getId() != null) {
            return root.getId();
        }
        return window instanceof Stage stage && stage.getTitle() != null ? stage.getTitle() : "(untitled)";
    }

    /** Grows the window to its content's preferred size (within the screen); returns that size, or null. */
    private static double[] fit(Window window, Parent root, Window owner, boolean centre) {
        Scene scene = window.getScene();
        if (scene == null || scene.getRoot() == null || !window.isShowing()) {
            return null;
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Rectangle2D screen = screenOf(owner != null && owner.isShowing() ? owner : window);
        double frameWidth = Math.max(0, window.getWidth() - scene.getWidth());
        double frameHeight = Math.max(0, window.getHeight() - scene.getHeight());
        double prefWidth = Math.ceil(Math.max(root.prefWidth(-1), root.minWidth(-1)));
        double prefHeight = Math.ceil(Math.max(root.prefHeight(prefWidth), root.minHeight(prefWidth)));
        double width = Math.min(prefWidth + frameWidth, screen.getWidth());
        double height = Math.min(prefHeight + frameHeight, screen.getHeight());
        if (window instanceof Stage stage) {
            stage.setMinWidth(width); // size hints: the window manager keeps the window at least this big
            stage.setMinHeight(height);
        }
        boolean grown = false;
        if (window.getWidth() < width - 0.5) {
            window.setWidth(width);
            grown = true;
        }
        if (window.getHeight() < height - 0.5) {
            window.setHeight(height);
            grown = true;
        }
        // the first fit did not know the window manager's frame yet: a window taller or wider than the screen with
        // its frame goes back inside it, so its title bar and its buttons are in view (the content scrolls or gives way)
        if (window.getHeight() > screen.getHeight() + 0.5) {
            window.setHeight(screen.getHeight());
            grown = true;
        }
        if (window.getWidth() > screen.getWidth() + 0.5) {
            window.setWidth(screen.getWidth());
            grown = true;
        }
        // where the pane does not cover its window, the window shows the pane's own colour, not white
        if (root instanceof Region pane && pane.getBackground() != null
                && !pane.getBackground().getFills().isEmpty()) {
            var fills = pane.getBackground().getFills();
            scene.setFill(fills.get(fills.size() - 1).getFill());
        }
        if (centre || grown) {
            centre(window, owner, screen);
        }
        return new double[] {prefWidth, prefHeight};
    }

    private static void centre(Window window, Window owner, Rectangle2D screen) {
        double x;
        double y;
        if (owner != null && owner.isShowing()) {
            x = owner.getX() + (owner.getWidth() - window.getWidth()) / 2;
            y = owner.getY() + (owner.getHeight() - window.getHeight()) / 2;
        } else {
            x = screen.getMinX() + (screen.getWidth() - window.getWidth()) / 2;
            y = screen.getMinY() + (screen.getHeight() - window.getHeight()) / 2;
        }
        // never off the screen: the title bar stays reachable
        window.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - window.getWidth())));
        window.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - window.getHeight())));
    }

    private static Rectangle2D screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(),
                Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
