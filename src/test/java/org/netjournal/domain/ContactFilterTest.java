package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Filter-as-you-type and the quick filters of the contacts table. */
class ContactFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    private static final ContactSummary MUELLER = row(1, "Jürgen", "Müller", "Café Ærø", "Head of Sales",
            List.of("Berlin", "Konferenz"), "Met at the Zürich meetup", "j.mueller@example.org",
            ComfortStage.CONNECT, Cadence.TWO_WEEKS, LocalDate.of(2025, 6, 1)); // due 15 June: within 7 days
    private static final ContactSummary ANNA = row(2, "Anna", "Svensson", "Nordic AB", "Engineer",
            List.of("berlin", "python"), "Loves sailing", "", ComfortStage.LIKE, Cadence.MONTHLY,
            LocalDate.of(2025, 6, 1)); // due 1 July: not yet
    private static final ContactSummary LEE = row(3, "Lee", "", "", "", List.of(), "", "lee@example.com",
            ComfortStage.CONNECT, Cadence.NONE, null); // never due
    private static final ContactSummary OVERDUE = row(4, "Zoë", "Øberg", "Überall GmbH", "CTO", List.of("VIP"),
            "", "", ComfortStage.MEET, Cadence.TWO_WEEKS, LocalDate.of(2025, 1, 1));

    private static final List<ContactSummary> ALL = List.of(MUELLER, ANNA, LEE, OVERDUE);

    @Test
    void blankTextAndNoQuickFilterLetEverythingThrough() {
        for (String text : new String[] {null, "", "   ", "\t\n"}) {
            ContactFilter filter = ContactFilter.of(text, null, false, null, TODAY);
            assertEquals(ALL, matching(filter), "text '" + text + "'");
            assertTrue(filter.isEmpty());
        }
        assertTrue(ContactFilter.of(null, null, false, "  ", null).isEmpty(), "a blank tag is no tag filter");
        assertEquals(ALL, matching(ContactFilter.all()));
    }

    @Test
    void diacriticsAndCaseAreIgnoredBothWays() {
        for (String typed : List.of("muller", "Müller", "MÜLLER", "mÜlLeR", "MULLER", "jurgen", "JÜRGEN")) {
            assertEquals(List.of(MUELLER), matching(ContactFilter.of(typed, null, false, null, TODAY)), typed);
        }
        assertEquals(List.of(MUELLER), matching(ContactFilter.of("cafe", null, false, null, TODAY)));
        assertEquals(List.of(MUELLER), matching(ContactFilter.of("zurich", null, false, null, TODAY)), "in the notes");
        assertEquals(List.of(OVERDUE), matching(ContactFilter.of("ZOE uberall", null, false, null, TODAY)));
        assertEquals(List.of(OVERDUE), matching(ContactFilter.of("oberg", null, false, null, TODAY)), "Ø has a stroke");
    }

    @Test
    void everyWordMustOccurSomewhereAndWordsMayMatchDifferentFields() {
        assertEquals(List.of(MUELLER), matching(ContactFilter.of("müller sales", null, false, null, TODAY)));
        assertEquals(List.of(MUELLER), matching(ContactFilter.of("  sales   MÜLLER ", null, false, null, TODAY)));
        assertEquals(List.of(), matching(ContactFilter.of("müller python", null, false, null, TODAY)),
                "AND, not OR");
        assertEquals(List.of(ANNA), matching(ContactFilter.of("ann sail", null, false, null, TODAY)), "prefixes and infixes");
    }

    @Test
    void everySearchedFieldIsFound() {
        assertEquals(List.of(ANNA), matching(ContactFilter.of("svens", null, false, null, TODAY)), "last name");
        assertEquals(List.of(ANNA), matching(ContactFilter.of("nordic", null, false, null, TODAY)), "company");
        assertEquals(List.of(ANNA), matching(ContactFilter.of("engineer", null, false, null, TODAY)), "role");
        assertEquals(List.of(ANNA), matching(ContactFilter.of("pyth", null, false, null, TODAY)), "tag");
        assertEquals(List.of(ANNA), matching(ContactFilter.of("sailing", null, false, null, TODAY)), "notes");
        assertEquals(List.of(LEE), matching(ContactFilter.of("example.com", null, false, null, TODAY)), "e-mail");
        assertEquals(List.of(MUELLER, ANNA), matching(ContactFilter.of("BERLIN", null, false, null, TODAY)),
                "tags of any case");
    }

    @Test
    void aWordDoesNotSpanTwoFields() {
        assertEquals(List.of(), matching(ContactFilter.of("annasvensson", null, false, null, TODAY)));
    }

    @Test
    void stageIsExact() {
        assertEquals(List.of(MUELLER, LEE), matching(ContactFilter.of("", ComfortStage.CONNECT, false, null, TODAY)));
        assertEquals(List.of(), matching(ContactFilter.of("", ComfortStage.MESSAGE, false, null, TODAY)));
    }

    @Test
    void dueMeansWithinSevenDaysOrOverdueAndNoCadenceIsNeverDue() {
        assertEquals(List.of(MUELLER, OVERDUE), matching(ContactFilter.of(null, null, true, null, TODAY)));
        assertEquals(List.of(MUELLER, ANNA, OVERDUE),
                matching(ContactFilter.of(null, null, true, null, LocalDate.of(2025, 6, 24))), "Anna within 7 days");
        assertThrows(NullPointerException.class, () -> ContactFilter.of(null, null, true, null, null));
    }

    @Test
    void tagIsAWholeTagIgnoringCase() {
        assertEquals(List.of(MUELLER, ANNA), matching(ContactFilter.of(null, null, false, "BERLIN", TODAY)));
        assertEquals(List.of(OVERDUE), matching(ContactFilter.of(null, null, false, " vip ", TODAY)));
        assertEquals(List.of(), matching(ContactFilter.of(null, null, false, "berl", TODAY)), "not a prefix");
    }

    @Test
    void quickFiltersAndTextCombine() {
        assertEquals(List.of(MUELLER), matching(ContactFilter.of("berlin", ComfortStage.CONNECT, true, "berlin", TODAY)));
        assertEquals(List.of(), matching(ContactFilter.of("anna", ComfortStage.CONNECT, false, null, TODAY)));
        assertEquals(List.of(), matching(ContactFilter.of("anna", null, true, null, TODAY)));
        assertEquals(List.of(ANNA), matching(ContactFilter.of("anna", ComfortStage.LIKE, false, "Python", TODAY)));
        assertEquals(List.of(OVERDUE), matching(ContactFilter.of(null, ComfortStage.MEET, true, "vip", TODAY)));
        assertEquals(List.of(), matching(ContactFilter.of("zoe", ComfortStage.MEET, true, "berlin", TODAY)));
    }

    @Test
    void emojiAndOtherScriptsAreFoundAsTyped() {
        ContactSummary emoji = row(9, "Ken 🚀", "田中", "", "", List.of("🎤 talks"), "Straße", "", null, null, null);
        for (String typed : List.of("🚀", "田中", "🎤", "STRAßE")) {
            assertTrue(ContactFilter.of(typed, null, false, null, TODAY).test(emoji), typed);
        }
        assertFalse(ContactFilter.of("🎸", null, false, null, TODAY).test(emoji));
    }

    @Test
    void foldFoldsCaseAndDiacriticsCharForChar() {
        assertEquals("muller zoe cafe æro", ContactFilter.fold("MÜLLER Zoë Café Ærø"));
        assertEquals("lodz oberg", ContactFilter.fold("ŁÓDŹ Øberg"));
        assertEquals("istanbul", ContactFilter.fold("İstanbul"));
        assertEquals("s", ContactFilter.fold("ş"));
        assertEquals("Straße".length(), ContactFilter.fold("Straße").length());
    }

    @Test
    void foldedOrderIgnoresCaseAndDiacriticsAndIsTotal() {
        List<String> names = new java.util.ArrayList<>(List.of("Zoe", "müller", "Öberg", "Muller", "Mueller", "MÜLLER",
                "anna", "Ärger", ""));
        names.sort(ContactFilter.FOLDED_ORDER);
        assertEquals(List.of("", "anna", "Ärger", "Mueller", "Muller", "MÜLLER", "müller", "Öberg", "Zoe"), names);
        assertEquals(0, ContactFilter.FOLDED_ORDER.compare("Müller", "Müller"));
        assertTrue(ContactFilter.FOLDED_ORDER.compare("Mü", "Muller") < 0, "a prefix comes first");
    }

    @Test
    void aFilterIsAPredicateForFilteredLists() {
        java.util.function.Predicate<ContactSummary> predicate = ContactFilter.of("lee", null, false, null, TODAY);
        assertEquals(List.of(LEE), ALL.stream().filter(predicate).toList());
    }

    @Test
    void networkFilterKeepsContactsWithAProfileOnThatNetwork() {
        ContactSummary both = new ContactSummary(5, "Ada", "", "", "", Set.of(Network.LINKEDIN, Network.MASTODON),
                ComfortStage.OBSERVE, Cadence.NONE, List.of(), "", "", List.of(), null, TODAY);
        ContactSummary xing = new ContactSummary(6, "Bo", "", "", "", Set.of(Network.XING), ComfortStage.OBSERVE,
                Cadence.NONE, List.of(), "", "", List.of(), null, TODAY);
        List<ContactSummary> rows = List.of(both, xing, LEE);
        assertEquals(List.of(both), rows.stream().filter(ContactFilter.of("", null, false, null, Network.MASTODON,
                TODAY)).toList());
        assertEquals(List.of(xing), rows.stream().filter(ContactFilter.of("bo", null, false, null, Network.XING,
                TODAY)).toList());
        assertEquals(List.of(), rows.stream().filter(ContactFilter.of("bo", null, false, null, Network.LINKEDIN,
                TODAY)).toList());
        assertTrue(ContactFilter.of(null, null, false, null, null, TODAY).isEmpty(), "no network: every row");
    }

    // ---------------------------------------------------------------------------------------------------

    private static List<ContactSummary> matching(ContactFilter filter) {
        return ALL.stream().filter(filter::test).toList();
    }

    static ContactSummary row(long id, String first, String last, String company, String role, List<String> tags,
                              String notes, String email, ComfortStage stage, Cadence cadence, LocalDate lastTouch) {
        return new ContactSummary(id, first, last, company, role, Set.of(), stage, cadence, tags, notes, email,
                List.of(), lastTouch, LocalDate.of(2024, 1, 1));
    }
}
