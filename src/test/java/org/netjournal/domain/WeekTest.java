package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Calendar weeks: bucketing, numbering, the year boundary and daylight-saving changes. */
class WeekTest {

    private static final DayOfWeek MON = DayOfWeek.MONDAY;
    private static final DayOfWeek SUN = DayOfWeek.SUNDAY;

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    void sundayBeforeMidnightAndMondayMidnightAreDifferentWeeksWithAMondayStart() {
        Week sunday = Week.of(at("2026-11-29T23:59"), MON);
        Week monday = Week.of(at("2026-11-30T00:00"), MON);

        assertNotEquals(sunday, monday);
        assertEquals(LocalDate.of(2026, 11, 23), sunday.start());
        assertEquals(LocalDate.of(2026, 11, 30), monday.start());
        assertEquals(sunday.next(), monday);
        assertEquals(48, sunday.number());
        assertEquals(49, monday.number());
    }

    @Test
    void sundayBeforeMidnightAndMondayMidnightAreTheSameWeekWithASundayStart() {
        Week sunday = Week.of(at("2026-11-29T23:59"), SUN);
        Week monday = Week.of(at("2026-11-30T00:00"), SUN);

        assertEquals(sunday, monday);
        assertEquals(LocalDate.of(2026, 11, 29), sunday.start());
        assertEquals(DayOfWeek.SUNDAY, sunday.firstDay());
        // and Saturday 23:59 is the week before
        assertEquals(sunday.previous(), Week.of(at("2026-11-28T23:59"), SUN));
    }

    @Test
    void isoWeek53AtTheEndOf2026ReachesInto2027() {
        Week lastOf2026 = Week.of(LocalDate.of(2026, 12, 31), MON);

        assertEquals(53, lastOf2026.number());
        assertEquals(2026, lastOf2026.weekBasedYear());
        assertEquals("2026-W53", lastOf2026.label());
        assertEquals(LocalDate.of(2026, 12, 28), lastOf2026.start());
        assertEquals(lastOf2026, Week.of(LocalDate.of(2027, 1, 1), MON), "1 January 2027 is still 2026-W53");
        assertEquals(lastOf2026, Week.of(at("2027-01-03T23:59"), MON));
        Week next = lastOf2026.next();
        assertEquals("2027-W01", next.label());
        assertEquals(LocalDate.of(2027, 1, 4), next.start());
        assertEquals(lastOf2026, next.previous());
    }

    @Test
    void theLastDaysOfDecember2024AreIn2025W01() {
        Week week = Week.of(LocalDate.of(2024, 12, 30), MON);

        assertEquals("2025-W01", week.label());
        assertEquals(week, Week.of(LocalDate.of(2025, 1, 5), MON));
        assertEquals("2024-W52", week.previous().label());
    }

    @ParameterizedTest
    @CsvSource({
            "2021-01-03, 2020-W53", // Sunday, still the long ISO year 2020
            "2021-01-04, 2021-W01",
            "2025-12-29, 2026-W01",
            "2026-01-01, 2026-W01",
            "2015-12-31, 2015-W53",
            "2020-02-29, 2020-W09",
    })
    void isoLabels(String date, String label) {
        assertEquals(label, Week.of(LocalDate.parse(date), MON).label());
    }

    @Test
    void otherFirstDaysUseTheSameFourDayRule() {
        // Sunday start: Sun 2025-12-28 .. Sat 2026-01-03 has only 3 days in 2026, so week 1 of 2026 starts
        // Sun 2026-01-04, and Sun 2026-12-27 .. Sat 2027-01-02 (5 days in 2026) is the last week of 2026: 52
        assertEquals("2025-W53", Week.of(LocalDate.of(2026, 1, 1), SUN).label(), "2025 has 53 Sunday weeks");
        assertEquals("2026-W01", Week.of(LocalDate.of(2026, 1, 4), SUN).label());
        Week sundayWeek = Week.of(LocalDate.of(2027, 1, 1), SUN);
        assertEquals(LocalDate.of(2026, 12, 27), sundayWeek.start());
        assertEquals(2026, sundayWeek.weekBasedYear());
        assertEquals(52, sundayWeek.number());
        // Sun 2027-01-03 .. Sat 2027-01-09 is week 1 of 2027
        assertEquals("2027-W01", sundayWeek.next().label());
        // Saturday start
        Week saturdayWeek = Week.of(LocalDate.of(2026, 1, 1), DayOfWeek.SATURDAY);
        assertEquals(LocalDate.of(2025, 12, 27), saturdayWeek.start());
        assertEquals(DayOfWeek.SATURDAY, saturdayWeek.firstDay());
    }

    @ParameterizedTest
    @EnumSource(DayOfWeek.class)
    void everyWeekHasSevenDaysStartingOnTheFirstDayAndNumbersIncreaseByOne(DayOfWeek firstDay) {
        Week week = Week.of(LocalDate.of(2026, 1, 1), firstDay);
        for (int i = 0; i < 600; i++) {
            assertEquals(firstDay, week.firstDay());
            assertEquals(7, week.days().size());
            assertEquals(week.lastDay(), week.days().get(6));
            assertTrue(week.contains(week.start()));
            assertTrue(week.contains(week.lastDay().atTime(23, 59)));
            assertFalse(week.contains(week.endExclusive()));
            Week next = week.next();
            if (next.weekBasedYear() == week.weekBasedYear()) {
                assertEquals(week.number() + 1, next.number(), next.toString());
            } else {
                assertEquals(week.weekBasedYear() + 1, next.weekBasedYear());
                assertEquals(1, next.number(), next.toString());
                assertTrue(week.number() == 52 || week.number() == 53, week.toString());
            }
            week = next;
        }
    }

    @Test
    void daylightSavingWeeksInBerlinStillHaveSevenCalendarDays() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // Spring forward: Sunday 2026-03-29, 02:00 -> 03:00. 02:30 does not exist on the clock.
        Week spring = Week.of(LocalDate.of(2026, 3, 29), MON);
        assertEquals(LocalDate.of(2026, 3, 23), spring.start());
        assertEquals(7, spring.days().size());
        assertEquals(167, ChronoUnit.HOURS.between(spring.startTime().atZone(berlin),
                spring.endTimeExclusive().atZone(berlin)), "the week is an hour short, and still one week");
        LocalDateTime gap = at("2026-03-29T02:30");
        assertTrue(ZoneId.of("Europe/Berlin").getRules().getValidOffsets(gap).isEmpty(), "02:30 is in the gap");
        assertEquals(spring, Week.of(gap, MON), "a session at 02:30 on the spring-forward day is in that week");
        assertTrue(spring.contains(gap));

        // Fall back: Sunday 2026-10-25, 03:00 -> 02:00; 02:30 happens twice.
        Week autumn = Week.of(LocalDate.of(2026, 10, 25), MON);
        assertEquals(169, ChronoUnit.HOURS.between(autumn.startTime().atZone(berlin),
                autumn.endTimeExclusive().atZone(berlin)));
        LocalDateTime twice = at("2026-10-25T02:30");
        assertEquals(2, berlin.getRules().getValidOffsets(twice).size());
        assertEquals(autumn, Week.of(twice, MON));
        assertEquals(autumn.next(), Week.of(at("2026-10-26T00:00"), MON));
    }

    @Test
    void aZonedMomentIsBucketedByItsLocalDateInTheUsersZone() {
        // 23:30 on Sunday in Berlin is Sunday 22:30 UTC: the local date decides, not UTC
        ZonedDateTime sundayNight = ZonedDateTime.of(at("2026-11-29T23:30"), ZoneId.of("Europe/Berlin"));
        assertEquals(Week.of(LocalDate.of(2026, 11, 29), MON), Week.of(sundayNight.toLocalDateTime(), MON));
        ZonedDateTime mondayEarly = ZonedDateTime.of(at("2026-11-30T00:30"), ZoneId.of("Europe/Berlin"));
        assertEquals(LocalDate.of(2026, 11, 29), mondayEarly.withZoneSameInstant(ZoneId.of("UTC")).toLocalDate());
        assertEquals(Week.of(LocalDate.of(2026, 11, 30), MON), Week.of(mondayEarly.toLocalDateTime(), MON));
    }

    @Test
    void orderingAndArithmetic() {
        Week a = Week.of(LocalDate.of(2026, 12, 31), MON);
        Week b = a.plusWeeks(3);
        assertTrue(a.isBefore(b));
        assertTrue(b.isAfter(a));
        assertTrue(a.compareTo(b) < 0);
        assertEquals(a, b.plusWeeks(-3));
        assertEquals(List.of(a, b), List.of(b, a).stream().sorted().toList());
        assertEquals(new Week(LocalDate.of(2026, 12, 28)), a);
    }

    @Test
    void daysLeftCountsTodayAndFridayHasThreeWithAMondayStart() {
        Week week = Week.of(LocalDate.of(2026, 11, 23), MON);
        assertEquals(7, week.daysLeft(LocalDate.of(2026, 11, 23)));
        assertEquals(3, week.daysLeft(LocalDate.of(2026, 11, 27)), "Friday");
        assertEquals(1, week.daysLeft(LocalDate.of(2026, 11, 29)), "Sunday");
        assertEquals(0, week.daysLeft(LocalDate.of(2026, 11, 30)));
        assertEquals(7, week.daysLeft(LocalDate.of(2026, 11, 1)));
    }

    @Test
    void weekStartSettingParsesDayNamesAndFallsBackToMonday() {
        assertEquals(DayOfWeek.SUNDAY, WeekStart.parse("sunday"));
        assertEquals(DayOfWeek.SATURDAY, WeekStart.parse(" SATURDAY "));
        assertEquals(DayOfWeek.MONDAY, WeekStart.parse(null));
        assertEquals(DayOfWeek.MONDAY, WeekStart.parse("sonntag"));
        for (DayOfWeek day : DayOfWeek.values()) {
            assertEquals(day, WeekStart.parse(WeekStart.code(day)));
        }
        assertEquals("sunday", WeekStart.code(DayOfWeek.SUNDAY));
    }
}
