package org.netjournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings the full-text index up to date with the items its triggers noted in {@code search_stale} (migration
 * 004). {@link JournalDatabase} calls it at the end of every write transaction, so the index changes in the
 * same transaction as the tables.
 */
final class SearchIndex {

    /** An index row id is {@code (kind << KIND_SHIFT) + item id} (see migration 004). */
    static final int KIND_SHIFT = 40;
    /** The kind codes in an index row id, in the order of {@link org.netjournal.domain.SearchKind}. */
    static final int FIRST_KIND = 1;
    static final int LAST_KIND = 9;

    private SearchIndex() {
    }

    /**
     * Rewrites the index rows of the noted items from the tables (removes those of deleted items), then clears
     * the notes. One statement per kind, in row-id order: FTS5 keeps a batch in memory only while row ids grow.
     * Nothing noted (every read, most writes before this one): one look-up.
     */
    static void refresh(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM search_stale)")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return;
                }
            }
            statement.executeUpdate("DELETE FROM search_index WHERE rowid IN (SELECT key FROM search_stale)");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO search_index (rowid, title, body, title_alt, body_alt) "
                            + "SELECT key, title, body, title_alt, body_alt FROM search_document "
                            + "WHERE kind = ?1 AND id IN (SELECT key - ?2 FROM search_stale WHERE key BETWEEN ?2 AND ?3) "
                            + "ORDER BY key")) {
                for (int kind = FIRST_KIND; kind <= LAST_KIND; kind++) {
                    insert.setInt(1, kind);
                    insert.setLong(2, firstKey(kind));
                    insert.setLong(3, lastKey(kind));
                    insert.executeUpdate();
                }
            }
            statement.executeUpdate("DELETE FROM search_stale");
        }
    }

    /** The smallest index row id of {@code kind}: its item ids are added to it. */
    static long firstKey(int kind) {
        return (long) kind << KIND_SHIFT;
    }

    static long lastKey(int kind) {
        return firstKey(kind + 1) - 1;
    }
}
