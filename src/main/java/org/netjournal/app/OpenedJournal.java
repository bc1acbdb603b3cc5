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

    /** Opens, migrates and loads the journal. Runs on the storage thread. */
    static OpenedJournal open(DataFolder folder) throws Exception {
        folder.prepare();
        AppLogging.configure(folder.logFile());
        StartupProbe.mark("open-journal");
        JournalDatabase database = JournalDatabase.openLeavingQuickCheck(folder); // checked after the window is up
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
