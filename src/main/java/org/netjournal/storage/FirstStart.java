package org.netjournal.storage;

import java.util.Map;
import java.util.Optional;

/**
 * The first-start welcome: whether it is due, and the setting that remembers it was finished or skipped.
 *
 * <p>It is due on an <em>empty</em> journal only, in the same sense as the full restore uses
 * ({@link JournalSnapshots#emptinessProblems()}): no contacts, interactions, sessions, goals, drafts or wins, no
 * step notes or done marks, no ticked or own checklist items. Settings (language, theme, window size) do not
 * count, so choosing a language in the welcome and quitting does not hide it next time; writing a "why" does,
 * since the user then already took the first step.
 */
public final class FirstStart {

    /** The setting's key; its value is an {@link Outcome} code. Kept in the journal, so it moves with the file. */
    public static final String SETTING = "firstStart.welcome";

    /** How the welcome ended. */
    public enum Outcome {
        FINISHED("finished"),
        SKIPPED("skipped");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Outcome> fromCode(String code) {
            for (Outcome outcome : values()) {
                if (outcome.code.equals(code)) {
                    return Optional.of(outcome);
                }
            }
            return Optional.empty();
        }
    }

    private FirstStart() {
    }

    /** True when {@code settings} hold no outcome yet; cheap, needs no database. */
    public static boolean notYetSeen(Map<String, String> settings) {
        return !settings.containsKey(SETTING);
    }

    /** Whether to show the welcome: never seen and nothing of the user's in the journal. Storage thread only. */
    public static boolean isDue(JournalDatabase database, Map<String, String> settings) {
        return notYetSeen(settings) && new JournalSnapshots(database).emptinessProblems().isEmpty();
    }
}
