package org.netjournal.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The comfort ladder and keep-in-touch rules, in one place and free of storage and UI. */
public final class ContactRules {

    /** "Due" lists contacts whose next touch is at most this many days away (or overdue). */
    public static final int DUE_WINDOW_DAYS = 14;

    private ContactRules() {
    }

    /** Logging an interaction moves the stage up to its rung, never down. */
    public static ComfortStage stageAfter(ComfortStage current, InteractionKind kind) {
        return kind.rung().filter(rung -> rung.isHigherThan(current)).orElse(current);
    }

    /**
     * The day the contact is next due: the last interaction plus the cadence. Without any interaction the
     * clock starts when the contact was added. Without a cadence the contact is never due.
     */
    public static Optional<LocalDate> nextDue(Cadence cadence, LocalDate lastInteraction, LocalDate added) {
        LocalDate start = lastInteraction != null ? lastInteraction : added;
        if (start == null) {
            return Optional.empty();
        }
        return cadence.nextDue(start);
    }

    /** Due within the window from {@code today}, including overdue. */
    public static boolean isDue(Optional<LocalDate> nextDue, LocalDate today) {
        return nextDue.map(due -> !due.isAfter(today.plusDays(DUE_WINDOW_DAYS))).orElse(false);
    }

    /** Due now: the next due day is today or has passed (the rest of the window is "due soon"). */
    public static boolean isDueNow(Optional<LocalDate> nextDue, LocalDate today) {
        return nextDue.map(due -> !due.isAfter(today)).orElse(false);
    }

    /** Days overdue (positive) or days left (negative). */
    public static long daysOverdue(LocalDate nextDue, LocalDate today) {
        return ChronoUnit.DAYS.between(nextDue, today);
    }
}
