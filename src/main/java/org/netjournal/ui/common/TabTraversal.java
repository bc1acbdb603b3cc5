package org.netjournal.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Makes Tab leave a text area instead of inserting a tab character, so every control stays reachable
 * with the keyboard. JavaFX 21 has no public focus-traversal API; its text area moves focus on Ctrl+Tab,
 * so a plain Tab is re-sent as Ctrl+Tab.
 */
public final class TabTraversal {

    private TabTraversal() {
    }

    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()
                    && !event.isMetaDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(),
                        event.getCharacter(), event.getText(), event.getCode(), event.isShiftDown(), true,
                        false, false));
            }
        });
    }
}
