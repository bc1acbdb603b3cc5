package org.netjournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.ContactRules;
import org.netjournal.domain.Interaction;

/**
 * Logs interactions inside a caller's transaction, exactly as {@link ContactRepository#addInteraction} does
 * (same row, stage raised with {@link ContactRules#stageAfter}, never lowered). Used by
 * {@link SessionRepository} so a session and its interactions are written in one transaction.
 */
final class InteractionWriter implements AutoCloseable {

    private final PreparedStatement selectStage;
    private final PreparedStatement insert;
    private final PreparedStatement setStage;

    InteractionWriter(Connection connection) throws SQLException {
        selectStage = connection.prepareStatement("SELECT stage FROM contact WHERE id = ?");
        insert = connection.prepareStatement("INSERT INTO interaction "
                + "(contact_id, date, kind, network, note, session_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
        setStage = connection.prepareStatement("UPDATE contact SET stage = ? WHERE id = ?");
    }

    /** The contact's stored stage; empty when there is no such contact. */
    Optional<ComfortStage> stageOf(long contactId) throws SQLException {
        selectStage.setLong(1, contactId);
        try (ResultSet rs = selectStage.executeQuery()) {
            return rs.next()
                    ? Optional.of(ComfortStage.fromCode(rs.getString(1)).orElse(ComfortStage.OBSERVE))
                    : Optional.empty();
        }
    }

    /**
     * Inserts the interaction and raises the contact's stage.
     *
     * @return the interaction with its id
     * @throws NoSuchElementException when the contact does not exist
     */
    Interaction log(Interaction interaction) throws SQLException {
        ComfortStage current = stageOf(interaction.contactId())
                .orElseThrow(() -> new NoSuchElementException("No contact " + interaction.contactId()));
        insert.setLong(1, interaction.contactId());
        insert.setString(2, interaction.date().toString());
        insert.setString(3, interaction.kind().code());
        StorageCalls.setText(insert, 4, interaction.network() == null ? null : interaction.network().code());
        insert.setString(5, interaction.note());
        StorageCalls.setLong(insert, 6, interaction.sessionId());
        long id;
        try (ResultSet rs = insert.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        ComfortStage after = ContactRules.stageAfter(current, interaction.kind());
        if (after != current) {
            setStage.setString(1, after.code());
            setStage.setLong(2, interaction.contactId());
            setStage.executeUpdate();
        }
        return interaction.withIds(id, interaction.contactId());
    }

    @Override
    public void close() throws SQLException {
        selectStage.close();
        insert.close();
        setStage.close();
    }
}
