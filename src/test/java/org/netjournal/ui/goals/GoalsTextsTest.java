package org.netjournal.ui.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.GoalProgress;
import org.netjournal.domain.Network;
import org.netjournal.domain.Streak;
import org.netjournal.domain.Week;
import org.netjournal.domain.WeeklyGoal;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.shared.GoalLabels;
import org.netjournal.ui.shared.StreakTexts;

/** The words around goals and streaks, in both languages, and reading a typed target. */
class GoalsTextsTest {

    private static final GoalLabels EN = new GoalLabels(new Messages(Language.ENGLISH));
    private static final GoalLabels DE = new GoalLabels(new Messages(Language.GERMAN));
    private static final Week W45 = Week.of(LocalDate.of(2026, 11, 2), DayOfWeek.MONDAY);

    @Test
    void goalsAndWeeksByName() {
        WeeklyGoal comments = WeeklyGoal.of(Network.LINKEDIN, ActionKind.COMMENTS, 3, null);
        WeeklyGoal anyPosts = WeeklyGoal.of(null, ActionKind.POSTS, 1, null);
        assertEquals("LinkedIn \u00b7 Comments", EN.goal(comments));
        assertEquals("Any network \u00b7 Posts", EN.goal(anyPosts));
        assertEquals("Alle Netzwerke \u00b7 Beitr\u00e4ge", DE.goal(anyPosts));
        assertEquals("2 / 3", EN.doneOfTarget(new GoalProgress(comments, 2)));
        assertEquals("W45", EN.weekShort(W45));
        assertEquals("KW 45", DE.weekShort(W45));
        // ISO week 53 of 2026 holds 1 January 2027
        assertEquals("W53", EN.weekShort(Week.of(LocalDate.of(2027, 1, 1), DayOfWeek.MONDAY)));
        assertTrue(EN.weekLong(W45).startsWith("Week 45 \u00b7 "), EN.weekLong(W45));
        assertEquals("Sonntag", DE.day(DayOfWeek.SUNDAY));
        for (ActionKind action : ActionKind.values()) {
            assertTrue(!EN.actions().name(action).isBlank() && !DE.actions().name(action).isBlank());
        }
    }

    @Test
    void streakWordsAreFriendly() {
        StreakTexts en = new StreakTexts(EN);
        assertEquals("No streak yet", en.headline(Streak.NONE));
        assertEquals("1 week in a row", en.headline(new Streak(1, true, List.of(), true)));
        assertEquals("5 weeks in a row", en.headline(new Streak(5, true, List.of(), false)));
        assertEquals("Meet this week's goals to make it 6.",
                en.encouragement(new Streak(5, true, List.of(), false), true));
        assertTrue(en.encouragement(Streak.NONE, false).startsWith("Set a goal"));
        assertTrue(en.shield(new Streak(5, true, List.of(), false)).startsWith("Shield ready"));
        Streak shielded = new Streak(4, false, List.of(W45), false);
        assertEquals("W45 was a rest week, and the shield kept your streak going. It is ready again from W49.",
                en.shield(shielded));
        assertEquals(Optional.of("Rest weeks the shield covered: W45"), en.forgiven(shielded));
        assertEquals(Optional.empty(), en.forgiven(Streak.NONE));
        assertEquals("5 Wochen in Folge", new StreakTexts(DE).headline(new Streak(5, true, List.of(), false)));
    }

    @Test
    void aTypedTargetIsReadLeniently() {
        assertEquals(Optional.of(3), TargetInput.parse(" 3 ", 99));
        assertEquals(Optional.of(1), TargetInput.parse("0", 99));
        assertEquals(Optional.of(99), TargetInput.parse("150", 99));
        assertEquals(Optional.of(99), TargetInput.parse("99999999999", 99));
        assertEquals(Optional.empty(), TargetInput.parse("three", 99));
        assertEquals(Optional.empty(), TargetInput.parse("", 99));
        assertEquals(Optional.empty(), TargetInput.parse(null, 99));
    }

    @Test
    void chartAxesCountInWholeNumbers() {
        assertEquals(1, ChartScale.tickUnit(0));
        assertEquals(1, ChartScale.upperBound(0));
        assertEquals(1, ChartScale.tickUnit(5));
        assertEquals(6, ChartScale.upperBound(5));
        assertEquals(2, ChartScale.tickUnit(7));
        assertEquals(8, ChartScale.upperBound(7));
        assertEquals(5, ChartScale.tickUnit(24));
        assertEquals(25, ChartScale.upperBound(24));
        assertEquals(20, ChartScale.tickUnit(100));
        assertEquals("3", ChartScale.WHOLE_NUMBERS.toString(3.0));
    }
}
