package org.netjournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netjournal.domain.Draft;
import org.netjournal.domain.FocusGroup;
import org.netjournal.domain.InterestingAccount;
import org.netjournal.domain.Network;
import org.netjournal.domain.StarterText;
import org.netjournal.domain.Strategy;
import org.netjournal.domain.StrategyGoal;
import org.netjournal.domain.TargetMark;

/**
 * Steps 4 and 5 as the journal keeps them (migration 006): the goal, the target contacts with their focus groups,
 * the interesting accounts, and which drafts are still untouched starter texts. Storage thread only; failures are
 * {@link StorageException}s.
 */
public final class StrategyRepository {

    /** Step 4's note of an account typed but not noted yet (see {@link #saveUnsentAccount}). */
    public static final String UNSENT_ACCOUNT_SETTING = "unsentInterestingAccount";

    /**
     * Keeps what is typed into step 4's form before it is noted (name, link, why, separated by U+001F, which a
     * text field cannot hold), so no word is lost when the window closes or the page changes; empty: nothing.
     */
    public void saveUnsentAccount(String fields) {
        new SettingsRepository(database).put(UNSENT_ACCOUNT_SETTING, fields);
    }

    public String unsentAccount() {
        return new SettingsRepository(database).get(UNSENT_ACCOUNT_SETTING).orElse("");
    }

    /** Set once the starter texts were added: removing them never brings them back. */
    public static final String STARTERS_ADDED_SETTING = "starterTextsAdded";

    private final JournalDatabase database;

    public StrategyRepository(JournalDatabase database) {
        this.database = database;
    }

    /** Everything at once, as one consistent state of the file. */
    public Strategy load() {
        return StorageCalls.readConsistently(database, "Loading the goal and the target contacts", connection ->
                new Strategy(goal(connection), targets(connection), accounts(connection), starterDrafts(connection)));
    }

    // ---------------------------------------------------------------------------------------------------
    // The goal

    public StrategyGoal goal() {
        return StorageCalls.read(database, "Loading the goal", StrategyRepository::goal);
    }

    public void saveGoal(StrategyGoal goal) {
        StorageCalls.write(database, "Saving the goal", connection -> {
            writeGoal(connection, goal);
            return null;
        });
    }

    static void writeGoal(Connection connection, StrategyGoal goal) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO strategy_goal (id, text, by_when) "
                + "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET text = excluded.text, by_when = excluded.by_when")) {
            upsert.setString(1, goal.text());
            StorageCalls.setText(upsert, 2, goal.byWhen() == null ? null : goal.byWhen().toString());
            upsert.executeUpdate();
        }
    }

    private static StrategyGoal goal(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT text, by_when FROM strategy_goal");
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return StrategyGoal.NONE;
            }
            String byWhen = rs.getString(2);
            return new StrategyGoal(rs.getString(1), byWhen == null ? null : LocalDate.parse(byWhen));
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Target contacts

    /** The target contacts in the order of their contacts' ids. */
    public List<TargetMark> targets() {
        return StorageCalls.read(database, "Loading the target contacts", StrategyRepository::targets);
    }

    /** Puts the contact on the list in {@code group} (null: no group), or moves it there. */
    public void markTarget(TargetMark mark) {
        StorageCalls.write(database, "Putting contact " + mark.contactId() + " on the list", connection -> {
            writeTarget(connection, mark);
            return null;
        });
    }

    static void writeTarget(Connection connection, TargetMark mark) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO target_contact (contact_id, "
                + "focus_group) VALUES (?, ?) ON CONFLICT (contact_id) DO UPDATE SET focus_group = excluded.focus_group")) {
            upsert.setLong(1, mark.contactId());
            StorageCalls.setText(upsert, 2, mark.group() == null ? null : mark.group().code());
            upsert.executeUpdate();
        }
    }

    /** Takes the contact off the list (the contact stays in the journal). */
    public void unmarkTarget(long contactId) {
        StorageCalls.write(database, "Taking contact " + contactId + " off the list", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM target_contact WHERE contact_id = ?")) {
                delete.setLong(1, contactId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static List<TargetMark> targets(Connection connection) throws SQLException {
        List<TargetMark> marks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT contact_id, focus_group FROM target_contact ORDER BY contact_id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String group = rs.getString(2);
                // a group of a later release is kept as "on the list" rather than dropped
                marks.add(new TargetMark(rs.getLong(1), group == null ? null : FocusGroup.fromCode(group).orElse(null)));
            }
        }
        return marks;
    }

    // ---------------------------------------------------------------------------------------------------
    // Interesting accounts

    /** The accounts in the order they were noted. */
    public List<InterestingAccount> accounts() {
        return StorageCalls.read(database, "Loading the interesting accounts", StrategyRepository::accounts);
    }

    /** Adds a new account ({@code id == 0}) at the end, or replaces one (or puts a deleted one back under its id). */
    public InterestingAccount saveAccount(InterestingAccount account) {
        return StorageCalls.write(database, "Saving an interesting account", connection -> {
            if (account.id() != 0) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE interesting_account SET name = ?, network = ?, link = ?, why = ? WHERE id = ?")) {
                    bindAccount(update, account);
                    update.setLong(5, account.id());
                    if (update.executeUpdate() > 0) {
                        return account;
                    }
                }
            }
            return insertAccount(connection, account);
        });
    }

    static InterestingAccount insertAccount(Connection connection, InterestingAccount account) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO interesting_account "
                + "(name, network, link, why, position, id) VALUES (?, ?, ?, ?, "
                + "(SELECT COALESCE(MAX(position), -1) + 1 FROM interesting_account), ?) RETURNING id")) {
            bindAccount(insert, account);
            StorageCalls.setLong(insert, 5, account.id() == 0 ? null : account.id());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return account.withId(rs.getLong(1));
            }
        }
    }

    /** Deletes the account; the positions stay 0, 1, 2 … as a restore numbers them. */
    public void deleteAccount(long accountId) {
        StorageCalls.write(database, "Deleting an interesting account", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM interesting_account WHERE id = ? RETURNING position")) {
                delete.setLong(1, accountId);
                Integer position = null;
                try (ResultSet rs = delete.executeQuery()) {
                    if (rs.next()) {
                        position = rs.getInt(1);
                    }
                }
                if (position != null) {
                    try (PreparedStatement close = connection.prepareStatement(
                            "UPDATE interesting_account SET position = position - 1 WHERE position > ?")) {
                        close.setInt(1, position);
                        close.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static void bindAccount(PreparedStatement statement, InterestingAccount account) throws SQLException {
        statement.setString(1, account.name());
        StorageCalls.setText(statement, 2, account.network() == null ? null : account.network().code());
        statement.setString(3, account.link());
        statement.setString(4, account.why());
    }

    private static List<InterestingAccount> accounts(Connection connection) throws SQLException {
        List<InterestingAccount> accounts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, network, link, why FROM interesting_account ORDER BY position, id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String network = rs.getString(3);
                accounts.add(new InterestingAccount(rs.getLong(1), rs.getString(2),
                        network == null ? null : Network.fromCode(network).orElse(Network.OTHER), rs.getString(4),
                        rs.getString(5)));
            }
        }
        return accounts;
    }

    // ---------------------------------------------------------------------------------------------------
    // Starter texts

    /**
     * Adds the starter texts at the end of the drafts, marked as examples, unless they were added before (then
     * nothing happens, also when the user deleted them all). Returns the drafts added, by starter.
     *
     * @param starters the starters as drafts in the window's language, in the order to add them
     */
    public Map<StarterText, Draft> addStartersOnce(Map<StarterText, Draft> starters) {
        return StorageCalls.write(database, "Adding the starter texts", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM setting WHERE key = ?")) {
                select.setString(1, STARTERS_ADDED_SETTING);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        return Map.of();
                    }
                }
            }
            Map<StarterText, Draft> added = new LinkedHashMap<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO draft (network, title, text, "
                    + "position) VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM draft)) RETURNING id");
                 PreparedStatement mark = connection.prepareStatement(
                         "INSERT INTO draft_starter (draft_id, starter) VALUES (?, ?)")) {
                for (Map.Entry<StarterText, Draft> starter : starters.entrySet()) {
                    Draft draft = starter.getValue();
                    StorageCalls.setText(insert, 1, draft.network() == null ? null : draft.network().code());
                    insert.setString(2, draft.title());
                    insert.setString(3, draft.text());
                    long id;
                    try (ResultSet rs = insert.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                    writeStarterMark(mark, id, starter.getKey().code());
                    added.put(starter.getKey(), draft.withId(id));
                }
            }
            try (PreparedStatement flag = connection.prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, 'true') ON CONFLICT (key) DO NOTHING")) {
                flag.setString(1, STARTERS_ADDED_SETTING);
                flag.executeUpdate();
            }
            return added;
        });
    }

    static void writeStarterMark(PreparedStatement insert, long draftId, String starterCode) throws SQLException {
        insert.setLong(1, draftId);
        insert.setString(2, starterCode);
        insert.executeUpdate();
    }

    /** The drafts that are still untouched starter texts: draft id to {@link StarterText} code. */
    public Map<Long, String> starterDrafts() {
        return StorageCalls.read(database, "Loading the starter texts", StrategyRepository::starterDrafts);
    }

    private static Map<Long, String> starterDrafts(Connection connection) throws SQLException {
        Map<Long, String> starters = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT draft_id, starter FROM draft_starter ORDER BY draft_id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                starters.put(rs.getLong(1), rs.getString(2));
            }
        }
        return starters;
    }
}
