package org.netjournal.ui.shared;

/** The stylesheet of the goals area and the home page (cards, goal bars, streak), on top of app.css. */
public final class WeekStyles {

    public static final String URL = WeekStyles.class.getResource("week.css").toExternalForm();

    private WeekStyles() {
    }
}
