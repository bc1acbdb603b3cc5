package org.netjournal.domain;

/** Where the user stands with one of the seven steps. */
public enum StepState {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
