package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.netjournal.domain.StepState.DONE;
import static org.netjournal.domain.StepState.IN_PROGRESS;
import static org.netjournal.domain.StepState.NOT_STARTED;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules that turn ticks, notes and the done mark into a step's state. */
class StepProgressTest {

    private static ChecklistItem builtIn(String key, boolean checked) {
        return new ChecklistItem(1, 1, key, null, checked, -1);
    }

    private static ChecklistItem own(String text, boolean checked) {
        return new ChecklistItem(2, 1, null, text, checked, 0);
    }

    private static final List<ChecklistItem> NOTHING_TICKED = List.of(builtIn("write-why", false), own("Mine", false));
    private static final List<ChecklistItem> ONE_TICKED = List.of(builtIn("write-why", true), own("Mine", false));
    private static final List<ChecklistItem> ALL_TICKED = List.of(builtIn("write-why", true), own("Mine", true));

    @Test
    void noTicksAndNoNotesIsNotStarted() {
        assertEquals(NOT_STARTED, StepProgress.stateOf(List.of(), false, ""));
        assertEquals(NOT_STARTED, StepProgress.stateOf(NOTHING_TICKED, false, ""));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\n", "\t \r\n  "})
    void blankNotesDoNotCount(String blankNotes) {
        assertEquals(NOT_STARTED, StepProgress.stateOf(List.of(), false, blankNotes));
        assertEquals(NOT_STARTED, StepProgress.stateOf(NOTHING_TICKED, false, blankNotes));
    }

    @Test
    void anyTickMeansInProgress() {
        assertEquals(IN_PROGRESS, StepProgress.stateOf(ONE_TICKED, false, ""));
        assertEquals(IN_PROGRESS, StepProgress.stateOf(ONE_TICKED, false, null));
    }

    @Test
    void anyNotesMeanInProgress() {
        assertEquals(IN_PROGRESS, StepProgress.stateOf(NOTHING_TICKED, false, "I started thinking about it."));
        assertEquals(IN_PROGRESS, StepProgress.stateOf(NOTHING_TICKED, false, "  x  "));
    }

    @Test
    void anEmptyChecklistWithNotesIsInProgressNotDone() {
        assertEquals(IN_PROGRESS, StepProgress.stateOf(List.of(), false, "Some notes"));
    }

    @Test
    void everyItemTickedIsDone() {
        assertEquals(DONE, StepProgress.stateOf(ALL_TICKED, false, ""));
        assertEquals(DONE, StepProgress.stateOf(ALL_TICKED, false, "and notes"));
        assertEquals(DONE, StepProgress.stateOf(List.of(own("Only one", true)), false, null));
    }

    @Test
    void markedDoneIsDoneWhateverElse() {
        assertEquals(DONE, StepProgress.stateOf(List.of(), true, ""));
        assertEquals(DONE, StepProgress.stateOf(NOTHING_TICKED, true, ""));
        assertEquals(DONE, StepProgress.stateOf(ONE_TICKED, true, "notes"));
        assertEquals(DONE, StepProgress.stateOf(ALL_TICKED, true, null));
    }

    @Test
    void aStepRecordDerivesItsStateWithTheSameRules() {
        assertEquals(NOT_STARTED, new StepRecord(1, "", false, NOTHING_TICKED).state());
        assertEquals(IN_PROGRESS, new StepRecord(1, "", false, ONE_TICKED).state());
        assertEquals(IN_PROGRESS, new StepRecord(1, "notes", false, List.of()).state());
        assertEquals(DONE, new StepRecord(1, "", false, ALL_TICKED).state());
        assertEquals(DONE, new StepRecord(1, "", true, List.of()).state());
    }

    @Test
    void anItemHasEitherABuiltInKeyOrItsOwnText() {
        assertThrows(IllegalArgumentException.class, () -> new ChecklistItem(1, 1, null, null, false, 0));
        assertThrows(IllegalArgumentException.class, () -> new ChecklistItem(1, 1, "key", "text", false, 0));
        assertThrows(IllegalStateException.class, () -> builtIn("write-why", false).withText("renamed"));
        assertEquals("renamed", own("Mine", true).withText("renamed").text());
        assertEquals(true, own("Mine", false).withChecked(true).checked());
    }
}
