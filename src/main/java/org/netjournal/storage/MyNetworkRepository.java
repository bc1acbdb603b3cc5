package org.netjournal.storage;

import java.util.Optional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.Network;
import org.netjournal.domain.NetworkCheck;

/**
 * The user's networks (steps 2 and 3) in the user's order. Storage thread only; failures are
 * {@link StorageException}s.
 */
public final class MyNetworkRepository {

    /**
     * Chooses the networks a journal from before step 2 names (its sessions, goals, drafts, contacts' profile links
     * and interactions), most named first: migration 007's own statement, read from it, so that an old JSON export
     * restored ({@link JournalRestore}) gets the same networks as the upgraded journal it came from.
     */
    static String chosenFromNames() {
        String migration = JournalDatabase.readScript("migrations/007-networks.sql");
        int start = migration.indexOf("INSERT INTO my_network (network, position)");
        if (start < 0) {
            throw new IllegalStateException("migration 007 no longer chooses the networks of an old journal");
        }
        return migration.substring(start, migration.indexOf(';', start));
    }

    private final JournalDatabase database;

    public MyNetworkRepository(JournalDatabase database) {
        this.database = database;
    }

    /** Every network the user picked or added, chosen or not any more, in the user's order. */
    public List<MyNetwork> list() {
        return StorageCalls.read(database, "Loading my networks", MyNetworkRepository::select);
    }

    /**
     * Adds a network ({@code id == 0}; a built-in one already in the list is updated instead, so a network is
     * never there twice), or replaces one with everything it holds, checklist included. A deleted network given
     * back (from {@link #delete}) is stored under its old id again.
     */
    public MyNetwork save(MyNetwork network) {
        return StorageCalls.write(database, "Saving network " + network.network().code(), connection -> {
            long id = network.id();
            if (id == 0 && !network.isCustom()) {
                try (PreparedStatement find = connection.prepareStatement(
                        "SELECT id FROM my_network WHERE network = ?")) {
                    find.setString(1, network.network().code());
                    try (ResultSet rs = find.executeQuery()) {
                        id = rs.next() ? rs.getLong(1) : 0;
                    }
                }
            }
            boolean updated = false;
            if (id != 0) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE my_network SET network = ?, "
                        + "custom_name = ?, chosen = ?, why = ?, profile_link = ?, reviewed_on = ? WHERE id = ?")) {
                    bind(update, network);
                    update.setLong(7, id);
                    updated = update.executeUpdate() > 0;
                }
            }
            if (!updated) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO my_network (network, "
                        + "custom_name, chosen, why, profile_link, reviewed_on, position, id) VALUES (?, ?, ?, ?, ?, ?, "
                        + "(SELECT COALESCE(MAX(position), -1) + 1 FROM my_network), ?) RETURNING id")) {
                    bind(insert, network);
                    StorageCalls.setLong(insert, 7, id == 0 ? null : id);
                    try (ResultSet rs = insert.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
            }
            writeChecks(connection, id, network.checked());
            return network.withId(id);
        });
    }

    /** Chooses or un-chooses a network; its words and ticks stay either way. */
    public void setChosen(long id, boolean chosen) {
        update(id, "chosen", chosen ? 1 : 0);
    }

    public void saveWhy(long id, String why) {
        update(id, "why", why == null ? "" : why);
    }

    /** The profile link as typed, word for word (it is repaired when read: {@link MyNetwork#profile()}). */
    public void saveProfileLink(long id, String text) {
        update(id, "profile_link", text == null ? "" : text);
    }

    /** Renames a network of the user's own. */
    public void rename(long id, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A network of your own needs a name");
        }
        update(id, "custom_name", name.strip());
    }

    public void setReviewedOn(long id, LocalDate date) {
        update(id, "reviewed_on", date == null ? null : date.toString());
    }

    public void setChecked(long id, NetworkCheck check, boolean checked) {
        StorageCalls.write(database, "Ticking " + check.code(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(checked
                    ? "INSERT OR IGNORE INTO my_network_check (my_network_id, item) VALUES (?, ?)"
                    : "DELETE FROM my_network_check WHERE my_network_id = ? AND item = ?")) {
                statement.setLong(1, id);
                statement.setString(2, check.code());
                statement.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes a network with its ticks; returns it (save it again to undo). */
    public Optional<MyNetwork> delete(long id) {
        return StorageCalls.write(database, "Deleting network " + id, connection -> {
            Optional<MyNetwork> found = select(connection).stream().filter(n -> n.id() == id).findFirst();
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM my_network WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return found;
        });
    }

    private void update(long id, String column, Object value) {
        StorageCalls.write(database, "Saving network " + id, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE my_network SET " + column + " = ? WHERE id = ?")) {
                update.setObject(1, value);
                update.setLong(2, id);
                if (update.executeUpdate() == 0) {
                    throw new NoSuchElementException("No network " + id);
                }
            }
            return null;
        });
    }

    private static void writeChecks(Connection connection, long id, Set<NetworkCheck> checked) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement(
                "DELETE FROM my_network_check WHERE my_network_id = ?")) {
            clear.setLong(1, id);
            clear.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO my_network_check (my_network_id, item) VALUES (?, ?)")) {
            for (NetworkCheck check : checked) {
                insert.setLong(1, id);
                insert.setString(2, check.code());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement statement, MyNetwork network) throws SQLException {
        statement.setString(1, network.network().code());
        statement.setString(2, network.customName());
        statement.setInt(3, network.chosen() ? 1 : 0);
        statement.setString(4, network.why());
        statement.setString(5, network.profileLink());
        StorageCalls.setText(statement, 6, network.reviewedOn() == null ? null : network.reviewedOn().toString());
    }

    static List<MyNetwork> select(Connection connection) throws SQLException {
        Map<Long, Set<NetworkCheck>> checks = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT my_network_id, item FROM my_network_check");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                // an item a newer version wrote is skipped, not guessed
                NetworkCheck.fromCode(rs.getString(2)).ifPresent(check ->
                        checks.computeIfAbsent(id, key -> EnumSet.noneOf(NetworkCheck.class)).add(check));
            }
        }
        List<MyNetwork> networks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, network, custom_name, chosen, why, "
                + "profile_link, reviewed_on FROM my_network ORDER BY position, id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Network network = Network.fromCode(rs.getString(2)).orElse(Network.OTHER);
                String name = rs.getString(3);
                if (network == Network.OTHER && name.isEmpty()) {
                    name = rs.getString(2); // a network code from a newer version: shown by its code
                }
                String reviewed = rs.getString(7);
                networks.add(new MyNetwork(id, network, network == Network.OTHER ? name : "", rs.getInt(4) == 1,
                        rs.getString(5), rs.getString(6), reviewed == null ? null : LocalDate.parse(reviewed),
                        checks.getOrDefault(id, Set.of())));
            }
        }
        return networks;
    }
}
