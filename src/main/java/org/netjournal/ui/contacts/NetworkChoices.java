package org.netjournal.ui.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import org.netjournal.domain.Network;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.common.PickedChoices;
import org.netjournal.ui.models.MyNetworksModel;
import org.netjournal.ui.shared.ContactLabels;
import org.netjournal.ui.shared.networks.ChosenNetworksWatch;

/**
 * A network to pick in the contacts area (the list's filter, an interaction's network): the user's networks from
 * step 2 first, each marked "your network" as the session entry marks them, then all others, still reachable.
 * Follows the choice on step 2; a single chosen network is preset where the box is still empty.
 */
final class NetworkChoices {

    private NetworkChoices() {
    }

    /**
     * Fills {@code box} with {@code none} (the empty choice, said as {@code noneText}) and every network, the
     * user's first, now and whenever they change; the box keeps its value.
     *
     * @param presetSingle put the one chosen network into the box while it is empty (where one network fits)
     */
    static void follow(ComboBox<Network> box, MyNetworksModel networks, ContactLabels labels, String noneText,
                       boolean presetSingle) {
        Messages messages = labels.messages();
        Function<Network, String> text = network -> network == null ? noneText
                : networks.defaults().contains(network)
                        ? messages.format("contacts.yourNetwork", labels.network(network)) : labels.network(network);
        PickedChoices.show(box, text);
        ChosenNetworksWatch.attach(box, networks, chosen -> {
            Network value = box.getValue();
            List<Network> items = new ArrayList<>();
            items.add(null);
            items.addAll(networks.ordered());
            box.getItems().setAll(items);
            box.setValue(value == null && presetSingle ? single(networks) : value);
        });
    }

    /** The one chosen network when there is exactly one, else null: what a new entry starts with. */
    static Network single(MyNetworksModel networks) {
        Set<Network> mine = networks.defaults();
        return mine.size() == 1 ? mine.iterator().next() : null;
    }
}
