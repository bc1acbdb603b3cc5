package org.netjournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Draft;
import org.netjournal.domain.GrowthSeries;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.Post;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.domain.Session;
import org.netjournal.domain.StepDefinition;
import org.netjournal.domain.TouchedContact;
import org.netjournal.domain.WeeklyGoal;
import org.netjournal.domain.WeeklyReview;
import org.netjournal.domain.Win;
import org.netjournal.domain.StarterText;
import org.netjournal.domain.Strategy;

/**
 * The whole journal at once: reading all of it for the full export, and restoring such a snapshot into an
 * empty journal for the full import.
 *
 * <p><b>Restoring</b> writes every row with its id from the snapshot, in one transaction, so the restored
 * journal is the exported one: the same ids, the same references between sessions, contacts, interactions and
 * wins, the same order of drafts and checklist items, the same stages (restoring logs no interaction of its own
 * and raises no stage). It only restores into an <em>empty</em> journal ({@link #emptinessProblems()}): merging
 * two journals' sessions, goals and steps has no answer that is right for everyone, so a journal with data is
 * refused with {@link NotEmptyException} and left untouched. A brand-new journal's settings (language, theme,
 * window) do not count as data; the snapshot's settings replace them.
 *
 * <p>Restoring is {@link JournalRestore}'s, entry by entry; a snapshot is checked as a whole first.
 *
 * <p>Storage thread only; failures are {@link StorageException}s.
 */
public final class JournalSnapshots {

    /**
     * Every table a snapshot reads and restores ({@code sqlite_sequence} aside, which SQLite keeps itself). A
     * migration that adds a table must add it here, to {@link JournalSnapshot} and to the JSON format; a test
     * compares this list with the schema.
     */
    public static final Set<String> TABLES = Set.of("setting", "step", "checklist_item",
            "contact", "contact_profile", "contact_tag", "interaction", "session", "session_network",
            "session_count", "session_contact", "weekly_goal", "draft", "win", "contact_email", "contact_phone",
            "strategy_goal", "target_contact", "interesting_account", "draft_starter", "my_network", "my_network_check",
            "post", "post_network", "stage_change", "weekly_review", "weekly_review_greet");

    /** Reading is retried when another program (a running window) changed the file meanwhile. */
    private static final int READ_ATTEMPTS = 5;

    private final JournalDatabase database;

    public JournalSnapshots(JournalDatabase database) {
        this.database = database;
    }

    /** Refused because the journal already holds data; {@link #problems()} says what (in English). */
    public static final class NotEmptyException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        public NotEmptyException(List<String> problems) {
            super("The journal is not empty: " + String.join(", ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Reading

    /**
     * Everything, as one consistent state of the file: the parts are read with the repositories, and read
     * again when another connection (the window, while the command line exports) committed in between.
     */
    public JournalSnapshot read() {
        for (int attempt = 1; ; attempt++) {
            long before = dataVersion();
            JournalSnapshot snapshot = readOnce();
            if (dataVersion() == before || attempt == READ_ATTEMPTS) {
                return snapshot;
            }
        }
    }

    private JournalSnapshot readOnce() {
        ContactRepository contacts = new ContactRepository(database);
        List<Contact> allContacts = contacts.findAll();
        List<Interaction> interactions = contacts.allInteractions();
        List<Session> sessions = new SessionRepository(database).all();
        List<WeeklyGoal> goals = new GoalRepository(database).list();
        List<Draft> drafts = new DraftRepository(database).list();
        List<Win> wins = new WinRepository(database).list();
        Map<String, String> settings = new SettingsRepository(database).loadAll();
        List<JournalSnapshot.Step> steps = StorageCalls.read(database, "Loading the steps", JournalSnapshots::steps);
        Strategy strategy = new StrategyRepository(database).load();
        List<MyNetwork> networks = new MyNetworkRepository(database).list();
        List<Post> posts = new PostRepository(database).list();
        List<GrowthSeries.StageChange> stageChanges = new StageChangeRepository(database).list();
        List<WeeklyReview> reviews = new WeeklyReviewRepository(database).list();
        return new JournalSnapshot(settings, steps, allContacts, interactions, sessions, goals, drafts, wins,
                strategy, networks, posts, stageChanges, reviews);
    }

    private long dataVersion() {
        return StorageCalls.read(database, "Reading the data version", connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("PRAGMA data_version")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static List<JournalSnapshot.Step> steps(Connection connection) throws SQLException {
        Map<Integer, List<ChecklistItem>> items = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, step_number, builtin_key, text, "
                + "checked, position FROM checklist_item ORDER BY step_number, position, id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                ChecklistItem item = new ChecklistItem(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5) == 1, rs.getInt(6));
                items.computeIfAbsent(item.stepNumber(), n -> new ArrayList<>()).add(item);
            }
        }
        List<JournalSnapshot.Step> steps = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT number, notes, marked_done, updated_at FROM step ORDER BY number");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                int number = rs.getInt(1);
                steps.add(new JournalSnapshot.Step(number, rs.getString(2), rs.getInt(3) == 1, rs.getString(4),
                        items.getOrDefault(number, List.of())));
            }
        }
        return steps;
    }

    // ---------------------------------------------------------------------------------------------------
    // Emptiness

    /** What makes the journal not empty, in English ("3 contacts", "notes of step 2"); empty when it is empty. */
    public List<String> emptinessProblems() {
        return StorageCalls.read(database, "Checking the journal", JournalSnapshots::problems);
    }

    static List<String> problems(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        String[][] tables = {{"contact", "contacts"}, {"interaction", "interactions"}, {"session", "sessions"},
                {"weekly_goal", "weekly goals"}, {"win", "wins"},
                // NetJournal's starter texts, untouched, are no data of the user's (a restore replaces them)
                {"draft WHERE id NOT IN (SELECT draft_id FROM draft_starter)", "drafts"},
                {"strategy_goal WHERE text <> '' OR by_when IS NOT NULL", "goal"},
                {"interesting_account", "interesting accounts"},
                {"my_network", "networks"},
                {"post", "posts"},
                {"weekly_review", "weekly reviews"}};
        try (Statement statement = connection.createStatement()) {
            for (String[] table : tables) {
                // table names and conditions are the constants above, not input
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table[0])) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        problems.add(rs.getLong(1) + " " + table[1]);
                    }
                }
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT number FROM step WHERE notes <> '' OR marked_done <> 0 ORDER BY number")) {
                while (rs.next()) {
                    problems.add("notes or the done mark of step " + rs.getInt(1));
                }
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT COUNT(*) FROM checklist_item WHERE text IS NOT NULL OR checked <> 0")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    problems.add(rs.getLong(1) + " checked or own checklist items");
                }
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------------------------------------------
    // Restoring

    /**
     * Writes the snapshot into this journal in one transaction: all of it, or (on any failure) nothing.
     *
     * @throws NotEmptyException        when the journal holds data already; nothing is written
     * @throws IllegalArgumentException when the snapshot contradicts itself (e.g. a session names a contact it
     *                                  does not hold); nothing is written
     */
    public void restoreIntoEmpty(JournalSnapshot snapshot) {
        check(snapshot);
        Map<Long, List<Interaction>> byContact = new HashMap<>();
        for (Interaction interaction : snapshot.interactions()) {
            byContact.computeIfAbsent(interaction.contactId(), id -> new ArrayList<>()).add(interaction);
        }
        JournalRestore.intoEmpty(database, restore -> {
            snapshot.settings().forEach(restore::setting);
            snapshot.steps().forEach(restore::step);
            for (Contact contact : snapshot.contacts()) {
                restore.contact(contact, byContact.getOrDefault(contact.id(), List.of()));
            }
            snapshot.sessions().forEach(restore::session);
            snapshot.goals().forEach(restore::goal);
            snapshot.drafts().forEach(restore::draft);
            snapshot.wins().forEach(restore::win);
            restore.strategyGoal(snapshot.strategy().goal());
            snapshot.strategy().targets().forEach(restore::target);
            snapshot.strategy().accounts().forEach(restore::interestingAccount);
            snapshot.strategy().starterDrafts().forEach((draft, code) -> restore.starterDraft(draft,
                    StarterText.fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                            "draft " + draft + " is marked as an unknown starter text " + code))));
            snapshot.networks().forEach(restore::network);
            snapshot.posts().forEach(restore::post);
            snapshot.stageChanges().forEach(restore::stageChange);
            snapshot.reviews().forEach(restore::review);
        });
    }

    /** References within the snapshot, checked before anything is written (the database checks them again). */
    private static void check(JournalSnapshot snapshot) {
        Set<Long> contacts = new HashSet<>();
        for (Contact contact : snapshot.contacts()) {
            require(contact.id() > 0 && contacts.add(contact.id()), "contact id " + contact.id() + " is not unique");
        }
        Set<Long> sessions = new HashSet<>();
        for (Session session : snapshot.sessions()) {
            require(session.id() > 0 && sessions.add(session.id()), "session id " + session.id() + " is not unique");
            for (TouchedContact touched : session.touched()) {
                require(contacts.contains(touched.contactId()),
                        "session " + session.id() + " names contact " + touched.contactId() + ", which is missing");
            }
        }
        for (GrowthSeries.StageChange change : snapshot.stageChanges()) {
            require(contacts.contains(change.contactId()),
                    "a stage change names contact " + change.contactId() + ", which is missing");
        }
        Set<Long> ids = new HashSet<>();
        for (Interaction interaction : snapshot.interactions()) {
            require(interaction.id() > 0 && ids.add(interaction.id()),
                    "interaction id " + interaction.id() + " is not unique");
            require(contacts.contains(interaction.contactId()),
                    "an interaction names contact " + interaction.contactId() + ", which is missing");
            require(interaction.sessionId() == null || sessions.contains(interaction.sessionId()),
                    "an interaction names session " + interaction.sessionId() + ", which is missing");
        }
        ids.clear();
        Set<Long> sessionsWithWin = new HashSet<>();
        for (Win win : snapshot.wins()) {
            require(win.id() > 0 && ids.add(win.id()), "win id " + win.id() + " is not unique");
            require(win.sessionId() == null || sessions.contains(win.sessionId()),
                    "a win names session " + win.sessionId() + ", which is missing");
            require(win.sessionId() == null || sessionsWithWin.add(win.sessionId()),
                    "session " + win.sessionId() + " has two wins");
        }
        ids.clear();
        for (Draft draft : snapshot.drafts()) {
            require(draft.id() > 0 && ids.add(draft.id()), "draft id " + draft.id() + " is not unique");
        }
        ids.clear();
        for (WeeklyGoal goal : snapshot.goals()) {
            require(goal.id() > 0 && ids.add(goal.id()), "goal id " + goal.id() + " is not unique");
            require(goal.since() != null, "goal " + goal.id() + " has no start day");
        }
        ids.clear();
        Set<Integer> steps = new HashSet<>();
        for (JournalSnapshot.Step step : snapshot.steps()) {
            require(step.number() >= 1 && step.number() <= StepDefinition.COUNT && steps.add(step.number()),
                    "step " + step.number() + " is not one of 1 to 7, once each");
            for (ChecklistItem item : step.items()) {
                require(item.id() > 0 && ids.add(item.id()), "checklist item id " + item.id() + " is not unique");
                require(item.stepNumber() == step.number(), "checklist item " + item.id() + " is in another step");
            }
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
