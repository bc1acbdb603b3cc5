package org.netjournal.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The weekly review of one week, a journal entry of its own kind: one sentence for the next week and up to
 * {@value #GREET_AT_MOST} people to greet then, picked from the suggestions. One per week; opened again, it is
 * edited. {@code id} is 0 until it is stored.
 *
 * @param weekStart the first day of the week reviewed
 */
public record WeeklyReview(long id, LocalDate weekStart, String note, List<Long> greet) {

    /** How many people a review picks to greet next week. */
    public static final int GREET_AT_MOST = 3;

    public WeeklyReview {
        Objects.requireNonNull(weekStart);
        note = Objects.requireNonNullElse(note, "");
        greet = List.copyOf(new LinkedHashSet<>(Objects.requireNonNullElse(greet, List.of())));
        if (greet.size() > GREET_AT_MOST) {
            greet = greet.subList(0, GREET_AT_MOST);
        }
    }

    /** A review not written yet. */
    public static WeeklyReview of(Week week) {
        return new WeeklyReview(0, week.start(), "", List.of());
    }

    public WeeklyReview withId(long newId) {
        return new WeeklyReview(newId, weekStart, note, greet);
    }

    public WeeklyReview withNote(String newNote) {
        return new WeeklyReview(id, weekStart, newNote, greet);
    }

    public WeeklyReview withGreet(List<Long> contactIds) {
        return new WeeklyReview(id, weekStart, note, contactIds);
    }

    /** True when nothing was written or picked: such a review is not worth an entry. */
    public boolean isBlank() {
        return note.isBlank() && greet.isEmpty();
    }
}
