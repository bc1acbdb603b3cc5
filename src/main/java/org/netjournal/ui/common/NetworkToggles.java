package org.netjournal.ui.common;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.ToggleButton;
import org.netjournal.domain.Network;

/** A row of network toggle buttons (session entry, post planner) read as the set of networks ticked. */
public final class NetworkToggles {

    private NetworkToggles() {
    }

    /** The networks whose toggle is selected, in {@link Network} order. */
    public static Set<Network> chosen(Map<Network, ToggleButton> toggles) {
        Set<Network> chosen = EnumSet.noneOf(Network.class);
        toggles.forEach((network, toggle) -> {
            if (toggle.isSelected()) {
                chosen.add(network);
            }
        });
        return chosen;
    }
}
