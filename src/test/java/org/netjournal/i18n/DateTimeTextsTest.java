package org.netjournal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One date and time style per language, and dates read as people type them. */
class DateTimeTextsTest {

    private static final LocalDateTime EVENING = LocalDateTime.of(2026, 12, 6, 17, 45);

    @Test
    void englishWritesEveryDateOneWay() {
        DateTimeTexts dates = new DateTimeTexts(new Messages(Language.ENGLISH));
        assertEquals("Sun 6 Dec 2026, 17:45", dates.dateTime(EVENING));
        assertEquals("6 Dec 2026", dates.date(EVENING.toLocalDate()));
        assertEquals("Sun 6 Dec 2026", dates.weekdayDate(EVENING.toLocalDate()));
        assertEquals("Sunday, 6 December 2026, 17:45", dates.longDateTime(EVENING));
        assertEquals("6 Dec", dates.dayMonth(EVENING.toLocalDate()));
        assertEquals("", dates.date(null));
    }

    @Test
    void germanWritesEveryDateOneWay() {
        DateTimeTexts dates = new DateTimeTexts(new Messages(Language.GERMAN));
        assertEquals("So., 6. Dez. 2026, 17:45", dates.dateTime(EVENING));
        assertEquals("6. Dez. 2026", dates.date(EVENING.toLocalDate()));
        assertEquals("6. Dez.", dates.dayMonth(EVENING.toLocalDate()));
    }

    @Test
    void readsWhatPeopleType() {
        LocalDate day = EVENING.toLocalDate();
        DateTimeTexts english = new DateTimeTexts(new Messages(Language.ENGLISH));
        for (String typed : new String[] {"6 Dec 2026", "6 dec 2026", " 12/6/26 ", "2026-12-06", "Sun 6 Dec 2026"}) {
            assertEquals(Optional.of(day), english.parseDate(typed), typed);
        }
        DateTimeTexts german = new DateTimeTexts(new Messages(Language.GERMAN));
        for (String typed : new String[] {"6. Dez. 2026", "6.12.2026", "06.12.26", "2026-12-06"}) {
            assertEquals(Optional.of(day), german.parseDate(typed), typed);
        }
        assertEquals(Optional.empty(), english.parseDate("next Tuesday"));
        assertEquals(Optional.empty(), english.parseDate(""));
    }
}
