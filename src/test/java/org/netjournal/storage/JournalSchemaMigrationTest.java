package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.Session;
import org.netjournal.domain.TouchedContact;

/** Schema version 3 (journal): a version-2 journal is migrated in place and keeps its contacts. */
class JournalSchemaMigrationTest {

    @TempDir
    Path temp;

    @Test
    void aVersionTwoJournalIsMigratedAndKeepsItsContactsAndInteractions() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("data"));
        Files.createDirectories(folder.path());
        writeVersionTwoJournal(folder.databaseFile());

        try (JournalDatabase db = JournalDatabase.open(folder)) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, db.schemaVersion());
            assertTrue(JournalDatabase.SCHEMA_VERSION >= 3, "the journal is version 3");
            assertTrue(db.tableNames().containsAll(List.of("session", "session_network", "session_count",
                    "session_contact", "weekly_goal", "draft", "win", "contact", "interaction")),
                    db.tableNames().toString());
            ContactRepository contacts = new ContactRepository(db);
            Contact ada = contacts.findAll().get(0);
            assertEquals("Ada 🙂", ada.firstName());
            assertEquals(ComfortStage.COMMENT, ada.stage());
            Interaction old = contacts.interactionsOf(ada.id()).get(0);
            assertNull(old.sessionId(), "a session id from before sessions existed points nowhere: cleared");

            Session session = new SessionRepository(db).save(Session.startingAt(LocalDateTime.of(2026, 11, 2, 9, 0))
                    .withTouched(List.of(TouchedContact.of(ada.id()))));
            assertEquals(1, session.id(), "the first session");
            assertEquals(2, contacts.interactionsOf(ada.id()).size());
            new SessionRepository(db).delete(session.id());
            assertEquals(List.of(old), contacts.interactionsOf(ada.id()), "the old interaction was not adopted");
        }
        try (JournalDatabase reopened = JournalDatabase.open(folder)) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, reopened.schemaVersion());
            assertEquals(1, new ContactRepository(reopened).findAll().size(), "kept, and not migrated twice");
        }
    }

    @Test
    void aNewJournalHasTheJournalTablesIndexesAndTrigger() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("new")))) {
            assertEquals(List.of("interaction_by_session", "session_by_start", "session_contact_by_contact",
                    "weekly_goal_key", "win_by_date", "win_by_session"), strings(db, "SELECT name FROM sqlite_master "
                    + "WHERE type = 'index' AND name NOT LIKE 'sqlite_%' AND tbl_name IN ('session', "
                    + "'session_contact', 'weekly_goal', 'win', 'interaction') AND name <> "
                    + "'interaction_by_contact_date' ORDER BY name"));
            assertEquals(List.of("draft_edit_makes_it_yours", "session_deletes_its_interactions",
                            "stage_change_on_insert", "stage_change_on_update"),
                    strings(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE 'search%' "
                            + "ORDER BY name"));
            List<String> strict = strings(db, "SELECT name FROM pragma_table_list WHERE strict = 1 AND name IN "
                    + "('session', 'session_network', 'session_count', 'session_contact', 'weekly_goal', 'draft', "
                    + "'win') ORDER BY name");
            assertEquals(List.of("draft", "session", "session_contact", "session_count", "session_network",
                    "weekly_goal", "win"), strict);
        }
    }

    /** What version 2 left behind: scripts 001 and 002, user_version 2, a contact with an interaction. */
    private static void writeVersionTwoJournal(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            connection.setAutoCommit(false);
            statement.executeUpdate(script("migrations/001-steps-and-settings.sql"));
            statement.executeUpdate(script("migrations/002-contacts.sql"));
            statement.executeUpdate("PRAGMA user_version = 2");
            statement.executeUpdate("INSERT INTO contact (id, first_name, stage, created_at) "
                    + "VALUES (1, 'Ada 🙂', 'comment', '2025-01-01T00:00:00Z')");
            statement.executeUpdate("INSERT INTO interaction (contact_id, date, kind, note, session_id) "
                    + "VALUES (1, '2025-01-02', 'commented', 'old', 1)");
            connection.commit();
        }
    }

    private static String script(String resource) throws Exception {
        try (InputStream in = JournalDatabase.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> strings(JournalDatabase db, String sql) throws SQLException {
        return db.read(connection -> {
            List<String> values = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql);
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }
}
