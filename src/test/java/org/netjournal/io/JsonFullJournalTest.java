package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.FocusGroup;
import org.netjournal.domain.InterestingAccount;
import org.netjournal.domain.StarterText;
import org.netjournal.domain.StrategyGoal;
import org.netjournal.domain.TargetMark;
import org.netjournal.storage.StrategyRepository;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.Draft;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.NetworkCheck;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.domain.Session;
import org.netjournal.domain.TouchedContact;
import org.netjournal.domain.WeeklyGoal;
import org.netjournal.domain.Win;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.DraftRepository;
import org.netjournal.storage.GoalRepository;
import org.netjournal.storage.PostRepository;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.JournalSql;
import org.netjournal.storage.JournalSnapshots;
import org.netjournal.storage.MyNetworkRepository;
import org.netjournal.storage.SessionRepository;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.storage.StepRepository;
import org.netjournal.storage.WinRepository;

/**
 * The full JSON export: a journal with something in every table is exported, restored into an empty folder and
 * found again identical, table by table and row by row, ids included.
 */
class JsonFullJournalTest {

    @TempDir
    Path temp;

    @Test
    void aFullJournalIsRestoredIdenticallyIntoAnEmptyFolder() throws Exception {
        Path file = temp.resolve("journal.json");
        JournalSnapshot before;
        Map<String, List<String>> tablesBefore;
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("source")))) {
            fill(db);
            before = new JournalSnapshots(db).read();
            tablesBefore = tables(db);
            try (var out = Files.newOutputStream(file)) {
                new ContactExporter(Fixtures.CLOCK).exportJournal(before, out);
            }
        }
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n  \"format\": \"netjournal\",\n  \"version\": 1,"), json);
        for (String section : List.of("\"settings\"", "\"steps\"", "\"contacts\"", "\"sessions\"", "\"goals\"",
                "\"drafts\"", "\"wins\"", "\"strategy\"", "\"targets\"",
                "\"interestingAccounts\"", "\"starter\": \"request-colleague\"", "https://uxweekly.example.com",
                "\"week.start\": \"sunday\"", "\"touched\"", "Hi {firstName}",
                "\"networks\"", "\"checked\": [\n", "\"two-factor\"", "Fediverse-Forum",
                "\"posts\": [", "https://linkedin.com/posts/recap",
                "\"stageChanges\": [", "\"reviews\": [", "Say hello to Anna at the meetup",
                "\"contactId\": null,\n          \"name\": \"Cy\",\n          \"suggestion\": \"Say hello to Cy\"",
                "\"contactId\": null,\n          \"name\": \"Cy\",\n          \"suggestion\": \"Say hello to Cy\"", "\"date\": \"2025-11-03\",\n      \"stage\": \"observe\"",
                "\"countsByNetwork\": {\n        \"linkedin\": {\n          \"posts\": 1")) {
            assertTrue(json.contains(section), section + " in " + json);
        }

        Map<String, List<String>> tablesAfter;
        JournalSnapshot after;
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("restored")))) {
            // as the window leaves a new journal: built-in checklist items and its language
            new StepRepository(db).ensureBuiltInItems();
            new SettingsRepository(db).put("language", "en");
            assertEquals(2, new StrategyRepository(db).addStartersOnce(starters()).size());
            JournalSnapshots snapshots = new JournalSnapshots(db);
            assertEquals(List.of(), snapshots.emptinessProblems(), "a new journal counts as empty");
            JournalSnapshot read = RestoredJson.readJournal(json).orElseThrow();
            assertEquals(before, read, "the file holds the journal as it was read");
            snapshots.restoreIntoEmpty(read);
            after = snapshots.read();
            tablesAfter = tables(db);
            assertEquals(before.sessions(), new SessionRepository(db).all(), "sessions with their wins");
            assertEquals(DayOfWeek.SUNDAY, new GoalRepository(db).weekStart());
            assertFalse(snapshots.emptinessProblems().isEmpty());
        }
        assertEquals(before, after);
        assertEquals(3, after.networks().size(), "the user's networks, the un-chosen one too");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new ContactExporter(Fixtures.CLOCK).exportJournal(after, again);
        assertEquals(json, again.toString(StandardCharsets.UTF_8), "the restored journal exports byte for byte");
        assertEquals(tablesBefore.keySet(), tablesAfter.keySet());
        for (String table : tablesBefore.keySet()) {
            assertEquals(tablesBefore.get(table), tablesAfter.get(table), "table " + table);
        }
        assertTrue(tablesBefore.get("session_contact").size() >= 2, "the journal under test has touched contacts");
    }

    @Test
    void anExportOfTheFirstReviewsNamingContactsByIdOnlyRestoresWithTheirNames() throws Exception {
        String json = "{\"format\": \"netjournal\", \"version\": 1, \"sessions\": [], "
                + "\"contacts\": [{\"id\": 4, \"firstName\": \"Anna\", \"lastName\": \"Keller\"}], "
                + "\"reviews\": [{\"id\": 2, \"weekStart\": \"2026-11-23\", \"note\": \"\", \"greet\": [4, 9]}]}";
        JournalSnapshot read = RestoredJson.readJournal(json).orElseThrow();
        assertEquals(List.of(new org.netjournal.domain.WeeklyReview.Greet(4, "Anna Keller", "")),
                read.reviews().get(0).greet(), "the contact's name; an id that names no contact is left out");
    }

    @Test
    void theSnapshotCoversEveryTableOfTheSchema() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("schema")))) {
            Set<String> tables = new java.util.TreeSet<>(db.tableNames());
            tables.remove("sqlite_sequence");
            assertEquals(new java.util.TreeSet<>(JournalSnapshots.TABLES), tables,
                    "a new table needs its place in JournalSnapshot, JournalSnapshots, JsonJournalWriter and JsonRestoreReader");
        }
    }

    @Test
    void aJournalWithDataIsRefusedAndLeftAsItWas() throws Exception {
        JournalSnapshot full;
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("source")))) {
            fill(db);
            full = new JournalSnapshots(db).read();
        }
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("busy")))) {
            new StepRepository(db).saveNotes(3, "my own notes");
            Map<String, List<String>> tablesBefore = tables(db);
            JournalSnapshots snapshots = new JournalSnapshots(db);
            JournalSnapshots.NotEmptyException refused = assertThrows(JournalSnapshots.NotEmptyException.class,
                    () -> snapshots.restoreIntoEmpty(full));
            assertEquals(List.of("notes or the done mark of step 3"), refused.problems());
            assertEquals(tablesBefore, tables(db));
        }
    }

    @Test
    void aRestoreThatFailsHalfwayWritesNothing() throws Exception {
        Contact twoSameTags = new Contact(5, "Ada", "Lovelace", "", "", List.of(), "", "", List.of("math", "Math"),
                ComfortStage.OBSERVE, Cadence.NONE, "", ContactSource.MANUAL, null, Instant.parse("2024-01-01T00:00:00Z"));
        JournalSnapshot broken = new JournalSnapshot(Map.of("theme", "dark"), List.of(), List.of(twoSameTags),
                List.of(), List.of(), List.of(), List.of(new Draft(1, null, "t", "x")), List.of());
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("target")))) {
            Map<String, List<String>> tablesBefore = tables(db);
            assertThrows(RuntimeException.class, () -> new JournalSnapshots(db).restoreIntoEmpty(broken));
            assertEquals(tablesBefore, tables(db), "settings and contacts written before the failure are gone");
        }
    }

    @Test
    void aFileThatContradictsItselfIsRefusedBeforeAnythingIsWritten() throws Exception {
        Session session = Session.startingAt(LocalDateTime.of(2026, 1, 5, 9, 0)).withId(1)
                .withTouched(List.of(TouchedContact.of(99)));
        JournalSnapshot dangling = new JournalSnapshot(Map.of(), List.of(), List.of(), List.of(), List.of(session),
                List.of(), List.of(), List.of());
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("target")))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new JournalSnapshots(db).restoreIntoEmpty(dangling));
            assertTrue(e.getMessage().contains("contact 99"), e.getMessage());
            assertTrue(new JournalSnapshots(db).emptinessProblems().isEmpty());
        }
    }

    @Test
    void aNetworkEntryWeCannotRestoreRefusesTheFileAndAHandWrittenOneIsChosen() throws Exception {
        String unknownItem = """
                {"format": "netjournal", "version": 1,
                 "networks": [{"network": "linkedin", "checked": ["account", "karma"]}]}
                """;
        UnsupportedFileException e = assertThrows(UnsupportedFileException.class,
                () -> RestoredJson.readJournal(unknownItem));
        assertEquals(ImportMessage.of("backup.badValue", "networks, entry 1", "checked", "karma"), e.reason());
        assertThrows(UnsupportedFileException.class, () -> RestoredJson.readJournal("""
                {"format": "netjournal", "version": 1, "networks": [{"network": "other"}]}
                """), "a network of one's own needs its name");

        JournalSnapshot handWritten = RestoredJson.readJournal("""
                {"format": "netjournal", "version": 1,
                 "networks": [{"network": "mastodon", "why": "calm"}, {"network": "other", "name": "Forum"}]}
                """).orElseThrow();
        assertEquals(List.of(new MyNetwork(1, Network.MASTODON, "", true, "calm", "", null, Set.of()),
                MyNetwork.custom("Forum").withId(2)), handWritten.networks(), "numbered as an export would be");
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("hand")))) {
            new JournalSnapshots(db).restoreIntoEmpty(handWritten);
            assertEquals(List.of(1L, 2L), new MyNetworkRepository(db).list().stream().map(MyNetwork::id).toList());
        }
    }

    @Test
    void aContactsOnlyFileIsNoFullJournal() throws Exception {
        String contactsOnly = """
                {"format": "netjournal", "version": 1, "contacts": [{"firstName": "Ada"}]}
                """;
        assertEquals(Optional.empty(), RestoredJson.readJournal(contactsOnly));
        assertEquals(1, JsonContactReader.read(contactsOnly).size());
    }

    @Test
    void theContactsReadingOfAFullExportIgnoresItsJournal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("source")))) {
            fill(db);
            new ContactExporter(Fixtures.CLOCK).exportJournal(new JournalSnapshots(db).read(), out);
        }
        List<ImportCandidate> rows = JsonContactReader.read(out.toString(StandardCharsets.UTF_8));
        assertEquals(3, rows.size());
        assertTrue(rows.stream().allMatch(row -> row.error() == null), rows.toString());
        assertTrue(rows.stream().flatMap(row -> row.interactions().stream()).allMatch(i -> i.sessionId() == null),
                "merged into another journal, interactions stand without the file's sessions");
    }

    @Test
    void aValueThatCannotBeRestoredNamesItsEntryAndRefusesTheWholeFile() {
        String json = """
                {"format": "netjournal", "version": 1, "contacts": [],
                 "sessions": [{"id": 1, "start": "2026-01-05T09:00"},
                              {"id": 2, "start": "2026-01-06T09:00", "counts": {"hugs": 2}}]}
                """;
        UnsupportedFileException e = assertThrows(UnsupportedFileException.class,
                () -> RestoredJson.readJournal(json));
        assertEquals(ImportMessage.of("backup.badValue", "sessions, entry 2", "counts", "hugs"), e.reason());

        String energy = """
                {"format": "netjournal", "version": 1, "sessions": [{"id": 1, "start": "2026-01-05T09:00",
                 "energyBefore": 9}]}
                """;
        e = assertThrows(UnsupportedFileException.class, () -> RestoredJson.readJournal(energy));
        assertEquals("backup.badEntry", e.reason().key());
        assertEquals("sessions, entry 1", e.reason().args().get(0));

        String goals = """
                {"format": "netjournal", "version": 1, "goals": {"weekly": []}}
                """;
        e = assertThrows(UnsupportedFileException.class, () -> RestoredJson.readJournal(goals));
        assertEquals(ImportMessage.of("backup.badSection", "goals"), e.reason());
    }

    @Test
    void entriesWithoutIdsGetFreeOnesAndReferencesToMissingSessionsAreDropped() throws Exception {
        String json = """
                {"format": "netjournal", "version": 1,
                 "contacts": [{"id": 4, "firstName": "Ada", "interactions": [
                                {"date": "2026-01-05", "kind": "met", "sessionId": 77}]},
                              {"firstName": "Bo"}],
                 "drafts": [{"title": "Hello", "text": "Hi {firstName}"}, {"id": 3, "network": "xing"}],
                 "wins": [{"date": "2026-01-05", "text": "Felt good", "sessionId": 77}]}
                """;
        JournalSnapshot journal = RestoredJson.readJournal(json).orElseThrow();
        assertEquals(List.of(4L, 5L), journal.contacts().stream().map(Contact::id).toList());
        assertEquals(List.of(4L, 3L), journal.drafts().stream().map(Draft::id).toList());
        assertEquals(Network.XING, journal.drafts().get(1).network());
        Interaction met = journal.interactions().get(0);
        assertEquals(1L, met.id());
        assertEquals(4L, met.contactId());
        assertEquals(null, met.sessionId());
        assertEquals(null, journal.wins().get(0).sessionId());
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("target")))) {
            new JournalSnapshots(db).restoreIntoEmpty(journal);
            assertEquals(List.of("Hello", ""), new DraftRepository(db).list().stream().map(Draft::title).toList());
        }
    }

    @Test
    void aBuiltInChecklistItemOfALaterReleaseIsLeftOutTheOwnItemsStay() throws Exception {
        String json = """
                {"format": "netjournal", "version": 1,
                 "steps": [{"number": 7, "notes": "fun", "checklist": [
                   {"id": 1, "builtinKey": "note-win", "checked": true, "position": -2},
                   {"id": 2, "builtinKey": "dance-on-tiktok", "checked": true, "position": -1},
                   {"id": 3, "text": "Ice cream", "checked": false, "position": 0}]}]}
                """;
        JournalSnapshot journal = RestoredJson.readJournal(json).orElseThrow();
        assertEquals(List.of(1L, 3L), journal.steps().stream().filter(step -> step.number() == 7).findFirst()
                .orElseThrow().items().stream().map(ChecklistItem::id).toList());
    }

    // ---------------------------------------------------------------------------------------------------

    /** Something in every table: steps, contacts, interactions, sessions, goals, drafts, wins, settings. */
    static void fill(JournalDatabase db) throws Exception {
        StepRepository steps = new StepRepository(db);
        steps.ensureBuiltInItems();
        steps.saveNotes(1, "Why: to find a new job.\nSecond line with ümlauts \uD83D\uDE42");
        steps.saveNotes(4, "Following ten people.");
        steps.setMarkedDone(2, true);
        ChecklistItem own = steps.addItem(4, "Follow my old team lead");
        steps.addItem(7, "Celebrate with ice cream");
        steps.setChecked(own.id(), true);
        ChecklistItem builtIn = steps.load(1).items().get(0);
        steps.setChecked(builtIn.id(), true);

        ContactRepository contacts = new ContactRepository(db);
        Contact anna = contacts.save(new Contact(0, "Anna", "Müller", "Acme", "CTO",
                List.of(new ProfileLink(Network.LINKEDIN, "https://www.linkedin.com/in/anna"),
                        new ProfileLink(Network.OTHER, "https://mastodon.social/@anna")),
                "anna@example.com", "Meetup \"Kotlin\"", List.of("Mentors", "Berlin"), ComfortStage.LIKE,
                Cadence.everyDays(10), "notes", ContactSource.LINKEDIN, LocalDate.of(2023, 5, 1),
                Instant.parse("2024-01-02T03:04:05.678Z")));
        Contact bo = contacts.save(Contact.named("Bo", "Berg"));
        Contact cy = contacts.save(Contact.named("Cy", ""));
        contacts.addInteraction(new Interaction(0, anna.id(), LocalDate.of(2025, 12, 1), InteractionKind.LIKED,
                Network.LINKEDIN, "liked her post", null));
        contacts.save(Contact.named("Di", "Dorn"));
        new org.netjournal.storage.WeeklyReviewRepository(db).save(new org.netjournal.domain.WeeklyReview(0,
                LocalDate.of(2026, 11, 23), "Say hello to Anna at the meetup", List.of(
                        new org.netjournal.domain.WeeklyReview.Greet(anna.id(), "Anna Müller", "Like one of Anna's posts"),
                        new org.netjournal.domain.WeeklyReview.Greet(bo.id(), "Bo Berg", ""),
                        new org.netjournal.domain.WeeklyReview.Greet(cy.id(), "Cy", "Say hello to Cy"))));
        contacts.delete(cy.id()); // a gap in the contact ids; the review keeps Cy by name
        // a move on the ladder recorded weeks ago: a restore keeps it and records nothing of its own
        JournalSql.inTransaction(db, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO stage_change (contact_id, date, stage) VALUES (?, '2025-11-03', 'observe')")) {
                insert.setLong(1, anna.id());
                return insert.executeUpdate();
            }
        });

        SessionRepository sessions = new SessionRepository(db);
        Session first = sessions.save(Session.startingAt(LocalDateTime.of(2026, 11, 22, 23, 59))
                .withNetworks(EnumSet.of(Network.LINKEDIN, Network.XING))
                .withCount(ActionKind.COMMENTS, 2).withCount(ActionKind.LIKES, 5) // not assigned
                .withCount(Network.LINKEDIN, ActionKind.POSTS, 1).withCount(Network.XING, ActionKind.LIKES, 3)
                .withEnergy(2, 4).withDuration(25)
                .withTexts("nervous, then fine", "notes\nline 2", "Anna answered!")
                .withTouched(List.of(new TouchedContact(anna.id(), InteractionKind.COMMENTED),
                        new TouchedContact(bo.id(), InteractionKind.REQUEST_SENT))));
        Session deleted = sessions.save(Session.startingAt(LocalDateTime.of(2026, 11, 23, 8, 0)));
        sessions.delete(deleted.id()); // a gap in the session ids
        sessions.save(Session.startingAt(LocalDateTime.of(2026, 11, 24, 0, 0)).withCount(ActionKind.POSTS, 1)
                .withNetworks(Set.of(Network.LINKEDIN)).withTouched(List.of(TouchedContact.of(bo.id()))));

        PostRepository posts = new PostRepository(db);
        posts.save(org.netjournal.domain.Post.idea("Lessons from my first meetup\nthree points")
                .withNetworks(Set.of(Network.LINKEDIN, Network.XING)).withRelatesToGoal(true));
        posts.save(org.netjournal.domain.Post.idea("Recap").withStatus(org.netjournal.domain.PostStatus.POSTED)
                .withDate(LocalDate.of(2026, 11, 22)).withLink("linkedin.com/posts/recap")
                .withNetworks(Set.of(Network.LINKEDIN)).withSessionId(first.id()));

        GoalRepository goals = new GoalRepository(db);
        goals.setTarget(Network.LINKEDIN, ActionKind.POSTS, 2, LocalDate.of(2026, 11, 2));
        goals.setTarget(null, ActionKind.COMMENTS, 3, LocalDate.of(2026, 10, 1));
        goals.setWeekStart(DayOfWeek.SUNDAY);

        DraftRepository drafts = new DraftRepository(db);
        Draft hello = drafts.save(Draft.of(Network.LINKEDIN, "Connection request", "Hi {firstName}, we met at {company}."));
        drafts.save(Draft.of(null, "First comment", "Great point, {fullName}!"));
        drafts.save(Draft.of(Network.XING, "", ""));
        drafts.move(hello.id(), 2);

        WinRepository wins = new WinRepository(db);
        wins.add(LocalDate.of(2026, 11, 20), "Wrote my first post");
        assertEquals(first.win(), "Anna answered!");

        new SettingsRepository(db).putAll(Map.of("language", "de", "theme", "dark", "window.width", "1200.0"));

        MyNetworkRepository networks = new MyNetworkRepository(db);
        MyNetwork linkedIn = networks.save(MyNetwork.chosen(Network.LINKEDIN));
        networks.save(MyNetwork.chosen(Network.XING));
        networks.saveWhy(linkedIn.id(), "Kolleg:innen „wiederfinden“ 👋\nline 2");
        networks.saveProfileLink(linkedIn.id(), " linkedin.com/in/ada ");
        networks.setChecked(linkedIn.id(), NetworkCheck.TWO_FACTOR, true);
        networks.setChecked(linkedIn.id(), NetworkCheck.ACCOUNT, true);
        networks.setReviewedOn(linkedIn.id(), LocalDate.of(2026, 6, 1));
        networks.setChosen(networks.list().get(1).id(), false);
        MyNetwork deletedOwn = networks.save(MyNetwork.custom("Forum"));
        networks.delete(deletedOwn.id()); // a gap in the ids
        networks.save(MyNetwork.custom("Fediverse-Forum").withWhy("calm"));
        StrategyRepository strategy = new StrategyRepository(db);
        strategy.saveGoal(new StrategyGoal("A job in UX research, ümlauts \uD83D\uDE42", LocalDate.of(2027, 6, 30)));
        strategy.markTarget(new TargetMark(anna.id(), FocusGroup.COLLEAGUES));
        strategy.markTarget(new TargetMark(bo.id(), null));
        InterestingAccount gone = strategy.saveAccount(InterestingAccount.of("gone", null, "", ""));
        strategy.saveAccount(InterestingAccount.of("#introverts", Network.LINKEDIN, "", "kind people"));
        strategy.saveAccount(InterestingAccount.of("UX Weekly", null, "uxweekly.example.com", "a page"));
        strategy.deleteAccount(gone.id()); // a gap in the ids
        Map<StarterText, Draft> starters = strategy.addStartersOnce(starters());
        Draft edited = starters.get(StarterText.THANK_YOU_COMMENT);
        drafts.save(new Draft(edited.id(), edited.network(), edited.title(), edited.text() + " Really!"));
    }

    /** Two starter texts, as the window adds them to a new journal. */
    static Map<StarterText, Draft> starters() {
        Map<StarterText, Draft> starters = new LinkedHashMap<>();
        starters.put(StarterText.REQUEST_COLLEAGUE, Draft.of(Network.LINKEDIN, "Colleague", "Hi {firstName}!"));
        starters.put(StarterText.THANK_YOU_COMMENT, Draft.of(null, "Thanks", "Thank you, {firstName}."));
        return starters;
    }

    /** Every table's rows as text, sorted (the order of rows is compared through the snapshots). */
    static Map<String, List<String>> tables(JournalDatabase db) throws Exception {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : db.tableNames()) {
            if (table.equals("sqlite_sequence")) {
                continue; // the next free id after deleted rows is not kept (see JournalSnapshots)
            }
            List<String> rows = new ArrayList<>();
            JournalSql.read(db, connection -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table);
                     ResultSet rs = select.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                return null;
            });
            rows.sort(null);
            tables.put(table, rows);
        }
        return tables;
    }
}
