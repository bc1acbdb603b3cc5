package org.netjournal.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A calendar week: seven local dates starting on the user's first day of the week. Never a rolling window.
 * A week is identified by its first day alone, so two weeks are equal when they start on the same date.
 *
 * <p>Everything is in local dates (see {@link Session} for why): a session belongs to the week holding its
 * local date, so Sunday 23:59 and Monday 00:00 are in different weeks when weeks start on Monday and in the
 * same week when they start on Sunday, and daylight-saving changes cannot move a session between weeks.
 *
 * <p><b>Week numbers.</b> With a Monday start these are ISO-8601 week numbers ({@link IsoFields}): week 1 is
 * the week with the year's first Thursday, so 2024-12-30 is in 2025-W01 and 2027-01-01 is in 2026-W53. For
 * another first day the same rule is applied with that first day ({@code WeekFields.of(firstDay, 4)}): a week
 * belongs to the year holding at least four of its days. That keeps one number per week, but for a Sunday
 * start it is not the US convention (which counts the week with 1 January as week 1).
 */
public record Week(LocalDate start) implements Comparable<Week> {

    public Week {
        Objects.requireNonNull(start, "start");
    }

    /** The week holding {@code date} when weeks begin on {@code firstDay}. */
    public static Week of(LocalDate date, DayOfWeek firstDay) {
        return new Week(date.with(TemporalAdjusters.previousOrSame(Objects.requireNonNull(firstDay, "firstDay"))));
    }

    /** The week holding the local date of {@code time} (the time of day never matters). */
    public static Week of(LocalDateTime time, DayOfWeek firstDay) {
        return of(time.toLocalDate(), firstDay);
    }

    public DayOfWeek firstDay() {
        return start.getDayOfWeek();
    }

    /** The week's last day (inclusive). */
    public LocalDate lastDay() {
        return start.plusDays(6);
    }

    /** The first day of the next week: the exclusive end. */
    public LocalDate endExclusive() {
        return start.plusDays(7);
    }

    /** Midnight at the start of the first day, local time. */
    public LocalDateTime startTime() {
        return start.atStartOfDay();
    }

    /** Midnight at the start of the next week, local time (exclusive). */
    public LocalDateTime endTimeExclusive() {
        return endExclusive().atStartOfDay();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(endExclusive());
    }

    public boolean contains(LocalDateTime time) {
        return contains(time.toLocalDate());
    }

    /** The seven dates of the week, in order. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            days.add(start.plusDays(i));
        }
        return days;
    }

    public Week next() {
        return plusWeeks(1);
    }

    public Week previous() {
        return plusWeeks(-1);
    }

    public Week plusWeeks(long weeks) {
        return new Week(start.plusWeeks(weeks));
    }

    private WeekFields fields() {
        return WeekFields.of(firstDay(), 4);
    }

    /** The week number: ISO for a Monday start, see the class comment otherwise. */
    public int number() {
        if (firstDay() == DayOfWeek.MONDAY) {
            return start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }
        return start.get(fields().weekOfWeekBasedYear());
    }

    /** The year the week number belongs to (2026 for 2026-W53 even on 1 January 2027). */
    public int weekBasedYear() {
        if (firstDay() == DayOfWeek.MONDAY) {
            return start.get(IsoFields.WEEK_BASED_YEAR);
        }
        return start.get(fields().weekBasedYear());
    }

    /** {@code 2026-W53}: the ISO-style label, zero-padded week number. */
    public String label() {
        return String.format("%04d-W%02d", weekBasedYear(), number());
    }

    /** Days left in the week from {@code today} on, counting today; 7 before the week, 0 after it. */
    public int daysLeft(LocalDate today) {
        if (today.isBefore(start)) {
            return 7;
        }
        if (!today.isBefore(endExclusive())) {
            return 0;
        }
        return (int) (endExclusive().toEpochDay() - today.toEpochDay());
    }

    public boolean isBefore(Week other) {
        return start.isBefore(other.start);
    }

    public boolean isAfter(Week other) {
        return start.isAfter(other.start);
    }

    @Override
    public int compareTo(Week other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return label() + " (" + start + ")";
    }
}
