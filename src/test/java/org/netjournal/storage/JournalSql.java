package org.netjournal.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * For tests in other packages: raw SQL on an open journal's own connection (to set up a situation such as a full
 * disk, or to look at rows). Production code has no such door: outside {@code storage} nobody talks to SQLite.
 */
public final class JournalSql {

    private JournalSql() {
    }

    /** Work on the journal's connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    public static <T> T read(JournalDatabase database, Work<T> work) throws SQLException {
        return database.read(work::apply);
    }

    public static <T> T inTransaction(JournalDatabase database, Work<T> work) throws SQLException {
        return database.inTransaction(work::apply);
    }

    /** Runs {@code PRAGMA <pragma>}, e.g. {@code max_page_count = 1}. */
    public static void pragma(JournalDatabase database, String pragma) throws SQLException {
        database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA " + pragma);
            }
            return null;
        });
    }
}
