package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Draft placeholders and win validation. */
class DraftAndWinTest {

    private static Contact contact(String first, String last, String company) {
        Contact named = Contact.named(first, last);
        return new Contact(0, first, last, company, "", List.of(), "", "", List.of(), null, null, "", null, null,
                named.createdAt());
    }

    @Test
    void fillReplacesEveryPlaceholderEveryTime() {
        Draft draft = Draft.of(Network.LINKEDIN, "Request",
                "Hallo {firstName}! {firstName} {lastName} ({fullName}) bei {company}. {unknown} {FIRSTNAME}");
        assertEquals("Hallo Zoë 👋! Zoë 👋 Müller (Zoë 👋 Müller) bei Café Ærø. {unknown} {FIRSTNAME}",
                draft.fill(contact(" Zoë 👋 ", "Müller", "Café Ærø")));
        assertTrue(draft.hasPlaceholders());
    }

    @Test
    void missingValuesBecomeEmptyAndSpecialCharactersInValuesAreTakenLiterally() {
        Draft draft = Draft.of(null, "", "Hi {firstName}, {company}");
        assertEquals("Hi , ", draft.fill(contact("", "ACME", "")));
        assertEquals("Hi $1 \\n {lastName}, x", draft.fill(contact("$1 \\n {lastName}", "", "x")),
                "no regex replacement, no second pass");
        Draft plain = Draft.of(null, null, null);
        assertEquals("", plain.text());
        assertEquals("", plain.title());
        assertFalse(plain.hasPlaceholders());
    }

    @Test
    void aWinNeedsTextAndADate() {
        assertEquals("I did it", Win.of(LocalDate.of(2026, 1, 1), "  I did it \n").text());
        assertThrows(IllegalArgumentException.class, () -> Win.of(LocalDate.of(2026, 1, 1), " "));
        assertThrows(IllegalArgumentException.class, () -> Win.of(LocalDate.of(2026, 1, 1), null));
        assertThrows(NullPointerException.class, () -> Win.of(null, "x"));
    }
}
