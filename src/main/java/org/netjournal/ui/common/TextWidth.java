package org.netjournal.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** How wide a text is drawn in a font: what table columns and combo boxes size themselves from. */
final class TextWidth {

    private TextWidth() {
    }

    static double of(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
