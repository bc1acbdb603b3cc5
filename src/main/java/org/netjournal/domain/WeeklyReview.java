package org.netjournal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The weekly review of one week, a journal entry of its own kind: one sentence for the next week and up to
 * {@value #GREET_AT_MOST} people to greet then, picked from the suggestions. One per week; opened again, it is
 * edited. {@code id} is 0 until it is stored.
 *
 * @param weekStart the first day of the week reviewed
 */
public record WeeklyReview(long id, LocalDate weekStart, String note, List<Greet> greet) {

    /** How many people a review picks to greet next week. */
    public static final int GREET_AT_MOST = 3;

    /**
     * One person to greet next week as picked: the name and the small step suggested then ("Like one of Anna's
     * posts") are kept with the review, so the entry still reads the same when the contact is renamed or deleted.
     *
     * @param contactId the contact, 0 once it is deleted (or unknown)
     */
    public record Greet(long contactId, String name, String suggestion) {

        public Greet {
            contactId = Math.max(0, contactId);
            name = Objects.requireNonNullElse(name, "").strip();
            suggestion = Objects.requireNonNullElse(suggestion, "").strip();
        }

        /** "Anna Keller: Like one of Anna's posts", or the name alone when no step was kept. */
        public String text() {
            return suggestion.isEmpty() ? name : name + ": " + suggestion;
        }
    }

    public WeeklyReview {
        Objects.requireNonNull(weekStart);
        note = Objects.requireNonNullElse(note, "");
        greet = distinct(Objects.requireNonNullElse(greet, List.of()));
    }

    /** The first {@value #GREET_AT_MOST}, each contact once (by id; a deleted one by its name). */
    private static List<Greet> distinct(List<Greet> picked) {
        Set<Object> seen = new HashSet<>();
        List<Greet> kept = new ArrayList<>();
        for (Greet person : picked) {
            Object key = person.contactId() > 0 ? person.contactId() : person.name();
            if (seen.add(key) && kept.size() < GREET_AT_MOST) {
                kept.add(person);
            }
        }
        return List.copyOf(kept);
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

    public WeeklyReview withGreet(List<Greet> picked) {
        return new WeeklyReview(id, weekStart, note, picked);
    }

    /** Whether {@code contactId} is among the people to greet. */
    public boolean greets(long contactId) {
        return contactId > 0 && greet.stream().anyMatch(person -> person.contactId() == contactId);
    }

    /** True when nothing was written or picked: such a review is not worth an entry. */
    public boolean isBlank() {
        return note.isBlank() && greet.isEmpty();
    }
}
