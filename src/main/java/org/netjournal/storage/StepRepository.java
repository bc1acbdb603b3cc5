package org.netjournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.StepDefinition;
import org.netjournal.domain.StepRecord;

/**
 * The seven steps: notes, the hand-set done mark and the checklists. Storage thread only; failures are
 * {@link StorageException}s.
 */
public final class StepRepository {

    private final JournalDatabase database;

    public StepRepository(JournalDatabase database) {
        this.database = database;
    }

    /**
     * Makes sure every built-in checklist item exists. Idempotent; run at start so that items added in a
     * later release appear in existing journals without a migration of their own.
     */
    public void ensureBuiltInItems() {
        StorageCalls.write(database, "Adding the built-in checklist items", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO checklist_item (step_number, builtin_key, position) "
                            + "SELECT ?, ?, ? WHERE NOT EXISTS "
                            + "(SELECT 1 FROM checklist_item WHERE step_number = ? AND builtin_key = ?)")) {
                for (StepDefinition step : StepDefinition.values()) {
                    List<String> keys = step.builtInItemKeys();
                    for (int i = 0; i < keys.size(); i++) {
                        insert.setInt(1, step.number());
                        insert.setString(2, keys.get(i));
                        insert.setInt(3, i - keys.size()); // built-ins first, before the user's own items
                        insert.setInt(4, step.number());
                        insert.setString(5, keys.get(i));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    public List<StepRecord> loadAll() {
        return StorageCalls.read(database, "Loading the steps", connection -> {
            Map<Integer, List<ChecklistItem>> items = loadItems(connection);
            List<StepRecord> steps = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT number, notes, marked_done FROM step ORDER BY number");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    int number = rs.getInt(1);
                    steps.add(new StepRecord(number, rs.getString(2), rs.getInt(3) == 1,
                            items.getOrDefault(number, List.of())));
                }
            }
            return steps;
        });
    }

    public StepRecord load(int stepNumber) {
        return loadAll().stream().filter(step -> step.number() == stepNumber).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No step " + stepNumber));
    }

    private static Map<Integer, List<ChecklistItem>> loadItems(Connection connection) throws SQLException {
        Map<Integer, List<ChecklistItem>> items = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, step_number, builtin_key, text, checked, position FROM checklist_item "
                        + "ORDER BY step_number, position, id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                ChecklistItem item = new ChecklistItem(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5) == 1, rs.getInt(6));
                items.computeIfAbsent(item.stepNumber(), n -> new ArrayList<>()).add(item);
            }
        }
        return items;
    }

    public void saveNotes(int stepNumber, String notes) {
        update("UPDATE step SET notes = ?, updated_at = ? WHERE number = ?", notes, now(), stepNumber);
    }

    public void setMarkedDone(int stepNumber, boolean markedDone) {
        update("UPDATE step SET marked_done = ?, updated_at = ? WHERE number = ?", markedDone ? 1 : 0, now(),
                stepNumber);
    }

    /** Adds a user's own item at the end of the step's list and returns it with its id. */
    public ChecklistItem addItem(int stepNumber, String text) {
        String trimmed = requireText(text);
        return StorageCalls.write(database, "Adding a checklist item", connection -> {
            int position;
            try (PreparedStatement max = connection.prepareStatement(
                    "SELECT COALESCE(MAX(position), -1) + 1 FROM checklist_item WHERE step_number = ?")) {
                max.setInt(1, stepNumber);
                try (ResultSet rs = max.executeQuery()) {
                    rs.next();
                    position = Math.max(0, rs.getInt(1));
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO checklist_item (step_number, text, position) VALUES (?, ?, ?)")) {
                insert.setInt(1, stepNumber);
                insert.setString(2, trimmed);
                insert.setInt(3, position);
                insert.executeUpdate();
            }
            long id;
            try (PreparedStatement lastId = connection.prepareStatement("SELECT last_insert_rowid()");
                 ResultSet rs = lastId.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            return new ChecklistItem(id, stepNumber, null, trimmed, false, position);
        });
    }

    public void setChecked(long itemId, boolean checked) {
        update("UPDATE checklist_item SET checked = ? WHERE id = ?", checked ? 1 : 0, itemId);
    }

    /** Renames a user's own item; built-in items keep their translated label. */
    public void renameItem(long itemId, String text) {
        update("UPDATE checklist_item SET text = ? WHERE id = ? AND builtin_key IS NULL", requireText(text), itemId);
    }

    /** Removes a user's own item; built-in items define the step and stay. */
    public void removeItem(long itemId) {
        update("DELETE FROM checklist_item WHERE id = ? AND builtin_key IS NULL", itemId);
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A checklist item needs some text");
        }
        return text.strip();
    }

    private void update(String sql, Object... parameters) {
        StorageCalls.write(database, "Saving a step", connection -> { // a write: checked like every write (see JournalDatabase)
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
            return null;
        });
    }

    private static String now() {
        return Instant.now().toString();
    }
}
