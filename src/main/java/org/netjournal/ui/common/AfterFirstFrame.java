package org.netjournal.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs work once a window's first frame is on the screen. Whatever a user does not see in that frame (the daily
 * backup, the integrity check, loading every contact, the home page's cards) waits for it, so neither a big journal
 * nor a full page delays the window.
 */
public final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    /** Runs {@code action} on the FX thread right after the next pulse that lays out and renders {@code scene}. */
    public static void run(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // the frame of this pulse is rendered right after layout; act on the next turn of the loop
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * Runs {@code action} right after the first frame that shows {@code node}: at once a pulse later when it is in a
     * scene already, else after its scene's next pulse once it has one.
     */
    public static void runWhenShown(Node node, Runnable action) {
        if (node.getScene() != null) {
            run(node.getScene(), action);
            return;
        }
        ChangeListener<Scene> waiting = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> property, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    run(scene, action);
                }
            }
        };
        node.sceneProperty().addListener(waiting);
    }
}
