package org.netjournal.io;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneInfo;
import biweekly.property.DateStart;
import biweekly.property.Sequence;
import biweekly.util.DayOfWeek;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.DateTimeComponents;
import biweekly.util.Recurrence;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reminders where people look: the follow-ups (who is due to get in touch, on the day they are due) and a weekly
 * networking-session slot as an iCalendar file (RFC 5545), written by biweekly.
 *
 * <p><b>Stable UIDs.</b> Each event's UID is made of what it stands for (the contact's id, or "weekly-session") and
 * the journal's own calendar id, so importing a newer export into the same calendar updates the events instead of
 * adding copies. The SEQUENCE grows with the export time (minutes since 2026), which is what calendars compare to
 * decide that an event with a known UID is newer.
 *
 * <p><b>Time.</b> Follow-ups are all-day events. The session slot is a floating local time ("Sunday 19:00 wherever
 * I am"), like the journal's own times, so a calendar shows it at that wall-clock time in any zone.
 *
 * <p>Texts come from the caller ({@link Texts}): {@code io} holds no UI text.
 */
public final class CalendarExport {

    /** The product id calendars see; no version, so an update of the app does not look like another producer. */
    static final String PRODUCT_ID = "-//NetJournal//NetJournal//EN";

    /** SEQUENCE counts minutes from here: small enough for an int for thousands of years, and always growing. */
    private static final Instant SEQUENCE_EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private CalendarExport() {
    }

    /** Someone due to get in touch. {@code due} before today is exported as today: a reminder in the past helps nobody. */
    public record FollowUp(long contactId, String name, LocalDate due, String whatToDo) {

        public FollowUp {
            Objects.requireNonNull(name);
            Objects.requireNonNull(due);
            whatToDo = Objects.requireNonNullElse(whatToDo, "");
        }
    }

    /** The weekly slot for a networking session. */
    public record WeeklySlot(java.time.DayOfWeek day, LocalTime time, int minutes) {

        public WeeklySlot {
            Objects.requireNonNull(day);
            Objects.requireNonNull(time);
            if (minutes < 5 || minutes > 240) {
                throw new IllegalArgumentException("A session slot lasts 5 to 240 minutes: " + minutes);
            }
        }
    }

    /**
     * The words of the events, in the user's language.
     *
     * @param followUpSummary a format with one {@code %s} for the name, e.g. "Get in touch with %s"
     * @param sessionSummary  e.g. "Networking session"
     * @param sessionNote     the session slot's description, e.g. "A few small steps, then note them in NetJournal."
     */
    public record Texts(String followUpSummary, String sessionSummary, String sessionNote) {
    }

    /**
     * Writes the calendar.
     *
     * @param calendarId the journal's own id for UIDs (letters, digits and dashes), the same at every export
     * @param today      the day of the export: overdue follow-ups are moved to it, the slot starts in its week
     */
    public static void write(Writer out, String calendarId, List<FollowUp> followUps, Optional<WeeklySlot> slot,
                             Texts texts, LocalDate today, Instant now) throws IOException {
        if (!calendarId.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("A calendar id is 1 to 64 letters, digits or dashes: " + calendarId);
        }
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        TimezoneInfo timezones = calendar.getTimezoneInfo();
        int sequence = (int) Math.max(0, java.time.Duration.between(SEQUENCE_EPOCH, now).toMinutes());
        Date stamp = Date.from(now);
        for (FollowUp followUp : followUps) {
            VEvent event = new VEvent();
            event.setUid("follow-up-" + followUp.contactId() + "@" + calendarId + ".netjournal");
            event.setDateTimeStamp(stamp);
            event.setSequence(new Sequence(sequence));
            LocalDate day = followUp.due().isBefore(today) ? today : followUp.due();
            event.setDateStart(new DateStart(allDay(day)));
            event.setDuration(new Duration.Builder().days(1).build());
            event.setSummary(String.format(Locale.ROOT, texts.followUpSummary(), followUp.name()));
            if (!followUp.whatToDo().isBlank()) {
                event.setDescription(followUp.whatToDo());
            }
            calendar.addEvent(event);
        }
        if (slot.isPresent()) {
            WeeklySlot weekly = slot.get();
            VEvent event = new VEvent();
            event.setUid("weekly-session@" + calendarId + ".netjournal");
            event.setDateTimeStamp(stamp);
            event.setSequence(new Sequence(sequence));
            LocalDate first = today.with(TemporalAdjusters.nextOrSame(weekly.day()));
            DateStart start = new DateStart(floating(LocalDateTime.of(first, weekly.time())));
            event.setDateStart(start);
            timezones.setFloating(start, true);
            event.setDuration(new Duration.Builder().minutes(weekly.minutes()).build());
            event.setRecurrenceRule(new Recurrence.Builder(Frequency.WEEKLY).byDay(dayOf(weekly.day())).build());
            event.setSummary(texts.sessionSummary());
            event.setDescription(texts.sessionNote());
            calendar.addEvent(event);
        }
        Biweekly.write(calendar).version(ICalVersion.V2_0).go(out);
    }

    private static ICalDate allDay(LocalDate day) {
        return new ICalDate(new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }

    private static ICalDate floating(LocalDateTime time) {
        DateTimeComponents components = new DateTimeComponents(time.getYear(), time.getMonthValue(),
                time.getDayOfMonth(), time.getHour(), time.getMinute(), 0, false);
        return new ICalDate(components, true);
    }

    private static DayOfWeek dayOf(java.time.DayOfWeek day) {
        return switch (day) {
            case MONDAY -> DayOfWeek.MONDAY;
            case TUESDAY -> DayOfWeek.TUESDAY;
            case WEDNESDAY -> DayOfWeek.WEDNESDAY;
            case THURSDAY -> DayOfWeek.THURSDAY;
            case FRIDAY -> DayOfWeek.FRIDAY;
            case SATURDAY -> DayOfWeek.SATURDAY;
            case SUNDAY -> DayOfWeek.SUNDAY;
        };
    }
}
