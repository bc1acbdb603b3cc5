package org.netjournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.WeekStart;
import org.netjournal.domain.WeeklyGoal;

/**
 * Weekly goals (one per network, or any network, and action kind) and the first day of the week, which lives
 * in the settings under {@link WeekStart#SETTING_KEY}. Storage thread only; failures are
 * {@link StorageException}s.
 */
public final class GoalRepository {

    /** Any-network goals first, then by network, then by action kind (enum order). */
    public static final Comparator<WeeklyGoal> ORDER = Comparator
            .comparing((WeeklyGoal goal) -> goal.network() == null ? -1 : goal.network().ordinal())
            .thenComparing(WeeklyGoal::action);

    private final JournalDatabase database;

    public GoalRepository(JournalDatabase database) {
        this.database = database;
    }

    /** Every goal in {@link #ORDER}. Rows with an action kind this build does not know are left out. */
    public List<WeeklyGoal> list() {
        return StorageCalls.read(database, "Loading weekly goals", connection -> select(connection, "", null));
    }

    private static List<WeeklyGoal> select(Connection connection, String where, Long id) throws SQLException {
        List<WeeklyGoal> goals = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, network, action, target, since FROM weekly_goal" + where)) {
            if (id != null) {
                select.setLong(1, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Optional<ActionKind> action = ActionKind.fromCode(rs.getString(3));
                    if (action.isEmpty()) {
                        continue;
                    }
                    String network = rs.getString(2);
                    goals.add(new WeeklyGoal(rs.getLong(1),
                            network == null ? null : Network.fromCode(network).orElse(Network.OTHER), action.get(),
                            rs.getInt(4), LocalDate.parse(rs.getString(5))));
                }
            }
        }
        goals.sort(ORDER);
        return goals;
    }

    /** {@link #setTarget(Network, ActionKind, int, LocalDate)} with today as the day. */
    public WeeklyGoal setTarget(Network network, ActionKind action, int target) {
        return setTarget(network, action, target, LocalDate.now());
    }

    /**
     * Sets the weekly target of {@code action} on {@code network} (null: any network). A new goal applies from
     * {@code today}'s week on; changing an existing goal keeps its id and its "since" day.
     *
     * @throws IllegalArgumentException when {@code target < 1} (remove the goal instead)
     */
    public WeeklyGoal setTarget(Network network, ActionKind action, int target, LocalDate today) {
        WeeklyGoal wanted = WeeklyGoal.of(network, action, target, today); // validates
        return put(wanted, false);
    }

    /**
     * Stores a goal as given, e.g. from an import: replaces the target and the "since" day of the goal with the
     * same network and action, or adds it. A null {@code since} becomes today.
     */
    public WeeklyGoal put(WeeklyGoal goal) {
        return put(goal.since() == null ? WeeklyGoal.of(goal.network(), goal.action(), goal.target(),
                LocalDate.now()) : goal, true);
    }

    private WeeklyGoal put(WeeklyGoal goal, boolean replaceSince) {
        return StorageCalls.write(database, "Saving a weekly goal", connection -> {
            Optional<WeeklyGoal> existing = find(connection, goal.network(), goal.action());
            if (existing.isPresent()) {
                LocalDate since = replaceSince ? goal.since() : existing.get().since();
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE weekly_goal SET target = ?, since = ? WHERE id = ?")) {
                    update.setInt(1, goal.target());
                    update.setString(2, since.toString());
                    update.setLong(3, existing.get().id());
                    update.executeUpdate();
                }
                return new WeeklyGoal(existing.get().id(), goal.network(), goal.action(), goal.target(), since);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO weekly_goal (network, action, target, since) VALUES (?, ?, ?, ?) RETURNING id")) {
                StorageCalls.setText(insert, 1, goal.network() == null ? null : goal.network().code());
                insert.setString(2, goal.action().code());
                insert.setInt(3, goal.target());
                insert.setString(4, goal.since().toString());
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    return goal.withId(rs.getLong(1));
                }
            }
        });
    }

    private static Optional<WeeklyGoal> find(Connection connection, Network network, ActionKind action)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, target, since FROM weekly_goal "
                + "WHERE COALESCE(network, '') = ? AND action = ?")) {
            select.setString(1, network == null ? "" : network.code());
            select.setString(2, action.code());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new WeeklyGoal(rs.getLong(1), network, action, rs.getInt(2),
                        LocalDate.parse(rs.getString(3)))) : Optional.empty();
            }
        }
    }

    /** Removes the goal; returns it (to undo with {@link #put}), empty when there was none. */
    public Optional<WeeklyGoal> remove(long goalId) {
        return StorageCalls.write(database, "Removing weekly goal " + goalId, connection -> {
            Optional<WeeklyGoal> removed = select(connection, " WHERE id = ?", goalId).stream().findFirst();
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM weekly_goal WHERE id = ?")) {
                delete.setLong(1, goalId);
                delete.executeUpdate();
            }
            return removed;
        });
    }

    /** The first day of the week; Monday unless the user chose another. */
    public DayOfWeek weekStart() {
        return WeekStart.parse(new SettingsRepository(database).get(WeekStart.SETTING_KEY).orElse(null));
    }

    public void setWeekStart(DayOfWeek firstDay) {
        new SettingsRepository(database).put(WeekStart.SETTING_KEY, WeekStart.code(firstDay));
    }
}
