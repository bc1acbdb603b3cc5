package org.netjournal.domain;

/** A week as the streak sees it. */
public enum WeekStatus {
    /** Every goal of the week was met. */
    MET,
    /** The week had goals and at least one was not met. */
    MISSED,
    /** No goal applied to the week (before the first goal was set): not counted, ends a streak walk. */
    NO_GOALS
}
