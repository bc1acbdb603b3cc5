package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.WeekStart;
import org.netjournal.domain.WeeklyGoal;

/** Weekly goals and the first day of the week in a real journal file. */
class GoalRepositoryTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

    @TempDir
    Path temp;

    private JournalDatabase db;
    private GoalRepository goals;

    @BeforeEach
    void open() throws Exception {
        db = JournalDatabase.open(new DataFolder(temp.resolve("data")));
        goals = new GoalRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void setTargetAddsAGoalThatAppliesFromToday() {
        WeeklyGoal goal = goals.setTarget(Network.LINKEDIN, ActionKind.POSTS, 2, NOV_1);

        assertTrue(goal.id() > 0);
        assertEquals(new WeeklyGoal(goal.id(), Network.LINKEDIN, ActionKind.POSTS, 2, NOV_1), goal);
        assertEquals(List.of(goal), goals.list());
    }

    @Test
    void settingTheTargetAgainKeepsTheGoalAndItsSinceDay() {
        WeeklyGoal first = goals.setTarget(Network.LINKEDIN, ActionKind.POSTS, 2, NOV_1);
        WeeklyGoal changed = goals.setTarget(Network.LINKEDIN, ActionKind.POSTS, 5, NOV_20);

        assertEquals(first.withTarget(5), changed);
        assertEquals(List.of(changed), goals.list());
    }

    @Test
    void oneAnyNetworkGoalPerActionDespiteNullNetworks() throws Exception {
        WeeklyGoal any = goals.setTarget(null, ActionKind.LIKES, 10, NOV_1);
        WeeklyGoal again = goals.setTarget(null, ActionKind.LIKES, 7, NOV_20);
        assertEquals(any.id(), again.id());
        assertEquals(List.of(any.withTarget(7)), goals.list());
        assertThrows(SQLException.class, () -> db.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO weekly_goal (network, action, target, since) VALUES (NULL, 'likes', 1, '2026-01-01')")) {
                return insert.executeUpdate();
            }
        }), "the unique index treats the NULL network as one key");
    }

    @Test
    void listIsOrderedAnyNetworkFirstThenNetworkThenAction() {
        WeeklyGoal xingMessages = goals.setTarget(Network.XING, ActionKind.MESSAGES, 1, NOV_1);
        WeeklyGoal linkedInLikes = goals.setTarget(Network.LINKEDIN, ActionKind.LIKES, 1, NOV_1);
        WeeklyGoal anyPosts = goals.setTarget(null, ActionKind.POSTS, 1, NOV_1);
        WeeklyGoal linkedInPosts = goals.setTarget(Network.LINKEDIN, ActionKind.POSTS, 1, NOV_1);

        assertEquals(List.of(anyPosts, linkedInPosts, linkedInLikes, xingMessages), goals.list());
    }

    @Test
    void removeReturnsTheGoalAndPutRestoresIt() {
        WeeklyGoal goal = goals.setTarget(Network.X, ActionKind.COMMENTS, 3, NOV_1);

        Optional<WeeklyGoal> removed = goals.remove(goal.id());

        assertEquals(Optional.of(goal), removed);
        assertEquals(List.of(), goals.list());
        assertEquals(Optional.empty(), goals.remove(goal.id()));
        WeeklyGoal restored = goals.put(removed.get());
        assertEquals(NOV_1, restored.since(), "put keeps the given since day");
        assertEquals(List.of(restored), goals.list());
    }

    @Test
    void putReplacesTargetAndSinceOfTheSameKey() {
        goals.setTarget(Network.X, ActionKind.COMMENTS, 3, NOV_20);
        WeeklyGoal imported = goals.put(WeeklyGoal.of(Network.X, ActionKind.COMMENTS, 4, NOV_1));
        assertEquals(List.of(imported), goals.list());
        assertEquals(NOV_1, goals.list().get(0).since());
        assertEquals(LocalDate.now(), goals.put(WeeklyGoal.of(null, ActionKind.POSTS, 1, null)).since());
    }

    @Test
    void aTargetBelowOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> goals.setTarget(null, ActionKind.POSTS, 0, NOV_1));
        assertEquals(List.of(), goals.list());
    }

    @Test
    void theWeekStartsOnMondayUntilTheUserChangesIt() throws Exception {
        assertEquals(DayOfWeek.MONDAY, goals.weekStart());
        goals.setWeekStart(DayOfWeek.SUNDAY);
        assertEquals(DayOfWeek.SUNDAY, goals.weekStart());
        assertEquals("sunday", new SettingsRepository(db).get(WeekStart.SETTING_KEY).orElseThrow());
        new SettingsRepository(db).put(WeekStart.SETTING_KEY, "someday");
        assertEquals(DayOfWeek.MONDAY, goals.weekStart(), "an unknown value falls back to Monday");
    }
}
