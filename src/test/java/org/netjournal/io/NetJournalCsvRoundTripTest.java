package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannel;
import org.netjournal.domain.ContactDetails;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ProfileLink;

/** NetJournal's own CSV export is recognised as ours (not as LinkedIn's) and every column comes back (point 5). */
class NetJournalCsvRoundTripTest {

    @Test
    void everyColumnComesBack() throws Exception {
        Instant added = LocalDate.of(2026, 3, 1).atStartOfDay(ZoneOffset.UTC).toInstant(); // CSV keeps the day
        Contact full = new Contact(1, "James", "Richter", "Acme, Inc.", "=CTO", List.of(
                ProfileLink.of("https://www.linkedin.com/in/jamesrichter"), ProfileLink.of("https://james.example")),
                "", "Conference\nin Berlin", List.of("board", "mentor"), ComfortStage.CONNECT, Cadence.everyDays(10),
                "Line one\n  indented line two\n-minus first", ContactSource.VCARD, LocalDate.of(2024, 1, 15), added,
                new ContactDetails("Robert", "Dr.", "Jr.", false,
                        List.of(new ContactChannel("james@work.example", "work", false),
                                new ContactChannel("jr@home.example", "home", true)),
                        List.of(new ContactChannel("+49 30 1234567", "cell,voice", true),
                                new ContactChannel("030 7654321", "", false))));
        Contact company = new Contact(2, "", "Acme Corp", "Acme Corp", "", List.of(), "", "", List.of(),
                ComfortStage.OBSERVE, Cadence.NONE, "", ContactSource.MANUAL, null, added,
                ContactDetails.NONE.withOrganisation(true));
        StringWriter csv = new StringWriter();
        new ContactExporter(java.time.Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).writeCsv(csv, List.of(full, company),
                List.of());

        ImportPreview preview = new ImportPlanner(Fixtures.CLOCK).preview("contacts.csv", csv.toString(), List.of());

        assertEquals(ImportFormat.NETJOURNAL_CSV, preview.format());
        List<Contact> back = preview.rows().stream().map(row -> row.candidate().contact()).toList();
        assertEquals(List.of(full.withId(0), company.withId(0)), withZone(back), csv.toString());
    }

    /** The reader takes "Added On" in the system zone; the test wrote it in UTC. */
    private static List<Contact> withZone(List<Contact> contacts) {
        return contacts.stream().map(c -> new Contact(c.id(), c.firstName(), c.lastName(), c.company(), c.role(),
                c.profiles(), c.email(), c.howWeMet(), c.tags(), c.stage(), c.cadence(), c.notes(), c.source(),
                c.connectedOn(), LocalDate.ofInstant(c.createdAt(), java.time.ZoneId.systemDefault())
                        .atStartOfDay(ZoneOffset.UTC).toInstant(), c.details())).toList();
    }
}
