package org.netjournal.app;

import javafx.stage.Stage;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.DataFolder;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.common.UserFacingErrors;

/** What the journal's lifecycle (backups, restore, move) needs from the window the journal is shown in. */
interface JournalWindow {

    /** The journal shown now. */
    OpenedJournal journal();

    Stage stage();

    Messages messages();

    UserFacingErrors errors();

    SaveStatus saveStatus();

    /** Queues the writes of everything typed so far. */
    void flushEdits();

    /** True when typed text could not be stored (it would be lost if the window were rebuilt now). */
    boolean hasUnsavedInput();

    /**
     * While the journal is closed and replaced (restore, move), nothing typed could be saved and the window is
     * rebuilt afterwards: the window takes no input until then. A new window ({@link #show}) starts enabled.
     */
    void holdInput(boolean busy);

    /** Builds the window anew for {@code opened} (in the language and look it asks for). */
    void show(OpenedJournal opened);

    /** Opens the journal in {@code folder} again (as a start would, explaining what is wrong) and shows it. */
    void reopen(DataFolder folder);

    /** A message over the window that does not block it. */
    void inform(String title, String text);
}
