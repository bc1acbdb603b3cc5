package org.netjournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netjournal.domain.Draft;
import org.netjournal.domain.Network;

/**
 * Reusable texts in the user's order. Storage thread only; failures are {@link StorageException}s.
 */
public final class DraftRepository {

    private final JournalDatabase database;

    public DraftRepository(JournalDatabase database) {
        this.database = database;
    }

    /** Every draft in the user's order. */
    public List<Draft> list() {
        return StorageCalls.read(database, "Loading drafts", connection -> select(connection, "", null));
    }

    /** The drafts for {@code network} and those for any network, in the user's order. */
    public List<Draft> forNetwork(Network network) {
        return list().stream().filter(d -> d.network() == null || d.network() == network).toList();
    }

    public Optional<Draft> find(long draftId) {
        return StorageCalls.read(database, "Loading draft " + draftId,
                connection -> select(connection, " WHERE id = ?", draftId)).stream().findFirst();
    }

    /**
     * Adds a new draft ({@code id == 0}) at the end, replaces an existing one in place, or puts a deleted one
     * (returned by {@link #delete}) back at the end under its old id.
     */
    public Draft save(Draft draft) {
        return StorageCalls.write(database, "Saving draft " + draft.id(), connection -> {
            if (draft.id() != 0) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE draft SET network = ?, title = ?, text = ? WHERE id = ?")) {
                    bind(update, draft);
                    update.setLong(4, draft.id());
                    if (update.executeUpdate() > 0) {
                        return draft;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO draft (network, title, text, "
                    + "position, id) VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM draft), ?) "
                    + "RETURNING id")) {
                bind(insert, draft);
                StorageCalls.setLong(insert, 4, draft.id() == 0 ? null : draft.id());
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    return draft.withId(rs.getLong(1));
                }
            }
        });
    }

    /** Deletes the draft; returns it (save it again to undo), empty when there was none. */
    public Optional<Draft> delete(long draftId) {
        return StorageCalls.write(database, "Deleting draft " + draftId, connection -> {
            Optional<Draft> found = select(connection, " WHERE id = ?", draftId).stream().findFirst();
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM draft WHERE id = ?")) {
                delete.setLong(1, draftId);
                delete.executeUpdate();
            }
            return found;
        });
    }

    /**
     * Moves the draft to {@code newIndex} in the list (clamped to the list), renumbering all positions in one
     * transaction.
     *
     * @throws NoSuchElementException when there is no such draft
     */
    public void move(long draftId, int newIndex) {
        StorageCalls.write(database, "Moving draft " + draftId, connection -> {
            List<Draft> drafts = new ArrayList<>(select(connection, "", null));
            Draft moving = drafts.stream().filter(d -> d.id() == draftId).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("No draft " + draftId));
            drafts.remove(moving);
            drafts.add(Math.max(0, Math.min(newIndex, drafts.size())), moving);
            try (PreparedStatement update = connection.prepareStatement("UPDATE draft SET position = ? WHERE id = ?")) {
                for (int i = 0; i < drafts.size(); i++) {
                    update.setInt(1, i);
                    update.setLong(2, drafts.get(i).id());
                    update.executeUpdate();
                }
            }
            return null;
        });
    }

    private static void bind(PreparedStatement statement, Draft draft) throws SQLException {
        StorageCalls.setText(statement, 1, draft.network() == null ? null : draft.network().code());
        statement.setString(2, draft.title());
        statement.setString(3, draft.text());
    }

    private static List<Draft> select(Connection connection, String where, Long id) throws SQLException {
        List<Draft> drafts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, network, title, text FROM draft" + where + " ORDER BY position, id")) {
            if (id != null) {
                select.setLong(1, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String network = rs.getString(2);
                    drafts.add(new Draft(rs.getLong(1),
                            network == null ? null : Network.fromCode(network).orElse(Network.OTHER),
                            rs.getString(3), rs.getString(4)));
                }
            }
        }
        return drafts;
    }
}
