package org.netjournal.storage;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** A journal file as an earlier version of NetJournal left it, for the upgrade tests. */
final class OldJournal {

    private OldJournal() {
    }

    /** A new data folder at {@code where} holding a journal of {@code version} (see {@link #create}). */
    static DataFolder folder(Path where, int version, String... statements) throws Exception {
        DataFolder folder = new DataFolder(where);
        Files.createDirectories(folder.path());
        create(folder.databaseFile(), version, statements);
        return folder;
    }

    /** Writes {@code file} with the first {@code version} migrations and then {@code statements}, in one go. */
    static void create(Path file, int version, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            connection.setAutoCommit(false);
            for (String script : JournalDatabase.MIGRATIONS.subList(0, version)) {
                try (InputStream in = JournalDatabase.class.getResourceAsStream(script)) {
                    statement.executeUpdate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            statement.executeUpdate("PRAGMA user_version = " + version);
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
            connection.commit();
        }
    }
}
