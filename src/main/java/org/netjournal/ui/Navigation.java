package org.netjournal.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The one shared selection: the navigator writes it, editors read it. */
public final class Navigation {

    private final ObjectProperty<Destination> selected = new SimpleObjectProperty<>(new Destination.Home());

    public ReadOnlyObjectProperty<Destination> selectedProperty() {
        return selected;
    }

    public Destination selected() {
        return selected.get();
    }

    public void go(Destination destination) {
        selected.set(destination);
    }
}
