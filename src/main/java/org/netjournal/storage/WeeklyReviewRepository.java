package org.netjournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netjournal.domain.WeeklyReview;

/**
 * The weekly reviews, one per week (version 10 on), with the people picked to greet as picked: name and small step
 * (version 11 on; a deleted contact leaves them, its id read as 0). Saving a review of a week that has one already changes that
 * one, whatever id the caller holds, so two windows' edits never make two entries for a week. Storage thread only;
 * failures are {@link StorageException}s.
 */
public final class WeeklyReviewRepository {

    private final JournalDatabase database;

    public WeeklyReviewRepository(JournalDatabase database) {
        this.database = database;
    }

    /** Every review, newest week first. */
    public List<WeeklyReview> list() {
        return StorageCalls.read(database, "Loading weekly reviews", WeeklyReviewRepository::load);
    }

    /** Inserts the week's review or changes the one stored, with its people to greet; returns it as stored. */
    public WeeklyReview save(WeeklyReview review) {
        return StorageCalls.write(database, "Saving the weekly review of " + review.weekStart(),
                connection -> write(connection, review));
    }

    /** Writes {@code review} in the caller's transaction (also used by the restore, with the file's id). */
    static WeeklyReview write(Connection connection, WeeklyReview review) throws SQLException {
        // no UPSERT: its conflict handling would override the search triggers' INSERT OR IGNORE
        Long id = null;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE weekly_review SET note = ? WHERE week_start = ? RETURNING id")) {
            update.setString(1, review.note());
            update.setString(2, review.weekStart().toString());
            try (ResultSet rs = update.executeQuery()) {
                if (rs.next()) {
                    id = rs.getLong(1);
                }
            }
        }
        if (id == null) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO weekly_review (id, week_start, note) VALUES (?, ?, ?) RETURNING id")) {
                StorageCalls.setLong(insert, 1, review.id() > 0 ? review.id() : null);
                insert.setString(2, review.weekStart().toString());
                insert.setString(3, review.note());
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM weekly_review_greet WHERE review_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO weekly_review_greet "
                + "(review_id, position, contact_id, name, suggestion) "
                + "SELECT ?1, ?2, contact_id, name, ?5 FROM (SELECT (SELECT id FROM contact WHERE id = ?3) AS contact_id, "
                + "coalesce(nullif(?4, ''), (SELECT trim(first_name || ' ' || last_name) FROM contact WHERE id = ?3), "
                + "'') AS name) WHERE name <> ''")) {
            for (int position = 0; position < review.greet().size(); position++) {
                WeeklyReview.Greet person = review.greet().get(position);
                insert.setLong(1, id);
                insert.setInt(2, position);
                // a contact deleted meanwhile leaves its name; a pick without a name (an early export) takes the contact's,
                // and without either it is left out
                insert.setLong(3, person.contactId());
                insert.setString(4, person.name());
                insert.setString(5, person.suggestion());
                insert.executeUpdate();
            }
        }
        return review.withId(id);
    }

    private static List<WeeklyReview> load(Connection connection) throws SQLException {
        Map<Long, List<WeeklyReview.Greet>> greet = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT review_id, contact_id, name, suggestion "
                + "FROM weekly_review_greet ORDER BY review_id, position");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                greet.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new WeeklyReview.Greet(rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
        }
        List<WeeklyReview> reviews = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, week_start, note FROM weekly_review ORDER BY week_start DESC");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                reviews.add(new WeeklyReview(id, LocalDate.parse(rs.getString(2)), rs.getString(3),
                        greet.getOrDefault(id, List.of())));
            }
        }
        return reviews;
    }
}
