package org.netjournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netjournal.domain.Network;
import org.netjournal.domain.Post;
import org.netjournal.domain.PostStatus;

/**
 * The post planner's posts with their networks. A post saved again keeps its id; a new one ({@code id == 0})
 * gets the next free one. Storage thread only; failures are {@link StorageException}s.
 */
public final class PostRepository {

    private final JournalDatabase database;

    public PostRepository(JournalDatabase database) {
        this.database = database;
    }

    /** Every post: undated ideas first, then by date, newest last; ties by id. */
    public List<Post> list() {
        return StorageCalls.read(database, "Loading posts", connection -> load(connection, ""));
    }

    public Optional<Post> find(long postId) {
        List<Post> found = StorageCalls.read(database, "Loading post " + postId,
                connection -> load(connection, " WHERE id = " + postId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Inserts a new post (or one restored under its old id) or updates an existing one, with its networks. */
    public Post save(Post post) {
        return StorageCalls.write(database, "Saving post " + post.id(), connection -> write(connection, post));
    }

    /** Writes {@code post} in the caller's transaction (also used by the restore). */
    static Post write(Connection connection, Post post) throws SQLException {
        // no UPSERT: its conflict handling would override the search triggers' INSERT OR IGNORE
        long id = post.id();
        int updated = 0;
        if (id > 0) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE post SET status = ?, text = ?, "
                    + "date = ?, link = ?, relates_to_goal = ?, session_id = ? WHERE id = ?")) {
                bind(update, 1, post);
                update.setLong(7, id);
                updated = update.executeUpdate();
            }
        }
        if (updated == 0) {
            // a post given back after its delete loses a session deleted meanwhile
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO post (status, text, date, "
                    + "link, relates_to_goal, session_id, id) VALUES (?, ?, ?, ?, ?, "
                    + "(SELECT id FROM session WHERE id = ?), ?) RETURNING id, session_id")) {
                bind(insert, 1, post);
                StorageCalls.setLong(insert, 7, id == 0 ? null : id);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                    long session = rs.getLong(2);
                    post = post.withSessionId(rs.wasNull() ? null : session);
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM post_network WHERE post_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO post_network (post_id, network) VALUES (?, ?)")) {
            for (Network network : post.networks()) {
                insert.setLong(1, id);
                insert.setString(2, network.code());
                insert.executeUpdate();
            }
        }
        return post.withId(id);
    }

    private static void bind(PreparedStatement statement, int first, Post post) throws SQLException {
        statement.setString(first, post.status().code());
        statement.setString(first + 1, post.text());
        statement.setString(first + 2, post.date() == null ? null : post.date().toString());
        statement.setString(first + 3, post.link());
        statement.setInt(first + 4, post.relatesToGoal() ? 1 : 0);
        StorageCalls.setLong(statement, first + 5, post.sessionId());
    }

    /** Deletes the post; empty when there was none. */
    public Optional<Post> delete(long postId) {
        return StorageCalls.write(database, "Deleting post " + postId, connection -> {
            List<Post> found = load(connection, " WHERE id = " + postId);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM post WHERE id = ?")) {
                delete.setLong(1, postId);
                delete.executeUpdate();
            }
            return found.isEmpty() ? Optional.<Post>empty() : Optional.of(found.get(0));
        });
    }

    /**
     * Links the posts to the session they were posted in (the session lists them instead of counting them
     * again); returns them as stored.
     */
    public List<Post> linkToSession(List<Long> postIds, long sessionId) {
        return StorageCalls.write(database, "Linking posts to session " + sessionId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE post SET session_id = ? WHERE id = ?")) {
                for (long postId : postIds) {
                    update.setLong(1, sessionId);
                    update.setLong(2, postId);
                    update.executeUpdate();
                }
            }
            return load(connection, " WHERE session_id = " + sessionId);
        });
    }

    private static List<Post> load(Connection connection, String where) throws SQLException {
        Map<Long, Set<Network>> networks = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT post_id, network FROM post_network WHERE post_id IN (SELECT id FROM post" + where + ")");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                networks.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Network.class))
                        .add(Network.fromCode(rs.getString(2)).orElse(Network.OTHER));
            }
        }
        List<Post> posts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, status, text, date, link, "
                + "relates_to_goal, session_id FROM post" + where + " ORDER BY date IS NOT NULL, date, id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                // a status of a newer version is shown as an idea rather than counted
                PostStatus status = PostStatus.fromCode(rs.getString(2)).orElse(PostStatus.IDEA);
                posts.add(new Post(id, status, rs.getString(3), networks.get(id), date(rs.getString(4)),
                        rs.getString(5), rs.getInt(6) == 1, StorageCalls.getLong(rs, 7)));
            }
        }
        return posts;
    }

    private static LocalDate date(String text) throws SQLException {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new SQLException("Unreadable post date: " + text, e);
        }
    }
}
