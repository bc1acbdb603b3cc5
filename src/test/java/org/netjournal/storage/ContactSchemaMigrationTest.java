package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Contact;
import org.netjournal.domain.InteractionKind;

/** Schema version 2 (contacts): a version-1 journal is migrated in place and keeps everything. */
class ContactSchemaMigrationTest {

    @TempDir
    Path temp;

    @Test
    void aVersionOneJournalIsMigratedAndKeepsItsStepNotes() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("data"));
        Files.createDirectories(folder.path());
        writeVersionOneJournal(folder.databaseFile());

        try (JournalDatabase db = JournalDatabase.open(folder)) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, db.schemaVersion());
            assertTrue(JournalDatabase.SCHEMA_VERSION >= 2, "contacts are version 2");
            assertTrue(db.tableNames().containsAll(List.of("step", "setting", "checklist_item", "contact",
                    "contact_profile", "contact_tag", "interaction")), db.tableNames().toString());
            assertEquals("Notes written by version 1 — äöü 🙂", new StepRepository(db).load(5).notes());
            assertEquals("de", new SettingsRepository(db).get("language").orElseThrow());

            ContactRepository contacts = new ContactRepository(db);
            Contact ada = contacts.save(Contact.named("Ada", "Lovelace"));
            contacts.addInteraction(ContactRepositoryTest.interaction(ada.id(), "2025-01-01", InteractionKind.LIKED));
            assertEquals(1, contacts.summaries().size());
        }
        try (JournalDatabase reopened = JournalDatabase.open(folder)) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, reopened.schemaVersion());
            assertEquals(1, new ContactRepository(reopened).findAll().size(), "kept, and not migrated twice");
        }
    }

    @Test
    void aNewJournalHasTheContactTablesAndIndexes() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("new")))) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, db.schemaVersion());
            List<String> indexes = strings(db, "SELECT name FROM sqlite_master WHERE type = 'index' "
                    + "AND name IN ('interaction_by_contact_date', 'contact_tag_by_tag') ORDER BY name");
            assertEquals(List.of("contact_tag_by_tag", "interaction_by_contact_date"), indexes);
            assertEquals(List.of("1"), strings(db, "PRAGMA foreign_keys"), "cascades need foreign keys on");
        }
    }

    @Test
    void theSchemaRefusesWhatTheCodeNeverWrites() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("checks")))) {
            new ContactRepository(db).save(Contact.named("Ada", ""));
            for (String bad : List.of(
                    "INSERT INTO interaction (contact_id, date, kind) VALUES (999, '2025-01-01', 'liked')",
                    "INSERT INTO interaction (contact_id, date, kind) VALUES (1, '1 Jan 2025', 'liked')",
                    "INSERT INTO contact_tag (contact_id, tag) VALUES (1, 'x'), (1, 'X')",
                    "INSERT INTO contact (first_name, created_at, connected_on) VALUES ('B', 'now', '12 Mar 2024')",
                    "INSERT INTO contact (first_name, created_at) VALUES (X'0102', 'now')")) {
                assertThrows(SQLException.class, () -> db.read(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        return statement.executeUpdate(bad);
                    }
                }), bad);
            }
        }
    }

    /** What version 1 of NetJournal left behind: its schema, user_version 1, WAL mode, some notes. */
    private static void writeVersionOneJournal(Path file) throws Exception {
        String script;
        try (InputStream in = JournalDatabase.class.getResourceAsStream("migrations/001-steps-and-settings.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            connection.setAutoCommit(false);
            statement.executeUpdate(script);
            statement.executeUpdate("PRAGMA user_version = 1");
            try (PreparedStatement notes = connection.prepareStatement("UPDATE step SET notes = ? WHERE number = 5");
                 PreparedStatement setting = connection.prepareStatement("INSERT INTO setting VALUES ('language', 'de')")) {
                notes.setString(1, "Notes written by version 1 — äöü 🙂");
                notes.executeUpdate();
                setting.executeUpdate();
            }
            connection.commit();
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
