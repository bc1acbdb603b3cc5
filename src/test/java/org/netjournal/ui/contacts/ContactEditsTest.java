package org.netjournal.ui.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.contacts.ContactEdits.Checked;
import org.netjournal.ui.contacts.ContactEdits.Field;
import org.netjournal.ui.contacts.ContactEdits.Typed;

/** A field that cannot be stored never holds back the others, and says what is not stored. */
class ContactEditsTest {

    private static final Messages EN = new Messages(Language.ENGLISH);
    private static final Contact NEW = Contact.named("", "");

    private static Typed typed(String first, String company, String role, String email, String profiles) {
        return new Typed(first, "", company, role, email, profiles, "", "", ComfortStage.OBSERVE, Cadence.NONE, "",
                null);
    }

    private static Contact stored() {
        return new Contact(7, "Petra", "Klein", "Acme", "CTO",
                List.of(ProfileLink.of("https://www.linkedin.com/in/petra-klein")), "petra@acme.example", "", List.of(),
                ComfortStage.COMMENT, Cadence.NONE, "notes", ContactSource.LINKEDIN, LocalDate.of(2024, 3, 12),
                Instant.parse("2024-03-12T10:00:00Z"));
    }

    @Test
    void anUntouchedNewFormHasNothingToStoreAndNoProblem() {
        Checked checked = ContactEdits.check(NEW, Typed.of(NEW));
        assertEquals(Optional.empty(), checked.toStore());
        assertTrue(checked.allStored());
        assertEquals("", checked.describe(EN));
    }

    @Test
    void aNewContactIsStoredAsSoonAsItHasANameACompanyOrAnEmail() {
        assertEquals("Acme", ContactEdits.check(NEW, typed("", " Acme ", "", "", "")).toStore().orElseThrow()
                .company());
        assertEquals("p@acme.example", ContactEdits.check(NEW, typed("", "", "", "p@acme.example", ""))
                .toStore().orElseThrow().email());
        assertEquals("Petra", ContactEdits.check(NEW, typed("Petra", "", "", "", "")).toStore().orElseThrow()
                .firstName());

        Checked roleOnly = ContactEdits.check(NEW, typed("", "", "CTO", "", ""));
        assertEquals(Optional.empty(), roleOnly.toStore());
        assertEquals(Field.NAME, roleOnly.problems().get(0).field());
        assertEquals("Contact not saved yet: give it a name, a company or an e-mail address.", roleOnly.describe(EN));
    }

    @Test
    void aLinkWithoutSchemeIsRepairedAndTheOtherFieldsAreStored() {
        Checked checked = ContactEdits.check(NEW, typed("", "Acme", "CTO", "", "linkedin.com/in/petra-klein"));
        Contact contact = checked.toStore().orElseThrow();
        assertTrue(checked.allStored());
        assertEquals(List.of(new ProfileLink(Network.LINKEDIN, "https://linkedin.com/in/petra-klein")),
                contact.profiles());
        assertEquals("Acme", contact.company());
        assertEquals("CTO", contact.role());
        assertEquals(ContactSource.MANUAL, contact.source());
    }

    @Test
    void aLinkThatCannotBeOneIsNotStoredButEverythingElseIs() {
        Checked checked = ContactEdits.check(NEW, typed("", "Acme", "CTO", "",
                "x.com/petra\nlinkedin.com/in/petra klein"));
        Contact contact = checked.toStore().orElseThrow();
        assertEquals("Acme", contact.company());
        assertEquals("CTO", contact.role());
        assertEquals(List.of(new ProfileLink(Network.X, "https://x.com/petra")), contact.profiles(),
                "the good link is stored, the bad one is not");
        assertEquals(Field.PROFILES, checked.problems().get(0).field());
        assertEquals("Profile link not saved: \u201clinkedin.com/in/petra klein\u201d cannot be a web address.",
                checked.describe(EN));
    }

    @Test
    void aBadEmailKeepsTheStoredOneAndIsSaid() {
        Typed typed = Typed.of(stored());
        typed = new Typed(typed.firstName(), typed.lastName(), typed.company(), "VP Engineering", "petra at acme",
                typed.profiles(), typed.howWeMet(), typed.tags(), typed.stage(), typed.cadence(), typed.notes(),
                typed.connectedOn());
        Checked checked = ContactEdits.check(stored(), typed);
        Contact contact = checked.toStore().orElseThrow();
        assertEquals("petra@acme.example", contact.email());
        assertEquals("VP Engineering", contact.role());
        assertEquals(7, contact.id());
        assertEquals(ContactSource.LINKEDIN, contact.source());
        assertEquals(stored().createdAt(), contact.createdAt());
        assertEquals(List.of(Field.EMAIL), checked.problems().stream().map(ContactEdits.Problem::field).toList());
        assertEquals("E-mail not saved: \u201cpetra at acme\u201d is not an e-mail address.", checked.describe(EN));
    }

    @Test
    void aStoredContactWhoseNameCompanyAndEmailAreClearedKeepsThemButStoresTheRest() {
        Typed typed = new Typed("", " ", "", "Designer", "", "", "met at a fair", "a, b, a", ComfortStage.CONNECT,
                Cadence.NONE, "new notes", null);
        Checked checked = ContactEdits.check(stored(), typed);
        Contact contact = checked.toStore().orElseThrow();
        assertEquals("Petra Klein", contact.fullName());
        assertEquals("Acme", contact.company());
        assertEquals("petra@acme.example", contact.email());
        assertEquals("Designer", contact.role());
        assertEquals(List.of("a", "b"), contact.tags());
        assertEquals("new notes", contact.notes());
        assertFalse(checked.allStored());
        assertEquals("Name not saved: a contact needs a name, a company or an e-mail address.", checked.describe(EN));
    }

    @Test
    void theFormTextOfAStoredContactIsStoredUnchanged() {
        Checked checked = ContactEdits.check(stored(), Typed.of(stored()));
        assertTrue(checked.allStored());
        assertEquals(stored(), checked.toStore().orElseThrow());

        Contact oddEmail = new Contact(3, "Bo", "", "", "", List.of(), "bo at home", "", List.of(), null, null, "",
                ContactSource.JSON, null, Instant.EPOCH.plusSeconds(5));
        assertTrue(ContactEdits.check(oddEmail, Typed.of(oddEmail)).allStored(), "what is in the file is saved");
    }
}
