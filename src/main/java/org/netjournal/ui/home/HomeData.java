package org.netjournal.ui.home;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.netjournal.domain.Session;
import org.netjournal.domain.StepState;
import org.netjournal.domain.Week;
import org.netjournal.domain.WeekTotals;
import org.netjournal.domain.Win;

/** What the home page picks from the models: pure, so it is tested without a window. */
final class HomeData {

    /** Sessions shown on the home page. */
    static final int SESSIONS_SHOWN = 3;

    private HomeData() {
    }

    /** The newest {@code limit} sessions, newest first. */
    static List<Session> lastSessions(Collection<Session> sessions, int limit) {
        return sessions.stream().sorted(WeekTotals.NEWEST_FIRST).limit(limit).toList();
    }

    /**
     * A win from before {@code current} (this week's wins are fresh in mind), chosen at random but the same
     * all day long: the day seeds the choice, so the page does not flicker between wins on every refresh.
     */
    static Optional<Win> pastWin(Collection<Win> wins, Week current, LocalDate today) {
        List<Win> older = wins.stream().filter(win -> win.date().isBefore(current.start()))
                .sorted(Comparator.comparing(Win::date).thenComparingLong(Win::id)).toList();
        if (older.isEmpty()) {
            return Optional.empty();
        }
        int index = new SplittableRandom(today.toEpochDay() * 31 + older.size()).nextInt(older.size());
        return Optional.of(older.get(index));
    }

    /** The newest win noted in {@code current}, shown at once so a win just noted is seen on home. */
    static Optional<Win> latestWinOf(Collection<Win> wins, Week current) {
        return wins.stream().filter(win -> !win.date().isBefore(current.start()))
                .max(Comparator.comparing(Win::date).thenComparingLong(Win::id));
    }

    /** The number (1 … 7) of the first step not done yet, empty when all are done. */
    static Optional<Integer> firstUnfinishedStep(List<StepState> statesInOrder) {
        for (int i = 0; i < statesInOrder.size(); i++) {
            if (statesInOrder.get(i) != StepState.DONE) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}
