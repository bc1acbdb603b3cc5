package org.netjournal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.FocusGroup;
import org.netjournal.domain.InterestingAccount;
import org.netjournal.domain.StarterText;
import org.netjournal.domain.StrategyGoal;
import org.netjournal.domain.TargetMark;
import org.netjournal.storage.StrategyRepository;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Draft;
import org.netjournal.domain.Network;
import org.netjournal.domain.Session;
import org.netjournal.domain.TouchedContact;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.DraftRepository;
import org.netjournal.storage.GoalRepository;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.SessionRepository;
import org.netjournal.storage.StepRepository;
import org.netjournal.storage.WinRepository;

/** {@code export --format json} writes the whole journal; {@code import} of it restores it into an empty folder. */
class CliFullJournalTest {

    @TempDir
    Path temp;

    private String stdout;
    private String stderr;

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(Map.of(), out, new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return status;
    }

    private void fill(Path folder) throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(folder))) {
            new StepRepository(db).ensureBuiltInItems();
            new StepRepository(db).saveNotes(6, "Two posts a week");
            new StepRepository(db).addItem(6, "Post on Tuesdays");
            long anna = new ContactRepository(db).save(Contact.named("Anna", "Müller")).id();
            new ContactRepository(db).save(Contact.named("Bo", "Berg"));
            new SessionRepository(db).save(Session.startingAt(LocalDateTime.of(2026, 11, 23, 9, 30))
                    .withNetworks(java.util.Set.of(Network.LINKEDIN)).withCount(ActionKind.POSTS, 1)
                    .withTexts("good", "", "Anna liked it").withTouched(List.of(TouchedContact.of(anna))));
            new SessionRepository(db).save(Session.startingAt(LocalDateTime.of(2026, 11, 24, 9, 30))
                    .withNetworks(java.util.Set.of(Network.LINKEDIN, Network.INSTAGRAM))
                    .withCount(Network.INSTAGRAM, ActionKind.POSTS, 2).withCount(Network.LINKEDIN, ActionKind.LIKES, 4)
                    .withCount(null, ActionKind.COMMENTS, 1));
            new org.netjournal.storage.PostRepository(db).save(org.netjournal.domain.Post.idea("Thanks, Anna")
                    .withStatus(org.netjournal.domain.PostStatus.POSTED).withDate(LocalDate.of(2026, 11, 24))
                    .withNetworks(java.util.Set.of(Network.INSTAGRAM)).withLink("instagram.com/p/1").withSessionId(2L));
            new GoalRepository(db).setTarget(Network.LINKEDIN, ActionKind.POSTS, 2, LocalDate.of(2026, 11, 2));
            new GoalRepository(db).setWeekStart(DayOfWeek.SUNDAY);
            new DraftRepository(db).save(Draft.of(Network.LINKEDIN, "Request", "Hi {firstName}!"));
            new WinRepository(db).add(LocalDate.of(2026, 11, 20), "First post");
            StrategyRepository strategy = new StrategyRepository(db);
            strategy.saveGoal(new StrategyGoal("A job in UX research", LocalDate.of(2027, 6, 30)));
            strategy.markTarget(new TargetMark(anna, FocusGroup.COLLEAGUES));
            strategy.saveAccount(InterestingAccount.of("#introverts", Network.LINKEDIN, "", "kind people"));
            new org.netjournal.storage.MyNetworkRepository(db).save(org.netjournal.domain.MyNetwork.chosen(
                    Network.LINKEDIN));
            strategy.addStartersOnce(java.util.Map.of(StarterText.ENJOYED_YOUR_TALK,
                    Draft.of(null, "I enjoyed your talk", "Hi {firstName}, I enjoyed your talk.")));
        }
    }

    private static String withoutExportTime(String json) {
        return json.replaceFirst("\"exportedAt\": \"[^\"]*\"", "");
    }

    @Test
    void exportImportIntoAnEmptyFolderAndExportAgainGivesTheSameFile() throws Exception {
        Path source = temp.resolve("source");
        fill(source);
        Path first = temp.resolve("first.json");
        assertEquals(0, run("--data-dir", source.toString(), "export", "--format", "json", "--out", first.toString()),
                stderr);
        String counts = "2 contacts, 1 interactions, 2 sessions, 1 goals, 2 drafts, 2 wins, 7 steps, 1 networks, "
                + "1 target contacts, 1 interesting accounts, 1 posts, 0 weekly reviews";
        assertTrue(stderr.contains("Exported the whole journal (" + counts + ")"), stderr);

        Path restored = temp.resolve("restored");
        assertEquals(0, run("--data-dir", restored.toString(), "import", first.toString()), stderr);
        assertEquals("Restored the whole journal from first.json: " + counts + System.lineSeparator(), stdout);
        assertEquals("", stderr);

        Path second = temp.resolve("second.json");
        assertEquals(0, run("--data-dir", restored.toString(), "export", "--format", "json", "--out",
                second.toString()), stderr);
        assertEquals(withoutExportTime(Files.readString(first)), withoutExportTime(Files.readString(second)));
    }

    @Test
    void anExportFromBeforeStep2ChoseNetworksIsRestoredWithTheNetworksItNames() throws Exception {
        Path old = temp.resolve("old.json");
        try (var in = CliFullJournalTest.class.getResourceAsStream(
                "/org/netjournal/io/export-before-networks.json")) {
            Files.write(old, in.readAllBytes());
        }
        Path restored = temp.resolve("restored-old");
        assertEquals(0, run("--data-dir", restored.toString(), "import", old.toString()), stderr);
        assertEquals("Restored the whole journal from old.json: 1 contacts, 1 interactions, 2 sessions, 2 goals, "
                + "2 drafts, 0 wins, 0 steps, 4 networks, 0 target contacts, 0 interesting accounts, 0 posts, "
                + "0 weekly reviews" + System.lineSeparator(), stdout);
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(restored))) {
            assertEquals(List.of(Network.LINKEDIN, Network.XING, Network.INSTAGRAM, Network.MASTODON),
                    new org.netjournal.storage.MyNetworkRepository(db).list().stream()
                            .map(org.netjournal.domain.MyNetwork::network).toList());
        }
    }

    @Test
    void intoAJournalWithDataOnlyTheContactsAreMergedAndTheUserIsTold() throws Exception {
        Path source = temp.resolve("source");
        fill(source);
        Path file = temp.resolve("journal.json");
        assertEquals(0, run("--data-dir", source.toString(), "export", "--format", "json", "--out", file.toString()));

        Path other = temp.resolve("other");
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(other))) {
            new ContactRepository(db).save(Contact.named("Bo", "Berg"));
        }
        assertEquals(0, run("--data-dir", other.toString(), "import", file.toString()), stderr);
        assertTrue(stderr.startsWith("note: journal.json is a full journal export."), stderr);
        assertTrue(stderr.contains("this one is not empty (1 contacts)"), stderr);
        assertTrue(stderr.contains("netjournal --data-dir NEW-FOLDER import "), stderr);
        assertTrue(stdout.startsWith("Imported 1 new, skipped 1 duplicate, 0 errors"), stdout);
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(other))) {
            assertEquals(List.of(), new SessionRepository(db).all(), "no sessions merged");
            assertEquals(List.of(), new DraftRepository(db).list());
        }
    }

    @Test
    void aFullExportLargerThanAContactImportMayBeIsStillRestored() throws Exception {
        String notes = "x".repeat((int) org.netjournal.io.ImportPlanner.MAX_FILE_BYTES + 1024);
        Path big = Files.writeString(temp.resolve("big.json"), "{\"format\": \"netjournal\", \"version\": 1, "
                + "\"settings\": {}, \"contacts\": [{\"id\": 1, \"firstName\": \"Ada\", \"notes\": \"" + notes + "\"}]}");
        assertEquals(0, run("--data-dir", temp.resolve("restored").toString(), "import", big.toString()), stderr);
        assertTrue(stdout.startsWith("Restored the whole journal from big.json: 1 contacts"), stdout);

        Path bigCsv = Files.writeString(temp.resolve("big.csv"), "First Name,Last Name\n" + notes);
        assertEquals(1, run("--data-dir", temp.resolve("other").toString(), "import", bigCsv.toString()));
        assertTrue(stderr.contains("NetJournal imports files of up to 50 MB"), stderr);
    }

    @Test
    void aFullExportThatCannotBeRestoredIsRefusedAsAWhole() throws Exception {
        Path file = Files.writeString(temp.resolve("broken.json"), """
                {"format": "netjournal", "version": 1,
                 "contacts": [{"id": 1, "firstName": "Ada"}],
                 "sessions": [{"id": 1, "start": "yesterday"}]}
                """);
        Path empty = temp.resolve("empty");
        assertEquals(1, run("--data-dir", empty.toString(), "import", file.toString()));
        assertTrue(stderr.contains("sessions, entry 1: the value \u201cyesterday\u201d of \u201cstart\u201d cannot be "
                + "restored. Nothing was imported."), stderr);
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(empty))) {
            assertEquals(List.of(), new ContactRepository(db).findAll());
        }
    }
}
