package org.netjournal.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where the user wants networking to take them (step 5), in their own words, and by when ({@code byWhen} may be
 * null: a goal without a date is a goal too).
 */
public record StrategyGoal(String text, LocalDate byWhen) {

    public static final StrategyGoal NONE = new StrategyGoal("", null);

    public StrategyGoal {
        text = Objects.requireNonNullElse(text, "");
    }

    /** A goal counts as written once it has words; a date alone is no goal. */
    public boolean isWritten() {
        return !text.isBlank();
    }

    public StrategyGoal withText(String newText) {
        return new StrategyGoal(newText, byWhen);
    }

    public StrategyGoal withByWhen(LocalDate newByWhen) {
        return new StrategyGoal(text, newByWhen);
    }
}
