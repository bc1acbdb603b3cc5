package org.netjournal.ui.shared.networks;

import org.netjournal.ui.models.MyNetworksModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.layout.Region;
import org.netjournal.domain.MyNetwork;

/**
 * Rebuilds a section's editors (or a list of networks to pick from) when a network is chosen, un-chosen, added or
 * renamed, and never while the user types a why or a link (that would take the caret away). Step pages are rebuilt each time they are shown, so
 * the watch listens weakly and is held by the section's root: it goes away with the page.
 */
public final class ChosenNetworksWatch {

    private final MyNetworksModel model;
    private final Consumer<List<MyNetwork>> rebuild;
    private List<String> shown;
    private final InvalidationListener changed = observable -> check();

    private ChosenNetworksWatch(MyNetworksModel model, Consumer<List<MyNetwork>> rebuild) {
        this.model = model;
        this.rebuild = rebuild;
    }

    /** Calls {@code rebuild} with the chosen networks now and whenever they change, while {@code owner} lives. */
    public static void attach(Region owner, MyNetworksModel model, Consumer<List<MyNetwork>> rebuild) {
        ChosenNetworksWatch watch = new ChosenNetworksWatch(model, rebuild);
        owner.getProperties().put(ChosenNetworksWatch.class, watch);
        WeakInvalidationListener weak = new WeakInvalidationListener(watch.changed);
        model.all().addListener(weak);
        model.loadedProperty().addListener(weak);
        watch.check();
    }

    private void check() {
        // ids, chosen flags and names decide which editors are shown; typed text does not
        List<String> shape = model.all().stream().map(n -> n.id() + (n.chosen() ? "+" : "-") + n.customName())
                .toList();
        if (shape.equals(shown)) {
            return;
        }
        shown = shape;
        rebuild.accept(model.all().stream().filter(MyNetwork::chosen).toList());
    }
}
