package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Weekly goals against sessions: progress sums, met weeks, history, energy trend and week totals. */
class GoalTrackerTest {

    private static final DayOfWeek MON = DayOfWeek.MONDAY;
    /** 2026-W48: Monday 23 November .. Sunday 29 November 2026. */
    private static final Week THIS_WEEK = Week.of(LocalDate.of(2026, 11, 23), MON);
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    private static final WeeklyGoal LINKEDIN_POSTS = new WeeklyGoal(1, Network.LINKEDIN, ActionKind.POSTS, 2, LONG_AGO);
    private static final WeeklyGoal LINKEDIN_COMMENTS =
            new WeeklyGoal(2, Network.LINKEDIN, ActionKind.COMMENTS, 3, LONG_AGO);
    private static final WeeklyGoal ANY_CONNECTIONS = new WeeklyGoal(3, null, ActionKind.NEW_CONNECTIONS, 1, LONG_AGO);

    private static Session session(String start, Set<Network> networks, Map<ActionKind, Integer> counts) {
        return Session.startingAt(LocalDateTime.parse(start)).withNetworks(networks).withCounts(counts);
    }

    @Test
    void doneSumsTheWeeksSessionsOnTheGoalsNetwork() {
        List<Session> sessions = List.of(
                session("2026-11-23T08:00", Set.of(Network.LINKEDIN), Map.of(ActionKind.POSTS, 1, ActionKind.COMMENTS, 2)),
                session("2026-11-25T20:00", Set.of(Network.XING), Map.of(ActionKind.POSTS, 5, ActionKind.NEW_CONNECTIONS, 1)),
                session("2026-11-29T23:59", Set.of(Network.LINKEDIN), Map.of(ActionKind.COMMENTS, 1)),
                session("2026-11-30T00:00", Set.of(Network.LINKEDIN), Map.of(ActionKind.POSTS, 7)), // next week
                session("2026-11-22T23:59", Set.of(Network.LINKEDIN), Map.of(ActionKind.POSTS, 7))); // week before

        WeekProgress progress = WeekProgress.of(THIS_WEEK, List.of(LINKEDIN_POSTS, LINKEDIN_COMMENTS, ANY_CONNECTIONS),
                sessions);

        assertEquals(List.of(new GoalProgress(LINKEDIN_POSTS, 1), new GoalProgress(LINKEDIN_COMMENTS, 3),
                new GoalProgress(ANY_CONNECTIONS, 1)), progress.goals());
        assertFalse(progress.met(), "one post short");
        assertEquals(WeekStatus.MISSED, progress.status());
        assertEquals(2, progress.metCount());
        assertEquals(6, progress.targetTotal());
        assertEquals(5, progress.doneTotal());
        assertEquals(5.0 / 6, progress.fraction(), 1e-9);
        assertEquals(0.5, progress.goals().get(0).fraction(), 1e-9);
        assertEquals(1, progress.goals().get(0).remaining());
    }

    @Test
    void aSessionOnSeveralNetworksCountsWhatEachNetworkHadAndNothingTwice() {
        WeeklyGoal xingPosts = new WeeklyGoal(4, Network.XING, ActionKind.POSTS, 1, LONG_AGO);
        WeeklyGoal anyPosts = new WeeklyGoal(5, null, ActionKind.POSTS, 1, LONG_AGO);
        Session both = Session.startingAt(LocalDateTime.parse("2026-11-24T12:00"))
                .withNetworks(Set.of(Network.LINKEDIN, Network.XING))
                .withCount(Network.LINKEDIN, ActionKind.POSTS, 2).withCount(Network.XING, ActionKind.POSTS, 1);
        Session none = session("2026-11-24T13:00", Set.of(), Map.of(ActionKind.POSTS, 1));

        WeekProgress progress = WeekProgress.of(THIS_WEEK, List.of(LINKEDIN_POSTS, xingPosts, anyPosts),
                List.of(both, none));

        assertEquals(List.of(2, 1, 4), progress.goals().stream().map(GoalProgress::done).toList(),
                "LinkedIn's 2, Xing's 1, and any network: 2 + 1 + the session without a network");
        assertTrue(progress.met());
        assertEquals(1.0, progress.goals().get(2).fraction(), 1e-9, "capped");
    }

    @Test
    void countsNotAssignedToANetworkCountOnlyForGoalsOnAnyNetwork() {
        WeeklyGoal anyPosts = new WeeklyGoal(5, null, ActionKind.POSTS, 1, LONG_AGO);
        // an old multi-network session: its 3 posts were never split between the networks
        Session old = session("2026-11-24T12:00", Set.of(Network.LINKEDIN, Network.XING), Map.of(ActionKind.POSTS, 3));
        assertEquals(3, old.count(null, ActionKind.POSTS), "not assigned");
        assertEquals(0, old.count(Network.LINKEDIN, ActionKind.POSTS));

        WeekProgress progress = WeekProgress.of(THIS_WEEK, List.of(LINKEDIN_POSTS, anyPosts), List.of(old));

        assertEquals(List.of(0, 3), progress.goals().stream().map(GoalProgress::done).toList());
    }

    @Test
    void aOneNetworkSessionsCountsAreThatNetworksAndFollowItWhenNetworksChange() {
        Session one = session("2026-11-24T12:00", Set.of(Network.LINKEDIN), Map.of(ActionKind.POSTS, 2));
        assertEquals(2, one.count(Network.LINKEDIN, ActionKind.POSTS));
        assertEquals(0, one.count(null, ActionKind.POSTS));

        Session second = one.withNetworks(Set.of(Network.LINKEDIN, Network.INSTAGRAM));
        assertEquals(2, second.count(Network.LINKEDIN, ActionKind.POSTS), "a second network starts empty");
        assertEquals(0, second.count(Network.INSTAGRAM, ActionKind.POSTS));

        Session moved = second.withNetworks(Set.of(Network.INSTAGRAM));
        assertEquals(2, moved.count(Network.INSTAGRAM, ActionKind.POSTS), "a network unticked keeps its counts");
        assertEquals(Map.of(ActionKind.POSTS, 2), moved.counts().totals());

        Session noNetwork = moved.withNetworks(Set.of());
        assertEquals(2, noNetwork.count(null, ActionKind.POSTS));
        assertEquals(2, noNetwork.count(ActionKind.POSTS));
    }

    @Test
    void postsMarkedPostedCountOncePerNetworkBesidesWhatSessionsLoggedOnTheirOwn() {
        WeeklyGoal anyPosts = new WeeklyGoal(5, null, ActionKind.POSTS, 1, LONG_AGO);
        LocalDate tuesday = LocalDate.of(2026, 11, 24);
        Post crossPosted = Post.idea("Talk recap").withStatus(PostStatus.POSTED).withDate(tuesday)
                .withNetworks(Set.of(Network.LINKEDIN, Network.XING));
        Post linked = Post.idea("Thanks").withStatus(PostStatus.POSTED).withDate(tuesday)
                .withNetworks(Set.of(Network.LINKEDIN)).withSessionId(9L);
        Post draft = Post.idea("Not yet").withStatus(PostStatus.DRAFT).withDate(tuesday)
                .withNetworks(Set.of(Network.LINKEDIN));
        Post lastWeek = Post.idea("Old").withStatus(PostStatus.POSTED).withDate(tuesday.minusWeeks(1))
                .withNetworks(Set.of(Network.LINKEDIN));
        // the session of that day logged one more post of its own; the linked post is not in its count
        Session session = session("2026-11-24T18:00", Set.of(Network.LINKEDIN), Map.of(ActionKind.POSTS, 1))
                .withId(9);

        GoalTracker tracker = new GoalTracker(List.of(LINKEDIN_POSTS, anyPosts, LINKEDIN_COMMENTS),
                List.of(session), List.of(crossPosted, linked, draft, lastWeek), MON);

        assertEquals(List.of(3, 4, 0), tracker.progress(THIS_WEEK).goals().stream().map(GoalProgress::done).toList(),
                "LinkedIn: recap + thanks + the session's own post; any network: the recap on two networks, "
                        + "thanks, the session's post; comments: nothing from posts");
    }

    @Test
    void lookingAroundCountsOnlyForAGoalSetForIt() {
        WeeklyGoal anyPosts = new WeeklyGoal(5, null, ActionKind.POSTS, 1, LONG_AGO);
        WeeklyGoal lookAround = new WeeklyGoal(6, Network.LINKEDIN, ActionKind.LOOKED_AROUND, 5, LONG_AGO);
        Session sightseeing = session("2026-11-24T12:00", Set.of(Network.LINKEDIN), Map.of(ActionKind.LOOKED_AROUND, 7));

        WeekProgress progress = WeekProgress.of(THIS_WEEK, List.of(LINKEDIN_POSTS, anyPosts, lookAround),
                List.of(sightseeing));

        assertEquals(List.of(0, 0, 7), progress.goals().stream().map(GoalProgress::done).toList());
    }

    @Test
    void aWeekWithoutGoalsIsNeverMet() {
        WeekProgress empty = WeekProgress.of(THIS_WEEK, List.of(), List.of(
                session("2026-11-24T12:00", Set.of(), Map.of(ActionKind.POSTS, 9))));
        assertFalse(empty.met());
        assertFalse(empty.hasGoals());
        assertEquals(WeekStatus.NO_GOALS, empty.status());
        assertEquals(0.0, empty.fraction());
    }

    @Test
    void goalsApplyFromTheWeekTheyWereSetIn() {
        WeeklyGoal setOnFriday = WeeklyGoal.of(null, ActionKind.LIKES, 1, LocalDate.of(2026, 11, 27));
        assertTrue(setOnFriday.appliesTo(THIS_WEEK));
        assertTrue(setOnFriday.appliesTo(THIS_WEEK.next()));
        assertFalse(setOnFriday.appliesTo(THIS_WEEK.previous()));
        assertTrue(WeeklyGoal.of(null, ActionKind.LIKES, 1, null).appliesTo(THIS_WEEK.plusWeeks(-1000)));
        assertEquals(WeekStatus.NO_GOALS, WeekProgress.of(THIS_WEEK.previous(), List.of(setOnFriday), List.of()).status());
        assertThrows(IllegalArgumentException.class, () -> WeeklyGoal.of(null, ActionKind.LIKES, 0, null));
    }

    @Test
    void aSessionEditedIntoAnotherWeekMovesItsCounts() {
        Session sunday = session("2026-11-29T23:59", Set.of(Network.LINKEDIN), Map.of(ActionKind.POSTS, 2));
        GoalTracker before = new GoalTracker(List.of(LINKEDIN_POSTS), List.of(sunday), MON);
        assertEquals(2, before.progress(THIS_WEEK).doneTotal());
        assertEquals(0, before.progress(THIS_WEEK.next()).doneTotal());

        Session edited = sunday.withStart(LocalDateTime.parse("2026-11-30T00:00"));
        GoalTracker after = new GoalTracker(List.of(LINKEDIN_POSTS), List.of(edited), MON);
        assertEquals(0, after.progress(THIS_WEEK).doneTotal());
        assertEquals(2, after.progress(THIS_WEEK.next()).doneTotal());
        assertTrue(after.progress(THIS_WEEK.next()).met());

        // with a Sunday start both times are in the same week
        GoalTracker sundayStart = new GoalTracker(List.of(LINKEDIN_POSTS), List.of(edited), DayOfWeek.SUNDAY);
        assertEquals(2, sundayStart.progress(Week.of(sunday.start(), DayOfWeek.SUNDAY)).doneTotal());
    }

    @Test
    void week53SumsSessionsOfBothYearsAndTheDaylightSavingWeekKeepsItsNightSession() {
        WeeklyGoal fivePosts = WeeklyGoal.of(null, ActionKind.POSTS, 5, LONG_AGO);
        List<Session> sessions = List.of(
                session("2026-12-27T23:59", Set.of(), Map.of(ActionKind.POSTS, 10)), // Sunday of W52
                session("2026-12-28T00:00", Set.of(), Map.of(ActionKind.POSTS, 2)),
                session("2026-12-31T23:59", Set.of(), Map.of(ActionKind.POSTS, 1)),
                session("2027-01-01T00:00", Set.of(), Map.of(ActionKind.POSTS, 1)),
                session("2027-01-03T23:59", Set.of(), Map.of(ActionKind.POSTS, 1)),
                session("2027-01-04T00:00", Set.of(), Map.of(ActionKind.POSTS, 10)), // 2027-W01
                session("2026-03-29T02:30", Set.of(), Map.of(ActionKind.POSTS, 5))); // Berlin DST gap
        GoalTracker tracker = new GoalTracker(List.of(fivePosts), sessions, MON);

        Week w53 = tracker.weekOf(LocalDate.of(2027, 1, 1));
        assertEquals("2026-W53", w53.label());
        assertEquals(5, tracker.progress(w53).doneTotal());
        assertTrue(tracker.progress(w53).met());
        assertEquals(10, tracker.progress(w53.previous()).doneTotal());
        assertEquals(10, tracker.progress(w53.next()).doneTotal());
        assertEquals(3, tracker.streak(w53.next()).count(), "W52, W53 and 2027-W01 in a row");
        Week spring = tracker.weekOf(LocalDate.of(2026, 3, 29));
        assertEquals(5, tracker.progress(spring).doneTotal());
    }

    @Test
    void streakAndHistoryFromSessions() {
        WeeklyGoal onePost = WeeklyGoal.of(null, ActionKind.POSTS, 1, THIS_WEEK.plusWeeks(-5).start());
        List<Session> sessions = new ArrayList<>();
        // goal set 5 weeks ago; met in -5, -4, missed -3, met -2, -1 and this week
        for (int ago : new int[] {5, 4, 2, 1, 0}) {
            sessions.add(Session.startingAt(THIS_WEEK.plusWeeks(-ago).startTime().plusHours(9))
                    .withCount(ActionKind.POSTS, 1));
        }
        sessions.add(Session.startingAt(THIS_WEEK.plusWeeks(-7).startTime()).withCount(ActionKind.POSTS, 4));
        GoalTracker tracker = new GoalTracker(List.of(onePost), sessions, MON);

        Streak streak = tracker.streak(THIS_WEEK);
        assertEquals(5, streak.count(), "weeks before the goal existed do not count");
        assertEquals(List.of(THIS_WEEK.plusWeeks(-3)), streak.shieldedWeeks());

        List<WeekProgress> history = tracker.history(THIS_WEEK);
        assertEquals(12, history.size());
        assertEquals(THIS_WEEK.plusWeeks(-11), history.get(0).week());
        assertEquals(THIS_WEEK, history.get(11).week(), "oldest first, this week last");
        assertEquals(List.of(false, false, false, false, false, false, true, true, true, true, true, true),
                history.stream().map(WeekProgress::hasGoals).toList());
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1),
                history.stream().map(WeekProgress::doneTotal).toList());
        assertEquals(1, tracker.sessionsIn(THIS_WEEK).size());
        assertEquals(3, tracker.history(THIS_WEEK, 3).size());
    }

    @Test
    void theWeekRunsShortFromFridayWhenBehind() {
        WeekProgress behind = WeekProgress.of(THIS_WEEK, List.of(LINKEDIN_POSTS), List.of());
        assertFalse(behind.isRunningShort(LocalDate.of(2026, 11, 26)), "Thursday");
        assertTrue(behind.isRunningShort(LocalDate.of(2026, 11, 27)), "Friday");
        assertTrue(behind.isRunningShort(LocalDate.of(2026, 11, 29)), "Sunday");
        assertFalse(behind.isRunningShort(LocalDate.of(2026, 11, 30)), "next week");
        WeekProgress met = WeekProgress.of(THIS_WEEK, List.of(LINKEDIN_POSTS), List.of(
                session("2026-11-24T12:00", Set.of(Network.LINKEDIN), Map.of(ActionKind.POSTS, 2))));
        assertFalse(met.isRunningShort(LocalDate.of(2026, 11, 28)));
        assertFalse(WeekProgress.of(THIS_WEEK, List.of(), List.of()).isRunningShort(LocalDate.of(2026, 11, 28)));
    }

    @Test
    void energyTrendAveragesPerWeekAndSkipsWeeksWithoutValues() {
        List<Session> sessions = List.of(
                Session.startingAt(LocalDateTime.parse("2026-11-23T09:00")).withEnergy(2, 4),
                Session.startingAt(LocalDateTime.parse("2026-11-29T23:59")).withEnergy(3, null),
                Session.startingAt(LocalDateTime.parse("2026-11-20T09:00")), // previous week, no values
                Session.startingAt(LocalDateTime.parse("2026-11-10T09:00")).withEnergy(null, 5),
                Session.startingAt(LocalDateTime.parse("2026-09-01T09:00")).withEnergy(1, 1), // too old
                Session.startingAt(LocalDateTime.parse("2026-11-30T09:00")).withEnergy(1, 1)); // future

        List<EnergyTrend.Point> trend = EnergyTrend.lastWeeks(sessions, THIS_WEEK);

        assertEquals(2, trend.size());
        EnergyTrend.Point older = trend.get(0);
        assertEquals(Week.of(LocalDate.of(2026, 11, 10), MON), older.week());
        assertNull(older.before());
        assertEquals(5.0, older.after());
        EnergyTrend.Point latest = trend.get(1);
        assertEquals(THIS_WEEK, latest.week());
        assertEquals(2.5, latest.before());
        assertEquals(4.0, latest.after());
        assertEquals(2, latest.sessions());
        assertEquals(List.of(), EnergyTrend.lastWeeks(List.of(), THIS_WEEK));
    }

    @Test
    void weekTotalsGroupNewestFirst() {
        Session a = session("2026-11-23T08:00", Set.of(), Map.of(ActionKind.LIKES, 3)).withId(1).withDuration(20);
        Session b = session("2026-11-29T23:59", Set.of(), Map.of(ActionKind.LIKES, 1, ActionKind.POSTS, 1)).withId(2);
        Session c = session("2026-11-30T00:00", Set.of(), Map.of()).withId(3).withDuration(5);
        Session d = session("2026-11-23T08:00", Set.of(), Map.of()).withId(4);

        List<WeekTotals> weeks = WeekTotals.group(List.of(a, b, c, d), MON);

        assertEquals(2, weeks.size());
        assertEquals(THIS_WEEK.next(), weeks.get(0).week());
        assertEquals(List.of(c), weeks.get(0).sessions());
        assertEquals(Map.of(), weeks.get(0).totals());
        assertEquals(5, weeks.get(0).minutes());
        WeekTotals thisWeek = weeks.get(1);
        assertEquals(List.of(b, d, a), thisWeek.sessions(), "newest first, then higher id first");
        assertEquals(4, thisWeek.total(ActionKind.LIKES));
        assertEquals(1, thisWeek.total(ActionKind.POSTS));
        assertEquals(0, thisWeek.total(ActionKind.MESSAGES));
        assertEquals(20, thisWeek.minutes());
        assertEquals(2, WeekTotals.group(List.of(a, b, c), DayOfWeek.SUNDAY).size(), "b and c share a Sunday week");
    }
}
