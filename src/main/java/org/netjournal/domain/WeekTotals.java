package org.netjournal.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One calendar week of the journal: its sessions (newest first) and the sums of their counts, for the journal
 * list grouped by week.
 *
 * @param totals  the sum per action kind (kinds with a zero sum are left out)
 * @param minutes the sum of the entered durations
 */
public record WeekTotals(Week week, List<Session> sessions, Map<ActionKind, Integer> totals, int minutes) {

    /** Newest first: start descending, then id descending. */
    public static final Comparator<Session> NEWEST_FIRST = Comparator.comparing(Session::start)
            .thenComparingLong(Session::id).reversed();

    public WeekTotals {
        sessions = List.copyOf(sessions);
        Map<ActionKind, Integer> copy = new EnumMap<>(ActionKind.class);
        copy.putAll(totals);
        totals = Collections.unmodifiableMap(copy);
    }

    public int total(ActionKind kind) {
        return totals.getOrDefault(kind, 0);
    }

    /** The sessions grouped by calendar week, newest week first, each week's sessions newest first. */
    public static List<WeekTotals> group(Collection<Session> sessions, DayOfWeek firstDay) {
        TreeMap<Week, List<Session>> byWeek = new TreeMap<>(Comparator.reverseOrder());
        for (Session session : sessions) {
            byWeek.computeIfAbsent(Week.of(session.start(), firstDay), w -> new ArrayList<>()).add(session);
        }
        List<WeekTotals> weeks = new ArrayList<>(byWeek.size());
        for (Map.Entry<Week, List<Session>> entry : byWeek.entrySet()) {
            List<Session> ofWeek = entry.getValue();
            ofWeek.sort(NEWEST_FIRST);
            Map<ActionKind, Integer> totals = new EnumMap<>(ActionKind.class);
            int minutes = 0;
            for (Session session : ofWeek) {
                session.counts().totals().forEach((kind, count) -> totals.merge(kind, count, Integer::sum));
                minutes += session.durationMinutes() == null ? 0 : session.durationMinutes();
            }
            weeks.add(new WeekTotals(entry.getKey(), ofWeek, totals, minutes));
        }
        return weeks;
    }
}
