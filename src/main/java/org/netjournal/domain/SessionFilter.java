package org.netjournal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * Filter-as-you-type for the journal. Every whitespace-separated word must occur, ignoring case and
 * diacritics as {@link ContactFilter#fold} does, in one of: how it felt, the notes, the win, a network code
 * ({@code linkedin}), the name of a touched contact, the start date ({@code 2026-11-29}) or time
 * ({@code 23:59}). Different words may match different fields. A blank text matches every session.
 */
public final class SessionFilter implements Predicate<Session> {

    private final List<String> words;
    private final LongFunction<String> contactName;

    private SessionFilter(List<String> words, LongFunction<String> contactName) {
        this.words = words;
        this.contactName = contactName;
    }

    /**
     * @param text        the filter box; null or blank matches everything
     * @param contactName the display name of a contact id (null or "" when unknown); may be null
     */
    public static SessionFilter of(String text, LongFunction<String> contactName) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            for (String word : text.strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(ContactFilter.fold(word));
                }
            }
        }
        return new SessionFilter(List.copyOf(words), contactName == null ? id -> "" : contactName);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    @Override
    public boolean test(Session session) {
        if (words.isEmpty()) {
            return true;
        }
        List<String> fields = new ArrayList<>();
        fields.add(session.howItFelt());
        fields.add(session.notes());
        fields.add(Objects.requireNonNullElse(session.win(), ""));
        fields.add(session.start().toString().replace('T', ' '));
        for (Network network : session.networks()) {
            fields.add(network.code());
        }
        for (long id : session.contactIds()) {
            fields.add(Objects.requireNonNullElse(contactName.apply(id), ""));
        }
        List<String> folded = fields.stream().map(ContactFilter::fold).toList();
        for (String word : words) {
            if (folded.stream().noneMatch(field -> field.contains(word))) {
                return false;
            }
        }
        return true;
    }
}
