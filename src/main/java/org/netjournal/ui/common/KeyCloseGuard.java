package org.netjournal.ui.common;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Works around a JavaFX crash on Linux (JDK-8301219, fixed in JavaFX 22, present in the 21 we ship): when a window
 * closes while its key-pressed event is being handled, GTK goes on to deliver the same key stroke (key-typed, input
 * method) to the window that was just freed, and the JVM may die with SIGSEGV in {@code process_key}. Seen here once
 * when Enter opened a search hit. Enter and Esc are the keys that close our dialogs, the search box, the welcome
 * and JavaFX's own alerts; in every window but the main one this guard holds such a key press back and delivers an
 * exact copy right after the native event is finished, so whatever the key closes, closes outside of it.
 */
public final class KeyCloseGuard {

    private static final Object GUARDED = new Object();
    /** Marks a window while a held-back key is delivered to it (per window: that key may open another dialog). */
    private static final Object REPLAYING = new Object();

    private KeyCloseGuard() {
    }

    /** Guards every window opened from now on, except {@code mainWindow} (it never closes on Enter or Esc). */
    public static void install(Window mainWindow) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window != mainWindow) {
                        guard(window);
                    }
                }
            }
        });
    }

    static void guard(Window window) {
        if (window.getProperties().putIfAbsent(GUARDED, Boolean.TRUE) != null) {
            return;
        }
        window.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (window.getProperties().containsKey(REPLAYING)
                    || (event.getCode() != KeyCode.ENTER && event.getCode() != KeyCode.ESCAPE)) {
                return;
            }
            event.consume();
            EventTarget target = event.getTarget();
            KeyEvent copy = event.copyFor(event.getSource(), target);
            Platform.runLater(() -> {
                if (!window.isShowing()) {
                    return;
                }
                window.getProperties().put(REPLAYING, Boolean.TRUE);
                try {
                    Event.fireEvent(target, copy);
                } finally {
                    window.getProperties().remove(REPLAYING);
                }
            });
        });
    }
}
