package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Draft;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.domain.SearchHit;
import org.netjournal.domain.SearchKind;
import org.netjournal.domain.SearchResults;
import org.netjournal.domain.Session;
import org.netjournal.domain.TextSpan;
import org.netjournal.domain.TouchedContact;
import org.netjournal.domain.Win;

/** Full-text search over a real journal file: matching, ranking, grouping and the index following every edit. */
class SearchRepositoryTest {

    @TempDir
    Path temp;

    private JournalDatabase db;
    private SearchRepository search;
    private ContactRepository contacts;
    private SessionRepository sessions;
    private DraftRepository drafts;
    private WinRepository wins;
    private StepRepository steps;

    @BeforeEach
    void open() throws Exception {
        db = JournalDatabase.open(new DataFolder(temp.resolve("data")));
        search = new SearchRepository(db);
        contacts = new ContactRepository(db);
        sessions = new SessionRepository(db);
        drafts = new DraftRepository(db);
        wins = new WinRepository(db);
        steps = new StepRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Contact contact(String first, String last, String company, String notes, List<String> tags,
                            String... links) {
        Contact named = Contact.named(first, last);
        return contacts.save(new Contact(0, first, last, company, "", java.util.Arrays.stream(links)
                .map(ProfileLink::of).toList(), "", "", tags, named.stage(), named.cadence(), notes,
                named.source(), null, null));
    }

    private Set<Long> ids(String query, SearchKind kind) {
        return search.search(query, 50).groups().stream().filter(group -> group.kind() == kind)
                .flatMap(group -> group.hits().stream()).map(SearchHit::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    private List<String> titles(String query, SearchKind kind) {
        return search.search(query, 50).groups().stream().filter(group -> group.kind() == kind)
                .flatMap(group -> group.hits().stream()).map(SearchHit::titleText).toList();
    }

    // ---------------------------------------------------------------------------------------------------
    // matching

    @Test
    void umlautsCaseAndSharpSFindEachOther() {
        long joerg = contact("Jörg", "Müller", "Bäckerei Groß", "", List.of()).id();
        long mia = contact("Mia", "Mueller", "", "", List.of()).id();
        long other = contact("Jo", "Maler", "", "", List.of()).id();

        for (String query : List.of("muller", "Müller", "MÜLLER", "mÜlLeR", "Mu\u0308ller")) {
            assertEquals(Set.of(joerg), ids(query, SearchKind.CONTACT), query);
        }
        // the German spelling without umlauts finds both the umlaut and the written-out "ue"
        assertEquals(Set.of(joerg, mia), ids("mueller", SearchKind.CONTACT));
        for (String query : List.of("groß", "GROSS", "gross", "Groß")) {
            assertEquals(Set.of(joerg), ids(query, SearchKind.CONTACT), query);
        }
        for (String query : List.of("baeckerei", "backerei", "BÄCKEREI", "joerg", "jorg")) {
            assertEquals(Set.of(joerg), ids(query, SearchKind.CONTACT), query);
        }
        assertEquals(Set.of(other), ids("maler", SearchKind.CONTACT));
    }

    @Test
    void everyWordIsAPrefixAndAllWordsMustMatchAcrossFields() {
        long joerg = contact("Jörg", "Müller", "Bäckerei Groß", "Met him at the Berlin meetup, J. for short",
                List.of("recruiter"))
                .id();
        long anna = contact("Anna", "Berliner", "Kiezkaffee", "", List.of()).id();

        assertEquals(Set.of(joerg), ids("mül", SearchKind.CONTACT));
        assertEquals(Set.of(joerg), ids("mu", SearchKind.CONTACT));
        assertEquals(Set.of(joerg), ids("bäck", SearchKind.CONTACT));
        assertEquals(Set.of(joerg, anna), ids("berl", SearchKind.CONTACT));
        assertEquals(Set.of(joerg), ids("j", SearchKind.CONTACT), "a letter alone: the word \"J.\" only");
        assertEquals(Set.of(anna), ids("anna b", SearchKind.CONTACT), "beside another word: a prefix");
        assertEquals(Set.of(joerg), ids("recruiter berlin", SearchKind.CONTACT), "name, notes and tags together");
        assertEquals(Set.of(joerg), ids("Berlin   MEETUP", SearchKind.CONTACT));
        assertEquals(Set.of(anna), ids("berliner kiez", SearchKind.CONTACT));
        assertEquals(Set.of(), ids("müller kiezkaffee", SearchKind.CONTACT), "no one has both");
        assertTrue(search.search("nobody-here", 10).isEmpty());
    }

    @Test
    void everyTextFieldOfAContactIsSearched() {
        Contact saved = contacts.save(new Contact(0, "Lea", "Kurz", "Acme", "Talent Scout",
                List.of(ProfileLink.of("https://www.linkedin.com/in/lea-kurz-42")), "lea@example.org",
                "Bar camp Hamburg", List.of("Podcast"), null, null, "prefers mornings", null, null, null));
        for (String query : List.of("lea", "kurz", "acme", "talent scout", "example org", "barcamp", "bar camp",
                "hamburg", "podcast", "mornings", "42")) {
            if (query.equals("barcamp")) {
                assertEquals(Set.of(), ids(query, SearchKind.CONTACT), "two words stay two words");
                continue;
            }
            assertEquals(Set.of(saved.id()), ids(query, SearchKind.CONTACT), query);
        }
    }

    @Test
    void hostileInputNeverThrowsAndIsTakenAsPlainWords() throws Exception {
        long andrea = contact("Andrea", "Or", "Near GmbH", "\"quoted\" notes (with) stars*", List.of()).id();
        for (String query : List.of("\"", "*", "-", "AND", "OR", "NOT", "(", ")", "NEAR(", "\"unterminated", "a OR b",
                "title: x", "^x", "{title body}: x", "'; DROP TABLE contact; --", "\u0000", "🙂", "   ", "",
                "x".repeat(5_000), "\"\"\"*", "+", "NEAR(andrea or, 2)", "andrea*", "-andrea", "quoted\"")) {
            assertDoesNotThrow(() -> search.search(query, 10), query);
        }
        assertTrue(search.search("-", 10).isEmpty());
        assertTrue(search.search(null, 10).isEmpty());
        assertEquals(Set.of(andrea), ids("AND", SearchKind.CONTACT), "AND is the start of Andrea, not an operator");
        assertEquals(Set.of(andrea), ids("OR", SearchKind.CONTACT));
        assertEquals(Set.of(andrea), ids("NEAR(", SearchKind.CONTACT));
        assertEquals(Set.of(andrea), ids("-andrea", SearchKind.CONTACT));
        assertEquals(Set.of(andrea), ids("\"quoted\" (with)", SearchKind.CONTACT));
        assertEquals(1, db.tableNames().stream().filter("contact"::equals).count(), "still there");
    }

    // ---------------------------------------------------------------------------------------------------
    // ranking, grouping, snippets

    @Test
    void aMatchInTheNameRanksAboveOneInTheText() {
        contact("Tom", "Weber", "", "We talked for long about Klara and her new team at the fair in Hamburg, "
                + "and about the weather", List.of());
        contact("Klara", "Schmidt", "", "", List.of());
        contact("Klaus", "Klarafeld", "", "", List.of());

        assertEquals(List.of("Klara Schmidt", "Klaus Klarafeld", "Tom Weber"), titles("klara", SearchKind.CONTACT));
    }

    @Test
    void resultsAreGroupedByKindInAFixedOrderWithALimitPerKindAndATotal() throws Exception {
        for (int i = 0; i < 5; i++) {
            contact("Coffee" + i, "Person", "", "", List.of());
        }
        steps.saveNotes(3, "Coffee chats are my thing");
        Session session = sessions.save(Session.startingAt(LocalDateTime.of(2026, 3, 2, 9, 30))
                .withTexts("calm", "coffee with the team", "Got a coffee invitation"));
        drafts.save(Draft.of(Network.LINKEDIN, "Coffee?", "Hi {firstName}"));
        long contactId = contacts.findAll().get(0).id();
        Interaction logged = contacts.addInteraction(new Interaction(0, contactId, LocalDate.of(2026, 3, 1),
                InteractionKind.MESSAGED, null, "asked about a coffee", null));

        SearchResults results = search.search("coffee", 3);

        assertEquals(List.of(SearchKind.STEP, SearchKind.CONTACT, SearchKind.INTERACTION, SearchKind.SESSION,
                SearchKind.DRAFT, SearchKind.WIN), results.groups().stream().map(SearchResults.Group::kind).toList());
        SearchResults.Group people = results.groups().get(1);
        assertEquals(3, people.hits().size());
        assertEquals(5, people.total());
        assertEquals(3, results.groups().get(0).hits().get(0).id(), "a step hit carries the step's number");
        SearchHit interaction = results.groups().get(2).hits().get(0);
        assertEquals(logged.id(), interaction.id());
        assertEquals(contactId, interaction.contactId());
        assertEquals(LocalDate.of(2026, 3, 1).atStartOfDay(), interaction.when());
        SearchHit sessionHit = results.groups().get(3).hits().get(0);
        assertEquals(session.id(), sessionHit.id());
        assertEquals(LocalDateTime.of(2026, 3, 2, 9, 30), sessionHit.when());
        assertEquals(LocalDate.of(2026, 3, 2).atStartOfDay(), results.groups().get(5).hits().get(0).when());
        assertEquals(results.groups().stream().mapToInt(g -> g.hits().size()).sum(), results.hits().size());
    }

    @Test
    void theSnippetShowsTheMatchedLineShortenedWithTheWordsHighlighted() {
        String longNotes = "First line without it.\n" + "Lorem ipsum dolor sit amet ".repeat(6)
                + "then we met at the Berliner Straße meetup " + "and talked and talked ".repeat(6);
        contact("Uwe", "Straßmann", "Kiosk", longNotes, List.of());

        SearchHit hit = search.search("strass", 5).groups().get(0).hits().get(0);

        assertEquals(List.of(new TextSpan("Uwe ", false), new TextSpan("Straßmann", true)), hit.title());
        String snippet = hit.snippetText();
        assertTrue(snippet.startsWith("\u2026") && snippet.endsWith("\u2026"), snippet);
        assertTrue(snippet.length() <= SearchRepository.SNIPPET_LENGTH + 2, snippet);
        assertTrue(hit.snippet().contains(new TextSpan("Straße", true)), hit.snippet().toString());
        assertEquals(List.of("Straße"), hit.snippet().stream().filter(TextSpan::highlighted).map(TextSpan::text)
                .toList());

        SearchHit byName = search.search("uwe", 5).groups().get(0).hits().get(0);
        assertEquals("Kiosk", byName.snippetText(), "no match in the text: its first line");
    }

    // ---------------------------------------------------------------------------------------------------
    // the index follows every change

    @Test
    void stepNotesAreIndexedAsTheyChange() throws Exception {
        steps.saveNotes(2, "Profilfoto ändern");
        assertEquals(Set.of(2L), ids("andern", SearchKind.STEP));
        steps.saveNotes(2, "Headline schreiben");
        assertEquals(Set.of(), ids("profilfoto", SearchKind.STEP));
        assertEquals(Set.of(2L), ids("headline", SearchKind.STEP));
        steps.saveNotes(2, "");
        assertEquals(Set.of(), ids("headline", SearchKind.STEP));
        assertIndexIntact();
    }

    @Test
    void contactEditsTagsLinksAndDeletesReachTheIndex() throws Exception {
        Contact saved = contact("Greta", "Vogel", "Nordlicht", "", List.of("mentor"),
                "https://www.xing.com/profile/Greta_Vogel");
        Interaction note = contacts.addInteraction(new Interaction(0, saved.id(), LocalDate.of(2026, 1, 5),
                InteractionKind.COMMENTED, Network.XING, "liked her talk on typography", null));
        assertEquals(Set.of(saved.id()), ids("mentor xing", SearchKind.CONTACT));
        assertEquals(Set.of(note.id()), ids("greta typography", SearchKind.INTERACTION), "name + note");

        Contact renamed = contacts.save(new Contact(saved.id(), "Margarete", "Vogel", "Südlicht", "", List.of(), "",
                "", List.of("speaker"), saved.stage(), saved.cadence(), "", saved.source(), null, saved.createdAt()));
        assertEquals(Set.of(), ids("greta", SearchKind.CONTACT));
        assertEquals(Set.of(), ids("mentor", SearchKind.CONTACT), "the removed tag");
        assertEquals(Set.of(), ids("xing", SearchKind.CONTACT), "the removed link");
        assertEquals(Set.of(), ids("nordlicht", SearchKind.CONTACT));
        assertEquals(Set.of(renamed.id()), ids("margarete suedlicht speaker", SearchKind.CONTACT));
        assertEquals(Set.of(note.id()), ids("margarete typography", SearchKind.INTERACTION),
                "the interaction carries the new name");
        assertEquals(Set.of(), ids("greta typography", SearchKind.INTERACTION));
        assertIndexIntact();

        contacts.delete(saved.id());
        assertTrue(search.search("margarete", 10).isEmpty(), "the contact and, by cascade, its interaction");
        assertTrue(search.search("typography", 10).isEmpty());
        assertIndexIntact();
    }

    @Test
    void interactionsAreIndexedAndRemoved() throws Exception {
        long id = contact("Ole", "Sund", "", "", List.of()).id();
        Interaction plain = contacts.addInteraction(new Interaction(0, id, LocalDate.of(2026, 2, 1),
                InteractionKind.LIKED, null, "", null));
        Interaction noted = contacts.addInteraction(new Interaction(0, id, LocalDate.of(2026, 2, 2),
                InteractionKind.MET, null, "Lunch im Bräustüberl", null));
        assertEquals(Set.of(noted.id()), ids("ole", SearchKind.INTERACTION), "only interactions with a note");
        assertEquals(Set.of(noted.id()), ids("braustuberl", SearchKind.INTERACTION));
        assertEquals(Set.of(noted.id()), ids("braeustueberl", SearchKind.INTERACTION));
        contacts.deleteInteraction(noted.id());
        contacts.deleteInteraction(plain.id());
        assertEquals(Set.of(), ids("ole", SearchKind.INTERACTION));
        assertIndexIntact();
    }

    @Test
    void sessionsTheirWinsAndInteractionsFollowEditsAndDeletes() throws Exception {
        long id = contact("Pia", "Lind", "", "", List.of()).id();
        Session saved = sessions.save(Session.startingAt(LocalDateTime.of(2026, 4, 1, 8, 0))
                .withTexts("nervös", "Kommentar zu Pias Post", "Pia hat geantwortet")
                .withTouched(List.of(new TouchedContact(id, InteractionKind.COMMENTED))));
        assertEquals(Set.of(saved.id()), ids("nervos kommentar", SearchKind.SESSION));
        long winId = ids("geantwortet", SearchKind.WIN).iterator().next();

        Session edited = sessions.update(saved.withTexts("ruhig", "Zwei Likes", "Pia hat geantwortet"));
        assertEquals(Set.of(), ids("kommentar", SearchKind.SESSION));
        assertEquals(Set.of(saved.id()), ids("ruhig likes", SearchKind.SESSION));
        assertEquals(Set.of(winId), ids("geantwortet", SearchKind.WIN));

        sessions.delete(edited.id());
        assertTrue(search.search("ruhig", 10).isEmpty());
        assertTrue(search.search("geantwortet", 10).isEmpty(), "the session's win went with it");
        assertIndexIntact();

        sessions.save(edited); // undo brings it back under its id
        assertEquals(Set.of(saved.id()), ids("ruhig", SearchKind.SESSION));
        assertIndexIntact();
    }

    @Test
    void draftsAndWinsFollowEditsAndDeletes() throws Exception {
        Draft draft = drafts.save(Draft.of(Network.LINKEDIN, "Vernetzungsanfrage", "Hallo {firstName}, schön"));
        assertEquals(List.of("Vernetzungsanfrage"), titles("schon", SearchKind.DRAFT));
        drafts.save(new Draft(draft.id(), Network.LINKEDIN, "Erster Kommentar", "Danke für den Beitrag"));
        assertEquals(Set.of(), ids("vernetzung", SearchKind.DRAFT));
        assertEquals(Set.of(draft.id()), ids("erster fuer", SearchKind.DRAFT));
        drafts.delete(draft.id());
        assertEquals(Set.of(), ids("erster", SearchKind.DRAFT));

        Win win = wins.add(LocalDate.of(2026, 5, 1), "Erste Nachricht geschickt");
        assertEquals(Set.of(win.id()), ids("nachricht", SearchKind.WIN));
        wins.save(new Win(win.id(), win.date(), "Zweite Nachricht", null));
        assertEquals(Set.of(), ids("erste", SearchKind.WIN));
        wins.delete(win.id());
        assertEquals(Set.of(), ids("nachricht", SearchKind.WIN));
        assertIndexIntact();
    }

    @Test
    void aBulkImportIsIndexed() {
        List<org.netjournal.domain.ContactImport> items = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Contact c = Contact.named("Imported" + i, "Zoë");
            items.add(org.netjournal.domain.ContactImport.insert(c));
        }
        contacts.importContacts(items, ImportProgress.NONE);
        assertEquals(300, search.search("zoe", 5).groups().get(0).total());
        assertEquals(1, search.search("imported299", 5).groups().get(0).total());
    }

    @Test
    void aFullRestoreIntoAnEmptyJournalIsSearchable() throws Exception {
        long id = contact("Ida", "Groß", "Werft", "Hafenfest", List.of("segeln")).id();
        steps.saveNotes(6, "Jeden Montag ein Kommentar");
        sessions.save(Session.startingAt(LocalDateTime.of(2026, 5, 4, 8, 0)).withTexts("", "Hafenrundgang", "Ida!"));

        try (JournalDatabase restored = JournalDatabase.open(new DataFolder(temp.resolve("restored")))) {
            new JournalSnapshots(restored).restoreIntoEmpty(new JournalSnapshots(db).read());
            SearchRepository found = new SearchRepository(restored);
            assertEquals(List.of(SearchKind.CONTACT, SearchKind.SESSION), kinds(found.search("hafen", 5)));
            assertEquals(id, found.search("gross segeln", 5).groups().get(0).hits().get(0).id());
            assertEquals(List.of(SearchKind.STEP), kinds(found.search("montag", 5)));
            assertEquals(List.of(SearchKind.CONTACT, SearchKind.WIN), kinds(found.search("ida", 5)), "the win too");
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // migration

    @Test
    void aVersionThreeJournalWithDataIsIndexedWhenMigrated() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("v3"));
        Files.createDirectories(folder.path());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.databaseFile());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            connection.setAutoCommit(false);
            for (String script : List.of("001-steps-and-settings", "002-contacts", "003-journal")) {
                statement.executeUpdate(script("migrations/" + script + ".sql"));
            }
            statement.executeUpdate("PRAGMA user_version = 3");
            statement.executeUpdate("UPDATE step SET notes = 'Warum: weniger Angst' WHERE number = 1");
            statement.executeUpdate("INSERT INTO contact (id, first_name, last_name, company, created_at) "
                    + "VALUES (7, 'Jürgen', 'Weiß', 'Stadtwerke', '2025-01-01T00:00:00Z')");
            statement.executeUpdate("INSERT INTO contact_tag (contact_id, tag) VALUES (7, 'Energie')");
            statement.executeUpdate("INSERT INTO contact_profile (contact_id, position, network, url) "
                    + "VALUES (7, 0, 'linkedin', 'https://www.linkedin.com/in/jweiss')");
            statement.executeUpdate("INSERT INTO interaction (id, contact_id, date, kind, note) "
                    + "VALUES (3, 7, '2025-01-02', 'met', 'Kaffee am Hafen')");
            statement.executeUpdate("INSERT INTO session (id, start, how_it_felt, notes) "
                    + "VALUES (4, '2025-01-03T10:00', 'gut', 'Drei Kommentare')");
            statement.executeUpdate("INSERT INTO draft (id, title, text, position) VALUES (5, 'Gruß', 'Hallo', 0)");
            statement.executeUpdate("INSERT INTO win (id, date, text) VALUES (6, '2025-01-04', 'Antwort bekommen')");
            connection.commit();
        }

        try (JournalDatabase migrated = JournalDatabase.open(folder)) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, migrated.schemaVersion());
            SearchRepository found = new SearchRepository(migrated);
            assertEquals(List.of(SearchKind.CONTACT), kinds(found.search("weiss energie jweiss", 5)));
            assertEquals(List.of(SearchKind.STEP), kinds(found.search("angst", 5)));
            assertEquals(List.of(SearchKind.INTERACTION), kinds(found.search("jurgen hafen", 5)));
            assertEquals(List.of(SearchKind.SESSION), kinds(found.search("drei kommentare", 5)));
            assertEquals(List.of(SearchKind.DRAFT), kinds(found.search("gruss", 5)));
            assertEquals(List.of(SearchKind.WIN), kinds(found.search("antwort", 5)));
            assertEquals(7, found.search("weiss", 5).groups().get(0).hits().get(0).id());
        }
    }

    private static List<SearchKind> kinds(SearchResults results) {
        return results.groups().stream().map(SearchResults.Group::kind).toList();
    }

    private static String script(String resource) throws Exception {
        try (InputStream in = JournalDatabase.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * FTS5's own check (the index agrees with its stored rows), and every stored row equals what the tables say
     * now: no row left behind by a delete, none missing, none stale.
     */
    private void assertIndexIntact() throws Exception {
        db.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)");
                try (ResultSet rs = statement.executeQuery("SELECT "
                        + "(SELECT count(*) FROM (SELECT rowid, title, body, title_alt, body_alt FROM search_index "
                        + "EXCEPT SELECT key, title, body, title_alt, body_alt FROM search_document)), "
                        + "(SELECT count(*) FROM (SELECT key, title, body, title_alt, body_alt FROM search_document "
                        + "EXCEPT SELECT rowid, title, body, title_alt, body_alt FROM search_index)), "
                        + "(SELECT count(*) FROM search_stale)")) {
                    rs.next();
                    assertEquals(0, rs.getInt(3), "nothing left noted after the commit");
                    assertEquals(0, rs.getInt(1), "stale or left-over rows in the index");
                    assertEquals(0, rs.getInt(2), "rows missing from the index");
                }
            }
            return null;
        });
    }
}
