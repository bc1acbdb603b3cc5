package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
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
        DataFolder folder = new DataFolder(temp.resolve("v8"));
        Files.createDirectories(folder.path());
        OldJournal.create(folder.databaseFile(), 8,
                "INSERT INTO contact (id, first_name, created_at) VALUES (1, 'Anna', '2025-01-01T00:00:00Z'), "
                        + "(2, 'Bo', '2025-01-01T00:00:00Z'), (3, 'Cy', '2025-01-01T00:00:00Z')");
        LocalDate week = LocalDate.of(2026, 11, 30);
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, db.schemaVersion());
            WeeklyReviewRepository reviews = new WeeklyReviewRepository(db);
            assertEquals(List.of(), reviews.list());
            WeeklyReview saved = reviews.save(new WeeklyReview(0, week, "Ask Anna about the meetup", List.of(2L, 1L)));
            // the same week saved again (another window's copy without its id) changes that entry
            reviews.save(new WeeklyReview(0, week, "Ask Anna about the Kotlin meetup", List.of(2L, 3L, 1L)));
            reviews.save(new WeeklyReview(0, week.minusWeeks(1), "", List.of(3L)));
            new ContactRepository(db).delete(3);
            assertEquals(List.of(new WeeklyReview(saved.id(), week, "Ask Anna about the Kotlin meetup",
                    List.of(2L, 1L)), new WeeklyReview(saved.id() + 1, week.minusWeeks(1), "", List.of())),
                    reviews.list(), "newest first; a deleted contact leaves the review");
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

    private static List<Long> hits(JournalDatabase db, String query) {
        return new SearchRepository(db).search(query, 10).groups().stream()
                .filter(group -> group.kind() == SearchKind.REVIEW)
                .flatMap(group -> group.hits().stream()).map(SearchHit::id).toList();
    }
}
