package org.netjournal.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Streaks of met weeks with the shield rule of the design ("one rest week in any 4 does not break it").
 *
 * <p>Precisely, walking back from the current week:
 * <ol>
 * <li>The current week counts when it is already met. While it is running and unmet it is neutral: it never
 *     breaks the streak and never uses the shield.</li>
 * <li>Each earlier met week adds one.</li>
 * <li>A missed week is <em>shielded</em> when no other shielded week lies within the three weeks after it, so
 *     that any four consecutive weeks hold at most one shielded week. A shielded week adds nothing and does
 *     not break the streak. A missed week that cannot be shielded ends the streak (it is not part of it).</li>
 * <li>A week with no goals ({@link WeekStatus#NO_GOALS}, before the first goal existed) ends the walk.</li>
 * <li>Missed weeks at the old end of the streak, with no met week before them, are not part of it (they are
 *     not reported as shielded).</li>
 * </ol>
 * So "met, missed, met, met" is a streak of 3 with one shielded week; "met, missed, met, missed" breaks at
 * the newer miss (two misses within four weeks); "missed, missed" breaks at once.
 */
public final class StreakCalculator {

    /** Weeks after which the walk stops regardless (about a century). */
    static final int MAX_WEEKS = 5_300;

    /** The window of the shield: at most one shielded week in any this many consecutive weeks. */
    public static final int SHIELD_WINDOW_WEEKS = 4;

    private StreakCalculator() {
    }

    /** The streak ending at {@code current} (the week that is running now). */
    public static Streak streak(Function<Week, WeekStatus> status, Week current) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(current, "current");
        boolean currentMet = status.apply(current) == WeekStatus.MET;
        int count = currentMet ? 1 : 0;
        List<Week> shielded = new ArrayList<>();
        List<Week> tentative = new ArrayList<>(); // misses not (yet) followed by an older met week
        Week lastShielded = null;
        Week week = current.previous();
        for (int i = 0; i < MAX_WEEKS; i++, week = week.previous()) {
            WeekStatus weekStatus = status.apply(week);
            if (weekStatus == WeekStatus.NO_GOALS) {
                break;
            }
            if (weekStatus == WeekStatus.MET) {
                count++;
                shielded.addAll(tentative);
                tentative.clear();
                continue;
            }
            if (lastShielded != null && weeksBetween(week, lastShielded) < SHIELD_WINDOW_WEEKS) {
                break;
            }
            lastShielded = week;
            tentative.add(week);
        }
        boolean recentShield = false;
        for (Week miss : shielded) {
            if (weeksBetween(miss, current) < SHIELD_WINDOW_WEEKS) {
                recentShield = true;
            }
        }
        return new Streak(count, count > 0 && !recentShield, shielded, currentMet);
    }

    /** The streak of the statuses in {@code weeks} (any order); weeks not listed count as having no goals. */
    public static Streak streak(List<WeekProgress> weeks, Week current) {
        Map<Week, WeekStatus> byWeek = new HashMap<>();
        for (WeekProgress progress : weeks) {
            byWeek.put(progress.week(), progress.status());
        }
        return streak(week -> byWeek.getOrDefault(week, WeekStatus.NO_GOALS), current);
    }

    private static long weeksBetween(Week older, Week newer) {
        return ChronoUnit.WEEKS.between(older.start(), newer.start());
    }
}
