package org.netjournal.ui.journal;

import java.time.LocalDate;
import java.util.List;
import org.netjournal.domain.GoalProgress;
import org.netjournal.domain.GoalTracker;
import org.netjournal.domain.Session;
import org.netjournal.domain.Week;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.shared.GoalLabels;

/**
 * The short sentence said after a session was saved: that it is stored and, for a session of this week, where
 * this week's goals it counted towards stand now ("LinkedIn · Comments: 3 of 5"), so the user sees what the
 * session did without opening the goals.
 */
final class SessionConfirmation {

    private SessionConfirmation() {
    }

    static String of(Messages messages, Session saved, GoalTracker tracker, LocalDate today) {
        Week week = tracker.weekOf(today);
        if (!week.contains(saved.start())) {
            return messages.get("journal.saved");
        }
        GoalLabels labels = new GoalLabels(messages);
        List<String> progress = tracker.progress(week).goals().stream()
                .filter(goal -> countedTowards(goal, saved))
                .map(goal -> messages.format("journal.saved.goal", labels.goal(goal.goal()), goal.done(),
                        goal.target()))
                .toList();
        return progress.isEmpty() ? messages.get("journal.saved")
                : messages.format("journal.savedWithProgress", String.join(", ", progress));
    }

    private static boolean countedTowards(GoalProgress progress, Session saved) {
        return progress.goal().doneIn(saved) > 0;
    }
}
