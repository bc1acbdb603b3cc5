package org.netjournal.domain;

import java.util.List;

/** What is saved for one step: the user's notes, the hand-set done mark and the checklist. */
public record StepRecord(int number, String notes, boolean markedDone, List<ChecklistItem> items) {

    public StepRecord {
        items = List.copyOf(items);
    }

    public StepState state() {
        return StepProgress.stateOf(items, markedDone, notes);
    }
}
