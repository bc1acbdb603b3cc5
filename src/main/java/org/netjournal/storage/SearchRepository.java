package org.netjournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.netjournal.domain.SearchHit;
import org.netjournal.domain.SearchKind;
import org.netjournal.domain.SearchResults;
import org.netjournal.domain.SearchText;
import org.netjournal.storage.ContactRepository.StorageException;

/**
 * Full-text search over the journal through the FTS5 index {@code search_index} (migration 004, kept in step
 * by triggers). Matching rules: {@link SearchText}. Ranking: FTS5's bm25, a match in a name or title counting
 * ten times one in the text. Storage thread only; failures are {@link StorageException}s.
 */
public final class SearchRepository {

    /** How long a snippet may be, in characters. */
    static final int SNIPPET_LENGTH = 90;

    /** bm25 weights of the columns title, body, title_alt, body_alt. */
    private static final String RANK = "bm25(search_index, 10.0, 1.0, 10.0, 1.0)";

    /**
     * The best {@code ?2} hits of each kind for the MATCH expression {@code ?1}, with how many hits each kind
     * has, and what the window needs to name and open an item (joined by kind: the index row packs
     * {@code id * 8 + kind}).
     */
    private static final String SEARCH = "WITH hits AS ("
            + " SELECT rowid AS key, " + RANK + " AS score FROM search_index WHERE search_index MATCH ?1),"
            + " ranked AS (SELECT key, row_number() OVER (PARTITION BY key & 7 ORDER BY score, key) AS place,"
            + " count(*) OVER (PARTITION BY key & 7) AS total FROM hits)"
            + " SELECT r.key, r.total, s.title, s.body, i.contact_id, i.date, se.start, w.date"
            + " FROM ranked r JOIN search_index s ON s.rowid = r.key"
            + " LEFT JOIN interaction i ON r.key & 7 = 3 AND i.id = r.key >> 3"
            + " LEFT JOIN session se ON r.key & 7 = 4 AND se.id = r.key >> 3"
            + " LEFT JOIN win w ON r.key & 7 = 6 AND w.id = r.key >> 3"
            + " WHERE r.place <= ?2 ORDER BY r.key & 7, r.place";

    private final JournalDatabase database;

    public SearchRepository(JournalDatabase database) {
        this.database = database;
    }

    /**
     * Everything that holds every word of {@code query} (as prefixes; see {@link SearchText}), grouped by kind,
     * at most {@code perKind} hits per kind, best first. A query without any word finds nothing; no input makes
     * this throw a syntax error.
     */
    public SearchResults search(String query, int perKind) {
        if (perKind < 1) {
            throw new IllegalArgumentException("perKind must be at least 1");
        }
        String text = query == null ? "" : query;
        List<String> terms = SearchText.terms(text);
        if (terms.isEmpty()) {
            return SearchResults.none(text);
        }
        return StorageCalls.read(database, "Searching", connection -> search(connection, text, terms, perKind));
    }

    private static SearchResults search(Connection connection, String query, List<String> terms, int perKind)
            throws SQLException {
        Map<SearchKind, List<SearchHit>> hits = new EnumMap<>(SearchKind.class);
        Map<SearchKind, Integer> totals = new EnumMap<>(SearchKind.class);
        try (PreparedStatement select = connection.prepareStatement(SEARCH)) {
            select.setString(1, matchExpression(terms));
            select.setInt(2, perKind);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long key = rs.getLong(1);
                    SearchKind kind = kind((int) (key & 7));
                    if (kind == null) {
                        continue; // a kind a newer version indexes
                    }
                    totals.put(kind, rs.getInt(2));
                    hits.computeIfAbsent(kind, k -> new ArrayList<>()).add(new SearchHit(kind, key >> 3,
                            SearchText.highlight(rs.getString(3), terms),
                            SearchText.snippet(rs.getString(4), terms, SNIPPET_LENGTH),
                            StorageCalls.getLong(rs, 5), when(kind, rs)));
                }
            }
        }
        List<SearchResults.Group> groups = new ArrayList<>();
        hits.forEach((kind, list) -> groups.add(new SearchResults.Group(kind, list, totals.get(kind))));
        return new SearchResults(query, groups);
    }

    private static LocalDateTime when(SearchKind kind, ResultSet rs) throws SQLException {
        String text = switch (kind) {
            case INTERACTION -> rs.getString(6);
            case SESSION -> rs.getString(7);
            case WIN -> rs.getString(8);
            default -> null;
        };
        if (text == null) {
            return null;
        }
        return kind == SearchKind.SESSION ? LocalDateTime.parse(text) : LocalDate.parse(text).atStartOfDay();
    }

    /**
     * The FTS5 query for the folded {@code terms}: each one a quoted string with a prefix star, all of them
     * required (FTS5 joins them with AND). The terms hold letters and digits only ({@link SearchText#terms}),
     * and doubling quotes keeps even a stray one a string, so no input becomes an operator or a syntax error.
     */
    static String matchExpression(List<String> terms) {
        StringBuilder match = new StringBuilder();
        for (String term : terms) {
            if (!match.isEmpty()) {
                match.append(' ');
            }
            match.append('"').append(term.replace("\"", "\"\"")).append("\"*");
        }
        return match.toString();
    }

    /** The kind code in the index's rowid (see migration 004). */
    private static SearchKind kind(int code) {
        return switch (code) {
            case 1 -> SearchKind.STEP;
            case 2 -> SearchKind.CONTACT;
            case 3 -> SearchKind.INTERACTION;
            case 4 -> SearchKind.SESSION;
            case 5 -> SearchKind.DRAFT;
            case 6 -> SearchKind.WIN;
            default -> null;
        };
    }
}
