package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The energy claims: made with enough data and a clear difference, withheld otherwise. */
class EnergyInsightsTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 2, 19, 0);

    private int day;

    private Session session(Integer minutes, Integer before, Integer after, Map<ActionKind, Integer> counts) {
        return Session.startingAt(START.plusDays(day++)).withDuration(minutes).withEnergy(before, after)
                .withCounts(counts);
    }

    private List<Session> repeat(int times, Integer minutes, Integer before, Integer after,
                                 Map<ActionKind, Integer> counts) {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            sessions.add(session(minutes, before, after, counts));
        }
        return sessions;
    }

    @Test
    void noSessionsNoClaim() {
        assertEquals(List.of(), EnergyInsights.of(List.of()));
    }

    @Test
    void recentChangeCountsTheNewestSevenSessionsWithBothValues() {
        List<Session> sessions = new ArrayList<>();
        sessions.addAll(repeat(3, 10, 4, 2, Map.of()));  // older: fell; pushed out by the newer seven
        sessions.addAll(repeat(5, 10, 2, 4, Map.of()));  // rose
        sessions.add(session(10, 3, 3, Map.of()));        // same
        sessions.add(session(10, 4, 3, Map.of()));        // fell
        sessions.add(session(10, null, 5, Map.of()));     // only after: not counted

        EnergyInsights.RecentChange change = EnergyInsights.recentChange(sessions).orElseThrow();

        assertEquals(new EnergyInsights.RecentChange(5, 1, 1, 7), change);
    }

    @Test
    void fourSessionsWithBothValuesAreTooFewForTheRecentChange() {
        List<Session> sessions = new ArrayList<>(repeat(4, 10, 2, 5, Map.of()));
        sessions.addAll(repeat(6, 10, null, 5, Map.of()));

        assertTrue(EnergyInsights.recentChange(sessions).isEmpty());
    }

    @Test
    void shortSessionsLeaveMoreEnergyWhenBothGroupsHaveFiveAndDifferByHalfAPoint() {
        List<Session> sessions = new ArrayList<>();
        sessions.addAll(repeat(5, 15, 3, 4, Map.of()));
        sessions.addAll(repeat(4, 45, 3, 3, Map.of()));
        sessions.add(session(45, 3, 4, Map.of())); // long average 3.2, short 4.0

        EnergyInsights.ShortVersusLong claim = EnergyInsights.shortVersusLong(sessions).orElseThrow();

        assertTrue(claim.shortLeavesMore());
        assertEquals(5, claim.shortSessions());
        assertEquals(5, claim.longSessions());
        assertEquals(4.0, claim.shortAverage(), 1e-9);
        assertEquals(3.2, claim.longAverage(), 1e-9);
    }

    @Test
    void noDurationClaimWithFourSessionsInOneGroupHoweverLargeTheDifference() {
        List<Session> sessions = new ArrayList<>();
        sessions.addAll(repeat(4, 10, 3, 5, Map.of()));
        sessions.addAll(repeat(20, 60, 3, 1, Map.of()));

        assertTrue(EnergyInsights.shortVersusLong(sessions).isEmpty());
    }

    @Test
    void noDurationClaimWhenTheAveragesDifferByLessThanHalfAPoint() {
        List<Session> sessions = new ArrayList<>();
        sessions.addAll(repeat(5, 10, 3, 4, Map.of()));
        sessions.addAll(repeat(3, 30, 3, 4, Map.of()));
        sessions.addAll(repeat(2, 30, 3, 3, Map.of())); // long average 3.6: 0.4 below the short sessions'

        assertTrue(EnergyInsights.shortVersusLong(sessions).isEmpty());
    }

    @Test
    void sessionsWithoutADurationDoNotCountAsShort() {
        List<Session> sessions = new ArrayList<>();
        sessions.addAll(repeat(5, null, 3, 5, Map.of()));
        sessions.addAll(repeat(5, 40, 3, 2, Map.of()));

        assertTrue(EnergyInsights.shortVersusLong(sessions).isEmpty());
    }

    @Test
    void commentingCostsLessThanMessaging() {
        List<Session> sessions = new ArrayList<>();
        sessions.addAll(repeat(5, 20, 4, 4, Map.of(ActionKind.COMMENTS, 3)));  // cost 0
        sessions.addAll(repeat(5, 20, 4, 3, Map.of(ActionKind.MESSAGES, 1)));  // cost 1
        sessions.addAll(repeat(6, 20, 5, 1, Map.of(ActionKind.COMMENTS, 1, ActionKind.MESSAGES, 1))); // both: left out

        EnergyInsights.ActionCost claim = EnergyInsights.actionCost(sessions).orElseThrow();

        assertEquals(ActionKind.COMMENTS, claim.cheaper());
        assertEquals(ActionKind.MESSAGES, claim.dearer());
        assertEquals(0.0, claim.cheaperCost(), 1e-9);
        assertEquals(1.0, claim.dearerCost(), 1e-9);
        assertEquals(5, claim.cheaperSessions());
        assertEquals(5, claim.dearerSessions());
    }

    @Test
    void noActionClaimWhenOnlySessionsWithBothActionsExist() {
        List<Session> sessions = repeat(12, 20, 5, 1, Map.of(ActionKind.COMMENTS, 1, ActionKind.MESSAGES, 1));

        assertTrue(EnergyInsights.actionCost(sessions).isEmpty());
    }

    @Test
    void theActionClaimNamesThePairThatDiffersMost() {
        List<Session> sessions = new ArrayList<>();
        sessions.addAll(repeat(5, 20, 4, 4, Map.of(ActionKind.LIKES, 5)));     // cost 0
        sessions.addAll(repeat(5, 20, 4, 3, Map.of(ActionKind.COMMENTS, 1)));  // cost 1
        sessions.addAll(repeat(5, 20, 5, 2, Map.of(ActionKind.MESSAGES, 1)));  // cost 3

        EnergyInsights.ActionCost claim = EnergyInsights.actionCost(sessions).orElseThrow();

        assertEquals(ActionKind.LIKES, claim.cheaper());
        assertEquals(ActionKind.MESSAGES, claim.dearer());
        assertEquals(3.0, claim.difference(), 1e-9);
    }

    @Test
    void ofListsEveryClaimTheDataSupports() {
        List<Session> sessions = new ArrayList<>();
        sessions.addAll(repeat(5, 10, 3, 4, Map.of(ActionKind.LIKES, 2)));
        sessions.addAll(repeat(5, 50, 4, 2, Map.of(ActionKind.MESSAGES, 1)));

        List<EnergyInsights.Insight> insights = EnergyInsights.of(sessions);

        assertEquals(3, insights.size());
        assertTrue(insights.get(0) instanceof EnergyInsights.RecentChange);
        assertTrue(insights.get(1) instanceof EnergyInsights.ShortVersusLong);
        assertTrue(insights.get(2) instanceof EnergyInsights.ActionCost);
    }
}
