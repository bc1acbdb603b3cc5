package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.DueContacts;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;

/** Who is due, asked of SQLite ({@link ContactRepository#dueContacts}), is what the rule says of every contact. */
class ContactDueQueryTest {

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
    void anEmptyJournalHasNobodyDue() {
        assertEquals(DueContacts.NONE, contacts.dueContacts(LocalDate.of(2026, 3, 17), 5));
    }

    /**
     * 400 contacts with every cadence, added at any hour and touched on month ends too; for days whose due window
     * ends at a month's end (where calendar months shorten) and in the middle of one.
     */
    @Test
    void theQueryFindsExactlyTheContactsTheRuleCallsDue() {
        SplittableRandom random = new SplittableRandom(15);
        LocalDate base = LocalDate.of(2026, 3, 17);
        List<Cadence> cadences = List.of(Cadence.NONE, Cadence.TWO_WEEKS, Cadence.MONTHLY, Cadence.QUARTERLY,
                Cadence.everyDays(1), Cadence.everyDays(30), Cadence.everyDays(45), Cadence.everyDays(120));
        for (int i = 0; i < 400; i++) {
            Instant added = base.minusDays(random.nextInt(200)).atStartOfDay(ZoneId.systemDefault()).toInstant()
                    .plusSeconds(random.nextInt(86_400));
            Contact contact = contacts.save(new Contact(0, "First" + random.nextInt(50), "Last" + random.nextInt(20),
                    "", "", List.of(), "", "", List.of("tag" + (i % 3)), ComfortStage.OBSERVE,
                    cadences.get(random.nextInt(cadences.size())), "", ContactSource.MANUAL, null, added));
            for (int touches = random.nextInt(4); touches > 0; touches--) {
                LocalDate day = random.nextInt(4) == 0
                        ? base.minusMonths(random.nextInt(6)).withDayOfMonth(1).minusDays(random.nextInt(3)) // month ends
                        : base.minusDays(random.nextInt(150));
                contacts.addInteraction(new Interaction(0, contact.id(), day, InteractionKind.MESSAGED, null, "", null));
            }
        }
        List<ContactSummary> all = contacts.summaries();
        for (LocalDate today : List.of(base, LocalDate.of(2026, 2, 14), LocalDate.of(2026, 1, 17),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 16))) {
            List<ContactSummary> expected = all.stream().filter(row -> row.isDue(today))
                    .sorted(ContactSummary.BY_NEXT_DUE).toList();
            DueContacts found = contacts.dueContacts(today, 5);
            assertEquals(400, found.contacts());
            assertEquals(expected.size(), found.due(), "due on " + today);
            assertEquals(expected.subList(0, 5), found.first(), "the five most overdue, in full, on " + today);
            assertTrue(found.due() > 5 && found.due() < 400, "the data set has due and not due contacts");
        }
        assertEquals(all.stream().filter(row -> row.isDue(base)).sorted(ContactSummary.BY_NEXT_DUE).toList(),
                contacts.dueContacts(base, 400).first(), "every one when asked for all");
    }

    @Test
    void theLatestStartOfAMonthlyCadenceCoversTheLongerMonthsEnds() {
        // 29, 30 and 31 January + 1 month are all 28 February
        assertEquals(LocalDate.of(2026, 1, 31), ContactRepository.latestStart(Cadence.MONTHLY, LocalDate.of(2026, 2, 28)));
        assertEquals(LocalDate.of(2026, 2, 27), ContactRepository.latestStart(Cadence.MONTHLY, LocalDate.of(2026, 3, 27)));
        assertEquals(LocalDate.of(2026, 3, 1), ContactRepository.latestStart(Cadence.TWO_WEEKS, LocalDate.of(2026, 3, 15)));
    }
}
