package org.netjournal.domain;

import java.time.DayOfWeek;
import java.util.Locale;

/**
 * The user's first day of the week, kept in the settings under {@link #SETTING_KEY} as the lower-case
 * English day name ({@code monday} … {@code sunday}). Monday (ISO) unless the user picks another day.
 */
public final class WeekStart {

    public static final String SETTING_KEY = "week.start";
    public static final DayOfWeek DEFAULT = DayOfWeek.MONDAY;

    private WeekStart() {
    }

    /** The stored form of {@code day}. */
    public static String code(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    /** Reads a stored value; anything missing or unknown is {@link #DEFAULT}. */
    public static DayOfWeek parse(String code) {
        if (code != null) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().equalsIgnoreCase(code.strip())) {
                    return day;
                }
            }
        }
        return DEFAULT;
    }
}
