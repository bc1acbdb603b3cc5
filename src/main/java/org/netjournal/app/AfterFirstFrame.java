package org.netjournal.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work once the window's first frame is on the screen. Whatever a user does not see in that frame (the daily
 * backup, the integrity check, loading every contact) waits for it, so a big journal does not delay the window.
 */
final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    /** Runs {@code action} on the FX thread right after the pulse that lays out and renders {@code scene} first. */
    static void run(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // the frame of this pulse is rendered right after layout; act on the next turn of the loop
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
