package org.netjournal.i18n;

import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way dates and times are written in each language, for every page, field and export: English
 * "Sun 6 Dec 2026, 17:45", German "So., 6. Dez. 2026, 17:45". The patterns are in the messages bundle
 * ({@code datetime.*}), so each language keeps its own order and punctuation.
 */
public final class DateTimeTexts {

    private final DateTimeFormatter date;
    private final DateTimeFormatter weekdayDate;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter longDateTime;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter day;
    private final List<DateTimeFormatter> parsers;

    public DateTimeTexts(Messages messages) {
        Locale locale = messages.language().locale();
        date = DateTimeFormatter.ofPattern(messages.get("datetime.date"), locale);
        weekdayDate = DateTimeFormatter.ofPattern(messages.get("datetime.weekdayDate"), locale);
        dateTime = DateTimeFormatter.ofPattern(messages.get("datetime.dateTime"), locale);
        longDateTime = DateTimeFormatter.ofPattern(messages.get("datetime.longDateTime"), locale);
        dayMonth = DateTimeFormatter.ofPattern(messages.get("datetime.dayMonth"), locale);
        day = DateTimeFormatter.ofPattern(messages.get("datetime.day"), locale);
        parsers = List.of(
                new DateTimeFormatterBuilder().parseCaseInsensitive()
                        .appendPattern(messages.get("datetime.date")).toFormatter(locale),
                new DateTimeFormatterBuilder().parseCaseInsensitive()
                        .appendPattern(messages.get("datetime.weekdayDate")).toFormatter(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale),
                DateTimeFormatter.ofPattern("d.M.uuuu", locale),
                DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** "6 Dec 2026" / "6. Dez. 2026": due dates, wins, days. */
    public String date(LocalDate value) {
        return format(date, value);
    }

    /** "Sun 6 Dec 2026" / "So., 6. Dez. 2026". */
    public String weekdayDate(LocalDate value) {
        return format(weekdayDate, value);
    }

    /** "Sun 6 Dec 2026, 17:45" / "So., 6. Dez. 2026, 17:45": a session's time. */
    public String dateTime(LocalDateTime value) {
        return format(dateTime, value);
    }

    /** "Sunday, 6 December 2026, 17:45": a heading in an exported journal. */
    public String longDateTime(LocalDateTime value) {
        return format(longDateTime, value);
    }

    /** "6 Dec" / "6. Dez.": within a week or a chart, where the year is clear. */
    public String dayMonth(LocalDate value) {
        return format(dayMonth, value);
    }

    /** "6" / "6.": the first day of a range within one month ("6–12 Dec"). */
    public String day(LocalDate value) {
        return format(day, value);
    }

    /**
     * A date as people type it: this style ("6 Dec 2026"), the language's usual numeric forms ("6.12.2026",
     * "12/6/2026"), or ISO ("2026-12-06"). Empty when it cannot be understood.
     */
    public Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        for (DateTimeFormatter format : parsers) {
            try {
                return Optional.of(LocalDate.parse(typed, format));
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor value) {
        return value == null ? "" : formatter.format(value);
    }
}
