package org.netjournal.ui.shared;

import org.netjournal.i18n.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.netjournal.domain.Streak;
import org.netjournal.domain.StreakCalculator;
import org.netjournal.domain.Week;

/**
 * The streak in words: its length, a friendly line about this week and what the shield does. Always
 * encouraging: a missing week is a "rest week", never a failure.
 */
public final class StreakTexts {

    private final GoalLabels labels;
    private final Messages messages;

    public StreakTexts(GoalLabels labels) {
        this.labels = labels;
        this.messages = labels.messages();
    }

    /** "No streak yet", "1 week in a row", "5 weeks in a row". */
    public String headline(Streak streak) {
        return messages.format("goals.streak.count", streak.count());
    }

    /** A line about the week that is running. {@code hasGoals}: whether any goal is set at all. */
    public String encouragement(Streak streak, boolean hasGoals) {
        if (!hasGoals) {
            return messages.get("goals.streak.noGoals");
        }
        if (streak.currentWeekMet()) {
            return messages.get("goals.streak.thisWeekMet");
        }
        if (streak.count() == 0) {
            return messages.get("goals.streak.start");
        }
        return messages.format("goals.streak.keepGoing", streak.count() + 1);
    }

    /**
     * The shield: ready, or which rest week it covered and from which week it is ready again; without a
     * streak, the rule itself.
     */
    public String shield(Streak streak) {
        if (!streak.isActive()) {
            return messages.get("goals.shield.rule");
        }
        if (streak.shieldAvailable()) {
            return messages.get("goals.shield.ready");
        }
        Optional<Week> latest = latestShielded(streak);
        if (latest.isEmpty()) {
            return messages.get("goals.shield.rule");
        }
        Week rest = latest.get();
        return messages.format("goals.shield.used", labels.weekShort(rest),
                labels.weekShort(readyAgain(rest)));
    }

    /** The rest weeks the shield forgave, e.g. "W41, W45", or empty when none. */
    public Optional<String> forgiven(Streak streak) {
        if (streak.shieldedWeeks().isEmpty()) {
            return Optional.empty();
        }
        List<String> weeks = streak.shieldedWeeks().stream().sorted().map(labels::weekShort).toList();
        return Optional.of(messages.format("goals.shield.forgiven", String.join(", ", weeks)));
    }

    static Optional<Week> latestShielded(Streak streak) {
        return streak.shieldedWeeks().stream().max(Comparator.naturalOrder());
    }

    /** The first week in which the shield is available again after covering {@code rest}. */
    static Week readyAgain(Week rest) {
        return rest.plusWeeks(StreakCalculator.SHIELD_WINDOW_WEEKS);
    }
}
