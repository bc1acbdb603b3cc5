package org.netjournal.ui;

import java.nio.file.Path;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.tasks.SameThreadTaskRunner;
import org.netjournal.ui.common.Autosave;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.common.UserFacingErrors;

/**
 * What a view model is built with in the app, for its tests: a real journal file in a temp folder, the same-thread
 * runner (FxTaskRunner's order and error delivery, on the test's thread), the save status and the user-facing
 * errors. The autosave's timers never fire on their own: a test says when typed text is written ({@code flush}).
 */
public final class ViewModelJournal implements AutoCloseable {

    public final JournalDatabase database;
    public final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    public final SaveStatus saveStatus = new SaveStatus();
    public final UserFacingErrors errors;
    public final Autosave autosave;

    public ViewModelJournal(Path folder) throws Exception {
        DataFolder dataFolder = new DataFolder(folder);
        database = JournalDatabase.open(dataFolder);
        errors = new UserFacingErrors(new Messages(Language.ENGLISH), dataFolder.logFile());
        autosave = new Autosave(runner, saveStatus, errors::describe, (millis, action) -> () -> { });
    }

    @Override
    public void close() {
        database.close();
    }
}
