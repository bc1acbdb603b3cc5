package org.netjournal.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that felt good, noted on a day (step 7), optionally from a session. {@code id} is 0 before saving.
 */
public record Win(long id, LocalDate date, String text, Long sessionId) {

    public Win {
        Objects.requireNonNull(date, "date");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A win needs some text");
        }
        text = text.strip();
    }

    public static Win of(LocalDate date, String text) {
        return new Win(0, date, text, null);
    }
}
