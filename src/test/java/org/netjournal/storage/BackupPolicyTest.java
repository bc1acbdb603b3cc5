package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.BackupPolicy;

/** The backup folder and retention chosen in Settings, stored in the journal and used by every backup. */
class BackupPolicyTest {

    @TempDir
    Path dir;

    private DataFolder folder() {
        return new DataFolder(dir.resolve("journal"));
    }

    @Test
    void withoutSettingsBackupsGoNextToTheJournalAndKeepSevenDailyAndFourWeekly() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            BackupService backups = BackupService.configured(db);
            assertEquals(folder().path().resolve("backups"), backups.backupFolder());
            assertEquals(BackupPolicy.DEFAULT, BackupPolicy.fromSettings(new SettingsRepository(db).loadAll()));
        }
    }

    @Test
    void aChosenFolderIsUsedByDailyAndManualBackups() throws Exception {
        Path chosen = dir.resolve("on another disk");
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            new SettingsRepository(db).putAll(BackupPolicy.DEFAULT.withFolder(Optional.of(chosen.toString()))
                    .toSettings());
            BackupService backups = BackupService.configured(db);
            assertEquals(chosen, backups.backupFolder());

            Path daily = backups.dailyBackup(LocalDate.of(2026, 11, 29)).orElseThrow();
            Path manual = backups.backupTo(backups.manualBackupFile(LocalDateTime.of(2026, 11, 29, 17, 0)));
            assertEquals(chosen, daily.getParent());
            assertEquals(chosen, manual.getParent());
            BackupService.check(daily);
            BackupService.check(manual);
            assertFalse(Files.exists(folder().path().resolve("backups")), "nothing in the default folder");
        }
    }

    @Test
    void theChosenRetentionDecidesHowManyAutomaticCopiesStay() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            new SettingsRepository(db).putAll(BackupPolicy.DEFAULT.withKeepDaily(3).withKeepWeekly(2).toSettings());
            BackupService backups = BackupService.configured(db);
            LocalDate first = LocalDate.of(2026, 9, 1); // a Tuesday
            for (int i = 0; i < 40; i++) {
                backups.dailyBackup(first.plusDays(i));
            }
            Path manual = backups.backupTo(backups.manualBackupFile(LocalDateTime.of(2026, 9, 2, 8, 0)));

            Set<String> kept = backups.automaticBackups().stream().map(file -> file.getFileName().toString())
                    .collect(Collectors.toSet());
            // the 3 newest days (Sat Oct 10 back to Thu Oct 8), then the newest remaining copy of each of the
            // next 2 calendar weeks: Wed Oct 7 (week of Oct 5) and Sun Oct 4 (week of Sep 28)
            assertEquals(Set.of("netjournal-2026-10-10.db", "netjournal-2026-10-09.db", "netjournal-2026-10-08.db",
                    "netjournal-2026-10-07.db", "netjournal-2026-10-04.db"), kept);
            assertTrue(Files.exists(manual), "a manual copy is never thinned out");
        }
    }

    @Test
    void theFolderCanBeResetToTheDefault() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            SettingsRepository settings = new SettingsRepository(db);
            BackupPolicy chosen = BackupPolicy.DEFAULT.withFolder(Optional.of(dir.resolve("x").toString()));
            settings.putAll(chosen.toSettings());
            settings.putAll(chosen.withFolder(Optional.empty()).toSettings());
            assertEquals(folder().path().resolve("backups"), BackupService.configured(db).backupFolder());
        }
    }

    @Test
    void countsAreWholeNumbersInTheirRangeAndBadStoredValuesFallBackToTheDefault() {
        assertEquals(OptionalInt.of(12), BackupPolicy.parseCount(" 12 ", 1, 365));
        for (String bad : List.of("", " ", "0", "366", "-1", "1.5", "3a", "seven", "9999999999")) {
            assertTrue(BackupPolicy.parseCount(bad, 1, 365).isEmpty(), bad);
        }
        assertEquals(OptionalInt.of(0), BackupPolicy.parseCount("0", 0, 260), "no weekly copies is a choice");
        assertTrue(BackupPolicy.parseCount(null, 0, 260).isEmpty());

        BackupPolicy fromJunk = BackupPolicy.fromSettings(Map.of(BackupPolicy.KEEP_DAILY_SETTING, "lots",
                BackupPolicy.KEEP_WEEKLY_SETTING, "-3", BackupPolicy.FOLDER_SETTING, "  "));
        assertEquals(BackupPolicy.DEFAULT, fromJunk);
        assertThrows(IllegalArgumentException.class, () -> BackupPolicy.DEFAULT.withKeepDaily(0),
                "today's copy is always kept");
    }
}
