package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactSuggestionsTest {

    private static final ContactSummary MUELLER = contact(1, "Jürgen", "Müller", "Straßenbau GmbH");
    private static final ContactSummary ANNA = contact(2, "Anna", "Berg", "Acme");
    private static final ContactSummary BERND = contact(3, "Bernd", "Annaberg", "");
    private static final ContactSummary ANNA_B = contact(4, "Anna", "Braun", "Müller & Co");
    private static final List<ContactSummary> ALL = List.of(MUELLER, ANNA, BERND, ANNA_B);

    private static ContactSummary contact(long id, String first, String last, String company) {
        return new ContactSummary(id, first, last, company, "", Set.of(), null, null, List.of(), "", "", List.of(),
                null, null);
    }

    private static List<ContactSummary> matching(String typed) {
        return ContactSuggestions.matching(ALL, typed, contact -> true);
    }

    @Test
    void caseAndDiacriticsDoNotMatter() {
        assertEquals(List.of(MUELLER), matching("jurgen"));
        assertEquals(List.of(MUELLER), matching("JÜRGEN"));
        assertEquals(List.of(ANNA_B, MUELLER), matching("muller"), "in the company, too; by name");
        assertEquals(List.of(ANNA_B, MUELLER), matching("mueller"), "the umlaut spelled out");
        assertEquals(List.of(MUELLER), matching("strassenbau"), "ß as ss");
    }

    @Test
    void everyWordMustOccurInNameOrCompany() {
        assertEquals(List.of(ANNA), matching("anna acme"));
        assertEquals(List.of(), matching("anna nobody"));
        assertEquals(List.of(), matching("   "));
    }

    @Test
    void namesStartingWithTheFirstWordComeFirstThenByName() {
        // Bernd Annaberg holds "anna" but does not start with it
        assertEquals(List.of(ANNA, ANNA_B, BERND), matching("anna"));
    }

    @Test
    void onlyOfferedContactsAreSuggested() {
        assertEquals(List.of(ANNA_B, BERND), ContactSuggestions.matching(ALL, "anna", contact -> contact != ANNA));
    }

    @Test
    void enterTakesTheExactNameBeforeTheSuggestions() {
        assertEquals(List.of(ANNA), ContactSuggestions.forEnter(ALL, " anna berg ", contact -> true));
        assertEquals(List.of(ANNA, ANNA_B, BERND), ContactSuggestions.forEnter(ALL, "anna", contact -> true));
        assertEquals(List.of(MUELLER), ContactSuggestions.forEnter(ALL, "jurgen muller", contact -> true));
        assertEquals(List.of(), ContactSuggestions.forEnter(ALL, "", contact -> true));
    }

    @Test
    void noMoreThanTheMaximum() {
        List<ContactSummary> many = java.util.stream.LongStream.rangeClosed(1, 30)
                .mapToObj(id -> contact(id, "Anna", "Nummer " + id, "")).toList();
        assertEquals(ContactSuggestions.MAX, ContactSuggestions.matching(many, "anna", contact -> true).size());
    }
}
