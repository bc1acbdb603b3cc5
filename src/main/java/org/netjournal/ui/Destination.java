package org.netjournal.ui;

import org.netjournal.domain.StepDefinition;

/**
 * What the editor on the right shows. The navigator writes the current destination into {@link Navigation};
 * editors only read it. Later areas (home, journal, goals, drafts) become further records here. Some destinations
 * may name an item to open in their area (search opens a contact, a session, a draft); an id of 0 names none.
 */
public sealed interface Destination permits Destination.Step, Destination.Contacts, Destination.Journal, Destination.Home,
        Destination.Goals, Destination.Drafts, Destination.Help {

    /** The help page (Help → Help, F1): shortcuts, where the data lives, backups, import and export. */
    record Help() implements Destination {
    }

    /**
     * Whether {@code other} shows the same area as this one (the navigator marks its row). Compared by kind, not by
     * the records' generated {@code equals}: the JVM builds that at its first call through a method-handle bootstrap
     * that the AOT cache does not keep (11 classes made on the UI thread before the first frame, several ms).
     */
    default boolean sameAreaAs(Destination other) {
        return getClass() == other.getClass();
    }

    /** "This week": the home page and the view at start. */
    record Home() implements Destination {
    }

    /** Weekly goals: targets, this week's progress, streak, history. */
    record Goals() implements Destination {
    }

    /** Reusable texts per network, copied for a contact; {@code draftId} the draft to open, or 0. */
    record Drafts(long draftId) implements Destination {
        public Drafts() {
            this(0);
        }
    }

    /** The journal: every session, newest first, grouped by calendar week; {@code sessionId} the one to select, or 0. */
    record Journal(long sessionId) implements Destination {
        public Journal() {
            this(0);
        }
    }

    /**
     * The target contacts; {@code dueOnly} opens the "Due" view (due now or within 14 days, most overdue first),
     * {@code contactId} the contact to select and open in the form, or 0.
     */
    record Contacts(boolean dueOnly, long contactId) implements Destination {
        public Contacts(boolean dueOnly) {
            this(dueOnly, 0);
        }

        @Override
        public boolean sameAreaAs(Destination other) {
            return other instanceof Contacts contacts && contacts.dueOnly == dueOnly; // "Due" is an area of its own
        }
    }

    /** One of the seven steps, 1 to 7. */
    record Step(int number) implements Destination {
        public Step {
            if (number < 1 || number > StepDefinition.COUNT) {
                throw new IllegalArgumentException("No step " + number);
            }
        }

        @Override
        public boolean sameAreaAs(Destination other) {
            return other instanceof Step step && step.number == number;
        }
    }
}
