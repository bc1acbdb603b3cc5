package org.netjournal.ui.navigator;

import javafx.beans.value.ObservableValue;
import org.kordamp.ikonli.Ikon;
import org.netjournal.ui.Destination;

/**
 * One working area in the navigator (journal, contacts, due, goals, drafts …): its label key, icon, where it
 * leads and an optional count shown as a badge (hidden at zero).
 */
public record AreaEntry(String titleKey, Ikon icon, Destination destination, ObservableValue<Number> badge) {

    public AreaEntry(String titleKey, Ikon icon, Destination destination) {
        this(titleKey, icon, destination, null);
    }
}
