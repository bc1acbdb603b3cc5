package org.netjournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.netjournal.domain.Win;

/**
 * Wins, from sessions or noted on their own (step 7). A session's win is the win row with its
 * {@code sessionId}; {@link SessionRepository} writes and removes it with the session. Storage thread only;
 * failures are {@link StorageException}s.
 */
public final class WinRepository {

    private final JournalDatabase database;

    public WinRepository(JournalDatabase database) {
        this.database = database;
    }

    /** Every win, newest first (date descending, then id descending). */
    public List<Win> list() {
        return StorageCalls.read(database, "Loading wins", connection -> select(connection, "", null));
    }

    public Optional<Win> find(long winId) {
        return StorageCalls.read(database, "Loading win " + winId,
                connection -> select(connection, " WHERE id = ?", winId)).stream().findFirst();
    }

    /**
     * Adds a win ({@code id == 0}), replaces one, or stores a deleted one (returned by {@link #delete}) again
     * under its old id.
     *
     * @throws NoSuchElementException   when {@code sessionId} names no session
     * @throws IllegalArgumentException when that session already has another win (one per session)
     */
    public Win save(Win win) {
        return StorageCalls.write(database, "Saving a win", connection -> {
            if (win.sessionId() != null) {
                try (PreparedStatement check = connection.prepareStatement(
                        "SELECT (SELECT 1 FROM session WHERE id = ?), (SELECT id FROM win WHERE session_id = ?)")) {
                    check.setLong(1, win.sessionId());
                    check.setLong(2, win.sessionId());
                    try (ResultSet rs = check.executeQuery()) {
                        rs.next();
                        if (rs.getObject(1) == null) {
                            throw new NoSuchElementException("No session " + win.sessionId());
                        }
                        Long other = StorageCalls.getLong(rs, 2);
                        if (other != null && other != win.id()) {
                            throw new IllegalArgumentException("Session " + win.sessionId() + " already has a win");
                        }
                    }
                }
            }
            if (win.id() != 0) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE win SET date = ?, text = ?, session_id = ? WHERE id = ?")) {
                    bind(update, win);
                    update.setLong(4, win.id());
                    if (update.executeUpdate() > 0) {
                        return win;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO win (date, text, session_id, id) VALUES (?, ?, ?, ?) RETURNING id")) {
                bind(insert, win);
                StorageCalls.setLong(insert, 4, win.id() == 0 ? null : win.id());
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    return new Win(rs.getLong(1), win.date(), win.text(), win.sessionId());
                }
            }
        });
    }

    /** Adds a win of its own (no session). */
    public Win add(LocalDate date, String text) {
        return save(Win.of(date, text));
    }

    /** Deletes the win (a session's win too); returns it (save it again to undo), empty when there was none. */
    public Optional<Win> delete(long winId) {
        return StorageCalls.write(database, "Deleting win " + winId, connection -> {
            Optional<Win> found = select(connection, " WHERE id = ?", winId).stream().findFirst();
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM win WHERE id = ?")) {
                delete.setLong(1, winId);
                delete.executeUpdate();
            }
            return found;
        });
    }

    /** A win from before {@code today}, picked by {@code random}; empty when there is none yet. */
    public Optional<Win> randomPastWin(LocalDate today, RandomGenerator random) {
        return StorageCalls.read(database, "Picking a past win", connection -> {
            int count;
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM win WHERE date < ?")) {
                select.setString(1, today.toString());
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    count = rs.getInt(1);
                }
            }
            if (count == 0) {
                return Optional.empty();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT id, date, text, session_id FROM win "
                    + "WHERE date < ? ORDER BY date, id LIMIT 1 OFFSET ?")) {
                select.setString(1, today.toString());
                select.setInt(2, random.nextInt(count));
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    private static void bind(PreparedStatement statement, Win win) throws SQLException {
        statement.setString(1, win.date().toString());
        statement.setString(2, win.text());
        StorageCalls.setLong(statement, 3, win.sessionId());
    }

    private static List<Win> select(Connection connection, String where, Long id) throws SQLException {
        List<Win> wins = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, date, text, session_id FROM win" + where + " ORDER BY date DESC, id DESC")) {
            if (id != null) {
                select.setLong(1, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    wins.add(row(rs));
                }
            }
        }
        return wins;
    }

    private static Win row(ResultSet rs) throws SQLException {
        return new Win(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3), StorageCalls.getLong(rs, 4));
    }
}
