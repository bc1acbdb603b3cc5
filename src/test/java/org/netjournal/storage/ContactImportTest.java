package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netjournal.storage.ContactRepositoryTest.fullContact;
import static org.netjournal.storage.ContactRepositoryTest.interaction;
import static org.netjournal.storage.ContactRepositoryTest.withProfiles;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactImport;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;

/** {@link ContactRepository#importContacts}: all or nothing, with progress and cancellation. */
class ContactImportTest {

    private static final List<String> TABLES = List.of("contact", "contact_profile", "contact_tag", "interaction");

    @TempDir
    Path temp;

    private JournalDatabase db;
    private ContactRepository contacts;

    @BeforeEach
    void open() throws Exception {
        db = JournalDatabase.open(new DataFolder(temp.resolve("data")));
        contacts = new ContactRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void insertsNewContactsWithTheirInteractions() {
        Contact fromLinkedIn = new Contact(0, "Grace", "Hopper", "Navy", "Admiral",
                List.of(ProfileLink.of("https://www.linkedin.com/in/grace")), "", "", List.of("imported"),
                ComfortStage.CONNECT, Cadence.NONE, "", ContactSource.LINKEDIN, LocalDate.of(2024, 3, 12), null);
        ContactImport withHistory = new ContactImport(fullContact(), List.of(
                interaction(0, "2025-01-01", InteractionKind.LIKED),
                interaction(0, "2025-02-01", InteractionKind.MESSAGED)), null);

        int written = contacts.importContacts(List.of(ContactImport.insert(fromLinkedIn), withHistory), ImportProgress.NONE);

        assertEquals(2, written);
        List<Contact> all = contacts.findAll();
        assertEquals(2, all.size());
        Contact grace = all.get(0);
        assertEquals("Grace Hopper", grace.fullName());
        assertEquals(ContactSource.LINKEDIN, grace.source());
        assertEquals(LocalDate.of(2024, 3, 12), grace.connectedOn());
        assertTrue(grace.createdAt().isAfter(Instant.now().minusSeconds(60)), "unset creation time became now");
        Contact zoe = all.get(1);
        assertEquals(fullContact().withId(zoe.id()), zoe,
                "all fields exactly, including a stage lower than its interactions (set by hand before export)");
        assertEquals(List.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)),
                contacts.interactionsOf(zoe.id()).stream().map(Interaction::date).toList());
        assertEquals(List.of(), contacts.interactionsOf(grace.id()));
    }

    @Test
    void updatesReplaceFieldsAndAddInteractionsInTheSameTransaction() {
        Contact existing = contacts.save(fullContact());
        contacts.addInteraction(interaction(existing.id(), "2024-12-24", InteractionKind.COMMENTED));
        Contact newer = new Contact(0, "Zoë", "Müller", "New Company", "CEO",
                List.of(ProfileLink.of("https://www.linkedin.com/in/zoe-new")), "zoe@new.example", "", List.of("moved"),
                ComfortStage.OBSERVE, null, "", ContactSource.LINKEDIN, LocalDate.of(2025, 6, 1), null);

        int written = contacts.importContacts(List.of(
                new ContactImport(newer, List.of(interaction(0, "2025-06-02", InteractionKind.LIKED)), existing.id()),
                ContactImport.insert(Contact.named("Brand", "New"))), ImportProgress.NONE);

        assertEquals(2, written);
        Contact updated = contacts.find(existing.id()).orElseThrow();
        assertEquals("New Company", updated.company());
        assertEquals(List.of("moved"), updated.tags(), "tags replaced");
        assertEquals(newer.profiles(), updated.profiles(), "profiles replaced");
        assertEquals(existing.createdAt(), updated.createdAt(), "an unset creation time keeps the stored one");
        assertEquals(ComfortStage.COMMENT, updated.stage(), "an import never lowers a stage");
        assertEquals(2, contacts.interactionsOf(existing.id()).size(), "the old interaction stays, the new one is added");
        assertEquals(2, contacts.findAll().size());
    }

    @Test
    void theSameContactUpdatedTwiceInOneImportEndsAsTheLastItemSaysWithBothHistories() {
        Contact existing = contacts.save(fullContact());
        Contact first = withProfiles(Contact.named("First", "Version"), List.of(
                ProfileLink.of("https://www.linkedin.com/in/first"), ProfileLink.of("https://x.com/first")));
        Contact second = withProfiles(Contact.named("Second", "Version"), List.of(
                ProfileLink.of("https://www.linkedin.com/in/second")));
        List<ContactImport> items = new ArrayList<>(people(150)); // pending batched rows before the updates
        items.add(new ContactImport(first, List.of(interaction(0, "2025-01-01", InteractionKind.LIKED)), existing.id()));
        items.add(new ContactImport(second, List.of(interaction(0, "2025-01-02", InteractionKind.LIKED)), existing.id()));

        assertEquals(152, contacts.importContacts(items, ImportProgress.NONE));

        Contact updated = contacts.find(existing.id()).orElseThrow();
        assertEquals("Second Version", updated.fullName());
        assertEquals(second.profiles(), updated.profiles());
        assertEquals(2, contacts.interactionsOf(existing.id()).size());
        assertEquals(151, rows("contact"));
        assertEquals(150 * 2 + 2, rows("interaction"));
        assertEquals(150 + 1, rows("contact_profile"));
    }

    @Test
    void importedInteractionsRaiseAnUpdatedContactsStage() {
        Contact existing = contacts.save(Contact.named("Ada", "").withStage(ComfortStage.LIKE));

        contacts.importContacts(List.of(new ContactImport(Contact.named("Ada", ""),
                List.of(interaction(0, "2025-01-01", InteractionKind.MET)), existing.id())), ImportProgress.NONE);

        assertEquals(ComfortStage.MEET, contacts.find(existing.id()).orElseThrow().stage());
    }

    @Test
    void anEmptyImportWritesNothingAndReportsDone() {
        List<String> reports = new ArrayList<>();
        assertEquals(0, contacts.importContacts(List.of(), recording(reports, Integer.MAX_VALUE)));
        assertEquals(List.of("0/0"), reports.subList(reports.size() - 1, reports.size()));
    }

    @Test
    void progressIsReportedAboutEveryHundredRows() {
        List<String> reports = new ArrayList<>();

        contacts.importContacts(people(250), recording(reports, Integer.MAX_VALUE));

        assertEquals(List.of("0/250", "100/250", "200/250", "250/250"), reports);
        assertEquals(250, rows("contact"));
    }

    @Test
    void cancellingMidwayLeavesTheJournalExactlyAsBefore() {
        Contact existing = contacts.save(fullContact());
        contacts.addInteraction(interaction(existing.id(), "2025-01-01", InteractionKind.LIKED));
        List<Integer> before = counts();
        List<ContactImport> items = new ArrayList<>(people(250));
        items.add(40, new ContactImport(Contact.named("Changed", ""),
                List.of(interaction(0, "2025-05-05", InteractionKind.MET)), existing.id()));
        List<String> reports = new ArrayList<>();

        assertThrows(CancellationException.class, () -> contacts.importContacts(items, recording(reports, 150)));

        assertEquals(before, counts(), "rows per table " + TABLES);
        assertEquals(existing, contacts.find(existing.id()).orElseThrow(), "the updated contact is as it was");
        assertEquals(List.of("0/251", "100/251"), reports, "cancelled after the first hundred");
        assertEquals(1, contacts.summaries().size());
    }

    @Test
    void cancellingAfterTheLastRowStillWritesNothing() {
        List<Integer> before = counts();
        ImportProgress cancelledAtTheEnd = new ImportProgress() {
            private int asked;

            @Override
            public void report(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return ++asked > 3; // once per row, then once more before the commit
            }
        };

        assertThrows(CancellationException.class, () -> contacts.importContacts(people(3), cancelledAtTheEnd));
        assertEquals(before, counts());
    }

    @Test
    void anInvalidRowRollsEverythingBack() {
        Contact existing = contacts.save(fullContact());
        List<Integer> before = counts();
        List<ContactImport> items = new ArrayList<>(people(120));
        items.add(0, new ContactImport(Contact.named("Renamed", ""), List.of(), existing.id()));
        items.add(new ContactImport(withProfiles(Contact.named("Bad", "Url"),
                List.of(new ProfileLink(Network.OTHER, "file:///etc/passwd"))), List.of(), null));
        items.addAll(people(5));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> contacts.importContacts(items, ImportProgress.NONE));

        assertTrue(e.getMessage().contains("Item 122") && e.getMessage().contains("Bad Url"), e.getMessage());
        assertEquals(before, counts());
        assertEquals(existing, contacts.find(existing.id()).orElseThrow());
    }

    @Test
    void aNamelessRowRollsEverythingBack() {
        List<ContactImport> items = new ArrayList<>(people(10));
        items.add(ContactImport.insert(Contact.named("", " ")));

        assertThrows(IllegalArgumentException.class, () -> contacts.importContacts(items, ImportProgress.NONE));

        assertEquals(List.of(0, 0, 0, 0), counts());
    }

    @Test
    void updatingAMissingContactRollsEverythingBack() {
        List<ContactImport> items = new ArrayList<>(people(10));
        items.add(new ContactImport(Contact.named("Ghost", ""), List.of(), 999L));

        assertThrows(NoSuchElementException.class, () -> contacts.importContacts(items, ImportProgress.NONE));

        assertEquals(List.of(0, 0, 0, 0), counts());
    }

    @Test
    void aDatabaseFailureRollsEverythingBackAndSaysWhy() throws SQLException {
        // A trigger makes the 7th insert fail inside SQLite, after six rows were written in the transaction.
        db.read(connection -> {
            try (PreparedStatement trigger = connection.prepareStatement(
                    "CREATE TEMP TRIGGER fail_seventh BEFORE INSERT ON contact WHEN NEW.first_name = 'Person 7' "
                            + "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")) {
                trigger.execute();
            }
            return null;
        });

        StorageException e = assertThrows(StorageException.class,
                () -> contacts.importContacts(people(20), ImportProgress.NONE));

        assertTrue(e.getCause() instanceof SQLException);
        assertTrue(e.getMessage().contains("disk on fire"), e.getMessage());
        assertEquals(List.of(0, 0, 0, 0), counts());
        contacts.save(Contact.named("Still", "works"));
        assertEquals(1, rows("contact"), "the connection is usable after the rollback");
    }

    // ---------------------------------------------------------------------------------------------------

    /** {@code n} new people, each with a profile, two tags and two interactions. */
    private static List<ContactImport> people(int n) {
        List<ContactImport> items = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Contact person = new Contact(0, "Person " + i, "Test", "Company", "", List.of(
                    ProfileLink.of("https://www.linkedin.com/in/person-" + i)), "", "", List.of("a", "b"),
                    null, Cadence.MONTHLY, "", ContactSource.LINKEDIN, null, null);
            items.add(new ContactImport(person, List.of(interaction(0, "2025-01-01", InteractionKind.LIKED),
                    interaction(0, "2025-01-02", InteractionKind.COMMENTED)), null));
        }
        return items;
    }

    /** Records "done/total"; answers cancelled once {@code cancelAfterItems} items were asked about. */
    private static ImportProgress recording(List<String> reports, int cancelAfterItems) {
        return new ImportProgress() {
            private int asked;

            @Override
            public void report(int done, int total) {
                reports.add(done + "/" + total);
            }

            @Override
            public boolean isCancelled() {
                return asked++ >= cancelAfterItems;
            }
        };
    }

    private List<Integer> counts() {
        List<Integer> counts = new ArrayList<>();
        for (String table : TABLES) {
            counts.add(rows(table));
        }
        return counts;
    }

    private int rows(String table) {
        try {
            return db.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                     ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
        } catch (SQLException e) {
            throw new AssertionError(table, e);
        }
    }
}
