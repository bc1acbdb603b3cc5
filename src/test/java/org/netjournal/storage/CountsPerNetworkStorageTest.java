package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.GoalTracker;
import org.netjournal.domain.GoalProgress;
import org.netjournal.domain.Network;
import org.netjournal.domain.Session;
import org.netjournal.domain.Week;
import org.netjournal.domain.WeeklyGoal;

/** A session's counts per network on a real file, and the upgrade of a journal whose counts had no network. */
class CountsPerNetworkStorageTest {

    @TempDir
    Path temp;

    @Test
    void countsPerNetworkAndNotAssignedOnesAreStoredAsEntered() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("j")))) {
            SessionRepository sessions = new SessionRepository(db);
            Session entered = Session.startingAt(LocalDateTime.of(2026, 11, 24, 18, 0))
                    .withNetworks(Set.of(Network.LINKEDIN, Network.INSTAGRAM))
                    .withCount(Network.LINKEDIN, ActionKind.POSTS, 2)
                    .withCount(Network.INSTAGRAM, ActionKind.POSTS, 1)
                    .withCount(null, ActionKind.LIKES, 4);
            Session saved = sessions.save(entered);

            Session loaded = sessions.find(saved.id()).orElseThrow();
            assertEquals(entered.withId(saved.id()), loaded);
            assertEquals(2, loaded.count(Network.LINKEDIN, ActionKind.POSTS));
            assertEquals(1, loaded.count(Network.INSTAGRAM, ActionKind.POSTS));
            assertEquals(4, loaded.count(null, ActionKind.LIKES));
            assertEquals(3, loaded.count(ActionKind.POSTS));
        }
    }

    @Test
    void anOldJournalGivesAOneNetworkSessionsCountsToItsNetworkAndKeepsSeveralNetworksNotAssigned()
            throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("v5"));
        Files.createDirectories(folder.path());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.databaseFile());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            connection.setAutoCommit(false);
            for (String script : List.of("001-steps-and-settings", "002-contacts", "003-journal", "004-search",
                    "005-contact-details")) {
                statement.executeUpdate(script("migrations/" + script + ".sql"));
            }
            statement.executeUpdate("PRAGMA user_version = 5");
            statement.executeUpdate("INSERT INTO session (id, start) VALUES (1, '2026-11-24T09:00'), "
                    + "(2, '2026-11-25T09:00'), (3, '2026-11-26T09:00')");
            statement.executeUpdate("INSERT INTO session_network (session_id, network) VALUES (1, 'linkedin'), "
                    + "(2, 'linkedin'), (2, 'instagram')");
            statement.executeUpdate("INSERT INTO session_count (session_id, action, count) VALUES "
                    + "(1, 'posts', 2), (1, 'comments', 1), (2, 'posts', 3), (3, 'likes', 5)");
            connection.commit();
        }
        try (JournalDatabase migrated = JournalDatabase.open(folder)) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, migrated.schemaVersion());
            SessionRepository sessions = new SessionRepository(migrated);
            Session one = sessions.find(1).orElseThrow();
            assertEquals(Map.of(Network.LINKEDIN, Map.of(ActionKind.POSTS, 2, ActionKind.COMMENTS, 1)),
                    one.counts().byNetwork());
            assertEquals(Map.of(), one.counts().unassigned());
            Session several = sessions.find(2).orElseThrow();
            assertEquals(Map.of(), several.counts().byNetwork());
            assertEquals(Map.of(ActionKind.POSTS, 3), several.counts().unassigned());
            Session none = sessions.find(3).orElseThrow();
            assertEquals(Map.of(ActionKind.LIKES, 5), none.counts().unassigned());

            LocalDate since = LocalDate.of(2026, 1, 1);
            WeeklyGoal linkedInPosts = WeeklyGoal.of(Network.LINKEDIN, ActionKind.POSTS, 1, since);
            WeeklyGoal instagramPosts = WeeklyGoal.of(Network.INSTAGRAM, ActionKind.POSTS, 1, since);
            WeeklyGoal anyPosts = WeeklyGoal.of(null, ActionKind.POSTS, 1, since);
            GoalTracker tracker = new GoalTracker(List.of(linkedInPosts, instagramPosts, anyPosts), sessions.all(),
                    DayOfWeek.MONDAY);
            Week week = tracker.weekOf(LocalDate.of(2026, 11, 24));
            assertEquals(List.of(2, 0, 5), tracker.progress(week).goals().stream().map(GoalProgress::done).toList(),
                    "the multi-network session's 3 posts count only for the goal on any network");

            // saved again unchanged, it stays as it was
            sessions.save(several);
            assertEquals(several, sessions.find(2).orElseThrow());
        }
    }

    private static String script(String resource) throws Exception {
        try (InputStream in = JournalDatabase.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
