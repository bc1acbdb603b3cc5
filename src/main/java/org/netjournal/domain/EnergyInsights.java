package org.netjournal.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the energy notes say, in claims that are never more certain than the data. Each claim carries the numbers
 * it rests on, so the page can show them. A comparison is made only when each group has at least
 * {@value #MIN_SESSIONS_PER_GROUP} sessions and the averages differ by at least {@value #MIN_DIFFERENCE} energy
 * points; otherwise there is no claim (an introvert who reads "longer sessions tire you" from three sessions is
 * told a story, not a finding).
 */
public final class EnergyInsights {

    /** Sessions needed in each compared group (and in the recent-change count). */
    public static final int MIN_SESSIONS_PER_GROUP = 5;

    /** Smallest difference of averages, in energy points (1–5 scale), that is reported. */
    public static final double MIN_DIFFERENCE = 0.5;

    /** Sessions shorter than this count as short. */
    public static final int SHORT_SESSION_MINUTES = 20;

    /** How many of the newest sessions with energy before and after the change count looks at. */
    public static final int RECENT_SESSIONS = 7;

    private EnergyInsights() {
    }

    /** A sentence the page can say, with its numbers. */
    public sealed interface Insight permits RecentChange, ShortVersusLong, ActionCost {
    }

    /**
     * Of the newest {@code sessions} sessions with both energy values, after how many the energy was higher
     * ({@code rose}), the same ({@code same}) or lower ({@code fell}) than before.
     */
    public record RecentChange(int rose, int same, int fell, int sessions) implements Insight {
    }

    /**
     * Average energy after short sessions (under {@code thresholdMinutes}) against longer ones.
     *
     * @param shortLeavesMore true when short sessions leave more energy than longer ones
     */
    public record ShortVersusLong(int thresholdMinutes, double shortAverage, int shortSessions,
                                  double longAverage, int longSessions) implements Insight {

        public boolean shortLeavesMore() {
            return shortAverage > longAverage;
        }

        public double difference() {
            return Math.abs(shortAverage - longAverage);
        }
    }

    /**
     * What sessions with one action cost against sessions with another: the cost is the average of
     * (energy before − energy after), in sessions that had the action and not the other one.
     */
    public record ActionCost(ActionKind cheaper, double cheaperCost, int cheaperSessions, ActionKind dearer,
                             double dearerCost, int dearerSessions) implements Insight {

        public double difference() {
            return dearerCost - cheaperCost;
        }
    }

    /** Every claim the sessions support, in the order recent change, duration, actions (at most one of each). */
    public static List<Insight> of(Collection<Session> sessions) {
        Objects.requireNonNull(sessions);
        List<Insight> insights = new ArrayList<>(3);
        recentChange(sessions).ifPresent(insights::add);
        shortVersusLong(sessions).ifPresent(insights::add);
        actionCost(sessions).ifPresent(insights::add);
        return insights;
    }

    /** The change over the newest {@value #RECENT_SESSIONS} sessions with both values; none below the minimum. */
    public static Optional<RecentChange> recentChange(Collection<Session> sessions) {
        List<Session> recent = sessions.stream().filter(EnergyInsights::hasBoth)
                .sorted(Comparator.comparing(Session::start).reversed()).limit(RECENT_SESSIONS).toList();
        if (recent.size() < MIN_SESSIONS_PER_GROUP) {
            return Optional.empty();
        }
        int rose = 0;
        int same = 0;
        int fell = 0;
        for (Session session : recent) {
            int change = session.energyAfter() - session.energyBefore();
            if (change > 0) {
                rose++;
            } else if (change == 0) {
                same++;
            } else {
                fell++;
            }
        }
        return Optional.of(new RecentChange(rose, same, fell, recent.size()));
    }

    /** Energy after short against longer sessions, when both groups are big enough and differ enough. */
    public static Optional<ShortVersusLong> shortVersusLong(Collection<Session> sessions) {
        Average shorter = new Average();
        Average longer = new Average();
        for (Session session : sessions) {
            if (session.energyAfter() == null || session.durationMinutes() == null) {
                continue;
            }
            (session.durationMinutes() < SHORT_SESSION_MINUTES ? shorter : longer).add(session.energyAfter());
        }
        if (!enough(shorter, longer)) {
            return Optional.empty();
        }
        return Optional.of(new ShortVersusLong(SHORT_SESSION_MINUTES, shorter.value(), shorter.count,
                longer.value(), longer.count));
    }

    /**
     * The pair of actions whose sessions differ most in what they cost, among the pairs with enough sessions
     * on each side and a difference of at least {@value #MIN_DIFFERENCE}; a session that had both actions tells
     * nothing about either and is left out of that pair.
     */
    public static Optional<ActionCost> actionCost(Collection<Session> sessions) {
        List<Session> withBoth = sessions.stream().filter(EnergyInsights::hasBoth).toList();
        ActionCost best = null;
        ActionKind[] kinds = ActionKind.values();
        for (int i = 0; i < kinds.length; i++) {
            for (int j = i + 1; j < kinds.length; j++) {
                Average first = new Average();
                Average second = new Average();
                for (Session session : withBoth) {
                    boolean hasFirst = session.count(kinds[i]) > 0;
                    boolean hasSecond = session.count(kinds[j]) > 0;
                    int cost = session.energyBefore() - session.energyAfter();
                    if (hasFirst && !hasSecond) {
                        first.add(cost);
                    } else if (hasSecond && !hasFirst) {
                        second.add(cost);
                    }
                }
                if (!enough(first, second)) {
                    continue;
                }
                ActionCost pair = first.value() <= second.value()
                        ? new ActionCost(kinds[i], first.value(), first.count, kinds[j], second.value(), second.count)
                        : new ActionCost(kinds[j], second.value(), second.count, kinds[i], first.value(), first.count);
                if (best == null || pair.difference() > best.difference()) {
                    best = pair;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean hasBoth(Session session) {
        return session.energyBefore() != null && session.energyAfter() != null;
    }

    private static boolean enough(Average first, Average second) {
        return first.count >= MIN_SESSIONS_PER_GROUP && second.count >= MIN_SESSIONS_PER_GROUP
                && Math.abs(first.value() - second.value()) >= MIN_DIFFERENCE - 1e-9;
    }

    /** A running mean of small integers. */
    private static final class Average {
        private int sum;
        private int count;

        void add(int value) {
            sum += value;
            count++;
        }

        double value() {
            return count == 0 ? 0 : (double) sum / count;
        }
    }
}
