package org.netjournal.domain;

import java.util.Collection;

/** Derives a step's state; the state is never stored, so it cannot go stale. */
public final class StepProgress {

    private StepProgress() {
    }

    /**
     * Done when the user marked it done or ticked every item; in progress once anything was ticked or
     * written; otherwise not started.
     */
    public static StepState stateOf(Collection<ChecklistItem> items, boolean markedDone, String notes) {
        long checked = items.stream().filter(ChecklistItem::checked).count();
        if (markedDone || (!items.isEmpty() && checked == items.size())) {
            return StepState.DONE;
        }
        if (checked > 0 || (notes != null && !notes.isBlank())) {
            return StepState.IN_PROGRESS;
        }
        return StepState.NOT_STARTED;
    }
}
