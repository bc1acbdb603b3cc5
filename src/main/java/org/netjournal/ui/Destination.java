package org.netjournal.ui;

/**
 * What the editor on the right shows. The navigator writes the current destination into {@link Navigation};
 * editors only read it. Later areas (home, journal, goals, drafts) become further records here.
 */
public sealed interface Destination permits Destination.Step, Destination.Contacts, Destination.Journal, Destination.Home,
        Destination.Goals, Destination.Drafts, Destination.Help {

    /** The help page (Help → Help, F1): shortcuts, where the data lives, backups, import and export. */
    record Help() implements Destination {
    }

    /** "This week": the home page and the view at start. */
    record Home() implements Destination {
    }

    /** Weekly goals: targets, this week's progress, streak, history. */
    record Goals() implements Destination {
    }

    /** Reusable texts per network, copied for a contact. */
    record Drafts() implements Destination {
    }

    /** The journal: every session, newest first, grouped by calendar week. */
    record Journal() implements Destination {
    }

    /** The target contacts; {@code dueOnly} opens the "Due" view (due within 7 days, most overdue first). */
    record Contacts(boolean dueOnly) implements Destination {
    }

    /** One of the seven steps, 1 to 7. */
    record Step(int number) implements Destination {
        public Step {
            if (number < 1 || number > org.netjournal.domain.StepDefinition.COUNT) {
                throw new IllegalArgumentException("No step " + number);
            }
        }
    }
}
