package org.netjournal.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.netjournal.domain.BackupPolicy;
import org.netjournal.files.FolderWarning;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.PostRepository;
import org.netjournal.storage.BackupService;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.FirstStart;
import org.netjournal.storage.JournalMove;
import org.netjournal.storage.JournalPointer;
import org.netjournal.storage.LostJournalException;
import org.netjournal.storage.SearchRepository;
import org.netjournal.storage.UnreadableJournalException;
import org.netjournal.tasks.FxTaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.Destination;
import org.netjournal.ui.MainWindow;
import org.netjournal.ui.Navigation;
import org.netjournal.ui.StartupProblemDialog;
import org.netjournal.ui.WindowPlacement;
import org.netjournal.ui.common.Confirmation;
import org.netjournal.ui.common.Autosave;
import org.netjournal.ui.TextSize;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.common.UserFacingErrors;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.contacts.ContactsModel;
import org.netjournal.ui.journal.JournalModel;
import org.netjournal.ui.search.SearchModel;
import org.netjournal.ui.step.StepEditor;
import org.netjournal.ui.settings.FolderWarnings;
import org.netjournal.ui.settings.SettingsDialog;
import org.netjournal.ui.theme.SystemThemeDetector;
import org.netjournal.ui.theme.Theme;
import org.netjournal.ui.welcome.WelcomeDialog;
import org.netjournal.ui.common.DialogWindows;

/**
 * Start-up and wiring. The journal is opened on the storage thread; the window appears once its content
 * is loaded, so the UI thread never waits on the disk.
 */
public final class NetJournalApp extends Application implements MainWindow.Actions, SettingsDialog.Host {

    private static final Logger LOG = Logger.getLogger(NetJournalApp.class.getName());
    static final String LANGUAGE_SETTING = "language";
    static final String THEME_SETTING = "theme";
    /** {@code -Dnetjournal.startupProbe=true}: print the time to the first painted frame, then quit. */
    public static final String STARTUP_PROBE_PROPERTY = "netjournal.startupProbe";
    /**
     * {@code -Dnetjournal.skipWelcome=true}: start as if the first-start welcome had been seen (UI tests and scripted
     * starts on empty folders); nothing is written.
     */
    public static final String SKIP_WELCOME_PROPERTY = "netjournal.skipWelcome";
    private static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private final EarlyOpen earlyOpen = EarlyOpen.take();
    private final FxTaskRunner runner = earlyOpen != null ? earlyOpen.runner() : new FxTaskRunner();
    /** Backups read on their own connection here, so typing is never held up by them. */
    private final FxTaskRunner longReads = FxTaskRunner.forLongReads();
    private final Navigation navigation = new Navigation();
    private final SaveStatus saveStatus = new SaveStatus();
    /** Writes what is typed and pending when the process is ended (SIGTERM, SIGHUP, SIGINT). */
    private final ShutdownSave shutdownSave = ShutdownSave.install(runner);
    private Stage stage;
    private OpenedJournal journal;
    private StepEditor stepEditor;
    private ContactsModel contacts;
    private JournalModel journalModel;
    private UserFacingErrors errors;
    private Messages messages;
    private Theme theme = Theme.DEFAULT;
    private TextSize textSize = TextSize.NORMAL;
    private MainWindow window;
    private UiContext uiContext;
    private SettingsDialog settingsDialog;
    private boolean quitting;
    private FrontRequests frontRequests;
    private final JournalRescue rescue = new JournalRescue(runner, new JournalRescue.Host() {
        @Override
        public void open(DataFolder folder, java.util.concurrent.Callable<OpenedJournal> opening, Runnable whenShown,
                         Runnable whenFailed) {
            NetJournalApp.this.open(folder, opening, null, whenShown, whenFailed);
        }

        @Override
        public void restored(Optional<Path> safetyCopy) {
            informRestored(safetyCopy);
        }
    });

    @Override
    public void start(Stage primaryStage) {
        StartupProbe.mark("fx-start");
        this.stage = primaryStage;
        org.netjournal.ui.common.KeyCloseGuard.install(stage);
        stage.setTitle("NetJournal");
        stage.getIcons().clear();
        for (int size : ICON_SIZES) {
            String url = NetJournalApp.class.getResource("/org/netjournal/icons/netjournal-" + size + ".png")
                    .toExternalForm();
            stage.getIcons().add(new Image(url, true)); // loads in the background
        }
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(getParameters().getRaw());
        } catch (IllegalArgumentException wrongUsage) {
            commandLine = new CommandLine(Optional.empty());
            LOG.warning(wrongUsage.getMessage());
        }
        Theme.LIGHT.apply(); // until the journal says which theme it wants
        // started before the journal is opened, so the system's choice is usually known when the window is built
        detectSystemTheme();
        DataFolder folder = dataFolder(commandLine);
        if (earlyOpen != null && earlyOpen.folder().path().equals(folder.path())) {
            open(folder, earlyOpen::result, null); // the launcher already began opening it
        } else {
            open(folder, null);
        }
    }

    /** The journal's folder the command line asks for ({@code --data-dir}, else the environment or the default). */
    static DataFolder dataFolder(CommandLine commandLine) {
        return DataFolder.resolve(commandLine.dataDir().orElse(null), System.getenv());
    }

    /**
     * Opens the journal in {@code folder} (or where it was moved to from there); {@code problemDialog} is the
     * dialog to close once it worked.
     */
    private void open(DataFolder folder, StartupProblemDialog problemDialog) {
        open(folder, () -> OpenedJournal.open(JournalPointer.follow(folder)), problemDialog);
    }

    private void open(DataFolder folder, java.util.concurrent.Callable<OpenedJournal> opening,
                      StartupProblemDialog problemDialog) {
        open(folder, opening, problemDialog, () -> { }, () -> { });
    }

    /**
     * {@code whenShown} runs once the journal is shown, {@code whenFailed} once the reason it cannot be opened is
     * (a dialog stays open until then: closing the last window would end the app).
     */
    private void open(DataFolder folder, java.util.concurrent.Callable<OpenedJournal> opening,
                      StartupProblemDialog problemDialog, Runnable whenShown, Runnable whenFailed) {
        Tasks.create(opening)
                .onSuccess(opened -> {
                    if (problemDialog != null) {
                        problemDialog.close();
                    }
                    showJournal(opened);
                    whenShown.run();
                })
                .onError(error -> {
                    if (error instanceof LostJournalException lost) {
                        rescue.offerForLostJournal(lost.assessment()); // not the welcome: the backups first
                        if (problemDialog != null) {
                            problemDialog.close();
                        }
                        whenFailed.run();
                        return;
                    }
                    if (error instanceof UnreadableJournalException unreadable
                            && unreadable.reason() == UnreadableJournalException.Reason.IN_USE) {
                        handOverOrExplain(unreadable, folder, problemDialog);
                    } else {
                        LOG.log(Level.WARNING, "Cannot open the journal in " + folder, error);
                        explain(error, folder, problemDialog);
                    }
                    whenFailed.run();
                })
                .runOn(runner);
    }

    /**
     * Another NetJournal holds the journal, perhaps one that is still starting: it is asked for up to
     * {@link FrontRequests#PATIENCE} to come to the front, and this start ends quietly once it did. Only without an
     * answer does a dialog explain.
     */
    private void handOverOrExplain(UnreadableJournalException inUse, DataFolder folder,
                                   StartupProblemDialog problemDialog) {
        Path heldFolder = inUse.file().getParent(); // where the journal was moved to, if it was
        Tasks.create(() -> FrontRequests.askUntilAnswered(heldFolder, FrontRequests.PATIENCE)).onSuccess(answered -> {
            if (answered) {
                LOG.info("The NetJournal that has " + heldFolder + " open came to the front; this start ends");
                if (problemDialog != null) {
                    problemDialog.close();
                }
                Platform.exit();
            } else {
                LOG.log(Level.WARNING, "The journal in " + heldFolder + " is held by a NetJournal that did not answer",
                        inUse);
                explain(inUse, folder, problemDialog);
            }
        }).runOn(runner);
    }

    private void explain(Throwable error, DataFolder folder, StartupProblemDialog problemDialog) {
        Messages systemMessages = new Messages(Language.forLocale(Locale.getDefault()));
        StartupProblemDialog dialog = problemDialog != null ? problemDialog : new StartupProblemDialog(systemMessages);
        dialog.setOnChosen(chosen -> open(chosen, dialog));
        dialog.setOnRestore(damaged -> rescue.offerForDamagedJournal(damaged, dialog));
        dialog.show(error, folder);
    }

    /**
     * The integrity check after the first frame found damage: the journal is refused as a start refuses it (closed,
     * nothing more written, the damaged-journal dialog), only a moment later.
     */
    private void refuseDamagedJournal(OpenedJournal opened, UnreadableJournalException damage) {
        if (journal != opened || quitting) {
            return; // already closed, moved or quitting
        }
        journal = null;
        explain(damage, opened.folder(), null); // before hiding the window, so the app stays up
        stage.hide();
        Tasks.create(() -> {
            opened.database().close();
            return null;
        }).runOn(runner);
    }

    private void showJournal(OpenedJournal opened) {
        StartupProbe.mark("journal-ready");
        this.journal = opened;
        Map<String, String> settings = opened.settingValues();
        Language language = Optional.ofNullable(settings.get(LANGUAGE_SETTING)).flatMap(Language::fromCode)
                .orElse(Language.forLocale(Locale.getDefault()));
        theme = Optional.ofNullable(settings.get(THEME_SETTING)).flatMap(Theme::fromCode).orElse(Theme.DEFAULT);
        textSize = TextSize.fromSettings(settings);
        theme.apply();
        useLanguage(language);
        errors = new UserFacingErrors(messages, opened.folder().logFile());
        errors.setOwner(stage);
        Tasks.setDefaultErrorHandler(errors::show);
        Autosave autosave = new Autosave(runner, saveStatus, errors::describe, Autosave.Timers.fx());
        shutdownSave.watch(autosave, opened.database());
        stepEditor = new StepEditor(opened.stepRecords(), opened.steps(), runner, saveStatus, errors, autosave);
        contacts = new ContactsModel(opened.contacts(), runner, saveStatus, errors, autosave);
        journalModel = new JournalModel(opened.sessions(), opened.goals(), opened.wins(), opened.drafts(),
                opened.settings(), contacts, runner, saveStatus, errors, autosave);
        stepEditor.countWins(journalModel.wins());
        journalModel.usePosts(new PostRepository(opened.database()));
        journalModel.reload();

        WindowPlacement placement = choosePlacement(WindowPlacement.fromSettings(settings));
        // give the scene the window's size up front: some window managers size a new window from its scene
        Scene scene = new Scene(buildWindow(), placement.width(), placement.height());
        StartupProbe.mark("window-built");

        scene.getStylesheets().add(NetJournalApp.class.getResource("/org/netjournal/ui/app.css").toExternalForm());
        window.installShortcuts(scene);
        window.installFileDrop(scene);
        stage.setScene(scene);
        place(placement);
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
        stage.show();
        StartupProbe.mark("shown");
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        // Some GTK window managers drop the size asked for before the window was mapped; ask once more after.
        Platform.runLater(() -> {
            if (!stage.isMaximized() && (stage.getWidth() < placement.width() - 1
                    || stage.getHeight() < placement.height() - 1)) {
                stage.setWidth(placement.width());
                stage.setHeight(placement.height());
            }
        });
        stage.toFront();
        offerWelcome(opened);
        window.offerUnsentSession();
        // What the first frame does not show waits for it: on a decade-old journal loading every contact, checking
        // every page and copying the file would each cost the start a good part of a second.
        AfterFirstFrame.run(scene, () -> {
            contacts.reload(); // the home page's due list and the table fill in when it is loaded
            if (!opened.database().openedAfterUncleanEnd()) { // after an unclean end it was checked before opening
                BackgroundIntegrityCheck.start(opened.folder().databaseFile(),
                        damage -> refuseDamagedJournal(opened, damage));
            }
            dailyBackup(opened);
            warnAboutFolders(opened);
        });
        watchFrontRequests(opened);
        if (Boolean.getBoolean(STARTUP_PROBE_PROPERTY)) {
            StartupProbe.reportFirstFrameThen(scene, this::quit);
        }
    }

    /** On an empty journal that never finished or skipped it, the welcome opens over the window (see FirstStart). */
    private void offerWelcome(OpenedJournal opened) {
        if (Boolean.getBoolean(SKIP_WELCOME_PROPERTY) || !FirstStart.notYetSeen(opened.settingValues())) {
            return;
        }
        Tasks.create(() -> FirstStart.isDue(opened.database(), opened.settingValues())).onSuccess(due -> {
            if (due && journal == opened && !quitting) {
                new WelcomeDialog(stage, messages.language(), theme, opened.folder().databaseFile(), stepEditor,
                        new WelcomeHost()).show();
            }
        }).runOn(runner);
    }

    /** The welcome changes language and theme like the View menu, and says when it is done. */
    private final class WelcomeHost implements WelcomeDialog.Host {
        @Override
        public void changeLanguage(Language language) {
            NetJournalApp.this.changeLanguage(language);
        }

        @Override
        public void changeTheme(Theme newTheme) {
            NetJournalApp.this.changeTheme(newTheme); // also ticks it in View → Theme
        }

        @Override
        public void closed(FirstStart.Outcome outcome, boolean wroteWhy) {
            if (journal == null || quitting) {
                return; // closed because the app quits: not a choice of the user's, so nothing to remember
            }
            saveSettings(Map.of(FirstStart.SETTING, outcome.code()));
            if (wroteWhy) {
                navigation.go(new Destination.Step(1)); // the why, where it lives now
            }
        }
    }

    private javafx.scene.Parent buildWindow() {
        saveStatus.clearNotSaved(); // the editors that held text back are replaced
        uiContext = new UiContext(messages, navigation, stepEditor, contacts, journalModel, saveStatus,
                new SearchModel(new SearchRepository(journal.database()), runner, errors));
        window = new MainWindow(uiContext, journal.folder().databaseFile(), theme, textSize, this);
        return window.root();
    }

    private static WindowPlacement choosePlacement(Optional<WindowPlacement> saved) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        return WindowPlacement.choose(saved, screens, Screen.getPrimary().getVisualBounds());
    }

    private void place(WindowPlacement placement) {
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setMaximized(placement.maximized());
    }

    private WindowPlacement currentPlacement() {
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
    }

    @Override
    public void quit() {
        if (quitting || journal == null) {
            return;
        }
        quitting = true;
        window.flushEdits();
        if (!stage.isMaximized()) {
            saveSettings(currentPlacement().toSettings());
        } else {
            saveSettings(Map.of("window.maximized", "true"));
        }
        stepEditor.afterPendingWrites(() -> {
            if ((stepEditor.hasUnsavedNotes() || window.hasUnsavedInput()) && !confirmQuitWithoutSaving()) {
                quitting = false;
                return;
            }
            OpenedJournal closing = journal;
            Tasks.create(() -> closing.database().close()).andFinally(() -> {
                journal = null;
                stage.close();
            }).runOn(runner);
        });
    }

    /** Enter, Esc and closing the question keep NetJournal open: only "Quit without saving" quits. */
    private boolean confirmQuitWithoutSaving() {
        return new Confirmation(stage, messages.get("quit.unsavedTitle"), messages.get("quit.unsavedText"),
                messages.get("quit.discard"), messages.get("quit.stay"))
                .titled(messages.get("quit.unsavedTitle")).withId("quitUnsaved").confirmed();
    }

    @Override
    public void changeLanguage(Language language) {
        if (language == messages.language()) {
            return;
        }
        window.flushEdits();
        if (window.hasUnsavedInput() && !new Confirmation(stage, messages.get("quit.unsavedTitle"),
                messages.get("language.unsavedText"), messages.get("language.changeAnyway"),
                messages.get("quit.stay")).withId("languageUnsaved").confirmed()) {
            return; // the window, and the text that cannot be stored yet, stay as they are
        }
        saveSettings(Map.of(LANGUAGE_SETTING, language.code()));
        useLanguage(language);
        errors.setMessages(messages);
        stage.getScene().setRoot(buildWindow()); // applied at once: the whole window is rebuilt from the bundles
        window.installShortcuts(stage.getScene());
        window.installFileDrop(stage.getScene());
        if (settingsDialog != null && settingsDialog.isShowing()) {
            settingsDialog.close(); // its texts are in the old language: open it again in the new one
            openSettings();
        }
    }

    /** Texts, and the date formats of date pickers, follow the chosen language. */
    private void useLanguage(Language language) {
        messages = new Messages(language);
        Locale.setDefault(Locale.Category.FORMAT, language.locale());
    }

    /** A second start of NetJournal on this journal brings this window to the front. */
    private void watchFrontRequests(OpenedJournal opened) {
        if (frontRequests != null) {
            frontRequests.close();
        }
        Tasks.create(() -> FrontRequests.listen(opened.folder().path(), Platform::runLater, () -> {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        })).onSuccess(listening -> frontRequests = listening)
                .onError(error -> LOG.log(Level.INFO, "Not watching for a second start", error))
                .runOn(runner);
    }

    /**
     * The first start of a day makes the day's automatic copy, after the window is up. The settings are read on the
     * storage thread; the copy itself is made on the long-reads thread with a connection of its own.
     */
    private void dailyBackup(OpenedJournal opened) {
        Tasks.create(() -> BackupService.configured(opened.database())).onSuccess(backups ->
                Tasks.create(() -> backups.dailyBackup(LocalDate.now()))
                        .onSuccess(made -> made.ifPresent(file -> LOG.info("Daily backup " + file)))
                        .onError(error -> {
                            // not worth interrupting the user: the journal itself is fine; the log says why
                            LOG.log(Level.WARNING, "The daily backup failed", error);
                            saveStatus.writeFailed(messages.format("backup.dailyFailed", errors.describe(error)));
                        })
                        .runOn(longReads))
                .runOn(runner);
    }

    /**
     * A journal in a synced folder, or in a folder of the user's choice (or a chosen backup folder) that others can
     * read, gets a warning that does not block the window; once put away it is not shown again (see FolderWarnings).
     */
    private void warnAboutFolders(OpenedJournal opened) {
        Map<String, String> settings = opened.settingValues();
        DataFolder folder = opened.folder();
        Tasks.create(() -> {
            List<FolderWarning> warnings = new ArrayList<>(
                    FolderWarning.forJournalFolder(folder.path(), !folder.isDefaultLocation()));
            BackupPolicy policy = BackupPolicy.fromSettings(settings);
            if (policy.folder().isPresent()) {
                warnings.addAll(FolderWarning.forChosenFolder(BackupService.backupFolder(folder, policy), true));
            }
            return warnings.stream().filter(warning -> !settings.containsKey(warning.dismissalSetting())).toList();
        }).onSuccess(warnings -> {
            if (!warnings.isEmpty() && journal == opened && !quitting) {
                FolderWarnings.showAtStart(stage, messages, warnings, this::saveSettings);
            }
        }).onError(error -> LOG.log(Level.INFO, "Could not look at the journal's folders", error))
                .runOn(longReads); // only looks at folders, which may sit on a slow drive
    }

    /** Queued behind the edits just flushed on the storage thread, so the copy holds everything typed. */
    @Override
    public void backupNow() {
        OpenedJournal target = journal;
        window.flushEdits();
        Tasks.create(() -> BackupService.configured(target.database())).onSuccess(backups ->
                Tasks.create(() -> backups.backupTo(backups.manualBackupFile(LocalDateTime.now())))
                        .onSuccess(file -> inform(messages.get("backup.title"),
                                messages.format("backup.done", file.toString())))
                        .runOn(longReads))
                .runOn(runner);
    }

    @Override
    public void restoreBackup() {
        OpenedJournal current = journal;
        Tasks.create(() -> {
            Path folder = BackupService.configured(current.database()).backupFolder();
            return Files.isDirectory(folder) ? folder : null; // the folder may sit on a slow or absent drive
        }).onSuccess(backups -> {
            boolean exists = backups != null;
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("restore.choose"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(messages.get("restore.filter"), "*.db"),
                    new FileChooser.ExtensionFilter(messages.get("importDialog.allFiles"), "*"));
            if (exists) {
                chooser.setInitialDirectory(backups.toFile());
            }
            java.io.File picked = chooser.showOpenDialog(stage);
            if (picked == null) {
                return;
            }
            if (new Confirmation(stage, messages.get("restore.confirmTitle"),
                    messages.format("restore.confirm", picked.getName()), messages.get("restore.replace"),
                    messages.get("confirm.cancel")).withId("restoreConfirm").confirmed()) {
                restoreFrom(current, picked.toPath());
            }
        }).runOn(runner);
    }

    private void restoreFrom(OpenedJournal current, Path backup) {
        window.flushEdits();
        holdInput(true);
        AtomicBoolean closed = new AtomicBoolean();
        stepEditor.afterPendingWrites(() -> Tasks.create(() -> {
            BackupService.check(backup); // refuse a bad copy while the journal is still open and untouched
            current.database().close();
            closed.set(true);
            Optional<Path> safety = BackupService.restore(current.folder(), backup, LocalDateTime.now());
            return new Restored(OpenedJournal.open(current.folder()), safety);
        }).onSuccess(restored -> {
            showJournal(restored.journal());
            informRestored(restored.safety());
        }).onError(error -> {
            errors.show(error);
            if (closed.get()) {
                open(current.folder(), null); // back to the journal that is there now
            } else {
                holdInput(false); // the copy was refused; the journal stayed open and untouched
            }
        }).runOn(runner));
    }

    private record Restored(OpenedJournal journal, Optional<Path> safety) {
    }

    private void informRestored(Optional<Path> safetyCopy) {
        inform(messages.get("restore.doneTitle"), messages.format("restore.done",
                safetyCopy.map(Path::toString).orElse("\u2014")));
    }

    private void inform(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        DialogWindows.prepare(alert, stage);
        alert.setTitle("NetJournal");
        alert.setHeaderText(title);
        alert.show();
    }

    @Override
    public void changeTextSize(TextSize size) {
        textSize = size;
        saveSettings(size.toSettings());
    }

    @Override
    public void changeTheme(Theme newTheme) {
        theme = newTheme;
        theme.apply();
        window.showTheme(theme);
        saveSettings(Map.of(THEME_SETTING, theme.code()));
        if (theme == Theme.SYSTEM) {
            detectSystemTheme(); // the system may have changed since the start
        }
    }

    /**
     * Asks the system for its light or dark choice on a thread of its own (it runs a small command), so neither
     * the JavaFX thread nor the opening of the journal waits for it; the look follows when it answers.
     */
    private void detectSystemTheme() {
        Thread detector = new Thread(() -> {
            boolean dark = SystemThemeDetector.systemPrefersDark();
            Platform.runLater(() -> {
                Theme.setSystemPrefersDark(dark);
                if (theme == Theme.SYSTEM) {
                    theme.apply();
                }
            });
        }, "netjournal-system-theme");
        detector.setDaemon(true);
        detector.start();
    }

    @Override
    public Theme theme() {
        return theme;
    }

    @Override
    public DataFolder dataFolder() {
        return journal.folder();
    }

    @Override
    public org.netjournal.storage.SettingsRepository settings() {
        return journal.settings();
    }

    @Override
    public void openSettings() {
        if (journal == null) {
            return;
        }
        if (settingsDialog != null && settingsDialog.isShowing()) {
            settingsDialog.close();
        }
        settingsDialog = new SettingsDialog(uiContext, this, stage);
        settingsDialog.show();
    }

    /**
     * Moves the journal (see {@link JournalMove}): saves what is typed, waits for pending writes, copies and
     * checks on the storage thread and opens the journal in its new place. When it fails after the old journal
     * was closed, the journal is opened again from where the start found it (the pointer decides where).
     */
    @Override
    public void moveJournal(Path target) {
        OpenedJournal current = journal;
        if (settingsDialog != null) {
            settingsDialog.close();
        }
        window.flushEdits();
        stepEditor.afterPendingWrites(() -> {
            if (stepEditor.hasUnsavedNotes() || window.hasUnsavedInput()) {
                // the window is rebuilt after a move: what could not be saved would be gone
                inform(messages.get("settings.moveFailedTitle"), messages.get("settings.moveUnsaved"));
                return;
            }
            holdInput(true);
            relocate(current, target);
        });
    }

    /**
     * While the journal is closed and replaced (restore, move), nothing typed could be saved and the window is
     * rebuilt afterwards: the window takes no input until then. A new window (showJournal) starts enabled.
     */
    private void holdInput(boolean busy) {
        stage.getScene().getRoot().setDisable(busy);
        stage.getScene().setCursor(busy ? javafx.scene.Cursor.WAIT : null);
    }

    private void relocate(OpenedJournal current, Path target) {
        Tasks.create(() -> JournalMove.move(current.database(), target,
                LocalDateTime.now(), JournalMove.Checkpoints.NONE)).onSuccess(moved -> {
            Path oldFile = moved.oldFile().orElse(current.folder().databaseFile());
            Tasks.create(() -> OpenedJournal.open(moved.folder())).onSuccess(opened -> {
                showJournal(opened);
                inform(messages.get("settings.movedTitle"), messages.format("settings.moved",
                        opened.folder().path().toString(), oldFile.toString()));
            }).onError(error -> {
                LOG.log(Level.WARNING, "The moved journal in " + moved.folder() + " cannot be opened", error);
                open(current.folder(), null); // explains what is wrong, like any start would
            }).runOn(runner);
        }).onError(error -> {
            LOG.log(Level.WARNING, "Moving the journal to " + target + " failed", error);
            inform(messages.get("settings.moveFailedTitle"), messages.format("settings.moveFailed",
                    errors.describe(error)));
            if (!current.database().isOpen()) {
                open(current.folder(), null); // closed before the failure: the old folder still holds it
            } else {
                holdInput(false);
            }
        }).runOn(runner);
    }


    private void saveSettings(Map<String, String> values) {
        OpenedJournal target = journal;
        Map<String, String> copy = new HashMap<>(values);
        saveStatus.writeStarted();
        Tasks.create(() -> target.settings().putAll(copy))
                .onSuccess(ignored -> saveStatus.writeSucceeded())
                .onError(error -> saveStatus.writeFailed(errors.describe(error)))
                .runOn(runner);
    }

    @Override
    public void stop() {
        // The window's close path already saved and closed the journal; this only lets queued work finish.
        if (journal != null) {
            window.flushEdits();
            OpenedJournal closing = journal;
            journal = null;
            Tasks.create(() -> closing.database().close()).runOn(runner);
        }
        if (frontRequests != null) {
            frontRequests.close();
        }
        runner.shutdown();
        longReads.shutdown();
        AppLogging.close();
    }
}
