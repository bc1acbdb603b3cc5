package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Target contacts per comfort stage week by week, derived from interactions before stage changes were recorded. */
class GrowthSeriesTest {

    /** 2026-W49: Monday 30 November .. Sunday 6 December 2026. */
    private static final Week CURRENT = Week.of(LocalDate.of(2026, 12, 2), DayOfWeek.MONDAY);

    private static ContactSummary target(long id, ComfortStage stage, LocalDate addedOn) {
        return new ContactSummary(id, "P" + id, "", "", "", Set.of(), stage, Cadence.NONE, List.of(), "", "",
                List.of(), null, addedOn);
    }

    private static Interaction interaction(long contactId, String date, InteractionKind kind) {
        return new Interaction(0, contactId, LocalDate.parse(date), kind, Network.LINKEDIN, "", null);
    }

    @Test
    void stagesAreDerivedFromInteractionsWhenNothingWasRecorded() {
        List<ContactSummary> targets = List.of(target(1, ComfortStage.COMMENT, LocalDate.of(2026, 11, 1)),
                target(2, ComfortStage.OBSERVE, LocalDate.of(2026, 11, 20)));
        List<Interaction> interactions = List.of(interaction(1, "2026-11-10", InteractionKind.LIKED),
                interaction(1, "2026-11-25", InteractionKind.COMMENTED),
                interaction(1, "2026-11-26", InteractionKind.VIEWED_PROFILE)); // a lower rung never moves down

        GrowthSeries.Series series = GrowthSeries.of(targets, interactions, List.of(), CURRENT, 4);

        assertEquals(4, series.weeks().size());
        GrowthSeries.WeekStages w46 = series.weeks().get(0); // 9..15 Nov: only contact 1, liked
        assertEquals(1, w46.count(ComfortStage.LIKE));
        assertEquals(1, w46.total());
        GrowthSeries.WeekStages w47 = series.weeks().get(1); // 16..22 Nov: contact 2 added, observing
        assertEquals(1, w47.count(ComfortStage.LIKE));
        assertEquals(1, w47.count(ComfortStage.OBSERVE));
        GrowthSeries.WeekStages w48 = series.weeks().get(2); // 23..29 Nov: contact 1 commented
        assertEquals(1, w48.count(ComfortStage.COMMENT));
        assertEquals(1, w48.count(ComfortStage.OBSERVE));
        assertTrue(series.partlyDerived());
        assertEquals(Optional.empty(), series.recordedSince());
    }

    @Test
    void recordedChangesWinOverInteractionsAndTheCurrentWeekShowsTodaysStage() {
        List<ContactSummary> targets = List.of(target(1, ComfortStage.MESSAGE, LocalDate.of(2026, 10, 1)));
        List<GrowthSeries.StageChange> changes = List.of(
                new GrowthSeries.StageChange(1, LocalDate.of(2026, 11, 17), ComfortStage.CONNECT));

        GrowthSeries.Series series = GrowthSeries.of(targets, List.of(), changes, CURRENT, 3);

        assertEquals(1, series.weeks().get(0).count(ComfortStage.CONNECT)); // W47 ends 22 Nov
        assertEquals(1, series.weeks().get(1).count(ComfortStage.CONNECT)); // W48
        assertEquals(1, series.weeks().get(2).count(ComfortStage.MESSAGE)); // current week: as the contact is now
        assertEquals(Optional.of(LocalDate.of(2026, 11, 17)), series.recordedSince());
        assertFalse(series.partlyDerived());
    }

    @Test
    void contactsAddedAfterAWeekAreNotCountedInIt() {
        List<ContactSummary> targets = List.of(target(1, ComfortStage.OBSERVE, LocalDate.of(2026, 12, 1)));

        GrowthSeries.Series series = GrowthSeries.of(targets, List.of(), List.of(), CURRENT, 2);

        assertEquals(0, series.weeks().get(0).total());
        assertEquals(1, series.weeks().get(1).total());
    }

    @Test
    void firstsAreTheEarliestDayOfEachKindAcrossAllContacts() {
        List<Interaction> interactions = List.of(interaction(7, "2026-11-20", InteractionKind.COMMENTED),
                interaction(8, "2026-10-02", InteractionKind.COMMENTED),
                interaction(8, "2026-11-03", InteractionKind.MESSAGED),
                interaction(9, "2026-11-01", InteractionKind.LIKED));

        GrowthSeries.Series series = GrowthSeries.of(List.of(), interactions, List.of(), CURRENT, 1);

        assertEquals(List.of(
                new GrowthSeries.Milestone(GrowthSeries.First.FIRST_COMMENT, LocalDate.of(2026, 10, 2)),
                new GrowthSeries.Milestone(GrowthSeries.First.FIRST_MESSAGE, LocalDate.of(2026, 11, 3))),
                series.firsts());
    }
}
