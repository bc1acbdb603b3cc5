package org.netjournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Enter and Esc reach a guarded window's handlers once, after the key event that carried them has ended. */
class KeyCloseGuardTest {

    private Stage dialog;
    private TextField field;
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            field = new TextField();
            dialog = new Stage();
            dialog.setScene(new Scene(new StackPane(field), 200, 100));
            KeyCloseGuard.guard(dialog);
            dialog.getScene().setOnKeyPressed(event -> {
                seen.add(event.getCode().getName());
                if (event.getCode() == KeyCode.ESCAPE) {
                    dialog.close(); // what our dialogs do on Esc
                }
            });
            dialog.show();
            field.requestFocus();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> dialog.close());
    }

    @Test
    void escClosesTheWindowOnlyAfterItsKeyEventIsOver() throws Exception {
        AtomicReference<Boolean> showingRightAfterTheEvent = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Event.fireEvent(field, key(KeyCode.ESCAPE));
            showingRightAfterTheEvent.set(dialog.isShowing()); // still inside the (simulated) native key event
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(showingRightAfterTheEvent.get(), "closed while the key event was still being handled");
        assertFalse(dialog.isShowing());
        assertEquals(List.of("Esc"), seen, "delivered exactly once");
    }

    @Test
    void otherKeysAreNotHeldBack() throws Exception {
        List<KeyCode> atField = new ArrayList<>();
        AtomicReference<List<KeyCode>> seenRightAway = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            field.addEventFilter(KeyEvent.KEY_PRESSED, event -> atField.add(event.getCode()));
            Event.fireEvent(field, key(KeyCode.A));
            seenRightAway.set(List.copyOf(atField));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(KeyCode.A), seenRightAway.get());
        assertEquals(List.of(KeyCode.A), atField);
    }

    @Test
    void enterArrivesOnceAtTheFocusedField() throws Exception {
        List<Object> targets = new ArrayList<>();
        FxToolkit.setupFixture(() -> field.addEventHandler(KeyEvent.KEY_PRESSED, event -> targets.add(event.getTarget())));
        FxToolkit.setupFixture(() -> Event.fireEvent(field, key(KeyCode.ENTER)));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(field), targets);
        assertEquals(List.of("Enter"), seen);
    }

    @Test
    void aWindowOpenedByAHeldBackKeyIsGuardedToo() throws Exception {
        // e.g. Esc in the session dialog asks "Discard?" in a second dialog, answered with Enter
        List<String> inSecond = new ArrayList<>();
        AtomicReference<Boolean> secondGotItRightAway = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            TextField answer = new TextField();
            Stage second = new Stage();
            second.setScene(new Scene(new StackPane(answer), 200, 100));
            KeyCloseGuard.guard(second);
            second.getScene().setOnKeyPressed(event -> {
                inSecond.add(event.getCode().getName());
                second.close();
            });
            dialog.getScene().setOnKeyPressed(event -> {
                second.show();
                Event.fireEvent(answer, key(KeyCode.ENTER)); // arrives while the first window's Esc is delivered
                secondGotItRightAway.set(!inSecond.isEmpty());
            });
            Event.fireEvent(field, key(KeyCode.ESCAPE));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(secondGotItRightAway.get(), "the second window closed inside its own key event");
        assertEquals(List.of("Enter"), inSecond);
    }

    private static KeyEvent key(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }
}
