package org.netjournal.storage;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.netjournal.domain.BackupPolicy;

/**
 * Small key/value settings (language, theme, window bounds) kept in the journal itself. Storage thread only;
 * failures are {@link StorageException}s.
 */
public final class SettingsRepository {

    private final JournalDatabase database;

    public SettingsRepository(JournalDatabase database) {
        this.database = database;
    }

    public Map<String, String> loadAll() {
        return StorageCalls.read(database, "Loading the settings", connection -> {
            Map<String, String> settings = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT key, value FROM setting");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    settings.put(rs.getString(1), rs.getString(2));
                }
            }
            return settings;
        });
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(loadAll().get(key));
    }

    /** Writes all entries in one transaction. */
    public void putAll(Map<String, String> entries) {
        StorageCalls.write(database, "Saving the settings", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, ?) "
                            + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                for (Map.Entry<String, String> entry : entries.entrySet()) {
                    upsert.setString(1, entry.getKey());
                    upsert.setString(2, entry.getValue());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
        if (entries.containsKey(BackupPolicy.FOLDER_SETTING)) {
            rememberBackupFolder();
        }
    }

    /** The chosen backup folder is also noted outside the journal: a journal that lost its content lost it too. */
    private void rememberBackupFolder() {
        try {
            BackupFolderNote.remember(database.folder(), BackupPolicy.fromSettings(loadAll()));
        } catch (IOException e) {
            // the setting is saved; the next daily backup tries the note again
            Logger.getLogger(SettingsRepository.class.getName())
                    .log(Level.WARNING, "Cannot note the backup folder in " + BackupFolderNote.FILE_NAME, e);
        }
    }

    public void put(String key, String value) {
        putAll(Map.of(key, value));
    }
}
