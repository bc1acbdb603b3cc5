package org.netjournal.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.netjournal.storage.QuickCheck;
import org.netjournal.storage.UnreadableJournalException;

/**
 * SQLite's quick_check of the open journal, off the start's critical path: it runs once the window's first frame
 * is shown, on a thread and a read-only connection of its own (neither the UI nor the storage thread waits for the
 * ≈ 0.85 s it takes on a decade-old journal). Damage it finds is handed to the UI thread, which refuses the journal
 * the same way a start does (the damaged-journal dialog).
 * <p>
 * After an unclean end the check already ran before opening ({@code JournalDatabase.openForWindow}), so the window
 * starts this one only after a clean end.
 */
final class BackgroundIntegrityCheck {

    private static final Logger LOG = Logger.getLogger(BackgroundIntegrityCheck.class.getName());

    private BackgroundIntegrityCheck() {
    }

    /** Starts checking {@code databaseFile}; {@code onDamage} runs on the FX thread if it is damaged. */
    static void start(Path databaseFile, Consumer<UnreadableJournalException> onDamage) {
        Thread thread = new Thread(() -> {
            try {
                QuickCheck.run(databaseFile);
            } catch (UnreadableJournalException damaged) {
                LOG.log(Level.WARNING, "The integrity check found damage in " + databaseFile, damaged);
                Platform.runLater(() -> onDamage.accept(damaged));
            } catch (RuntimeException unexpected) {
                LOG.log(Level.WARNING, "The integrity check of " + databaseFile + " failed", unexpected);
            }
        }, "netjournal-integrity-check");
        thread.setDaemon(true); // never keeps the app from ending; a check cut short only reads
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
