package org.netjournal.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Average energy before and after sessions, week by week, for the small chart on the home page. */
public final class EnergyTrend {

    /** Weeks shown on the home page. */
    public static final int WEEKS = 8;

    private EnergyTrend() {
    }

    /**
     * One week's averages; {@code before} or {@code after} is null when no session of the week had that value.
     *
     * @param sessions sessions of the week with at least one energy value
     */
    public record Point(Week week, Double before, Double after, int sessions) {
    }

    /**
     * The last {@code weeks} calendar weeks ending with {@code current} (included), oldest first. Weeks in which
     * no session had an energy value are left out, so the list may be shorter (or empty).
     */
    public static List<Point> lastWeeks(Collection<Session> sessions, Week current, int weeks) {
        DayOfWeek firstDay = current.firstDay();
        Week oldest = current.plusWeeks(-(weeks - 1L));
        List<Point> points = new ArrayList<>();
        for (Week week = oldest; !week.isAfter(current); week = week.next()) {
            int beforeSum = 0;
            int beforeCount = 0;
            int afterSum = 0;
            int afterCount = 0;
            int withValues = 0;
            for (Session session : sessions) {
                if (!Week.of(session.start(), firstDay).equals(week)) {
                    continue;
                }
                if (session.energyBefore() != null) {
                    beforeSum += session.energyBefore();
                    beforeCount++;
                }
                if (session.energyAfter() != null) {
                    afterSum += session.energyAfter();
                    afterCount++;
                }
                if (session.energyBefore() != null || session.energyAfter() != null) {
                    withValues++;
                }
            }
            if (withValues > 0) {
                points.add(new Point(week, beforeCount == 0 ? null : (double) beforeSum / beforeCount,
                        afterCount == 0 ? null : (double) afterSum / afterCount, withValues));
            }
        }
        return points;
    }

    /** {@link #lastWeeks(Collection, Week, int)} over {@value #WEEKS} weeks. */
    public static List<Point> lastWeeks(Collection<Session> sessions, Week current) {
        return lastWeeks(sessions, current, WEEKS);
    }
}
