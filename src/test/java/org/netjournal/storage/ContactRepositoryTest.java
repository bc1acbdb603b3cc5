package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.FocusGroup;
import org.netjournal.domain.TargetMark;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.DueContacts;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;

/** Contacts, profiles, tags and interactions in a real journal file. */
class ContactRepositoryTest {

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

    /** Every field set, with unicode, emoji, several profiles and tags. */
    static Contact fullContact() {
        return new Contact(0, "Zoë 👋", "Müller-Łukasiewicz", "Café Ærø GmbH", "Leiterin „Vertrieb“",
                List.of(ProfileLink.of("https://www.linkedin.com/in/zoe-mueller"),
                        ProfileLink.of("https://www.xing.com/profile/Zoe_Mueller"),
                        new ProfileLink(Network.MASTODON, "https://mastodon.social/@zoe")),
                "zoë@example.org", "Met at the 🎤 meetup, \"quoted\", 'single', ; DROP TABLE contact; --",
                List.of("Berlin", "Ökologie", "🚀 startup"), ComfortStage.COMMENT, Cadence.everyDays(45),
                "Line one\nLine two\r\n\ttabbed — em dash 日本語", ContactSource.VCARD, LocalDate.of(2024, 3, 12),
                Instant.parse("2025-01-02T03:04:05.678Z"));
    }

    // ---------------------------------------------------------------------------------------------------
    // save / find

    @Test
    void saveAndFindRoundTripEveryField() {
        Contact saved = contacts.save(fullContact());

        assertTrue(saved.id() > 0, "an id was assigned");
        assertEquals(fullContact().withId(saved.id()), saved, "save returns what it stored");
        assertEquals(Optional.of(saved), contacts.find(saved.id()));
        assertEquals(List.of(saved), contacts.findAll());
    }

    @Test
    void aNewContactWithoutCreationTimeGetsNow() {
        Contact unset = new Contact(0, "Ada", "", "", "", null, null, null, null, null, null, null, null, null, null);
        Instant before = Instant.now();

        Contact saved = contacts.save(unset);

        assertFalse(saved.createdAt().isBefore(before.truncatedTo(ChronoUnit.MILLIS)), saved.createdAt().toString());
        assertEquals(saved, contacts.find(saved.id()).orElseThrow());
        assertEquals(ComfortStage.OBSERVE, saved.stage());
        assertEquals(Cadence.NONE, saved.cadence());
        assertNull(saved.connectedOn());
    }

    @Test
    void findOfAMissingIdIsEmpty() {
        assertEquals(Optional.empty(), contacts.find(4711));
    }

    @Test
    void findAllIsOrderedById() {
        Contact b = contacts.save(Contact.named("B", ""));
        Contact a = contacts.save(Contact.named("A", ""));
        Contact c = contacts.save(Contact.named("C", ""));

        assertEquals(List.of(b.id(), a.id(), c.id()), contacts.findAll().stream().map(Contact::id).toList());
    }

    @Test
    void updateReplacesEveryFieldIncludingProfilesAndTags() {
        Contact saved = contacts.save(fullContact());
        Contact changed = new Contact(saved.id(), "Zoe", "Mueller", "", "CTO",
                List.of(ProfileLink.of("https://x.com/zoe")), "", "", List.of("berlin", "new"),
                ComfortStage.OBSERVE, Cadence.MONTHLY, "", ContactSource.MANUAL, null,
                Instant.parse("2020-01-01T00:00:00Z"));

        Contact updated = contacts.save(changed);

        assertEquals(changed, updated);
        assertEquals(Optional.of(changed), contacts.find(saved.id()));
        assertEquals(1, contacts.findAll().size(), "no second contact");
        assertEquals(1, count("SELECT COUNT(*) FROM contact_profile"), "old profiles are gone");
        assertEquals(2, count("SELECT COUNT(*) FROM contact_tag"), "old tags are gone");
    }

    @Test
    void updateWithoutCreationTimeKeepsTheStoredOne() {
        Contact saved = contacts.save(fullContact());
        Contact withoutCreated = new Contact(saved.id(), "Zoë", "", "", "", null, null, null, null, null, null,
                null, null, null, null);

        assertEquals(saved.createdAt(), contacts.save(withoutCreated).createdAt());
        assertEquals(saved.createdAt(), contacts.find(saved.id()).orElseThrow().createdAt());
    }

    @Test
    void removingAllProfilesAndTagsIsAnUpdateToo() {
        Contact saved = contacts.save(fullContact());
        Contact bare = new Contact(saved.id(), "Zoë", "", "", "", List.of(), "", "", List.of(), null, null, null,
                null, null, saved.createdAt());

        contacts.save(bare);

        Contact found = contacts.find(saved.id()).orElseThrow();
        assertEquals(List.of(), found.profiles());
        assertEquals(List.of(), found.tags());
    }

    @Test
    void updatingAMissingContactFails() {
        assertThrows(NoSuchElementException.class, () -> contacts.save(Contact.named("Ghost", "").withId(99)));
        assertEquals(0, count("SELECT COUNT(*) FROM contact"));
    }

    @Test
    void aContactNeedsANameACompanyOrAnEmail() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> contacts.save(Contact.named("  ", "\t")));
        assertTrue(e.getMessage().contains("validation.identityRequired"), e.getMessage());
        Contact invalidEmailOnly = new Contact(0, "", "", " ", "CTO", List.of(), "petra at acme", "", List.of(),
                null, null, "", null, null, null);
        assertThrows(IllegalArgumentException.class, () -> contacts.save(invalidEmailOnly));
        assertEquals(0, count("SELECT COUNT(*) FROM contact"));

        Contact companyOnly = new Contact(0, "", "", "Acme", "", List.of(), "", "", List.of(), null, null, "", null,
                null, null);
        assertEquals("Acme", contacts.find(contacts.save(companyOnly).id()).orElseThrow().company());
        Contact emailOnly = new Contact(0, "", "", "", "", List.of(), "p@acme.example", "", List.of(), null, null, "",
                null, null, null);
        assertEquals("p@acme.example", contacts.find(contacts.save(emailOnly).id()).orElseThrow().email());
    }

    @Test
    void aLastNameAloneIsEnough() {
        assertEquals("Lovelace", contacts.save(Contact.named("", "Lovelace")).fullName());
    }

    @Test
    void profileUrlsMustBeHttp() {
        for (String bad : List.of("ftp://example.org/x", "javascript:alert(1)", "linkedin .com/in/x", "https://")) {
            Contact contact = withProfiles(Contact.named("Ada", ""), List.of(new ProfileLink(Network.OTHER, bad)));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> contacts.save(contact), bad);
            assertTrue(e.getMessage().contains("validation.urlNotHttp"), e.getMessage());
        }
        assertEquals(0, count("SELECT COUNT(*) FROM contact"), "nothing half-saved");
    }

    @Test
    void aLinkWithoutSchemeIsStoredWithHttps() {
        Contact saved = contacts.save(withProfiles(Contact.named("Ada", ""),
                List.of(new ProfileLink(Network.OTHER, " linkedin.com/in/ada "))));
        assertEquals(List.of(new ProfileLink(Network.LINKEDIN, "https://linkedin.com/in/ada")),
                contacts.find(saved.id()).orElseThrow().profiles());
    }

    @Test
    void anInvalidUpdateLeavesTheStoredContactAsItWas() {
        Contact saved = contacts.save(fullContact());
        Contact invalid = withProfiles(saved, List.of(new ProfileLink(Network.OTHER, "mailto:zoe@example.org")));

        assertThrows(IllegalArgumentException.class, () -> contacts.save(invalid));

        assertEquals(Optional.of(saved), contacts.find(saved.id()));
    }

    @Test
    void blankProfilesAndTagsAreDroppedAndTagsAreUniqueIgnoringCase() {
        Contact contact = new Contact(0, "Ada", "", "", "",
                List.of(new ProfileLink(Network.OTHER, "  "), ProfileLink.of(" https://www.linkedin.com/in/ada ")),
                "", "", List.of(" Berlin ", "berlin", "", "  ", "BERLIN", "Tech"), null, null, null, null, null, null);

        Contact saved = contacts.save(contact);

        assertEquals(List.of(new ProfileLink(Network.LINKEDIN, "https://www.linkedin.com/in/ada")), saved.profiles());
        assertEquals(List.of("Berlin", "Tech"), saved.tags());
        assertEquals(saved, contacts.find(saved.id()).orElseThrow());
    }

    @Test
    void profileOrderIsKept() {
        List<ProfileLink> profiles = List.of(ProfileLink.of("https://x.com/b"), ProfileLink.of("https://x.com/a"),
                ProfileLink.of("https://www.instagram.com/c"));
        Contact saved = contacts.save(withProfiles(Contact.named("Ada", ""), profiles));

        assertEquals(profiles, contacts.find(saved.id()).orElseThrow().profiles());
    }

    // ---------------------------------------------------------------------------------------------------
    // delete

    @Test
    void deleteRemovesTheContactWithProfilesTagsAndInteractions() {
        Contact keep = contacts.save(fullContact());
        Contact gone = contacts.save(fullContact());
        contacts.addInteraction(interaction(keep.id(), "2025-05-01", InteractionKind.LIKED));
        contacts.addInteraction(interaction(gone.id(), "2025-05-01", InteractionKind.LIKED));
        contacts.addInteraction(interaction(gone.id(), "2025-05-02", InteractionKind.MET));

        contacts.delete(gone.id());

        assertEquals(Optional.empty(), contacts.find(gone.id()));
        assertEquals(List.of(keep), contacts.findAll());
        assertEquals(3, count("SELECT COUNT(*) FROM contact_profile"), "only the kept contact's profiles");
        assertEquals(3, count("SELECT COUNT(*) FROM contact_tag"), "only the kept contact's tags");
        assertEquals(1, count("SELECT COUNT(*) FROM interaction"), "the deleted contact's interactions went too");
        assertEquals(List.of(), contacts.interactionsOf(gone.id()));
    }

    @Test
    void deletingAMissingContactDoesNothing() {
        contacts.save(fullContact());
        contacts.delete(12345);
        assertEquals(1, contacts.findAll().size());
    }

    // ---------------------------------------------------------------------------------------------------
    // interactions and the comfort stage

    @Test
    void addInteractionStoresEveryFieldAndReturnsItWithItsId() {
        Contact ada = contacts.save(Contact.named("Ada", ""));
        Interaction withAll = new Interaction(0, ada.id(), LocalDate.of(2025, 2, 28), InteractionKind.COMMENTED,
                Network.LINKEDIN, "Commented on her post 👍 about „Netzwerken“", 42L);
        Interaction bare = new Interaction(0, ada.id(), LocalDate.of(2025, 3, 1), InteractionKind.OTHER, null, null, null);

        Interaction first = contacts.addInteraction(withAll);
        Interaction second = contacts.addInteraction(bare);

        assertTrue(first.id() > 0 && second.id() > first.id());
        assertEquals(withAll.withIds(first.id(), ada.id()), first);
        assertEquals(List.of(bare.withIds(second.id(), ada.id()), first), contacts.interactionsOf(ada.id()));
    }

    @Test
    void anInteractionRaisesTheStageToItsRung() {
        Contact ada = contacts.save(Contact.named("Ada", ""));

        contacts.addInteraction(interaction(ada.id(), "2025-01-01", InteractionKind.LIKED));
        assertEquals(ComfortStage.LIKE, stageOf(ada));

        contacts.addInteraction(interaction(ada.id(), "2025-01-02", InteractionKind.REQUEST_SENT));
        assertEquals(ComfortStage.CONNECT, stageOf(ada));

        contacts.addInteraction(interaction(ada.id(), "2025-01-03", InteractionKind.MET));
        assertEquals(ComfortStage.MEET, stageOf(ada));
    }

    @Test
    void aLowerInteractionNeverLowersTheStage() {
        Contact ada = contacts.save(Contact.named("Ada", ""));
        contacts.addInteraction(interaction(ada.id(), "2025-01-01", InteractionKind.MET));

        contacts.addInteraction(interaction(ada.id(), "2025-01-02", InteractionKind.LIKED));
        contacts.addInteraction(interaction(ada.id(), "2025-01-03", InteractionKind.VIEWED_PROFILE));

        assertEquals(ComfortStage.MEET, stageOf(ada));
    }

    @Test
    void otherKeepsTheStage() {
        Contact ada = contacts.save(Contact.named("Ada", "").withStage(ComfortStage.COMMENT));

        contacts.addInteraction(interaction(ada.id(), "2025-01-01", InteractionKind.OTHER));

        assertEquals(ComfortStage.COMMENT, stageOf(ada));
    }

    @Test
    void theUserMaySetTheStageLowerByHand() {
        Contact ada = contacts.save(Contact.named("Ada", ""));
        contacts.addInteraction(interaction(ada.id(), "2025-01-01", InteractionKind.MESSAGED));

        contacts.save(contacts.find(ada.id()).orElseThrow().withStage(ComfortStage.LIKE));

        assertEquals(ComfortStage.LIKE, stageOf(ada));
        assertEquals(1, contacts.interactionsOf(ada.id()).size(), "saving the contact keeps its interactions");
    }

    @Test
    void anInteractionForAMissingContactFailsAndWritesNothing() {
        assertThrows(NoSuchElementException.class,
                () -> contacts.addInteraction(interaction(77, "2025-01-01", InteractionKind.LIKED)));
        assertEquals(0, count("SELECT COUNT(*) FROM interaction"));
    }

    @Test
    void interactionsOfIsNewestFirstAndSameDayByIdDescending() {
        Contact ada = contacts.save(Contact.named("Ada", ""));
        Contact bob = contacts.save(Contact.named("Bob", ""));
        Interaction older = contacts.addInteraction(interaction(ada.id(), "2024-12-31", InteractionKind.LIKED));
        Interaction sameDayFirst = contacts.addInteraction(interaction(ada.id(), "2025-01-05", InteractionKind.LIKED));
        Interaction newest = contacts.addInteraction(interaction(ada.id(), "2025-02-01", InteractionKind.OTHER));
        Interaction sameDaySecond = contacts.addInteraction(interaction(ada.id(), "2025-01-05", InteractionKind.COMMENTED));
        contacts.addInteraction(interaction(bob.id(), "2025-03-01", InteractionKind.LIKED));

        assertEquals(List.of(newest, sameDaySecond, sameDayFirst, older), contacts.interactionsOf(ada.id()));
    }

    @Test
    void allInteractionsAreOrderedByContactAndDate() {
        Contact ada = contacts.save(Contact.named("Ada", ""));
        Contact bob = contacts.save(Contact.named("Bob", ""));
        Interaction bob2 = contacts.addInteraction(interaction(bob.id(), "2025-03-01", InteractionKind.LIKED));
        Interaction ada2 = contacts.addInteraction(interaction(ada.id(), "2025-02-01", InteractionKind.LIKED));
        Interaction ada1 = contacts.addInteraction(interaction(ada.id(), "2025-01-01", InteractionKind.LIKED));
        Interaction bob1 = contacts.addInteraction(interaction(bob.id(), "2024-01-01", InteractionKind.LIKED));

        assertEquals(List.of(ada1, ada2, bob1, bob2), contacts.allInteractions());
    }

    @Test
    void deleteInteractionRemovesOnlyItAndKeepsTheStage() {
        Contact ada = contacts.save(Contact.named("Ada", ""));
        Interaction liked = contacts.addInteraction(interaction(ada.id(), "2025-01-01", InteractionKind.LIKED));
        Interaction met = contacts.addInteraction(interaction(ada.id(), "2025-01-02", InteractionKind.MET));

        contacts.deleteInteraction(met.id());

        assertEquals(List.of(liked), contacts.interactionsOf(ada.id()));
        assertEquals(ComfortStage.MEET, stageOf(ada), "the stage never moves down by itself");
    }

    // ---------------------------------------------------------------------------------------------------
    // summaries and the keep-in-touch clock

    @Test
    void summariesCarryEveryColumnOrderedById() {
        Contact zoe = contacts.save(fullContact());
        Contact ada = contacts.save(Contact.named("Ada", "Lovelace"));
        contacts.addInteraction(interaction(zoe.id(), "2025-01-10", InteractionKind.LIKED));
        contacts.addInteraction(interaction(zoe.id(), "2025-03-01", InteractionKind.OTHER));
        contacts.addInteraction(interaction(zoe.id(), "2025-02-01", InteractionKind.MESSAGED));

        List<ContactSummary> rows = contacts.summaries();

        assertEquals(2, rows.size());
        ContactSummary z = rows.get(0);
        assertEquals(zoe.id(), z.id());
        assertEquals("Zoë 👋", z.firstName());
        assertEquals("Müller-Łukasiewicz", z.lastName());
        assertEquals("Zoë 👋 Müller-Łukasiewicz", z.fullName());
        assertEquals("Café Ærø GmbH", z.company());
        assertEquals("Leiterin „Vertrieb“", z.role());
        assertEquals(EnumSet.of(Network.LINKEDIN, Network.XING, Network.MASTODON), z.networks());
        assertEquals(ComfortStage.MESSAGE, z.stage(), "raised by the MESSAGED interaction");
        assertEquals(Cadence.everyDays(45), z.cadence());
        assertEquals(List.of("Berlin", "Ökologie", "🚀 startup"), z.tags());
        assertEquals(zoe.notes(), z.notes());
        assertEquals("zoë@example.org", z.email());
        assertEquals(zoe.profiles().stream().map(ProfileLink::url).toList(), z.profileUrls());
        assertEquals(LocalDate.of(2025, 3, 1), z.lastInteraction(), "the newest date, whatever the insert order");
        assertEquals(LocalDate.ofInstant(zoe.createdAt(), ZoneId.systemDefault()), z.addedOn());
        assertEquals(Optional.of(LocalDate.of(2025, 4, 15)), z.nextDue(), "1 March + 45 days");

        ContactSummary a = rows.get(1);
        assertEquals(ada.id(), a.id());
        assertEquals(EnumSet.noneOf(Network.class), a.networks());
        assertEquals(List.of(), a.tags());
        assertEquals(List.of(), a.profileUrls());
        assertNull(a.lastInteraction());
    }

    @Test
    void summariesAgreeWithFindAndInteractionsOfForManyMixedContacts() {
        // The summaries merge four ordered queries in one pass; contacts with and without profiles, tags and
        // interactions, and gaps left by deleted contacts, must each get exactly their own.
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            List<ProfileLink> profiles = new java.util.ArrayList<>();
            for (int p = random.nextInt(3); p > 0; p--) {
                profiles.add(ProfileLink.of("https://x.com/p" + i + "-" + p));
            }
            List<String> tags = new java.util.ArrayList<>();
            for (int t = random.nextInt(3); t > 0; t--) {
                tags.add("tag" + i + "-" + t);
            }
            Contact saved = contacts.save(new Contact(0, "P" + i, "", "", "", profiles, "", "", tags, null,
                    Cadence.MONTHLY, "", null, null, null));
            for (int n = random.nextInt(4); n > 0; n--) {
                contacts.addInteraction(interaction(saved.id(), LocalDate.of(2025, 1, 1)
                        .plusDays(random.nextInt(300)).toString(), InteractionKind.OTHER));
            }
            if (random.nextInt(10) == 0) {
                contacts.delete(saved.id());
            }
        }

        List<ContactSummary> expected = new java.util.ArrayList<>();
        List<Contact> all = contacts.findAll();
        for (Contact listed : all) {
            Contact contact = contacts.find(listed.id()).orElseThrow(); // one contact's rows: no merging
            assertEquals(contact, listed);
            LocalDate last = contacts.interactionsOf(contact.id()).stream().map(Interaction::date)
                    .max(LocalDate::compareTo).orElse(null);
            expected.add(ContactSummary.of(contact, last));
        }
        assertTrue(expected.size() > 250, "most contacts were kept: " + expected.size());
        assertEquals(expected, contacts.summaries());
    }

    @Test
    void theTargetRowsAreTheSummariesOfTheContactsOnTheListOnly() {
        Contact zoe = contacts.save(fullContact());
        Contact ada = contacts.save(Contact.named("Ada", "Lovelace"));
        Contact bo = contacts.save(withCadence(Contact.named("Bo", ""), Cadence.MONTHLY));
        contacts.addInteraction(interaction(bo.id(), "2025-01-31", InteractionKind.LIKED));
        contacts.addInteraction(interaction(ada.id(), "2025-02-01", InteractionKind.COMMENTED));
        assertEquals(List.of(), contacts.targetSummaries(), "nobody on the list yet");
        StrategyRepository strategy = new StrategyRepository(db);
        strategy.markTarget(new TargetMark(bo.id(), FocusGroup.COLLEAGUES));
        strategy.markTarget(new TargetMark(zoe.id(), null));

        List<ContactSummary> all = contacts.summaries();
        assertEquals(all.stream().filter(row -> row.id() != ada.id()).toList(), contacts.targetSummaries(),
                "the same rows (profiles, tags, last interaction) as the full list, of the targets only");
        strategy.unmarkTarget(zoe.id());
        contacts.delete(bo.id());
        assertEquals(List.of(), contacts.targetSummaries());
    }

    @Test
    void summaryMatchesTheSavedContact() {
        Contact zoe = contacts.save(fullContact());
        assertEquals(ContactSummary.of(zoe, null), contacts.summaries().get(0));
    }

    @Test
    void withoutCadenceAContactIsNeverDue() {
        Contact ada = contacts.save(Contact.named("Ada", ""));
        contacts.addInteraction(interaction(ada.id(), "2020-01-01", InteractionKind.LIKED));

        ContactSummary row = contacts.summaries().get(0);

        assertEquals(Optional.empty(), row.nextDue());
        assertFalse(row.isDue(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void monthlyFromTheLastDayOfJanuaryIsDueAtTheEndOfFebruary() {
        Contact ada = contacts.save(withCadence(Contact.named("Ada", ""), Cadence.MONTHLY));
        Contact leap = contacts.save(withCadence(Contact.named("Leap", ""), Cadence.MONTHLY));
        contacts.addInteraction(interaction(ada.id(), "2025-01-31", InteractionKind.LIKED));
        contacts.addInteraction(interaction(leap.id(), "2024-01-31", InteractionKind.LIKED));

        List<ContactSummary> rows = contacts.summaries();

        assertEquals(Optional.of(LocalDate.of(2025, 2, 28)), rows.get(0).nextDue());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), rows.get(1).nextDue());
    }

    @Test
    void withoutInteractionsTheClockStartsWhenTheContactWasAdded() {
        Instant added = LocalDate.of(2025, 6, 1).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
        Contact ada = contacts.save(withCreatedAt(withCadence(Contact.named("Ada", ""), Cadence.TWO_WEEKS), added));

        ContactSummary row = contacts.summaries().get(0);

        assertEquals(ada.id(), row.id());
        assertEquals(LocalDate.of(2025, 6, 1), row.addedOn());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 15)), row.nextDue());
    }

    @Test
    void loggingAnInteractionResetsTheClock() {
        Contact ada = contacts.save(withCadence(Contact.named("Ada", ""), Cadence.QUARTERLY));
        contacts.addInteraction(interaction(ada.id(), "2025-01-15", InteractionKind.LIKED));
        assertEquals(Optional.of(LocalDate.of(2025, 4, 15)), contacts.summaries().get(0).nextDue());
        assertTrue(contacts.summaries().get(0).isDue(LocalDate.of(2025, 4, 20)));

        contacts.addInteraction(interaction(ada.id(), "2025-04-20", InteractionKind.OTHER));

        ContactSummary row = contacts.summaries().get(0);
        assertEquals(Optional.of(LocalDate.of(2025, 7, 20)), row.nextDue());
        assertFalse(row.isDue(LocalDate.of(2025, 4, 20)));
    }

    @Test
    void dueMeansWithinFourteenDaysOrOverdue() {
        Contact ada = contacts.save(withCadence(Contact.named("Ada", ""), Cadence.TWO_WEEKS));
        contacts.addInteraction(interaction(ada.id(), "2025-05-01", InteractionKind.LIKED));
        ContactSummary row = contacts.summaries().get(0); // next due 15 May

        assertFalse(row.isDue(LocalDate.of(2025, 4, 30)), "15 days ahead");
        assertTrue(row.isDue(LocalDate.of(2025, 5, 1)), "14 days ahead");
        assertTrue(row.isDue(LocalDate.of(2025, 5, 15)), "due today");
        assertTrue(row.isDue(LocalDate.of(2025, 9, 1)), "long overdue");
    }

    @Test
    void unknownCodesInTheFileAreReadAsDefaults() throws SQLException {
        Contact ada = contacts.save(fullContact());
        contacts.addInteraction(interaction(ada.id(), "2025-01-01", InteractionKind.MET));
        db.read(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE contact SET stage = 'befriend', cadence = 'hourly', source = 'carrier-pigeon'");
                 PreparedStatement profiles = connection.prepareStatement("UPDATE contact_profile SET network = 'myspace'");
                 PreparedStatement kinds = connection.prepareStatement("UPDATE interaction SET kind = 'hug', network = 'irc'")) {
                update.executeUpdate();
                profiles.executeUpdate();
                kinds.executeUpdate();
            }
            return null;
        });

        Contact read = contacts.find(ada.id()).orElseThrow();
        assertEquals(ComfortStage.OBSERVE, read.stage());
        assertEquals(Cadence.NONE, read.cadence());
        assertEquals(ContactSource.MANUAL, read.source());
        assertTrue(read.profiles().stream().allMatch(p -> p.network() == Network.OTHER));
        Interaction interaction = contacts.interactionsOf(ada.id()).get(0);
        assertEquals(InteractionKind.OTHER, interaction.kind());
        assertEquals(Network.OTHER, interaction.network());
        assertEquals(ComfortStage.OBSERVE, contacts.summaries().get(0).stage());
    }

    @Test
    void storedFormsAreTheCodesAndIsoText() throws SQLException {
        Contact zoe = contacts.save(fullContact());
        contacts.addInteraction(new Interaction(0, zoe.id(), LocalDate.of(2025, 2, 3), InteractionKind.REQUEST_SENT,
                Network.X, "", null));

        assertEquals("connect|custom:45|vcard|2024-03-12|2025-01-02T03:04:05.678Z",
                string("SELECT stage || '|' || cadence || '|' || source || '|' || connected_on || '|' || created_at FROM contact"));
        assertEquals("2025-02-03|request-sent|x|1",
                string("SELECT date || '|' || kind || '|' || network || '|' || (session_id IS NULL) FROM interaction"));
        assertEquals("linkedin,xing,mastodon",
                string("SELECT group_concat(network, ',') FROM (SELECT network FROM contact_profile ORDER BY position)"));
    }

    @Test
    void theDayAContactWasAddedIsTheSameAsWithInstantParse() {
        for (String zone : List.of("UTC", "Europe/Berlin", "America/Los_Angeles", "Pacific/Kiritimati")) {
            for (String text : List.of("2025-01-02T03:04:05Z", "2025-01-02T23:59:59.999999999Z",
                    "2024-02-29T00:00:00.5Z", "1970-01-01T00:00:00Z", "2025-03-30T01:30:00Z", "+12025-01-01T00:00:00Z",
                    "2025-06-01T12:00:00+02:00", "garbage", "2025-13-45T99:99:99Z")) {
                LocalDate expected;
                try {
                    expected = LocalDate.ofInstant(Instant.parse(text), ZoneId.of(zone));
                } catch (java.time.format.DateTimeParseException unparsable) {
                    expected = LocalDate.ofInstant(Instant.EPOCH, ZoneId.of(zone));
                }
                assertEquals(expected, ContactRepository.localDate(text, ZoneId.of(zone)), text + " in " + zone);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Helpers

    private ComfortStage stageOf(Contact contact) {
        return contacts.find(contact.id()).orElseThrow().stage();
    }

    static Interaction interaction(long contactId, String date, InteractionKind kind) {
        return new Interaction(0, contactId, LocalDate.parse(date), kind, Network.LINKEDIN, "", null);
    }

    static Contact withProfiles(Contact c, List<ProfileLink> profiles) {
        return new Contact(c.id(), c.firstName(), c.lastName(), c.company(), c.role(), profiles, c.email(),
                c.howWeMet(), c.tags(), c.stage(), c.cadence(), c.notes(), c.source(), c.connectedOn(), c.createdAt());
    }

    static Contact withCadence(Contact c, Cadence cadence) {
        return new Contact(c.id(), c.firstName(), c.lastName(), c.company(), c.role(), c.profiles(), c.email(),
                c.howWeMet(), c.tags(), c.stage(), cadence, c.notes(), c.source(), c.connectedOn(), c.createdAt());
    }

    static Contact withCreatedAt(Contact c, Instant createdAt) {
        return new Contact(c.id(), c.firstName(), c.lastName(), c.company(), c.role(), c.profiles(), c.email(),
                c.howWeMet(), c.tags(), c.stage(), c.cadence(), c.notes(), c.source(), c.connectedOn(), createdAt);
    }

    private int count(String sql) {
        return Integer.parseInt(string(sql));
    }

    private String string(String sql) {
        try {
            return db.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(sql);
                     ResultSet rs = select.executeQuery()) {
                    assertTrue(rs.next(), sql);
                    return rs.getString(1);
                }
            });
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Who is due, asked of SQLite (dueContacts), is what the rule says of every contact

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
            assertEquals(DueContacts.of(all, today, 5), found, "the same as counted in memory, once the rows are there");
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
