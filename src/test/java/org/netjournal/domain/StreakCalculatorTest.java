package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Streaks and the shield. Histories are written oldest first as a string, one letter per week, the last
 * letter being the current week: M met, x missed, '-' no goals yet. Weeks before the string have no goals.
 */
class StreakCalculatorTest {

    private static final Week CURRENT = Week.of(LocalDate.of(2026, 11, 30), DayOfWeek.MONDAY);

    private static Streak streak(String history) {
        return streak(history, CURRENT);
    }

    private static Streak streak(String history, Week current) {
        Map<Week, WeekStatus> statuses = new HashMap<>();
        for (int i = 0; i < history.length(); i++) {
            Week week = current.plusWeeks(-(history.length() - 1 - i));
            statuses.put(week, switch (history.charAt(i)) {
                case 'M' -> WeekStatus.MET;
                case 'x' -> WeekStatus.MISSED;
                default -> WeekStatus.NO_GOALS;
            });
        }
        return StreakCalculator.streak(week -> statuses.getOrDefault(week, WeekStatus.NO_GOALS), current);
    }

    private static Week weeksAgo(int weeks) {
        return CURRENT.plusWeeks(-weeks);
    }

    @Test
    void noGoalsNoStreak() {
        assertEquals(0, streak("").count());
        assertEquals(0, streak("----").count());
        assertFalse(streak("").shieldAvailable());
        assertFalse(streak("").isActive());
    }

    @Test
    void plainRunsOfMetWeeks() {
        assertEquals(4, streak("MMMM").count());
        assertTrue(streak("MMMM").currentWeekMet());
        assertEquals(List.of(), streak("MMMM").shieldedWeeks());
        assertEquals(3, streak("xxMMM").count());
        assertEquals(2, streak("MM-MM").count(), "a week without goals ends the walk");
    }

    @Test
    void theRunningWeekCountsOnlyWhenMetAndNeverBreaks() {
        Streak unmet = streak("MMMx");
        assertEquals(3, unmet.count());
        assertFalse(unmet.currentWeekMet());
        assertEquals(List.of(), unmet.shieldedWeeks(), "the running week is not a shielded miss");
        assertTrue(unmet.shieldAvailable());
        assertEquals(4, streak("MMMM").count());
        assertEquals(0, streak("x").count());
        assertEquals(1, streak("M").count());
    }

    @Test
    void oneMissedWeekIsShielded() {
        Streak streak = streak("MMxMM");
        assertEquals(4, streak.count(), "the shielded week adds nothing");
        assertEquals(List.of(weeksAgo(2)), streak.shieldedWeeks());
        assertFalse(streak.shieldAvailable(), "the shield was used two weeks ago");
    }

    @Test
    void theLastCompletedWeekMissedIsShieldedWhileTheCurrentWeekRuns() {
        Streak streak = streak("MMMxx");
        assertEquals(3, streak.count());
        assertEquals(List.of(weeksAgo(1)), streak.shieldedWeeks());
        assertFalse(streak.shieldAvailable(), "a second miss now would break it");
    }

    @Test
    void twoMissesWithinFourWeeksBreak() {
        // the newer miss is shielded, the older one (too close to it) is where the streak broke
        assertEquals(2, streak("MMxMxM").count(), "misses 2 weeks apart");
        assertEquals(List.of(weeksAgo(1)), streak("MMxMxM").shieldedWeeks());
        assertEquals(3, streak("MMxMMxM").count(), "misses 3 weeks apart still break (4-week window)");
        assertEquals(0, streak("MMMxxx").count(), "two misses in a row break at once");
        assertEquals(List.of(), streak("MMMxxx").shieldedWeeks());
        assertEquals(1, streak("MMMxxM").count());
    }

    @Test
    void missesFourWeeksApartAreBothShielded() {
        Streak streak = streak("MMxMMMxMM");
        assertEquals(7, streak.count());
        assertEquals(List.of(weeksAgo(2), weeksAgo(6)), streak.shieldedWeeks(), "newest first");
        // one every four weeks, forever
        Streak regular = streak("MxMMMxMMMxM");
        assertEquals(8, regular.count());
        assertEquals(3, regular.shieldedWeeks().size());
    }

    @Test
    void aMissAtTheOldEndIsNotPartOfTheStreak() {
        Streak streak = streak("xMM");
        assertEquals(2, streak.count());
        assertEquals(List.of(), streak.shieldedWeeks());
        assertEquals(0, streak("-xx").count());
        assertEquals(List.of(), streak("-xx").shieldedWeeks());
    }

    @Test
    void shieldAvailabilityLooksAtTheThreeWeeksBeforeTheCurrentOne() {
        assertTrue(streak("MxMMMM").shieldAvailable(), "the shielded week is 4 weeks ago");
        assertFalse(streak("MMxMMM").shieldAvailable(), "3 weeks ago");
        assertFalse(streak("xxxxx").shieldAvailable(), "no streak to protect");
        assertTrue(streak("Mx").shieldAvailable(), "a fresh streak has its shield");
    }

    @Test
    void streaksRunAcrossIsoWeek53AndTheYearBoundary() {
        Week w53 = Week.of(LocalDate.of(2026, 12, 31), DayOfWeek.MONDAY);
        assertEquals("2026-W53", w53.label());
        Week current = w53.plusWeeks(2); // 2027-W02
        assertEquals("2027-W02", current.label());
        // 2026-W51 .. 2027-W02: met, met (W52), missed (W53), met (W01), met (W02)
        Streak streak = streak("MMxMM", current);
        assertEquals(4, streak.count());
        assertEquals(List.of(w53), streak.shieldedWeeks());
    }

    @Test
    void theWalkEndsEvenIfEveryWeekIsMet() {
        Streak streak = StreakCalculator.streak(week -> WeekStatus.MET, CURRENT);
        assertEquals(StreakCalculator.MAX_WEEKS + 1, streak.count());
    }

    /**
     * Random histories against the rules stated independently of the walk: the streak is a block of weeks ending
     * at the current one in which every week is met or shielded, shielded weeks are at least four weeks apart,
     * the count is the number of met weeks, and the block could not reach one more met week.
     */
    @Test
    void randomHistoriesObeyTheRules() {
        java.util.Random random = new java.util.Random(20261129);
        for (int run = 0; run < 5_000; run++) {
            int length = 1 + random.nextInt(24);
            StringBuilder history = new StringBuilder();
            for (int i = 0; i < length; i++) {
                int roll = random.nextInt(10);
                history.append(roll < 6 ? 'M' : roll < 9 ? 'x' : '-');
            }
            String h = history.toString();
            Streak streak = streak(h);
            java.util.function.IntFunction<Character> ago = weeks -> weeks < length ? h.charAt(length - 1 - weeks) : '-';

            int metInWalk = streak.count() - (streak.currentWeekMet() ? 1 : 0);
            assertEquals(ago.apply(0) == 'M', streak.currentWeekMet(), h);
            List<Week> misses = new java.util.ArrayList<>();
            int week = 1;
            int found = 0;
            while (found < metInWalk) {
                char c = ago.apply(week);
                assertTrue(c != '-', h + ": no week without goals inside the streak");
                if (c == 'M') {
                    found++;
                } else {
                    misses.add(weeksAgo(week));
                }
                week++;
            }
            assertEquals(misses, streak.shieldedWeeks(), h + ": the misses inside are exactly the shielded weeks");
            for (int i = 1; i < misses.size(); i++) {
                assertTrue(misses.get(i - 1).start().toEpochDay() - misses.get(i).start().toEpochDay() >= 28,
                        h + ": shielded weeks at least four weeks apart");
            }
            int boundary = week; // the week just before the streak's oldest met week
            char before = ago.apply(boundary);
            boolean closeToShield = !misses.isEmpty()
                    && misses.get(misses.size() - 1).start().toEpochDay() - weeksAgo(boundary).start().toEpochDay() < 28;
            assertTrue(before == '-' || before == 'x' && (closeToShield || ago.apply(boundary + 1) != 'M'),
                    h + ": the streak could have gone on");
            boolean recentShield = misses.stream().anyMatch(m -> CURRENT.start().toEpochDay() - m.start().toEpochDay() < 28);
            assertEquals(streak.count() > 0 && !recentShield, streak.shieldAvailable(), h);
        }
    }

    @Test
    void fromAListOfWeekProgress() {
        WeeklyGoal goal = WeeklyGoal.of(null, ActionKind.POSTS, 1, null);
        Session post = Session.startingAt(CURRENT.startTime()).withCount(ActionKind.POSTS, 1);
        List<WeekProgress> weeks = List.of(
                WeekProgress.of(CURRENT, List.of(goal), List.of(post)),
                WeekProgress.of(CURRENT.previous(), List.of(goal), List.of()),
                WeekProgress.of(CURRENT.plusWeeks(-2), List.of(goal),
                        List.of(post.withStart(CURRENT.plusWeeks(-2).startTime()))));
        Streak streak = StreakCalculator.streak(weeks, CURRENT);
        assertEquals(2, streak.count());
        assertEquals(List.of(CURRENT.previous()), streak.shieldedWeeks());
    }
}
