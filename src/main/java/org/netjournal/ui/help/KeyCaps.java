package org.netjournal.ui.help;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.netjournal.i18n.Messages;

/**
 * Keys drawn as key caps ("[Ctrl] + [N]"), named as they are printed on the user's keyboard: "Strg" and "Entf"
 * on a German one, ⌘ for the shortcut key on a Mac (JavaFX's SHORTCUT modifier, which the menus use).
 */
final class KeyCaps {

    private final Messages messages;
    private final boolean mac;

    KeyCaps(Messages messages, String osName) {
        this.messages = messages;
        this.mac = osName.toLowerCase(Locale.ROOT).contains("mac");
    }

    /** The shortcut modifier: Ctrl (Strg), or ⌘ on a Mac. */
    String shortcut() {
        return mac ? "\u2318" : messages.get("help.key.ctrl");
    }

    String shift() {
        return messages.get("help.key.shift");
    }

    /** One combination pressed together, e.g. {@code combination(shortcut(), "N")}. */
    HBox combination(String... keys) {
        HBox box = new HBox(3);
        box.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                Label plus = new Label("+");
                plus.getStyleClass().add("key-plus");
                box.getChildren().add(plus);
            }
            Label cap = new Label(keys[i]);
            cap.getStyleClass().add("key-cap");
            box.getChildren().add(cap);
        }
        return box;
    }

    /** Several combinations that do the same, e.g. "[Ctrl]+[1] … [Ctrl]+[7]"; {@code joiner} goes between them. */
    HBox alternatives(String joiner, List<HBox> combinations) {
        HBox box = new HBox(6);
        box.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < combinations.size(); i++) {
            if (i > 0) {
                Label between = new Label(joiner);
                between.getStyleClass().add("key-plus");
                box.getChildren().add(between);
            }
            box.getChildren().add(combinations.get(i));
        }
        return box;
    }
}
