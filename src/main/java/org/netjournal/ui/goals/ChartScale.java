package org.netjournal.ui.goals;

import javafx.util.StringConverter;

/** Axes for counts: whole numbers only, about five ticks, a little room above the highest bar. */
final class ChartScale {

    /** Tick labels without decimals (counts are whole numbers). */
    static final StringConverter<Number> WHOLE_NUMBERS = new StringConverter<>() {
        @Override
        public String toString(Number value) {
            return String.valueOf(Math.round(value.doubleValue()));
        }

        @Override
        public Number fromString(String text) {
            return Integer.valueOf(text.strip());
        }
    };

    private ChartScale() {
    }

    /** A whole tick unit giving at most about five ticks up to {@code highest}: 1, 2, 5, 10, 20, 50 … */
    static int tickUnit(int highest) {
        int unit = 1;
        while (highest / unit > 5) {
            if (String.valueOf(unit).startsWith("1")) {
                unit *= 2;
            } else if (String.valueOf(unit).startsWith("2")) {
                unit = unit / 2 * 5;
            } else {
                unit *= 2;
            }
        }
        return unit;
    }

    /** The top of the axis: the next tick above {@code highest}, at least one tick. */
    static int upperBound(int highest) {
        int unit = tickUnit(highest);
        return Math.max(unit, (highest / unit + 1) * unit);
    }
}
