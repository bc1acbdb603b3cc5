package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannel;
import org.netjournal.domain.ContactDetails;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.domain.SearchKind;
import org.netjournal.io.JsonContactReader;
import org.netjournal.io.JsonJournalWriter;
import org.netjournal.io.RestoredJson;

/** Migration 005: name parts, the organisation mark, every e-mail address and phone number (issue 13). */
class ContactDetailsStorageTest {

    @TempDir
    Path temp;

    static Contact richter() {
        ContactDetails details = new ContactDetails("Robert", "Dr.", "Jr.", false,
                List.of(new ContactChannel("james@work.example", "work", false),
                        new ContactChannel("jr@home.example", "home", true)),
                List.of(new ContactChannel("+49 30 1234567", "cell,voice", true),
                        new ContactChannel("030 7654321", "work", false)));
        return new Contact(0, "James", "Richter", "Acme", "CTO", List.of(), "", "", List.of("board"),
                ComfortStage.OBSERVE, Cadence.NONE, "", ContactSource.VCARD, null,
                Instant.parse("2026-01-02T03:04:05Z"), details);
    }

    @Test
    void everyAddressAndNumberWithItsLabelIsStoredInOrderAndSearchable() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("j")))) {
            ContactRepository contacts = new ContactRepository(db);
            Contact saved = contacts.save(richter());
            Contact found = contacts.find(saved.id()).orElseThrow();
            assertEquals(saved, found);
            assertEquals("jr@home.example", found.email(), "the preferred address is the main one");
            assertEquals(richter().details(), found.details());
            assertEquals("Dr. James Robert Richter Jr.", found.displayName());

            SearchRepository search = new SearchRepository(db);
            assertEquals(saved.id(), search.search("7654321", 5).groups().get(0).hits().get(0).id(), "a phone");
            assertEquals(SearchKind.CONTACT, search.search("james@work.example", 5).groups().get(0).kind());
            assertFalse(search.search("robert", 5).isEmpty(), "the middle name");

            ContactDetails fewer = found.details().withChannels(List.of(ContactChannel.of("new@example.org")),
                    List.of());
            Contact updated = contacts.save(found.withDetails(fewer));
            assertEquals("new@example.org", contacts.find(saved.id()).orElseThrow().email());
            assertEquals(List.of(), contacts.find(saved.id()).orElseThrow().details().phones());
            assertEquals(updated, contacts.find(saved.id()).orElseThrow());
            assertTrue(search.search("7654321", 5).isEmpty(), "the removed number left the index");
            assertTrue(search.search("jr@home.example", 5).isEmpty());
        }
    }

    @Test
    void theFullJsonExportRestoresEveryDetail() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("a")));
             JournalDatabase restored = JournalDatabase.open(new DataFolder(temp.resolve("b")))) {
            Contact saved = new ContactRepository(db).save(richter());
            Contact company = new ContactRepository(db).save(Contact.named("", "Acme Corp")
                    .withDetails(ContactDetails.NONE.withOrganisation(true)));
            StringWriter json = new StringWriter();
            JsonJournalWriter.write(json, new JournalSnapshots(db).read(), Instant.EPOCH);
            JournalSnapshot snapshot = RestoredJson.readJournal(json.toString()).orElseThrow();
            new JournalSnapshots(restored).restoreIntoEmpty(snapshot);
            List<Contact> back = new ContactRepository(restored).findAll();
            assertEquals(List.of(saved, company), back);
            assertEquals(saved.id(), new SearchRepository(restored).search("1234567", 5).groups().get(0).hits()
                    .get(0).id(), "the restored journal's index holds the numbers");
            assertEquals(1, JsonContactReader.read(new StringReader(json.toString())).stream()
                    .filter(candidate -> candidate.contact().details().organisation()).count());
        }
    }

    @Test
    void aVersionFourJournalKeepsItsAddressAsTheFirstOfTheList() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("v4"));
        Files.createDirectories(folder.path());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.databaseFile());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            connection.setAutoCommit(false);
            for (String script : List.of("001-steps-and-settings", "002-contacts", "003-journal", "004-search")) {
                statement.executeUpdate(script("migrations/" + script + ".sql"));
            }
            statement.executeUpdate("PRAGMA user_version = 4");
            statement.executeUpdate("INSERT INTO contact (id, first_name, last_name, email, created_at) "
                    + "VALUES (7, 'Jürgen', 'Weiß', 'jw@example.de', '2025-01-01T00:00:00Z')");
            statement.executeUpdate("INSERT INTO contact (id, first_name, last_name, created_at) "
                    + "VALUES (8, 'Ida', 'Groß', '2025-01-01T00:00:00Z')");
            connection.commit();
        }
        try (JournalDatabase migrated = JournalDatabase.open(folder)) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, migrated.schemaVersion());
            List<Contact> contacts = new ContactRepository(migrated).findAll();
            assertEquals(List.of(ContactChannel.of("jw@example.de")), contacts.get(0).details().emails());
            assertEquals("jw@example.de", contacts.get(0).email());
            assertEquals(List.of(), contacts.get(1).details().emails());
            assertEquals(7, new SearchRepository(migrated).search("weiss jw@example.de", 5).groups().get(0).hits()
                    .get(0).id(), "contacts are indexed again by the migration");
        }
    }

    private static String script(String resource) throws Exception {
        try (InputStream in = JournalDatabase.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
