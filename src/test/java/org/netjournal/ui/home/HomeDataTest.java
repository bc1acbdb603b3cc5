package org.netjournal.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Session;
import org.netjournal.domain.StepState;
import org.netjournal.domain.Week;
import org.netjournal.domain.Win;

class HomeDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27); // a Friday
    private static final Week WEEK = Week.of(TODAY, DayOfWeek.MONDAY);

    @Test
    void lastSessionsAreTheNewestThree() {
        List<Session> sessions = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            sessions.add(Session.startingAt(LocalDateTime.of(2026, 11, day, 12, 0)).withId(day));
        }
        java.util.Collections.shuffle(sessions, new java.util.Random(1));
        assertEquals(List.of(5L, 4L, 3L), HomeData.lastSessions(sessions, 3).stream().map(Session::id).toList());
        assertTrue(HomeData.lastSessions(List.of(), 3).isEmpty());
    }

    @Test
    void aPastWinIsOlderThanThisWeekAndStaysTheSameAllDay() {
        List<Win> wins = List.of(new Win(1, TODAY, "this week", null),
                new Win(2, WEEK.start(), "also this week", null),
                new Win(3, WEEK.start().minusDays(1), "last Sunday", null),
                new Win(4, LocalDate.of(2026, 3, 1), "spring", null),
                new Win(5, LocalDate.of(2025, 7, 1), "last summer", null));
        Set<Long> picked = new HashSet<>();
        for (int day = 0; day < 60; day++) {
            LocalDate date = TODAY.plusDays(day);
            Week week = Week.of(date, DayOfWeek.MONDAY);
            List<Win> visible = wins.stream().filter(win -> !win.date().isAfter(date)).toList();
            Win win = HomeData.pastWin(visible, week, date).orElseThrow();
            assertTrue(win.date().isBefore(week.start()), win + " on " + date);
            assertEquals(win, HomeData.pastWin(visible, week, date).orElseThrow(), "stable within the day");
            picked.add(win.id());
        }
        assertTrue(picked.size() > 1, "different days show different wins: " + picked);
        assertTrue(HomeData.pastWin(wins.subList(0, 2), WEEK, TODAY).isEmpty(), "only this week's wins");
    }

    @Test
    void theLatestWinIsTheNewestOfThisWeekSoOneJustNotedShowsAtOnce() {
        List<Win> wins = List.of(new Win(1, WEEK.start(), "Monday", null),
                new Win(2, TODAY, "today", null),
                new Win(3, TODAY, "today, noted later", null),
                new Win(4, WEEK.start().minusDays(1), "last Sunday", null));
        assertEquals(3, HomeData.latestWinOf(wins, WEEK).orElseThrow().id());
        assertTrue(HomeData.latestWinOf(wins.subList(3, 4), WEEK).isEmpty(), "none this week");
    }

    @Test
    void theSuggestedStepIsTheFirstNotDone() {
        assertEquals(1, HomeData.firstUnfinishedStep(List.of(StepState.NOT_STARTED, StepState.DONE)).orElseThrow());
        assertEquals(3, HomeData.firstUnfinishedStep(List.of(StepState.DONE, StepState.DONE,
                StepState.IN_PROGRESS, StepState.NOT_STARTED)).orElseThrow());
        assertTrue(HomeData.firstUnfinishedStep(List.of(StepState.DONE, StepState.DONE)).isEmpty());
    }
}
