package org.netjournal.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One found item.
 *
 * @param kind      what it is
 * @param id        its id: the step's number, the contact's, interaction's, session's, draft's or win's id
 * @param title     the name or title with the matched words highlighted; empty for items without one (a step,
 *                  a session, a win: the window names those from their number or date)
 * @param snippet   the line of text where the words were found, shortened around the first match
 * @param contactId for an interaction: its contact (opening it opens the contact); null otherwise
 * @param when      an interaction's or win's day (at midnight) or a session's start; null for the other kinds
 */
public record SearchHit(SearchKind kind, long id, List<TextSpan> title, List<TextSpan> snippet, Long contactId,
                        LocalDateTime when) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        title = List.copyOf(title);
        snippet = List.copyOf(snippet);
    }

    /** The title as plain text. */
    public String titleText() {
        return title.stream().map(TextSpan::text).collect(Collectors.joining());
    }

    /** The snippet as plain text. */
    public String snippetText() {
        return snippet.stream().map(TextSpan::text).collect(Collectors.joining());
    }
}
