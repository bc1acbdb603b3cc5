package org.netjournal.storage;

import java.util.LinkedHashMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.Session;
import org.netjournal.domain.SessionCounts;
import org.netjournal.domain.TouchedContact;
import org.netjournal.domain.Week;

/**
 * Journal sessions with their networks, counts, contacts touched and win.
 *
 * <p>Saving a session is one transaction that writes the session, its networks, counts and contacts, one
 * {@link Interaction} per touched contact (dated the session's day, of the contact's {@link TouchedContact#kind},
 * on the session's network when it used exactly one, with {@code sessionId} set, raising the contact's stage as
 * {@link ContactRepository#addInteraction} does) and the session's win as a row of the {@code win} table.
 * Editing replaces all of that: the interactions the session created are deleted and logged again (a stage
 * that was raised stays raised: stages never move down by themselves).
 *
 * <p>Storage thread only; failures are {@link StorageException}s like in {@link ContactRepository}.
 */
public final class SessionRepository {

    /** The stored form of {@link Session#start()}: local wall-clock time, minute precision, no zone. */
    static final DateTimeFormatter START_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    /** The stored network of counts not assigned to a network. */
    static final String UNASSIGNED = "";

    private static final String COLUMNS = "id, start, duration_minutes, energy_before, energy_after, how_it_felt, notes";

    private final JournalDatabase database;

    public SessionRepository(JournalDatabase database) {
        this.database = database;
    }

    /**
     * Writes the session and everything it implies in one transaction: a new session ({@code id == 0}) gets an
     * id; an existing one is replaced; a session with an id that is not stored (one returned by
     * {@link #delete}) is stored again under that id, which is how "undo delete" works.
     *
     * @return the session as stored, with its id
     * @throws NoSuchElementException when a touched contact does not exist; nothing is written
     */
    public Session save(Session session) {
        return StorageCalls.write(database, "Saving session " + session.id(), connection -> write(connection, session));
    }

    private static Session write(Connection connection, Session session) throws SQLException {
        long id = session.id();
        if (id == 0) {
            id = insertSession(connection, null, session);
        } else if (exists(connection, id)) {
            updateSession(connection, id, session);
            deleteChildren(connection, id);
        } else {
            insertSession(connection, id, session);
        }
        insertChildren(connection, id, session);
        writeWin(connection, id, session);
        return session.withId(id);
    }

    /**
     * Replaces a stored session like {@link #save} does, but never brings back a deleted one.
     *
     * @throws NoSuchElementException when no session has the id (e.g. deleted meanwhile) or a touched contact
     *                                does not exist; nothing is written
     */
    public Session update(Session session) {
        if (session.id() == 0) {
            throw new IllegalArgumentException("An unsaved session cannot be updated; save it");
        }
        return StorageCalls.write(database, "Updating session " + session.id(), connection -> {
            if (!exists(connection, session.id())) {
                throw new NoSuchElementException("No session " + session.id());
            }
            return write(connection, session);
        });
    }

    /**
     * Deletes the session, its networks, counts and contacts, the interactions it logged and its win, in one
     * transaction. Contacts keep their stage.
     *
     * @return the deleted session (save it again to undo), empty when there was none
     */
    public Optional<Session> delete(long sessionId) {
        return StorageCalls.write(database, "Deleting session " + sessionId, connection -> {
            List<Session> found = load(connection, " WHERE id = ?", sessionId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement deleteWin = connection.prepareStatement("DELETE FROM win WHERE session_id = ?");
                 PreparedStatement deleteInteractions = connection.prepareStatement(
                         "DELETE FROM interaction WHERE session_id = ?");
                 PreparedStatement deleteSession = connection.prepareStatement("DELETE FROM session WHERE id = ?")) {
                for (PreparedStatement statement : List.of(deleteWin, deleteInteractions, deleteSession)) {
                    statement.setLong(1, sessionId);
                    statement.executeUpdate();
                }
            }
            return Optional.of(found.get(0));
        });
    }

    public Optional<Session> find(long sessionId) {
        List<Session> found = StorageCalls.read(database, "Loading session " + sessionId,
                connection -> load(connection, " WHERE id = ?", sessionId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every session, newest first (start descending, then id descending). */
    public List<Session> all() {
        return StorageCalls.read(database, "Loading sessions", connection -> load(connection, ""));
    }

    /** The sessions whose local start date lies in {@code week}, newest first. */
    public List<Session> inWeek(Week week) {
        return between(week.startTime(), week.endTimeExclusive());
    }

    /** Sessions starting at or after {@code from} and before {@code toExclusive}, newest first. */
    public List<Session> between(LocalDateTime from, LocalDateTime toExclusive) {
        return StorageCalls.read(database, "Loading sessions", connection -> load(connection,
                " WHERE start >= ? AND start < ?", START_FORMAT.format(from), START_FORMAT.format(toExclusive)));
    }

    /** The session with the latest start (the one whose networks a new entry starts with). */
    public Optional<Session> lastSession() {
        List<Session> found = StorageCalls.read(database, "Loading the last session", connection -> load(connection,
                " WHERE id = (SELECT id FROM session ORDER BY start DESC, id DESC LIMIT 1)"));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The sessions in which {@code contactId} was touched, newest first. */
    public List<Session> withContact(long contactId) {
        return StorageCalls.read(database, "Loading sessions of contact " + contactId, connection -> load(connection,
                " WHERE id IN (SELECT session_id FROM session_contact WHERE contact_id = ?)", contactId));
    }

    // ---------------------------------------------------------------------------------------------------
    // Writing

    private static boolean exists(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM session WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Inserts the session row under {@code id}, or a new id when null; returns the id. */
    private static long insertSession(Connection connection, Long id, Session session) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO session (id, start, "
                + "duration_minutes, energy_before, energy_after, how_it_felt, notes) VALUES (?, ?, ?, ?, ?, ?, ?) "
                + "RETURNING id")) {
            StorageCalls.setLong(insert, 1, id);
            bindFields(insert, 2, session);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void updateSession(Connection connection, long id, Session session) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE session SET start = ?, "
                + "duration_minutes = ?, energy_before = ?, energy_after = ?, how_it_felt = ?, notes = ? WHERE id = ?")) {
            bindFields(update, 1, session);
            update.setLong(7, id);
            update.executeUpdate();
        }
    }

    private static void bindFields(PreparedStatement statement, int first, Session session) throws SQLException {
        statement.setString(first, START_FORMAT.format(session.start()));
        StorageCalls.setInt(statement, first + 1, session.durationMinutes());
        StorageCalls.setInt(statement, first + 2, session.energyBefore());
        StorageCalls.setInt(statement, first + 3, session.energyAfter());
        statement.setString(first + 4, session.howItFelt());
        statement.setString(first + 5, session.notes());
    }

    private static void deleteChildren(Connection connection, long id) throws SQLException {
        for (String sql : List.of("DELETE FROM session_network WHERE session_id = ?",
                "DELETE FROM session_count WHERE session_id = ?",
                "DELETE FROM session_contact WHERE session_id = ?",
                "DELETE FROM interaction WHERE session_id = ?")) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
        }
    }

    private static void insertChildren(Connection connection, long id, Session session) throws SQLException {
        try (PreparedStatement network = connection.prepareStatement(
                "INSERT INTO session_network (session_id, network) VALUES (?, ?)")) {
            for (Network used : session.networks()) {
                network.setLong(1, id);
                network.setString(2, used.code());
                network.executeUpdate();
            }
        }
        insertCounts(connection, id, session.counts());
        try (PreparedStatement contact = connection.prepareStatement(
                "INSERT INTO session_contact (session_id, contact_id, position, kind) VALUES (?, ?, ?, ?)");
             InteractionWriter interactions = new InteractionWriter(connection)) {
            int position = 0;
            for (TouchedContact touched : session.touched()) {
                // logs the interaction first: it names a missing contact clearly (NoSuchElementException)
                interactions.log(new Interaction(0, touched.contactId(), session.date(), touched.kind(),
                        session.interactionNetwork(), "", id));
                contact.setLong(1, id);
                contact.setLong(2, touched.contactId());
                contact.setInt(3, position++);
                contact.setString(4, touched.kind().code());
                contact.executeUpdate();
            }
        }
    }

    /** One row per network and action ({@link #UNASSIGNED}: counts not assigned to a network). */
    static void insertCounts(Connection connection, long id, SessionCounts counts) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "INSERT INTO session_count (session_id, network, action, count) VALUES (?, ?, ?, ?)")) {
            Map<String, Map<ActionKind, Integer>> rows = new LinkedHashMap<>();
            rows.put(UNASSIGNED, counts.unassigned());
            counts.byNetwork().forEach((network, ofNetwork) -> rows.put(network.code(), ofNetwork));
            for (Map.Entry<String, Map<ActionKind, Integer>> ofNetwork : rows.entrySet()) {
                for (Map.Entry<ActionKind, Integer> entry : ofNetwork.getValue().entrySet()) {
                    count.setLong(1, id);
                    count.setString(2, ofNetwork.getKey());
                    count.setString(3, entry.getKey().code());
                    count.setInt(4, entry.getValue());
                    count.executeUpdate();
                }
            }
        }
    }

    /** The session's win row follows the session: written, updated (date and text) or removed. */
    private static void writeWin(Connection connection, long id, Session session) throws SQLException {
        if (session.win() == null) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM win WHERE session_id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE win SET date = ?, text = ? WHERE session_id = ?")) {
            update.setString(1, session.date().toString());
            update.setString(2, session.win());
            update.setLong(3, id);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO win (date, text, session_id) VALUES (?, ?, ?)")) {
            insert.setString(1, session.date().toString());
            insert.setString(2, session.win());
            insert.setLong(3, id);
            insert.executeUpdate();
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Reading

    /** Sessions matching {@code where} (with its parameters), newest first, with all their parts. */
    private static List<Session> load(Connection connection, String where, Object... parameters) throws SQLException {
        String ids = "SELECT id FROM session" + where;
        Map<Long, Set<Network>> networks = new HashMap<>();
        each(connection, "SELECT session_id, network FROM session_network WHERE session_id IN (" + ids + ")",
                parameters, rs -> {
                    while (rs.next()) {
                        networks.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Network.class))
                                .add(Network.fromCode(rs.getString(2)).orElse(Network.OTHER));
                    }
                });
        Map<Long, SessionCounts> counts = new HashMap<>();
        each(connection, "SELECT session_id, network, action, count FROM session_count WHERE session_id IN ("
                + ids + ")", parameters, rs -> {
                    while (rs.next()) {
                        // an action kind of a newer version is left out rather than miscounted
                        Optional<ActionKind> action = ActionKind.fromCode(rs.getString(3));
                        if (action.isPresent()) {
                            Network network = rs.getString(2).isEmpty() ? null
                                    : Network.fromCode(rs.getString(2)).orElse(Network.OTHER);
                            SessionCounts known = counts.getOrDefault(rs.getLong(1), SessionCounts.NONE);
                            counts.put(rs.getLong(1), known.with(network, action.get(),
                                    known.on(network, action.get()) + rs.getInt(4)));
                        }
                    }
                });
        Map<Long, List<TouchedContact>> touched = new HashMap<>();
        each(connection, "SELECT session_id, contact_id, kind FROM session_contact WHERE session_id IN (" + ids
                + ") ORDER BY session_id, position", parameters, rs -> {
                    while (rs.next()) {
                        InteractionKind kind = InteractionKind.fromCode(rs.getString(3)).orElse(InteractionKind.OTHER);
                        touched.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new TouchedContact(rs.getLong(2), kind));
                    }
                });
        Map<Long, String> wins = new HashMap<>();
        each(connection, "SELECT session_id, text FROM win WHERE session_id IN (" + ids + ")", parameters, rs -> {
            while (rs.next()) {
                wins.put(rs.getLong(1), rs.getString(2));
            }
        });
        List<Session> sessions = new ArrayList<>();
        each(connection, "SELECT " + COLUMNS + " FROM session" + where + " ORDER BY start DESC, id DESC",
                parameters, rs -> {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        sessions.add(new Session(id, start(rs.getString(2)), StorageCalls.getInt(rs, 3),
                                networks.get(id), counts.get(id), StorageCalls.getInt(rs, 4),
                                StorageCalls.getInt(rs, 5), rs.getString(6), rs.getString(7), wins.get(id),
                                touched.get(id)));
                    }
                });
        return sessions;
    }

    private interface Rows {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a query with positional parameters and hands over its result set. */
    private static void each(Connection connection, String sql, Object[] parameters, Rows rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rows.read(rs);
            }
        }
    }

    private static LocalDateTime start(String text) throws SQLException {
        try {
            return LocalDateTime.parse(text, START_FORMAT);
        } catch (DateTimeParseException e) {
            throw new SQLException("Unreadable session start: " + text, e);
        }
    }
}
