package org.netjournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.netjournal.domain.SearchHit;
import org.netjournal.domain.SearchKind;
import org.netjournal.domain.SearchResults;
import org.netjournal.domain.SearchText;

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

    /** The best {@code ?4} hits of one kind (row ids {@code ?2} to {@code ?3}) for the MATCH expression {@code ?1}. */
    private static final String BEST = "SELECT rowid, title, body FROM search_index "
            + "WHERE search_index MATCH ?1 AND rowid BETWEEN ?2 AND ?3 ORDER BY " + RANK + ", rowid LIMIT ?4";

    /** How many hits one kind has: no ranking, so it costs a fraction of {@link #BEST}. */
    private static final String COUNT = "SELECT count(*) FROM search_index "
            + "WHERE search_index MATCH ?1 AND rowid BETWEEN ?2 AND ?3";

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

    /**
     * One ranked query per kind (each kind is a range of row ids, so FTS5 ranks only that kind's hits and keeps
     * the best few), then what the window needs to name and open each shown hit.
     */
    private static SearchResults search(Connection connection, String query, List<String> terms, int perKind)
            throws SQLException {
        String match = matchExpression(terms);
        List<SearchResults.Group> groups = new ArrayList<>();
        try (PreparedStatement best = connection.prepareStatement(BEST);
             PreparedStatement count = connection.prepareStatement(COUNT)) {
            for (SearchKind kind : SearchKind.values()) {
                int code = code(kind);
                List<SearchHit> hits = new ArrayList<>();
                bindKind(best, match, code);
                best.setInt(4, perKind);
                try (ResultSet rs = best.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1) - SearchIndex.firstKey(code);
                        Details details = details(connection, kind, id);
                        hits.add(new SearchHit(kind, id, SearchText.highlight(rs.getString(2), terms),
                                SearchText.snippet(rs.getString(3), terms, SNIPPET_LENGTH), details.contactId(),
                                details.when()));
                    }
                }
                if (hits.isEmpty()) {
                    continue;
                }
                int total = hits.size();
                if (total == perKind) { // there may be more
                    bindKind(count, match, code);
                    try (ResultSet rs = count.executeQuery()) {
                        total = rs.next() ? rs.getInt(1) : total;
                    }
                }
                groups.add(new SearchResults.Group(kind, hits, total));
            }
        }
        return new SearchResults(query, groups);
    }

    private static void bindKind(PreparedStatement statement, String match, int code) throws SQLException {
        statement.setString(1, match);
        statement.setLong(2, SearchIndex.firstKey(code));
        statement.setLong(3, SearchIndex.lastKey(code));
    }

    /** An interaction's contact and day, a session's start, a win's day. */
    private record Details(Long contactId, LocalDateTime when) {
        static final Details NONE = new Details(null, null);
    }

    private static Details details(Connection connection, SearchKind kind, long id) throws SQLException {
        String sql = switch (kind) {
            case INTERACTION -> "SELECT contact_id, date FROM interaction WHERE id = ?";
            case SESSION -> "SELECT NULL, start FROM session WHERE id = ?";
            case WIN -> "SELECT NULL, date FROM win WHERE id = ?";
            case REVIEW -> "SELECT NULL, week_start FROM weekly_review WHERE id = ?";
            default -> null;
        };
        if (sql == null) {
            return Details.NONE;
        }
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Details.NONE;
                }
                String when = rs.getString(2);
                return new Details(StorageCalls.getLong(rs, 1), kind == SearchKind.SESSION
                        ? LocalDateTime.parse(when) : LocalDate.parse(when).atStartOfDay());
            }
        }
    }

    /**
     * The FTS5 query for the folded {@code terms}: each one a quoted string, with a prefix star unless it is a
     * single letter typed alone ({@link SearchText#isPrefix}), all of them required (FTS5 joins them with AND). The terms hold letters and digits only ({@link SearchText#terms}),
     * and doubling quotes keeps even a stray one a string, so no input becomes an operator or a syntax error.
     */
    static String matchExpression(List<String> terms) {
        StringBuilder match = new StringBuilder();
        for (String term : terms) {
            if (!match.isEmpty()) {
                match.append(' ');
            }
            match.append('"').append(term.replace("\"", "\"\"")).append(SearchText.isPrefix(term, terms) ? "\"*" : "\"");
        }
        return match.toString();
    }

    /** The kind's code in the index's row ids (see migrations 004 and 006). */
    private static int code(SearchKind kind) {
        return switch (kind) {
            case STEP -> 1;
            case CONTACT -> 2;
            case INTERACTION -> 3;
            case SESSION -> 4;
            case DRAFT -> 5;
            case WIN -> 6;
            case NETWORK -> 7;
            case POST -> 8;
            case REVIEW -> 9;
        };
    }
}
