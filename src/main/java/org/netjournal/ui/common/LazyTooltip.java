package org.netjournal.ui.common;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters its node. Each {@link Tooltip} is a popup window with its own
 * scene, styled on the first CSS pass: on the rows and buttons of the first page they cost the start time for
 * something only a hover shows.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    /** Shows {@code text} (read at each hover; none when it gives null or "") as {@code node}'s tooltip. */
    public static void install(Node node, Supplier<String> text) {
        Tooltip[] installed = new Tooltip[1];
        // entered comes before the moves that start the tooltip's timer, so the first hover shows it as usual
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
            String now = text.get();
            if (now == null || now.isEmpty()) {
                if (installed[0] != null) {
                    Tooltip.uninstall(node, installed[0]);
                    installed[0] = null;
                }
            } else if (installed[0] == null) {
                installed[0] = new Tooltip(now);
                Tooltip.install(node, installed[0]);
            } else {
                installed[0].setText(now);
            }
        });
    }
}
