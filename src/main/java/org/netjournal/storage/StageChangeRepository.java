package org.netjournal.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.GrowthSeries.StageChange;

/**
 * The recorded stage changes (version 9 on): the database's triggers write them whenever a contact is added or its
 * stage moves, one row per contact and day. Read only here. Storage thread only; failures are
 * {@link StorageException}s.
 */
public final class StageChangeRepository {

    private final JournalDatabase database;

    public StageChangeRepository(JournalDatabase database) {
        this.database = database;
    }

    /** Every recorded change, by contact and date. A stage this version does not know reads as its lowest. */
    public List<StageChange> list() {
        return StorageCalls.read(database, "Loading stage changes", connection -> {
            List<StageChange> changes = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT contact_id, date, stage FROM stage_change ORDER BY contact_id, date");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    changes.add(new StageChange(rs.getLong(1), LocalDate.parse(rs.getString(2)),
                            ComfortStage.fromCode(rs.getString(3)).orElse(ComfortStage.OBSERVE)));
                }
            }
            return changes;
        });
    }
}
