package org.netjournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannel;
import org.netjournal.domain.Draft;
import org.netjournal.domain.GrowthSeries;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.NetworkCheck;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.JournalSink;
import org.netjournal.domain.Post;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.domain.Session;
import org.netjournal.domain.TouchedContact;
import org.netjournal.domain.WeeklyGoal;
import org.netjournal.domain.WeeklyReview;
import org.netjournal.domain.Win;
import org.netjournal.domain.InterestingAccount;
import org.netjournal.domain.StarterText;
import org.netjournal.domain.StrategyGoal;
import org.netjournal.domain.TargetMark;

/**
 * Restores a whole journal into an empty one entry by entry, as a {@link JournalSink}: each entry is written as
 * it comes, so restoring a file of any size holds one entry of it, never the file. Everything happens in one
 * transaction (all or nothing); the search index is brought up to date once, at its end.
 *
 * <p>Every row keeps its id. Entries without one (a hand-written file) get the next free ids once everything
 * else is written, as the export would have numbered them; only those are kept until the end. References are
 * checked at the end, when all entries are in: an interaction or win whose session is not in the file loses
 * that session; a session naming a contact that is not there, or two wins for one session, refuse the whole
 * restore.
 *
 * <p>Longer than 400 lines because it writes every section of the full export (one method per {@code JournalSink}
 * call) in one transaction, and checks the references between them at the end.
 */
public final class JournalRestore implements JournalSink {

    /** Hands a journal's entries to the restore, e.g. while reading a file; may fail with its own exception. */
    @FunctionalInterface
    public interface Source<E extends Exception> {
        void writeTo(JournalSink restore) throws E;
    }

    /** An action on the file that waits for the end of the restore (entries without an id). */
    @FunctionalInterface
    private interface Later {
        void run() throws SQLException;
    }

    /** Carries a failed statement through the sink's methods, which cannot throw {@link SQLException}. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(SQLException cause) {
            super(cause);
        }
    }

    /** Carries the source's own failure out of the transaction. */
    private static final class SourceFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SourceFailed(Exception cause) {
            super(cause);
        }
    }

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    /** Entries without an id, by table, written at the end in this order (a contact's before its interactions). */
    private final Map<String, List<Later>> withoutId = new LinkedHashMap<>();
    private boolean stepsSeen;
    private int draftPosition;
    private int networkPosition;
    private boolean stageChangesSeen;
    private boolean networksFromNames;

    private JournalRestore(Connection connection) {
        this.connection = connection;
        for (String table : List.of("checklist_item", "contact", "session", "interaction", "weekly_goal", "draft",
                "win", "interesting_account", "my_network", "post", "weekly_review")) {
            withoutId.put(table, new ArrayList<>());
        }
    }

    /**
     * Writes what {@code source} hands over into this journal in one transaction: all of it, or (on any failure,
     * the source's included) nothing.
     *
     * @throws JournalSnapshots.NotEmptyException when the journal holds data already; nothing is written
     * @throws IllegalArgumentException           when the entries contradict each other; nothing is written
     * @throws E                                  when the source fails; nothing is written
     */
    public static <E extends Exception> void intoEmpty(JournalDatabase database, Source<E> source) throws E {
        try {
            StorageCalls.write(database, "Restoring the journal", connection -> {
                List<String> problems = JournalSnapshots.problems(connection);
                if (!problems.isEmpty()) {
                    throw new JournalSnapshots.NotEmptyException(problems);
                }
                try (Statement statement = connection.createStatement()) {
                    // a win or an interaction may name a session further down the file
                    statement.execute("PRAGMA defer_foreign_keys = ON");
                }
                try (Statement statement = connection.createStatement()) {
                    // the fresh journal's untouched starter texts make way for the journal restored
                    statement.executeUpdate("DELETE FROM draft WHERE id IN (SELECT draft_id FROM draft_starter)");
                }
                JournalRestore restore = new JournalRestore(connection);
                try {
                    source.writeTo(restore);
                    restore.finish();
                } catch (Failed failed) {
                    throw (SQLException) failed.getCause();
                } catch (RuntimeException | SQLException e) {
                    throw e;
                } catch (Exception sourceFailed) {
                    throw new SourceFailed(sourceFailed);
                } finally {
                    restore.closeStatements();
                }
                return null;
            });
        } catch (SourceFailed failed) {
            @SuppressWarnings("unchecked")
            E cause = (E) failed.getCause();
            throw cause;
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    private void closeStatements() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }

    /** Runs {@code write} now, or at the end when the entry has no id yet. */
    private void write(String table, long id, Later write) {
        try {
            if (id > 0) {
                write.run();
            } else {
                withoutId.get(table).add(write);
            }
        } catch (SQLException e) {
            throw new Failed(e);
        }
    }

    private static Long idOrNext(long id) {
        return id > 0 ? id : null; // SQLite gives a row without an id the next one
    }

    private long lastId() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void setting(String key, String value) {
        write("setting", 1, () -> {
            PreparedStatement upsert = statement("INSERT INTO setting (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        });
    }

    @Override
    public void step(JournalSnapshot.Step step) {
        write("step", 1, () -> {
            if (!stepsSeen) {
                stepsSeen = true; // a file without steps leaves the new journal's steps as they are
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("DELETE FROM checklist_item"); // the empty journal's unchecked built-ins
                }
            }
            PreparedStatement update = statement(
                    "UPDATE step SET notes = ?, marked_done = ?, updated_at = ? WHERE number = ?");
            update.setString(1, step.notes());
            update.setInt(2, step.markedDone() ? 1 : 0);
            StorageCalls.setText(update, 3, step.updatedAt());
            update.setInt(4, step.number());
            update.executeUpdate();
        });
        for (ChecklistItem item : step.items()) {
            write("checklist_item", item.id(), () -> {
                PreparedStatement insert = statement("INSERT INTO checklist_item "
                        + "(id, step_number, builtin_key, text, checked, position) VALUES (?, ?, ?, ?, ?, ?)");
                StorageCalls.setLong(insert, 1, idOrNext(item.id()));
                insert.setInt(2, step.number());
                StorageCalls.setText(insert, 3, item.builtInKey());
                StorageCalls.setText(insert, 4, item.text());
                insert.setInt(5, item.checked() ? 1 : 0);
                insert.setInt(6, item.position());
                insert.executeUpdate();
            });
        }
    }

    @Override
    public void contact(Contact c, List<Interaction> interactions) {
        write("contact", c.id(), () -> {
            PreparedStatement insert = statement("INSERT INTO contact (id, first_name, last_name, "
                    + "company, role, email, how_we_met, stage, cadence, notes, source, connected_on, created_at, "
                    + "middle_name, name_prefix, name_suffix, is_organisation) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            StorageCalls.setLong(insert, 1, idOrNext(c.id()));
            insert.setString(2, c.firstName());
            insert.setString(3, c.lastName());
            insert.setString(4, c.company());
            insert.setString(5, c.role());
            insert.setString(6, c.email());
            insert.setString(7, c.howWeMet());
            insert.setString(8, c.stage().code());
            insert.setString(9, c.cadence().code());
            insert.setString(10, c.notes());
            insert.setString(11, c.source().code());
            StorageCalls.setText(insert, 12, c.connectedOn() == null ? null : c.connectedOn().toString());
            insert.setString(13, c.createdAt().toString());
            insert.setString(14, c.details().middleName());
            insert.setString(15, c.details().namePrefix());
            insert.setString(16, c.details().nameSuffix());
            insert.setInt(17, c.details().organisation() ? 1 : 0);
            insert.executeUpdate();
            long id = c.id() > 0 ? c.id() : lastId();
            // the insert trigger recorded the stage as of today; the file's own record replaces it (see finish)
            PreparedStatement forget = statement("DELETE FROM stage_change WHERE contact_id = ? "
                    + "AND rowid = (SELECT max(rowid) FROM stage_change)");
            forget.setLong(1, id);
            forget.executeUpdate();
            writeChannels("INSERT INTO contact_email (contact_id, position, address, label, preferred) "
                    + "VALUES (?, ?, ?, ?, ?)", id, c.details().emails());
            writeChannels("INSERT INTO contact_phone (contact_id, position, number, label, preferred) "
                    + "VALUES (?, ?, ?, ?, ?)", id, c.details().phones());
            PreparedStatement profile = statement(
                    "INSERT INTO contact_profile (contact_id, position, network, url) VALUES (?, ?, ?, ?)");
            for (int position = 0; position < c.profiles().size(); position++) {
                ProfileLink link = c.profiles().get(position);
                profile.setLong(1, id);
                profile.setInt(2, position);
                profile.setString(3, link.network().code());
                profile.setString(4, link.url());
                profile.executeUpdate();
            }
            PreparedStatement tag = statement("INSERT INTO contact_tag (contact_id, tag) VALUES (?, ?)");
            for (String name : c.tags()) {
                tag.setLong(1, id);
                tag.setString(2, name);
                tag.executeUpdate();
            }
            for (Interaction interaction : interactions) {
                write("interaction", interaction.id(), () -> writeInteraction(interaction, id));
            }
        });
    }

    private void writeChannels(String sql, long contactId, List<ContactChannel> channels) throws SQLException {
        PreparedStatement insert = statement(sql);
        for (int position = 0; position < channels.size(); position++) {
            insert.setLong(1, contactId);
            insert.setInt(2, position);
            insert.setString(3, channels.get(position).value());
            insert.setString(4, channels.get(position).label());
            insert.setInt(5, channels.get(position).preferred() ? 1 : 0);
            insert.executeUpdate();
        }
    }

    private void writeInteraction(Interaction i, long contactId) throws SQLException {
        PreparedStatement insert = statement("INSERT INTO interaction "
                + "(id, contact_id, date, kind, network, note, session_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
        StorageCalls.setLong(insert, 1, idOrNext(i.id()));
        insert.setLong(2, contactId);
        insert.setString(3, i.date().toString());
        insert.setString(4, i.kind().code());
        StorageCalls.setText(insert, 5, i.network() == null ? null : i.network().code());
        insert.setString(6, i.note());
        StorageCalls.setLong(insert, 7, i.sessionId());
        insert.executeUpdate();
    }

    @Override
    public void session(Session s) {
        write("session", s.id(), () -> {
            PreparedStatement insert = statement("INSERT INTO session (id, start, duration_minutes, energy_before, "
                    + "energy_after, how_it_felt, notes) VALUES (?, ?, ?, ?, ?, ?, ?)");
            StorageCalls.setLong(insert, 1, idOrNext(s.id()));
            insert.setString(2, SessionRepository.START_FORMAT.format(s.start()));
            StorageCalls.setInt(insert, 3, s.durationMinutes());
            StorageCalls.setInt(insert, 4, s.energyBefore());
            StorageCalls.setInt(insert, 5, s.energyAfter());
            insert.setString(6, s.howItFelt());
            insert.setString(7, s.notes());
            insert.executeUpdate();
            long id = s.id() > 0 ? s.id() : lastId();
            PreparedStatement network = statement("INSERT INTO session_network (session_id, network) VALUES (?, ?)");
            for (Network used : s.networks()) {
                network.setLong(1, id);
                network.setString(2, used.code());
                network.executeUpdate();
            }
            SessionRepository.insertCounts(connection, id, s.counts());
            PreparedStatement contact = statement(
                    "INSERT INTO session_contact (session_id, contact_id, position, kind) VALUES (?, ?, ?, ?)");
            int position = 0;
            for (TouchedContact touched : s.touched()) {
                contact.setLong(1, id);
                contact.setLong(2, touched.contactId());
                contact.setInt(3, position++);
                contact.setString(4, touched.kind().code());
                contact.executeUpdate();
            }
        });
    }

    @Override
    public void goal(WeeklyGoal goal) {
        write("weekly_goal", goal.id(), () -> {
            PreparedStatement insert = statement(
                    "INSERT INTO weekly_goal (id, network, action, target, since) VALUES (?, ?, ?, ?, ?)");
            StorageCalls.setLong(insert, 1, idOrNext(goal.id()));
            StorageCalls.setText(insert, 2, goal.network() == null ? null : goal.network().code());
            insert.setString(3, goal.action().code());
            insert.setInt(4, goal.target());
            insert.setString(5, goal.since().toString());
            insert.executeUpdate();
        });
    }

    @Override
    public void draft(Draft draft) {
        int position = draftPosition++;
        write("draft", draft.id(), () -> {
            PreparedStatement insert = statement(
                    "INSERT INTO draft (id, network, title, text, position) VALUES (?, ?, ?, ?, ?)");
            StorageCalls.setLong(insert, 1, idOrNext(draft.id()));
            StorageCalls.setText(insert, 2, draft.network() == null ? null : draft.network().code());
            insert.setString(3, draft.title());
            insert.setString(4, draft.text());
            insert.setInt(5, position);
            insert.executeUpdate();
        });
    }

    @Override
    public void win(Win win) {
        write("win", win.id(), () -> {
            PreparedStatement insert = statement("INSERT INTO win (id, date, text, session_id) VALUES (?, ?, ?, ?)");
            StorageCalls.setLong(insert, 1, idOrNext(win.id()));
            insert.setString(2, win.date().toString());
            insert.setString(3, win.text());
            StorageCalls.setLong(insert, 4, win.sessionId());
            insert.executeUpdate();
        });
    }

    @Override
    public void strategyGoal(StrategyGoal goal) {
        write("strategy_goal", 1, () -> StrategyRepository.writeGoal(connection, goal));
    }

    @Override
    public void target(TargetMark target) {
        write("target_contact", 1, () -> StrategyRepository.writeTarget(connection, target));
    }

    @Override
    public void interestingAccount(InterestingAccount account) {
        write("interesting_account", account.id(), () -> StrategyRepository.insertAccount(connection, account));
    }

    @Override
    public void starterDraft(long draftId, StarterText starter) {
        write("draft_starter", 1, () -> StrategyRepository.writeStarterMark(
                statement("INSERT INTO draft_starter (draft_id, starter) VALUES (?, ?)"), draftId, starter.code()));
    }

    @Override
    public void network(MyNetwork network) {
        int position = networkPosition++;
        write("my_network", network.id(), () -> {
            PreparedStatement insert = statement("INSERT INTO my_network (id, network, custom_name, chosen, why, "
                    + "profile_link, reviewed_on, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            StorageCalls.setLong(insert, 1, idOrNext(network.id()));
            insert.setString(2, network.network().code());
            insert.setString(3, network.customName());
            insert.setInt(4, network.chosen() ? 1 : 0);
            insert.setString(5, network.why());
            insert.setString(6, network.profileLink());
            StorageCalls.setText(insert, 7, network.reviewedOn() == null ? null : network.reviewedOn().toString());
            insert.setInt(8, position);
            insert.executeUpdate();
            long id = network.id() > 0 ? network.id() : lastId();
            PreparedStatement check = statement("INSERT INTO my_network_check (my_network_id, item) VALUES (?, ?)");
            for (NetworkCheck item : network.checked()) {
                check.setLong(1, id);
                check.setString(2, item.code());
                check.executeUpdate();
            }
        });
    }

    @Override
    public void networksFromNames() {
        networksFromNames = true; // once every entry is in: the names are counted over all of them
    }

    @Override
    public void post(Post post) {
        write("post", post.id(), () -> {
            PreparedStatement insert = statement("INSERT INTO post (id, status, text, date, link, relates_to_goal, "
                    + "session_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
            StorageCalls.setLong(insert, 1, idOrNext(post.id()));
            insert.setString(2, post.status().code());
            insert.setString(3, post.text());
            StorageCalls.setText(insert, 4, post.date() == null ? null : post.date().toString());
            insert.setString(5, post.link());
            insert.setInt(6, post.relatesToGoal() ? 1 : 0);
            StorageCalls.setLong(insert, 7, post.sessionId());
            insert.executeUpdate();
            long id = post.id() > 0 ? post.id() : lastId();
            PreparedStatement network = statement("INSERT INTO post_network (post_id, network) VALUES (?, ?)");
            for (Network used : post.networks()) {
                network.setLong(1, id);
                network.setString(2, used.code());
                network.executeUpdate();
            }
        });
    }

    @Override
    public void stageChange(GrowthSeries.StageChange change) {
        stageChangesSeen = true;
        write("stage_change", 1, () -> {
            PreparedStatement insert = statement("INSERT OR REPLACE INTO stage_change (contact_id, date, stage) "
                    + "VALUES (?, ?, ?)");
            insert.setLong(1, change.contactId());
            insert.setString(2, change.date().toString());
            insert.setString(3, change.stage().code());
            insert.executeUpdate();
        });
    }

    @Override
    public void review(WeeklyReview review) {
        write("weekly_review", review.id(), () -> WeeklyReviewRepository.write(connection, review));
    }

    /** The entries without an id, then the references between entries, which can only be checked now. */
    private void finish() throws SQLException {
        for (List<Later> table : withoutId.values()) {
            // a contact without an id adds its interactions without one to the list that follows
            for (int i = 0; i < table.size(); i++) {
                table.get(i).run();
            }
        }
        try (Statement statement = connection.createStatement()) {
            if (!stageChangesSeen) {
                // a file from before version 9 (or written by hand) records no stages: as the upgrade of a
                // journal does, the stages are recorded from today on
                statement.executeUpdate("INSERT OR IGNORE INTO stage_change (contact_id, date, stage) "
                        + "SELECT id, date('now', 'localtime'), stage FROM contact");
            }
            if (networksFromNames) {
                statement.executeUpdate(MyNetworkRepository.chosenFromNames());
            }
            statement.executeUpdate("UPDATE interaction SET session_id = NULL WHERE session_id IS NOT NULL "
                    + "AND session_id NOT IN (SELECT id FROM session)");
            statement.executeUpdate("UPDATE win SET session_id = NULL WHERE session_id IS NOT NULL "
                    + "AND session_id NOT IN (SELECT id FROM session)");
            statement.executeUpdate("UPDATE post SET session_id = NULL WHERE session_id IS NOT NULL "
                    + "AND session_id NOT IN (SELECT id FROM session)");
            try (ResultSet rs = statement.executeQuery("SELECT session_id FROM win WHERE session_id IS NOT NULL "
                    + "GROUP BY session_id HAVING COUNT(*) > 1 LIMIT 1")) {
                if (rs.next()) {
                    throw new IllegalArgumentException("session " + rs.getLong(1) + " has two wins");
                }
            }
            try (ResultSet rs = statement.executeQuery("PRAGMA foreign_key_check")) {
                if (rs.next()) {
                    throw new IllegalArgumentException("an entry of " + rs.getString(1) + " names a "
                            + rs.getString(3) + " that is missing");
                }
            }
        }
    }
}
