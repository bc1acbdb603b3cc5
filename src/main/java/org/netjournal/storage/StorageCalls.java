package org.netjournal.storage;

import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Plumbing shared by the journal repositories: unchecked failures and binding of nullable values. */
final class StorageCalls {

    private StorageCalls() {
    }

    /** Runs {@code work} in one transaction; a failing statement becomes a {@link StorageException}. */
    static <T> T write(JournalDatabase database, String what, JournalDatabase.SqlWork<T> work) {
        try {
            return database.inTransaction(work);
        } catch (SQLException e) {
            throw StorageException.of(what, e);
        }
    }

    /** Several queries that must see the same state of the file (one read transaction, one snapshot). */
    static <T> T readConsistently(JournalDatabase database, String what, JournalDatabase.SqlWork<T> work) {
        return write(database, what, work);
    }

    static <T> T read(JournalDatabase database, String what, JournalDatabase.SqlWork<T> work) {
        try {
            return database.read(work);
        } catch (SQLException e) {
            throw StorageException.of(what, e);
        }
    }

    static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    static Integer getInt(ResultSet rs, int index) throws SQLException {
        int value = rs.getInt(index);
        return rs.wasNull() ? null : value;
    }

    static Long getLong(ResultSet rs, int index) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? null : value;
    }
}
