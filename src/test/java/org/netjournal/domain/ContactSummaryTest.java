package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table row's derived columns: name, next due and due. */
class ContactSummaryTest {

    private static ContactSummary summary(Cadence cadence, LocalDate lastInteraction, LocalDate addedOn) {
        return new ContactSummary(1, "Ada", "Lovelace", "", "", Set.of(), ComfortStage.OBSERVE, cadence, List.of(),
                "", "", List.of(), lastInteraction, addedOn);
    }

    @Test
    void noCadenceIsNeverDue() {
        ContactSummary s = summary(Cadence.NONE, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1));
        assertEquals(Optional.empty(), s.nextDue());
        assertFalse(s.isDue(LocalDate.of(2100, 1, 1)));
    }

    @Test
    void nextDueIsTheLastInteractionPlusTheCadence() {
        LocalDate jan31 = LocalDate.of(2025, 1, 31);
        LocalDate added = LocalDate.of(2020, 1, 1);
        assertEquals(Optional.of(LocalDate.of(2025, 2, 28)), summary(Cadence.MONTHLY, jan31, added).nextDue());
        assertEquals(Optional.of(LocalDate.of(2025, 4, 30)), summary(Cadence.QUARTERLY, jan31, added).nextDue());
        assertEquals(Optional.of(LocalDate.of(2025, 2, 14)), summary(Cadence.TWO_WEEKS, jan31, added).nextDue());
        assertEquals(Optional.of(LocalDate.of(2025, 2, 10)), summary(Cadence.everyDays(10), jan31, added).nextDue());
    }

    @Test
    void withoutInteractionTheClockStartsOnTheDayTheContactWasAdded() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 15)),
                summary(Cadence.TWO_WEEKS, null, LocalDate.of(2025, 3, 1)).nextDue());
    }

    @Test
    void dueWindowIsFourteenDaysAndIncludesOverdue() {
        ContactSummary s = summary(Cadence.TWO_WEEKS, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 1, 1));
        assertFalse(s.isDue(LocalDate.of(2025, 4, 30)));
        assertTrue(s.isDue(LocalDate.of(2025, 5, 1)));
        assertTrue(s.isDue(LocalDate.of(2025, 5, 15)));
        assertTrue(s.isDue(LocalDate.of(2026, 5, 15)));
    }

    @Test
    void dueNowMeansTodayOrEarlier() {
        ContactSummary s = summary(Cadence.TWO_WEEKS, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 1, 1));
        assertFalse(s.isDueNow(LocalDate.of(2025, 5, 14)), "due tomorrow: soon, not now");
        assertTrue(s.isDueNow(LocalDate.of(2025, 5, 15)), "due today");
        assertTrue(s.isDueNow(LocalDate.of(2025, 6, 1)), "overdue");
    }

    @Test
    void nullsBecomeEmptyAndCollectionsAreImmutableCopies() {
        List<String> tags = new ArrayList<>(List.of("a"));
        Set<Network> networks = EnumSet.of(Network.XING, Network.LINKEDIN);
        ContactSummary s = new ContactSummary(1, null, null, null, null, networks, null, null, tags, null, null,
                null, null, LocalDate.of(2025, 1, 1));
        tags.add("b");
        networks.add(Network.X);

        assertEquals("", s.fullName());
        assertEquals(List.of("a"), s.tags());
        assertEquals(List.of(Network.LINKEDIN, Network.XING), List.copyOf(s.networks()), "in enum order");
        assertEquals(ComfortStage.OBSERVE, s.stage());
        assertEquals(Cadence.NONE, s.cadence());
        assertThrows(UnsupportedOperationException.class, () -> s.tags().add("c"));
        assertThrows(UnsupportedOperationException.class, () -> s.networks().add(Network.X));
        assertEquals(Set.of(), new ContactSummary(1, "A", "", "", "", null, null, null, null, null, null, null,
                null, null).networks());
    }

    @Test
    void fullNameSkipsMissingParts() {
        assertEquals("Ada", new ContactSummary(1, " Ada ", "", "", "", null, null, null, null, null, null, null,
                null, null).fullName());
        assertEquals("Lovelace", new ContactSummary(1, "", "Lovelace", "", "", null, null, null, null, null, null,
                null, null, null).fullName());
    }

    @Test
    void tableOrders() {
        LocalDate added = LocalDate.of(2025, 1, 1);
        ContactSummary never = new ContactSummary(1, "Ada", "Älvsson", "", "", null, null, Cadence.NONE, null, null,
                null, null, null, added);
        ContactSummary overdue = new ContactSummary(2, "Bo", "Zander", "", "", null, null, Cadence.TWO_WEEKS, null,
                null, null, null, LocalDate.of(2025, 2, 1), added);
        ContactSummary later = new ContactSummary(3, "Cy", "alvsson", "", "", null, null, Cadence.MONTHLY, null,
                null, null, null, LocalDate.of(2025, 5, 1), added);
        ContactSummary sameDay = new ContactSummary(4, "Ann", "Alvsson", "", "", null, null, Cadence.MONTHLY, null,
                null, null, null, LocalDate.of(2025, 5, 1), added);

        List<ContactSummary> rows = new ArrayList<>(List.of(never, overdue, later, sameDay));
        rows.sort(ContactSummary.BY_NAME);
        assertEquals(List.of(never, sameDay, later, overdue), rows, "Älvsson Ada, Alvsson Ann, alvsson Cy, Zander");

        rows.sort(ContactSummary.BY_NEXT_DUE);
        assertEquals(List.of(overdue, sameDay, later, never), rows, "overdue first, same day by name, never last");
    }

    @Test
    void ofTakesEverythingTheTableShowsFromTheContact() {
        Instant created = LocalDate.of(2025, 2, 3).atTime(23, 30).atZone(ZoneId.systemDefault()).toInstant();
        Contact contact = new Contact(7, "Zoë", "Müller", "ACME", "CTO",
                List.of(ProfileLink.of("https://x.com/zoe"), ProfileLink.of("https://www.linkedin.com/in/zoe")),
                "zoe@example.org", "conference", List.of("vip"), ComfortStage.MESSAGE, Cadence.MONTHLY, "notes",
                ContactSource.MANUAL, null, created);

        ContactSummary s = ContactSummary.of(contact, LocalDate.of(2025, 5, 5));

        assertEquals(new ContactSummary(7, "Zoë", "Müller", "ACME", "CTO", EnumSet.of(Network.X, Network.LINKEDIN),
                ComfortStage.MESSAGE, Cadence.MONTHLY, List.of("vip"), "notes", "zoe@example.org",
                List.of("https://x.com/zoe", "https://www.linkedin.com/in/zoe"), LocalDate.of(2025, 5, 5),
                LocalDate.of(2025, 2, 3)), s);
        assertEquals(Optional.of(LocalDate.of(2025, 6, 5)), s.nextDue());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 3)), s.withLastInteraction(null).nextDue());
    }

    @Test
    void initialsTakeTheFirstLetterOfEveryNamePart() {
        ContactSummary anna = new ContactSummary(1, " Anna  Lena", "Ölmann-Schmidt", "", "", null, null, null, null,
                "", "", null, null, null);
        ContactSummary nameless = new ContactSummary(2, "", "", "Nordlicht GmbH", "", null, null, null, null, "", "",
                null, null, null);

        assertEquals("A. L. Ö.", anna.initials());
        assertEquals("?", nameless.initials());
    }
}
