package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Contact;
import org.netjournal.domain.SearchHit;
import org.netjournal.domain.SearchKind;
import org.netjournal.domain.WeeklyReview;

/** The weekly reviews on a real file: an old journal upgrades, one review per week, searchable, kept on reopen. */
class WeeklyReviewStorageTest {

    @TempDir
    Path temp;

    @Test
    void aSchemaEightJournalUpgradesAndKeepsOneSearchableReviewPerWeek() throws Exception {
        DataFolder folder = OldJournal.folder(temp.resolve("v8"), 8,
                "INSERT INTO contact (id, first_name, created_at) VALUES (1, 'Anna', '2025-01-01T00:00:00Z'), "
                        + "(2, 'Bo', '2025-01-01T00:00:00Z'), (3, 'Cy', '2025-01-01T00:00:00Z')");
        LocalDate week = LocalDate.of(2026, 11, 30);
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, db.schemaVersion());
            WeeklyReviewRepository reviews = new WeeklyReviewRepository(db);
            assertEquals(List.of(), reviews.list());
            WeeklyReview saved = reviews.save(new WeeklyReview(0, week, "Ask Anna about the meetup",
                    List.of(BO, ANNA)));
            // the same week saved again (another window's copy without its id) changes that entry
            reviews.save(new WeeklyReview(0, week, "Ask Anna about the Kotlin meetup", List.of(BO, CY, ANNA)));
            reviews.save(new WeeklyReview(0, week.minusWeeks(1), "", List.of(CY)));
            new ContactRepository(db).delete(3);
            WeeklyReview.Greet cyGone = new WeeklyReview.Greet(0, "Cy", "Say hello to Cy");
            assertEquals(List.of(new WeeklyReview(saved.id(), week, "Ask Anna about the Kotlin meetup",
                    List.of(BO, cyGone, ANNA)), new WeeklyReview(saved.id() + 1, week.minusWeeks(1), "",
                    List.of(cyGone))), reviews.list(), "newest first; a deleted contact leaves its name and step");
            assertEquals(List.of(saved.id() + 1, saved.id()), hits(db, "cy"), "found by the people to greet");
            assertEquals(List.of(saved.id()), hits(db, "posts"), "and by their steps");
            assertEquals(List.of(saved.id()), hits(db, "kotlin"));
        }
        try (JournalDatabase reopened = JournalDatabase.open(folder)) {
            assertEquals("Ask Anna about the Kotlin meetup",
                    new WeeklyReviewRepository(reopened).list().get(0).note());
            assertEquals(List.of(1L), hits(reopened, "meetup"));
            assertEquals(week.atStartOfDay(), new SearchRepository(reopened).search("meetup", 10).groups().get(0)
                    .hits().get(0).when(), "a hit names its week");
        }
    }

    private static final WeeklyReview.Greet ANNA = new WeeklyReview.Greet(1, "Anna", "Like one of Anna's posts");
    private static final WeeklyReview.Greet BO = new WeeklyReview.Greet(2, "Bo", "Send Bo a short message");
    private static final WeeklyReview.Greet CY = new WeeklyReview.Greet(3, "Cy", "Say hello to Cy");

    @Test
    void theFirstReviewsKeepTheirPeopleByNameAndAreFoundByThem() throws Exception {
        DataFolder folder = OldJournal.folder(temp.resolve("v10"), 10,
                "INSERT INTO contact (id, first_name, last_name, created_at) VALUES "
                        + "(1, 'Anna', 'Keller', '2025-01-01T00:00:00Z'), (2, 'Bo', '', '2025-01-01T00:00:00Z')",
                "INSERT INTO weekly_review (id, week_start, note) VALUES (7, '2026-11-23', ''), "
                        + "(8, '2026-11-30', 'Rest')",
                "INSERT INTO weekly_review_greet (review_id, position, contact_id) VALUES (7, 0, 2), (7, 1, 1)");
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, db.schemaVersion());
            WeeklyReviewRepository reviews = new WeeklyReviewRepository(db);
            assertEquals(List.of(new WeeklyReview.Greet(2, "Bo", ""), new WeeklyReview.Greet(1, "Anna Keller", "")),
                    reviews.list().get(1).greet(), "the order and the names as the contacts have them");
            assertEquals(List.of(7L), hits(db, "keller"), "a review of names only is found by them");
            new ContactRepository(db).delete(1);
            assertEquals(List.of(new WeeklyReview.Greet(2, "Bo", ""), new WeeklyReview.Greet(0, "Anna Keller", "")),
                    reviews.list().get(1).greet());
            assertEquals(List.of(7L), hits(db, "anna"), "still found after the contact went");
            // a pick without a name (an early export restored) takes the contact's
            reviews.save(new WeeklyReview(0, LocalDate.of(2026, 11, 30), "Rest", List.of(
                    new WeeklyReview.Greet(2, "", ""))));
            assertEquals(List.of(new WeeklyReview.Greet(2, "Bo", "")), reviews.list().get(0).greet());
        }
    }

    private static List<Long> hits(JournalDatabase db, String query) {
        return new SearchRepository(db).search(query, 10).groups().stream()
                .filter(group -> group.kind() == SearchKind.REVIEW)
                .flatMap(group -> group.hits().stream()).map(SearchHit::id).toList();
    }
}
