package org.netjournal.storage;

import java.sql.SQLException;
import java.sql.Statement;

/** Makes a journal big enough that copying it takes a noticeable while (tests of backups that run beside typing). */
final class LargeJournal {

    private LargeJournal() {
    }

    /** Adds about {@code megabytes} MB of incompressible settings rows to the journal. */
    static void grow(JournalDatabase db, int megabytes) throws SQLException {
        int rows = megabytes * 500; // 2 KB of hex text each
        db.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO setting (key, value) WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL "
                        + "SELECT x + 1 FROM n WHERE x < " + rows + ") SELECT 'filler.' || x, hex(randomblob(1000)) FROM n");
            }
            return null;
        });
    }
}
