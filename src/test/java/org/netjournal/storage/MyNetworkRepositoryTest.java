package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.Network;
import org.netjournal.domain.NetworkCheck;
import org.netjournal.domain.SearchKind;

/** My networks in a real journal file, and an older journal's networks becoming chosen ones on upgrade. */
class MyNetworkRepositoryTest {

    @TempDir
    Path temp;

    private JournalDatabase db;
    private MyNetworkRepository networks;

    @BeforeEach
    void open() throws Exception {
        db = JournalDatabase.open(new DataFolder(temp.resolve("data")));
        networks = new MyNetworkRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewJournalHasNoNetworks() {
        assertEquals(List.of(), networks.list());
    }

    @Test
    void networksKeepEverythingInTheUsersOrder() {
        MyNetwork linkedIn = networks.save(MyNetwork.chosen(Network.LINKEDIN).withWhy("Kolleg:innen „finden“ 👋")
                .withProfileLink("linkedin.com/in/ada").withReviewedOn(LocalDate.of(2026, 3, 1))
                .withChecked(NetworkCheck.ACCOUNT, true).withChecked(NetworkCheck.TWO_FACTOR, true));
        MyNetwork forum = networks.save(MyNetwork.custom("Forum '; DROP TABLE my_network; --").withWhy("people"));
        MyNetwork ownToo = networks.save(MyNetwork.custom("Slack"));

        assertTrue(linkedIn.id() > 0 && forum.id() > linkedIn.id() && ownToo.id() > forum.id());
        assertEquals(List.of(linkedIn, forum, ownToo), networks.list());
    }

    @Test
    void aBuiltInNetworkIsNeverListedTwice() {
        MyNetwork first = networks.save(MyNetwork.chosen(Network.XING).withWhy("jobs"));
        MyNetwork again = networks.save(MyNetwork.chosen(Network.XING).withWhy("jobs in Vienna"));
        assertEquals(first.id(), again.id());
        assertEquals(List.of(again), networks.list());
    }

    @Test
    void unchoosingKeepsTheWordsAndTicks() {
        MyNetwork x = networks.save(MyNetwork.chosen(Network.X).withWhy("tech news")
                .withChecked(NetworkCheck.PHOTO, true));
        networks.setChosen(x.id(), false);
        assertEquals(List.of(x.withChosen(false)), networks.list());
        networks.setChosen(x.id(), true);
        assertEquals(List.of(x), networks.list());
    }

    @Test
    void fieldsAreSavedOneByOne() {
        MyNetwork mastodon = networks.save(MyNetwork.chosen(Network.MASTODON));
        networks.saveWhy(mastodon.id(), "calm\nand kind");
        networks.saveProfileLink(mastodon.id(), "chaos.social/@ada");
        networks.setChecked(mastodon.id(), NetworkCheck.ABOUT, true);
        networks.setChecked(mastodon.id(), NetworkCheck.ABOUT, true);
        networks.setChecked(mastodon.id(), NetworkCheck.SEARCHABLE, true);
        networks.setChecked(mastodon.id(), NetworkCheck.SEARCHABLE, false);
        networks.setReviewedOn(mastodon.id(), LocalDate.of(2026, 12, 6));
        MyNetwork own = networks.save(MyNetwork.custom("Forum"));
        networks.rename(own.id(), "  Discourse ");

        assertEquals(List.of(new MyNetwork(mastodon.id(), Network.MASTODON, "", true, "calm\nand kind",
                        "chaos.social/@ada", LocalDate.of(2026, 12, 6), Set.of(NetworkCheck.ABOUT)),
                MyNetwork.custom("Discourse").withId(own.id())),
                networks.list());
        assertThrows(IllegalArgumentException.class, () -> networks.rename(own.id(), " "));
        assertThrows(java.util.NoSuchElementException.class, () -> networks.saveWhy(999, "lost?"));
    }

    @Test
    void aDeletedNetworkComesBackUnderItsOldId() {
        MyNetwork own = networks.save(MyNetwork.custom("Forum").withWhy("w").withChecked(NetworkCheck.PHOTO, true));
        Optional<MyNetwork> deleted = networks.delete(own.id());
        assertEquals(Optional.of(own), deleted);
        assertEquals(List.of(), networks.list());
        assertEquals(own, networks.save(deleted.orElseThrow()));
        assertEquals(List.of(own), networks.list());
    }

    @Test
    void theSearchFindsANetworkByItsNameWhyAndLink() {
        MyNetwork linkedIn = networks.save(MyNetwork.chosen(Network.LINKEDIN));
        SearchRepository search = new SearchRepository(db);
        assertEquals(List.of(), ids(search, "linkedin"), "nothing written yet: nothing to find");
        networks.saveWhy(linkedIn.id(), "Recruiter in München treffen");
        networks.save(MyNetwork.custom("Bücherforum"));
        assertEquals(List.of(linkedIn.id()), ids(search, "muenchen recruiter"));
        assertEquals(List.of(linkedIn.id()), ids(search, "linkedin"));
        assertEquals(1, ids(search, "buecherforum").size());
        networks.delete(linkedIn.id());
        assertEquals(List.of(), ids(search, "recruiter"));
    }

    private static List<Long> ids(SearchRepository search, String query) {
        return search.search(query, 5).groups().stream().filter(group -> group.kind() == SearchKind.NETWORK)
                .flatMap(group -> group.hits().stream()).map(hit -> hit.id()).toList();
    }

    // ---------------------------------------------------------------------------------------------------
    // upgrading an older journal

    @Test
    void theNetworksAnOlderJournalUsesBecomeChosenMostUsedFirst() throws Exception {
        for (int version : List.of(4, 5)) {
            DataFolder folder = new DataFolder(temp.resolve("v" + version));
            Files.createDirectories(folder.path());
            writeOldJournal(folder.databaseFile(), version);
            try (JournalDatabase migrated = JournalDatabase.open(folder)) {
                assertEquals(JournalDatabase.SCHEMA_VERSION, migrated.schemaVersion());
                List<MyNetwork> chosen = new MyNetworkRepository(migrated).list();
                assertEquals(List.of(Network.INSTAGRAM, Network.LINKEDIN, Network.XING, Network.X, Network.PINTEREST),
                        chosen.stream().map(MyNetwork::network).toList(), "version " + version);
                assertTrue(chosen.stream().allMatch(network -> network.chosen() && network.why().isEmpty()
                        && network.checked().isEmpty() && network.reviewedOn() == null));
                assertEquals(List.of(), ids(new SearchRepository(migrated), "instagram"), "nothing the user wrote yet");
            }
        }
    }

    /** An older journal using instagram three times, linkedin twice (one is a profile link), and others once. */
    private static void writeOldJournal(Path file, int version) throws Exception {
        OldJournal.create(file, version,
                "INSERT INTO contact (id, first_name, created_at) VALUES (1, 'Ada', '2025-01-01')",
                "INSERT INTO contact_profile VALUES (1, 0, 'linkedin', 'https://linkedin.com/in/a'), "
                        + "(1, 1, 'other', 'https://example.org/a'), (1, 2, 'instagram', 'https://instagram.com/a')",
                "INSERT INTO interaction (contact_id, date, kind, network) VALUES "
                        + "(1, '2025-02-01', 'liked', 'x'), (1, '2025-02-02', 'met', NULL)",
                "INSERT INTO session (id, start) VALUES (1, '2025-02-03T09:00'), (2, '2025-02-04T09:00')",
                "INSERT INTO session_network VALUES (1, 'instagram'), (1, 'linkedin'), (2, 'instagram'), "
                        + "(2, 'myspace')",
                "INSERT INTO weekly_goal (network, action, target, since) VALUES "
                        + "('xing', 'posts', 1, '2025-01-01'), (NULL, 'likes', 3, '2025-01-01')",
                "INSERT INTO draft (network, position) VALUES ('pinterest', 0), (NULL, 1), ('other', 2)");
    }
}
