package org.netjournal.app;

import java.util.List;
import java.util.Map;
import org.netjournal.domain.StepRecord;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.DraftRepository;
import org.netjournal.storage.GoalRepository;
import org.netjournal.storage.SessionRepository;
import org.netjournal.storage.WinRepository;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.storage.StepRepository;

/** Everything loaded on the storage thread before the window is built. */
record OpenedJournal(DataFolder folder, JournalDatabase database, StepRepository steps, SettingsRepository settings,
                     ContactRepository contacts, SessionRepository sessions, GoalRepository goals, WinRepository wins,
                     DraftRepository drafts, Map<String, String> settingValues, List<StepRecord> stepRecords) {

    /**
     * Opens, migrates and loads the journal. Runs on the storage thread. A journal that looks lost is left
     * untouched and reported as {@link org.netjournal.storage.LostJournalException}: the user chooses first.
     */
    static OpenedJournal open(DataFolder folder) throws Exception {
        return open(folder, false);
    }

    /** Like {@link #open(DataFolder)}; {@code startFresh}: the user chose a new journal over a lost one's backups. */
    static OpenedJournal open(DataFolder folder, boolean startFresh) throws Exception {
        folder.prepare();
        AppLogging.configure(folder.logFile());
        StartupProbe.mark("open-journal");
        JournalDatabase database = JournalDatabase.openForWindow(folder, startFresh);
        StartupProbe.mark("database-open");
        try {
            StepRepository steps = new StepRepository(database);
            SettingsRepository settings = new SettingsRepository(database);
            steps.ensureBuiltInItems();
            return new OpenedJournal(folder, database, steps, settings, new ContactRepository(database),
                    new SessionRepository(database), new GoalRepository(database), new WinRepository(database),
                    new DraftRepository(database), settings.loadAll(), steps.loadAll());
        } catch (Exception e) {
            database.close();
            throw e;
        }
    }
}
