package org.netjournal.ui;

import javafx.scene.layout.Region;

/** The editor for one working area (home, journal, contacts, goals, drafts …) on the right of the window. */
public interface AreaPage {

    Region root();

    /** Called each time the page is shown for {@code destination} (e.g. to refresh "today"). */
    default void shown(Destination destination) {
    }

    /** Saves whatever is being typed (on switching away and on quit). */
    default void flush() {
    }

    /** True when typed input could not be saved (e.g. a form with a marked field): quitting would lose it. */
    default boolean hasUnsavedInput() {
        return false;
    }
}
