package org.netjournal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.netjournal.domain.ContactSummary;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.SettingsRepository;

/**
 * What goes into the reminders calendar, the same from the window and from {@code netjournal export --format ics}:
 * every contact due a follow-up (with the next small step as the description) and the weekly session slot, under
 * the journal's own calendar id, which is made once and kept in the settings so that a re-export updates events.
 */
public final class CalendarReminders {

    /** The journal's calendar id (random, made at the first export). */
    public static final String CALENDAR_ID_SETTING = "reminders.calendarId";
    /** "true" (initials only) or "false" (full names); absent until the first export asked. */
    public static final String INITIALS_SETTING = "reminders.initialsOnly";
    /** The weekly slot: {@code DAY HH:MM MINUTES}, e.g. {@code SUNDAY 19:00 20}. */
    public static final String SLOT_SETTING = "reminders.sessionSlot";

    /** The slot's time and length when none was chosen: an evening hour, short enough to start. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(19, 0);
    static final int DEFAULT_MINUTES = 20;

    private CalendarReminders() {
    }

    /** The words only the caller knows: the event texts and the next small step with someone. */
    public interface Words {
        CalendarExport.Texts texts();

        /** The next small step with {@code contact}, naming them {@code shownName}. */
        String nextStep(ContactSummary contact, String shownName);
    }

    /** The slot stored in {@code settings}, else the last day of the week at 19:00 for 20 minutes. */
    public static CalendarExport.WeeklySlot slot(Map<String, String> settings, DayOfWeek weekStart) {
        String[] parts = settings.getOrDefault(SLOT_SETTING, "").trim().split("\\s+");
        if (parts.length == 3) {
            try {
                return new CalendarExport.WeeklySlot(DayOfWeek.valueOf(parts[0]), LocalTime.parse(parts[1]),
                        Integer.parseInt(parts[2]));
            } catch (IllegalArgumentException | DateTimeParseException damaged) {
                // a hand-edited setting: the default below
            }
        }
        return new CalendarExport.WeeklySlot(weekStart.minus(1), DEFAULT_TIME, DEFAULT_MINUTES);
    }

    /** The slot as {@link #SLOT_SETTING} keeps it. */
    public static String slotSetting(CalendarExport.WeeklySlot slot) {
        return slot.day() + " " + slot.time() + " " + slot.minutes();
    }

    /**
     * Storage thread: writes the calendar to {@code out} and returns how many follow-ups it holds. Makes the
     * calendar id on the first export.
     */
    public static int write(ContactRepository contacts, SettingsRepository settings, boolean initialsOnly,
                            CalendarExport.WeeklySlot slot, Words words, OutputStream out, LocalDate today,
                            Instant now) throws IOException {
        String calendarId = settings.get(CALENDAR_ID_SETTING).filter(id -> id.matches("[A-Za-z0-9-]{1,64}"))
                .orElse(null);
        if (calendarId == null) {
            calendarId = UUID.randomUUID().toString();
            settings.put(CALENDAR_ID_SETTING, calendarId);
        }
        List<CalendarExport.FollowUp> followUps = contacts.summaries().stream()
                .filter(contact -> contact.isDue(today)).sorted(ContactSummary.BY_NEXT_DUE)
                .map(contact -> {
                    String name = initialsOnly ? contact.initials() : contact.fullName();
                    return new CalendarExport.FollowUp(contact.id(), name, contact.nextDue().orElse(today),
                            words.nextStep(contact, name));
                }).toList();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CalendarExport.write(writer, calendarId, followUps, Optional.of(slot), words.texts(), today, now);
        writer.flush();
        return followUps.size();
    }
}
