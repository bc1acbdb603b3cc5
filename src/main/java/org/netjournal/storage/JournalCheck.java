package org.netjournal.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netjournal.storage.UnreadableJournalException.Reason;

/**
 * {@code netjournal check}: looks at a closed journal without writing to it. Takes the journal's lock (so it
 * never looks at a file another NetJournal is writing), inspects the header, runs SQLite's full
 * {@code integrity_check} (including a WAL left by a crash) and counts the rows of the main tables.
 */
public final class JournalCheck {

    /** The tables a user thinks of, in the order they are reported. */
    public static final List<String> MAIN_TABLES = List.of("step", "checklist_item", "contact", "interaction",
            "session", "weekly_goal", "draft", "win", "setting");

    /**
     * What {@link #run} found in a sound journal; {@code health} says whether it looks lost (empty or schema 0
     * with backups next to it, or after an unclean end) and which backup is the newest.
     */
    public record Report(Path file, long sizeBytes, int schemaVersion, Map<String, Long> rows,
                         JournalHealth.Assessment health) {

        /** True when the file is older than this build; it is upgraded the next time it is opened. */
        public boolean needsUpgrade() {
            return schemaVersion < JournalDatabase.SCHEMA_VERSION;
        }
    }

    private JournalCheck() {
    }

    /**
     * Checks the journal in {@code folder}.
     *
     * @return empty when there is no journal file (nothing to check)
     * @throws UnreadableJournalException when the journal is damaged, newer, not ours, unreadable or in use
     */
    public static Optional<Report> run(DataFolder folder) throws UnreadableJournalException, IOException {
        Path file = folder.databaseFile();
        if (!Files.isDirectory(folder.path()) || !Files.exists(file)) {
            return Optional.empty();
        }
        try (JournalLock lock = JournalLock.tryAcquire(folder).orElseThrow(() -> new UnreadableJournalException(
                Reason.IN_USE, file, "held by another NetJournal", null))) {
            JournalFileInspector.inspect(file, JournalDatabase.SCHEMA_VERSION);
            JournalHealth.Assessment health = JournalHealth.assess(folder, UncleanEnd.detected(folder));
            long size = Files.size(file);
            if (size == 0) {
                return Optional.of(new Report(file, 0, 0, Map.of(), health));
            }
            return Optional.of(checkContent(file, size, health));
        }
    }

    private static Report checkContent(Path file, long size, JournalHealth.Assessment health)
            throws UnreadableJournalException {
        // a WAL left by a crash belongs to the journal: read it too (we hold the lock, nobody else writes)
        try (Connection connection = JournalFileInspector.readOnlyConnection(file);
             Statement statement = connection.createStatement()) {
            int version;
            try (ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > JournalDatabase.SCHEMA_VERSION) {
                throw new UnreadableJournalException(Reason.NEWER_VERSION, file, "schema " + version, null);
            }
            try (ResultSet rs = statement.executeQuery("PRAGMA integrity_check(20)")) {
                StringBuilder problems = new StringBuilder();
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (!"ok".equalsIgnoreCase(line)) {
                        problems.append(problems.isEmpty() ? "" : "; ").append(line);
                    }
                }
                if (!problems.isEmpty()) {
                    throw new UnreadableJournalException(Reason.DAMAGED, file, problems.toString(), null);
                }
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            List<String> present = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
            for (String table : MAIN_TABLES) {
                if (present.contains(table)) {
                    // table names come from the constant list above, never from input
                    try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rows.put(table, rs.next() ? rs.getLong(1) : 0L);
                    }
                }
            }
            return new Report(file, size, version, rows, health);
        } catch (SQLException e) {
            throw new UnreadableJournalException(Reason.DAMAGED, file, e.getMessage(), e);
        }
    }
}
