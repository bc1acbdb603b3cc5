package org.netjournal.domain;

import java.util.List;
import java.util.Objects;

/** What a search found: one group per kind that has hits, in {@link SearchKind} order. */
public record SearchResults(String query, List<Group> groups) {

    /** The best hits of one kind, best first; {@code total} counts all hits of the kind (shown or not). */
    public record Group(SearchKind kind, List<SearchHit> hits, int total) {
        public Group {
            Objects.requireNonNull(kind, "kind");
            hits = List.copyOf(hits);
        }
    }

    public SearchResults {
        Objects.requireNonNull(query, "query");
        groups = List.copyOf(groups);
    }

    public static SearchResults none(String query) {
        return new SearchResults(query, List.of());
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Every shown hit, group after group (the order the arrow keys walk). */
    public List<SearchHit> hits() {
        return groups.stream().flatMap(group -> group.hits().stream()).toList();
    }
}
