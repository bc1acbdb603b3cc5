package org.netjournal.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where automatic and manual backups go and how many automatic copies are kept. Stored in the journal's
 * settings; an empty {@link #folder()} means the default, {@code backups/} next to the journal, so that the
 * default follows the journal when it is moved.
 */
public record BackupPolicy(Optional<String> folder, int keepDaily, int keepWeekly) {

    public static final String FOLDER_SETTING = "backupFolder";
    public static final String KEEP_DAILY_SETTING = "backupKeepDaily";
    public static final String KEEP_WEEKLY_SETTING = "backupKeepWeekly";

    public static final int DEFAULT_DAILY = 7;
    public static final int DEFAULT_WEEKLY = 4;
    /** At least today's copy is kept: a retention of 0 daily copies would delete the copy just made. */
    public static final int MIN_DAILY = 1;
    public static final int MAX_DAILY = 365;
    public static final int MIN_WEEKLY = 0;
    public static final int MAX_WEEKLY = 260;

    public static final BackupPolicy DEFAULT = new BackupPolicy(Optional.empty(), DEFAULT_DAILY, DEFAULT_WEEKLY);

    public BackupPolicy {
        folder = folder.map(String::strip).filter(path -> !path.isEmpty());
        if (keepDaily < MIN_DAILY || keepDaily > MAX_DAILY) {
            throw new IllegalArgumentException("keepDaily out of range: " + keepDaily);
        }
        if (keepWeekly < MIN_WEEKLY || keepWeekly > MAX_WEEKLY) {
            throw new IllegalArgumentException("keepWeekly out of range: " + keepWeekly);
        }
    }

    /** Reads the stored settings; a missing or unusable value falls back to its default. */
    public static BackupPolicy fromSettings(Map<String, String> settings) {
        int daily = parseCount(settings.get(KEEP_DAILY_SETTING), MIN_DAILY, MAX_DAILY).orElse(DEFAULT_DAILY);
        int weekly = parseCount(settings.get(KEEP_WEEKLY_SETTING), MIN_WEEKLY, MAX_WEEKLY).orElse(DEFAULT_WEEKLY);
        return new BackupPolicy(Optional.ofNullable(settings.get(FOLDER_SETTING)), daily, weekly);
    }

    /** The settings to store; the folder is stored as "" when it is the default. */
    public Map<String, String> toSettings() {
        Map<String, String> settings = new HashMap<>();
        settings.put(FOLDER_SETTING, folder.orElse(""));
        settings.put(KEEP_DAILY_SETTING, Integer.toString(keepDaily));
        settings.put(KEEP_WEEKLY_SETTING, Integer.toString(keepWeekly));
        return settings;
    }

    public BackupPolicy withFolder(Optional<String> newFolder) {
        return new BackupPolicy(newFolder, keepDaily, keepWeekly);
    }

    public BackupPolicy withKeepDaily(int daily) {
        return new BackupPolicy(folder, daily, keepWeekly);
    }

    public BackupPolicy withKeepWeekly(int weekly) {
        return new BackupPolicy(folder, keepDaily, weekly);
    }

    /** A whole number within {@code min..max} as typed (surrounding blanks allowed), else empty. */
    public static OptionalInt parseCount(String text, int min, int max) {
        if (text == null || !text.strip().matches("\\d{1,6}")) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(text.strip());
        return value < min || value > max ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
