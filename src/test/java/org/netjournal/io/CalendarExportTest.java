package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import java.io.IOException;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The .ics export, parsed back by biweekly: all-day follow-ups, a floating weekly slot, UIDs stable across exports. */
class CalendarExportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2); // a Wednesday
    private static final CalendarExport.Texts TEXTS = new CalendarExport.Texts("Get in touch with %s",
            "Networking session", "A few small steps, then note them in NetJournal.");
    private static final List<CalendarExport.FollowUp> FOLLOW_UPS = List.of(
            new CalendarExport.FollowUp(7, "Anna Schmidt, PhD; Berlin", LocalDate.of(2026, 12, 10), "Comment on something she shared"),
            new CalendarExport.FollowUp(9, "J. K.", LocalDate.of(2026, 11, 20), ""));
    private static final Optional<CalendarExport.WeeklySlot> SUNDAY_EVENING =
            Optional.of(new CalendarExport.WeeklySlot(DayOfWeek.SUNDAY, LocalTime.of(19, 0), 20));

    private static String export(Instant now) throws IOException {
        StringWriter out = new StringWriter();
        CalendarExport.write(out, "j-3f2a", FOLLOW_UPS, SUNDAY_EVENING, TEXTS, TODAY, now);
        return out.toString();
    }

    @Test
    void followUpsAreAllDayEventsOnTheirDueDayAndOverdueOnesToday() throws IOException {
        ICalendar calendar = Biweekly.parse(export(Instant.parse("2026-12-02T18:00:00Z"))).first();

        List<VEvent> events = calendar.getEvents();
        assertEquals(3, events.size());
        VEvent anna = events.get(0);
        assertEquals("Get in touch with Anna Schmidt, PhD; Berlin", anna.getSummary().getValue());
        assertEquals("Comment on something she shared", anna.getDescription().getValue());
        assertFalse(anna.getDateStart().getValue().hasTime());
        assertEquals(new DateTimeComponents(2026, 12, 10), anna.getDateStart().getValue().getRawComponents());
        VEvent overdue = events.get(1);
        assertEquals(new DateTimeComponents(2026, 12, 2), overdue.getDateStart().getValue().getRawComponents());
        assertEquals(null, overdue.getDescription());
    }

    @Test
    void theSessionSlotRepeatsWeeklyAtAFloatingLocalTime() throws IOException {
        String text = export(Instant.parse("2026-12-02T18:00:00Z"));
        ICalendar calendar = Biweekly.parse(text).first();

        VEvent slot = calendar.getEvents().get(2);
        assertEquals("Networking session", slot.getSummary().getValue());
        assertEquals(Frequency.WEEKLY, slot.getRecurrenceRule().getValue().getFrequency());
        assertEquals(biweekly.util.DayOfWeek.SUNDAY, slot.getRecurrenceRule().getValue().getByDay().get(0).getDay());
        assertTrue(text.contains("RRULE:FREQ=WEEKLY;BYDAY=SU\r\n"), text);
        assertEquals(new DateTimeComponents(2026, 12, 6, 19, 0, 0, false),
                slot.getDateStart().getValue().getRawComponents());
        assertTrue(text.contains("DTSTART:20261206T190000\r\n"), "floating: no zone, no Z\n" + text);
        assertEquals(20, slot.getDuration().getValue().toMillis() / 60_000);
    }

    @Test
    void aSecondExportKeepsTheUidsAndRaisesTheSequenceSoCalendarsUpdate() throws IOException {
        ICalendar first = Biweekly.parse(export(Instant.parse("2026-12-02T18:00:00Z"))).first();
        ICalendar second = Biweekly.parse(export(Instant.parse("2026-12-09T18:00:00Z"))).first();

        List<String> uids = first.getEvents().stream().map(event -> event.getUid().getValue()).toList();
        assertEquals(List.of("follow-up-7@j-3f2a.netjournal", "follow-up-9@j-3f2a.netjournal",
                "weekly-session@j-3f2a.netjournal"), uids);
        assertEquals(uids, second.getEvents().stream().map(event -> event.getUid().getValue()).toList());
        for (int i = 0; i < uids.size(); i++) {
            assertTrue(second.getEvents().get(i).getSequence().getValue()
                    > first.getEvents().get(i).getSequence().getValue());
        }
    }

    @Test
    void withoutASlotOnlyTheFollowUpsAreWritten() throws IOException {
        StringWriter out = new StringWriter();
        CalendarExport.write(out, "j-3f2a", List.of(), Optional.empty(), TEXTS, TODAY, Instant.now());

        ICalendar calendar = Biweekly.parse(out.toString()).first();
        assertEquals(0, calendar.getEvents().size());
        assertEquals(CalendarExport.PRODUCT_ID, calendar.getProductId().getValue());
    }
}
