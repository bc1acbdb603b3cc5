package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.io.ImportCandidate.PositionKind;

class VCardReaderTest {

    @TempDir
    Path temp;

    private final VCardReader reader = new VCardReader(Fixtures.NOW);

    private List<ImportCandidate> read(String fixture) throws Exception {
        return reader.read(ImportPlanner.readText(Fixtures.copy(fixture, temp)));
    }

    @Test
    void outlook21QuotedPrintableUtf8WithSoftLineBreaks() throws Exception {
        List<ImportCandidate> cards = read("outlook-21.vcf");

        assertEquals(2, cards.size());
        Contact juergen = cards.get(0).contact();
        assertEquals("Jürgen", juergen.firstName());
        assertEquals("Müller-Lüdenscheidt", juergen.lastName());
        assertEquals("Große Brücken GmbH", juergen.company()); // first part of ORG only
        assertEquals("Geschäftsführer", juergen.role());
        assertEquals("juergen@example.de", juergen.email()); // the preferred one
        assertEquals(List.of(new ProfileLink(Network.XING, "https://www.xing.com/profile/Juergen_Mueller")),
                juergen.profiles(), "a URL without scheme gets https://");
        assertEquals("Kennengelernt auf der Messe in Köln.\nMöchte gern über Mentoring sprechen.", juergen.notes());
        assertEquals(ContactSource.VCARD, juergen.source());
        assertEquals(ComfortStage.OBSERVE, juergen.stage());
        assertEquals(PositionKind.LINE, cards.get(0).positionKind());
        assertEquals(1, cards.get(0).position());

        ImportCandidate companyOnly = cards.get(1);
        assertEquals(15, companyOnly.position(), "the line where the second card begins");
        assertEquals("Nur Firma AG", companyOnly.label());
        assertEquals("Nur Firma AG", companyOnly.contact().lastName(), "named after the organisation");
        assertEquals("", companyOnly.contact().firstName());
        assertTrue(companyOnly.contact().details().organisation(), "and marked as one");
    }

    @Test
    void appleGroupsLabelsAndSocialProfiles() throws Exception {
        List<ImportCandidate> cards = read("apple-30.vcf");

        assertEquals(1, cards.size());
        Contact emi = cards.get(0).contact();
        assertEquals("Emi", emi.firstName());
        assertEquals("Nakamura", emi.lastName());
        assertEquals("Kaizen Labs", emi.company());
        assertEquals("Developer Advocate", emi.role());
        assertEquals("emi@example.jp", emi.email());
        assertEquals(List.of(
                new ProfileLink(Network.OTHER, "https://emi.example.jp"),
                new ProfileLink(Network.MASTODON, "https://mastodon.social/@emi"),
                new ProfileLink(Network.XING, "https://people.example.org/emi"), // itemN.X-ABLabel names it
                new ProfileLink(Network.LINKEDIN, "http://www.linkedin.com/in/eminakamura"),
                new ProfileLink(Network.INSTAGRAM, "https://instagram.com/emi.codes")), emi.profiles(),
                "x-apple:emi_n is no web address and is left out");
        assertEquals(List.of("Conference 2024", "Mentors"), emi.tags());
        assertEquals("Met at the DevRel meetup in Berlin. Gave a great talk about writing docs that people "
                + "actually read. Follow up about the podcast.", emi.notes(), "folded line joined");
    }

    @Test
    void googleCardsWithEscapedUrlsSystemGroupsAndOnlyAFormattedName() throws Exception {
        List<ImportCandidate> cards = read("google-30.vcf");

        assertEquals(2, cards.size());
        Contact lukas = cards.get(0).contact();
        assertEquals("Lukas Becker", lukas.fullName());
        assertEquals("lukas.becker@example.com", lukas.email());
        assertEquals(List.of(new ProfileLink(Network.LINKEDIN, "https://www.linkedin.com/in/lukasbecker")),
                lukas.profiles());
        assertEquals(List.of("Research"), lukas.tags(), "Google's myContacts and starred are no tags");
        assertEquals("Introduced by Anna.\nAsked about the hackathon.", lukas.notes());

        Contact maria = cards.get(1).contact();
        assertEquals("María", maria.firstName(), "FN: the first word is the given name");
        assertEquals("José", maria.details().middleName(), "words between are middle names");
        assertEquals("García", maria.lastName());
        assertEquals(List.of(), maria.tags());
    }

    @Test
    void vcard40SocialProfilesAndRole() throws Exception {
        List<ImportCandidate> cards = read("vcard-40.vcf");

        Contact sofia = cards.get(0).contact();
        assertEquals("Designer", sofia.role(), "ROLE when there is no TITLE");
        assertEquals("sofia@example.it", sofia.email());
        assertEquals(List.of(new ProfileLink(Network.LINKEDIN, "https://www.linkedin.com/in/sofiarossi"),
                new ProfileLink(Network.PINTEREST, "https://www.pinterest.de/sofiarossi/")), sofia.profiles());
        assertEquals(List.of("Design", "Mentors"), sofia.tags());

        Contact tom = cards.get(1).contact();
        assertEquals("Tom", tom.firstName());
        assertEquals("", tom.lastName());
        assertEquals(13, cards.get(1).position());
    }

    @Test
    void xingStyleCard() throws Exception {
        Contact petra = read("xing-30.vcf").get(0).contact();
        assertEquals("Petra Wagner", petra.fullName());
        assertEquals("Bosch", petra.company());
        assertEquals("Projektleiterin", petra.role());
        assertEquals(List.of(new ProfileLink(Network.XING, "https://www.xing.com/profile/Petra_Wagner3")),
                petra.profiles());
    }

    @Test
    void aCardWithoutAnyNameIsAnErrorButAnEmailOnlyOrCompanyCardIsImported() {
        List<ImportCandidate> cards = reader.read("BEGIN:VCARD\nVERSION:3.0\nEMAIL:x@example.com\nEND:VCARD\n"
                + "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Shop GmbH\nORG:Shop GmbH\nX-ABShowAs:COMPANY\nEND:VCARD\n"
                + "BEGIN:VCARD\nVERSION:3.0\nTEL:+49 30 1234\nEND:VCARD\n");
        assertEquals("X", cards.get(0).contact().firstName(), "named after the address");
        assertEquals(List.of(ImportMessage.of("import.warning.nameFromEmail")), cards.get(0).warnings());
        assertEquals("Shop GmbH", cards.get(1).contact().fullName(), "a company card is the company");
        assertTrue(cards.get(1).contact().details().organisation());
        assertEquals(ImportMessage.of("import.error.noName"), cards.get(2).error(), "a number alone names nobody");
        assertEquals("+49 30 1234", cards.get(2).label());
    }

    @Test
    void formattedNameWithCommaIsLastNameFirst() {
        List<ImportCandidate> cards = reader.read("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Doe\\, Jane\r\nEND:VCARD\r\n");
        assertEquals("Jane", cards.get(0).contact().firstName());
        assertEquals("Doe", cards.get(0).contact().lastName());
        assertTrue(cards.get(0).warnings().isEmpty());
    }
}
