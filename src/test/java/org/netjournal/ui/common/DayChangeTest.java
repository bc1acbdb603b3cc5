package org.netjournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The timer to the next local midnight and the action that runs once per new date, on a clock set by the test. */
class DayChangeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theTimerRunsToJustAfterTheNextLocalMidnight() {
        assertEquals(Duration.ofSeconds(30).toMillis() + DayChange.MARGIN_MILLIS,
                DayChange.millisUntilNextDay(ZonedDateTime.of(2026, 12, 6, 23, 59, 30, 0, BERLIN)));
        assertEquals(Duration.ofHours(24).toMillis() + DayChange.MARGIN_MILLIS,
                DayChange.millisUntilNextDay(ZonedDateTime.of(2026, 12, 6, 0, 0, 0, 0, BERLIN)));
        // the night the clocks go back is an hour longer
        assertEquals(Duration.ofHours(25).toMillis() + DayChange.MARGIN_MILLIS,
                DayChange.millisUntilNextDay(ZonedDateTime.of(2026, 10, 25, 0, 0, 0, 0, BERLIN)));
    }

    @Test
    void theActionRunsOncePerNewDateAndNotWhenTheTimerFiresEarly() {
        MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 12, 6, 23, 59, 59, 0, BERLIN).toInstant());
        AtomicInteger runs = new AtomicInteger();
        DayChange change = new DayChange(clock, runs::incrementAndGet);
        assertFalse(change.check(), "still Sunday: a timer that fired early only re-arms");
        clock.now = clock.now.plusSeconds(2);
        assertTrue(change.check());
        assertFalse(change.check(), "once for Monday");
        clock.now = clock.now.plus(Duration.ofDays(3));
        assertTrue(change.check(), "a laptop that slept for days: once on waking");
        assertEquals(2, runs.get());
    }

    @Test
    void catchingUpRunsTheActionOnlyWhenTheDateMovedOn() {
        MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 12, 6, 22, 0, 0, 0, BERLIN).toInstant());
        AtomicInteger runs = new AtomicInteger();
        DayChange change = new DayChange(clock, runs::incrementAndGet);
        change.catchUp();
        assertEquals(0, runs.get(), "the same evening: nothing to do");
        clock.now = clock.now.plus(Duration.ofHours(10)); // the laptop opened the next morning, the timer still asleep
        change.catchUp();
        change.catchUp();
        assertEquals(1, runs.get(), "once for the new day");
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return BERLIN;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
