package org.netjournal.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.netjournal.storage.UnreadableJournalException.Reason;
import org.sqlite.SQLiteConfig;

/**
 * SQLite's {@code PRAGMA quick_check}: reads every page of the journal and finds damage the header cannot show.
 * On a decade-old journal (50,000 contacts with their search index, ≈ 100 MB) it takes most of a second, so the
 * app runs it on its own read-only connection after the window is up (see app/BackgroundIntegrityCheck) rather
 * than before opening; the command line still runs it before opening (JournalFileInspector).
 */
public final class QuickCheck {

    private QuickCheck() {
    }

    /**
     * Checks the journal at {@code file} while the app has it open, on a read-only connection of its own (which
     * sees the WAL the app writes to and never writes the file). Throws {@link UnreadableJournalException} with
     * {@link Reason#DAMAGED} when SQLite finds damage.
     */
    public static void run(Path file) throws UnreadableJournalException {
        SqliteNativeLibrary.preferRuntimeCopy();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            check(statement, file);
        } catch (SQLException e) {
            throw new UnreadableJournalException(Reason.DAMAGED, file, e.getMessage(), e);
        }
    }

    /** Runs the check on {@code statement}'s connection to {@code file}. */
    static void check(Statement statement, Path file) throws SQLException, UnreadableJournalException {
        try (ResultSet rs = statement.executeQuery("PRAGMA quick_check(1)")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(result)) {
                throw new UnreadableJournalException(Reason.DAMAGED, file, result, null);
            }
        }
    }
}
