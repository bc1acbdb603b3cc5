package org.netjournal.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which contacts a name field suggests for what was typed, the same wherever a contact is picked (the session
 * entry's "contacts touched", the drafts' "copy for"): every typed word must occur in the name or the company,
 * with case and diacritics folded as search folds them ({@link SearchText#fold}: "muller" and "mueller" find
 * "Müller", "strasse" finds "Straße"); contacts whose name starts with the first word come first, then by name.
 */
public final class ContactSuggestions {

    /** More than this is not a suggestion any more: the user types on. */
    public static final int MAX = 20;

    private ContactSuggestions() {
    }

    /** The contacts {@code offered} that match {@code typed}, best first, at most {@link #MAX}. */
    public static List<ContactSummary> matching(Collection<ContactSummary> contacts, String typed,
                                                Predicate<ContactSummary> offered) {
        List<String> words = words(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        String first = words.get(0);
        return contacts.stream()
                .filter(offered)
                .filter(contact -> containsAll(haystack(contact), words))
                .sorted(Comparator.comparing((ContactSummary contact) -> !startsWith(contact.fullName(), first))
                        .thenComparing(ContactSummary.BY_NAME))
                .limit(MAX)
                .toList();
    }

    /**
     * What Enter in the field means: the contacts named exactly as typed (folded) when there are any, otherwise
     * the suggestions. One contact is a pick; none says "no such contact"; several are for the list to choose.
     */
    public static List<ContactSummary> forEnter(Collection<ContactSummary> contacts, String typed,
                                                Predicate<ContactSummary> offered) {
        String folded = SearchText.fold(typed == null ? "" : typed.strip());
        if (folded.isEmpty()) {
            return List.of();
        }
        List<ContactSummary> exact = contacts.stream().filter(offered)
                .filter(contact -> SearchText.fold(contact.fullName()).equals(folded)).toList();
        return exact.isEmpty() ? matching(contacts, typed, offered) : exact;
    }

    private static List<String> words(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return List.of(SearchText.fold(typed.strip()).split("\\s+"));
    }

    /** Name and company folded twice: with umlauts as plain letters ("muller") and spelled out ("mueller"). */
    private static String haystack(ContactSummary contact) {
        String text = contact.fullName() + " " + contact.company();
        return SearchText.fold(text) + " " + SearchText.foldTransliterated(text);
    }

    private static boolean containsAll(String haystack, List<String> words) {
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(String name, String word) {
        return SearchText.fold(name).startsWith(word) || SearchText.foldTransliterated(name).startsWith(word);
    }
}
