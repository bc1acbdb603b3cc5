package org.netjournal.ui.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action when the local date changes while the app is open (the coach's cards, who is due, the Sunday
 * review offer and the reminders depend on "today"). One timer to just after the next local midnight, re-armed
 * each time: no polling. A timer that fires early (a clock set back) only re-arms; the action runs once per new
 * date. The timer counts only the time the machine was awake, so the window also asks {@link #catchUp()} when it
 * gets the focus back (a laptop opened the next morning).
 */
public final class DayChange {

    /** After midnight, not on it: a timer a few milliseconds early would see yesterday. */
    static final long MARGIN_MILLIS = 2_000;

    private final Clock clock;
    private final Runnable onNewDay;
    private PauseTransition pause;
    private LocalDate day;

    public DayChange(Clock clock, Runnable onNewDay) {
        this.clock = clock;
        this.onNewDay = onNewDay;
        this.day = LocalDate.now(clock);
    }

    /** Arms the timer (FX thread). */
    public void start() {
        day = LocalDate.now(clock);
        arm();
    }

    /** Stops the timer (FX thread). */
    public void stop() {
        if (pause != null) {
            pause.stop();
        }
    }

    /** How long from {@code now} until just after the start of the next local day (a DST day is 23 or 25 hours). */
    static long millisUntilNextDay(ZonedDateTime now) {
        ZonedDateTime next = now.toLocalDate().plusDays(1).atStartOfDay(now.getZone());
        return ChronoUnit.MILLIS.between(now, next) + MARGIN_MILLIS;
    }

    /**
     * Checks the date now (FX thread), e.g. when the window gets the focus back: the timer counts the time the
     * machine was awake, so after a night of sleep it would fire hours late. Re-arms when the date changed.
     */
    public void catchUp() {
        if (check() && pause != null) { // re-armed only once started
            arm();
        }
    }

    /** The timer fired: runs the action when the date is another than before; true when it did. */
    boolean check() {
        LocalDate now = LocalDate.now(clock);
        if (now.equals(day)) {
            return false;
        }
        day = now;
        onNewDay.run();
        return true;
    }

    private void arm() {
        if (pause == null) {
            pause = new PauseTransition();
            pause.setOnFinished(event -> {
                check();
                arm();
            });
        }
        pause.stop();
        pause.setDuration(Duration.millis(millisUntilNextDay(ZonedDateTime.now(clock))));
        pause.playFromStart();
    }
}
