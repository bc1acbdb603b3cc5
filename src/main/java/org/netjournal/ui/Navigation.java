package org.netjournal.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one shared selection: the navigator writes it, editors read it. Areas move to each other only through it, so
 * that no area needs to know another (ArchitectureTest); the same holds for the one dialog any area may start, the
 * new session entry (Ctrl+N).
 */
public final class Navigation {

    private final ObjectProperty<Destination> selected = new SimpleObjectProperty<>(new Destination.Home());
    private Runnable newSessionEntry = () -> { };

    public ReadOnlyObjectProperty<Destination> selectedProperty() {
        return selected;
    }

    public Destination selected() {
        return selected.get();
    }

    public void go(Destination destination) {
        selected.set(destination);
    }

    /** The window says how a new session entry opens (the journal's dialog). */
    public void onNewSessionEntry(Runnable opener) {
        newSessionEntry = opener;
    }

    /** Opens a new session entry, as Ctrl+N does. */
    public void newSessionEntry() {
        newSessionEntry.run();
    }
}
