package org.netjournal.domain;

import java.util.List;

/**
 * The user's run of met weeks, as {@link StreakCalculator} defines it.
 *
 * @param count           met weeks in the streak (shielded weeks are not counted)
 * @param shieldAvailable whether the current week could end unmet without breaking the streak: there is a
 *                        streak and none of the three weeks before the current one was a shielded miss
 * @param shieldedWeeks   the missed weeks inside the streak that the shield forgave, newest first
 * @param currentWeekMet  whether the current week is already met (and so counted)
 */
public record Streak(int count, boolean shieldAvailable, List<Week> shieldedWeeks, boolean currentWeekMet) {

    public static final Streak NONE = new Streak(0, false, List.of(), false);

    public Streak {
        shieldedWeeks = List.copyOf(shieldedWeeks);
    }

    public boolean isActive() {
        return count > 0;
    }
}
