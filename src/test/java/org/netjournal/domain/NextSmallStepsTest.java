package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The next small step per target person: the rung after the current one, the most overdue first, at most three. */
class NextSmallStepsTest {

    /** Wednesday of 2026-W49 (Monday 30 November .. Sunday 6 December 2026). */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Week WEEK = Week.of(TODAY, DayOfWeek.MONDAY);

    private static ContactSummary contact(long id, String first, ComfortStage stage, Cadence cadence,
                                          LocalDate lastInteraction, LocalDate addedOn) {
        return new ContactSummary(id, first, "Tester", "", "", Set.of(), stage, cadence, List.of(), "", "", List.of(),
                lastInteraction, addedOn);
    }

    @Test
    void eachRungSuggestsTheNextOne() {
        assertEquals(NextSmallSteps.Suggestion.LIKE_A_POST, NextSmallSteps.forStage(ComfortStage.OBSERVE));
        assertEquals(NextSmallSteps.Suggestion.COMMENT, NextSmallSteps.forStage(ComfortStage.LIKE));
        assertEquals(NextSmallSteps.Suggestion.CONNECT, NextSmallSteps.forStage(ComfortStage.COMMENT));
        assertEquals(NextSmallSteps.Suggestion.SEND_A_MESSAGE, NextSmallSteps.forStage(ComfortStage.CONNECT));
        assertEquals(NextSmallSteps.Suggestion.SUGGEST_MEETING, NextSmallSteps.forStage(ComfortStage.MESSAGE));
        assertEquals(NextSmallSteps.Suggestion.SAY_HELLO, NextSmallSteps.forStage(ComfortStage.MEET));
    }

    @Test
    void withACadenceTheStepIsDueWhenTheContactIsDue() {
        ContactSummary anna = contact(1, "Anna", ComfortStage.LIKE, Cadence.MONTHLY, LocalDate.of(2026, 11, 1), null);

        NextSmallSteps.Step step = NextSmallSteps.forContact(anna);

        assertEquals(LocalDate.of(2026, 12, 1), step.dueOn());
        assertEquals(1, step.daysOverdue(TODAY));
        assertEquals(NextSmallSteps.Suggestion.COMMENT, step.suggestion());
    }

    @Test
    void withoutACadenceTargetsGetAStepTwoWeeksAfterTheLastTouchOrTheirAdding() {
        ContactSummary touched = contact(1, "Jonas", ComfortStage.OBSERVE, Cadence.NONE, LocalDate.of(2026, 11, 20), null);
        ContactSummary added = contact(2, "Lena", ComfortStage.CONNECT, Cadence.NONE, null, LocalDate.of(2026, 11, 25));

        assertEquals(LocalDate.of(2026, 12, 4), NextSmallSteps.forContact(touched).dueOn());
        assertEquals(LocalDate.of(2026, 12, 9), NextSmallSteps.forContact(added).dueOn());
    }

    @Test
    void theWeekShowsAtMostThreeDueByItsEndTheMostOverdueFirstWithoutTheSnoozed() {
        List<ContactSummary> targets = List.of(
                contact(1, "Anna", ComfortStage.LIKE, Cadence.TWO_WEEKS, LocalDate.of(2026, 11, 10), null),  // due 24 Nov
                contact(2, "Jonas", ComfortStage.OBSERVE, Cadence.NONE, LocalDate.of(2026, 11, 20), null),   // due 4 Dec
                contact(3, "Lena", ComfortStage.CONNECT, Cadence.NONE, null, LocalDate.of(2026, 11, 25)),    // due 9 Dec
                contact(4, "Mia", ComfortStage.MESSAGE, Cadence.MONTHLY, LocalDate.of(2026, 10, 1), null),   // due 1 Nov
                contact(5, "Omar", ComfortStage.MEET, Cadence.QUARTERLY, LocalDate.of(2026, 9, 6), null),    // due 6 Dec
                contact(6, "Pia", ComfortStage.COMMENT, Cadence.TWO_WEEKS, LocalDate.of(2026, 11, 1), null)); // due 15 Nov

        List<NextSmallSteps.Step> steps = NextSmallSteps.forWeek(targets, WEEK, Set.of(6L), NextSmallSteps.SHOWN);

        assertEquals(List.of("Mia", "Anna", "Jonas"), steps.stream().map(s -> s.contact().firstName()).toList());
        assertEquals(NextSmallSteps.Suggestion.SUGGEST_MEETING, steps.get(0).suggestion());
    }

    @Test
    void nobodyDueThisWeekMeansNoSuggestion() {
        List<ContactSummary> targets = List.of(
                contact(1, "Anna", ComfortStage.LIKE, Cadence.QUARTERLY, LocalDate.of(2026, 11, 30), null));

        assertEquals(List.of(), NextSmallSteps.forWeek(targets, WEEK, Set.of(), NextSmallSteps.SHOWN));
    }
}
