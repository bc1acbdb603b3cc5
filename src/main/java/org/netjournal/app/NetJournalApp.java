package org.netjournal.app;

import javafx.beans.InvalidationListener;
import java.time.Clock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.netjournal.domain.BackupPolicy;
import org.netjournal.files.FolderWarning;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.PostRepository;
import org.netjournal.storage.StageChangeRepository;
import org.netjournal.storage.WeeklyReviewRepository;
import org.netjournal.storage.BackupService;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.FirstStart;
import org.netjournal.storage.MyNetworkRepository;
import org.netjournal.storage.SearchRepository;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.storage.UnreadableJournalException;
import org.netjournal.tasks.FxTaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.Destination;
import org.netjournal.ui.MainWindow;
import org.netjournal.ui.Navigation;
import org.netjournal.ui.WindowPlacement;
import org.netjournal.ui.common.Confirmation;
import org.netjournal.ui.common.AfterFirstFrame;
import org.netjournal.ui.common.IconFonts;
import org.netjournal.ui.common.Autosave;
import org.netjournal.ui.common.DayChange;
import org.netjournal.ui.common.KeyCloseGuard;
import org.netjournal.ui.TextSize;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.common.UserFacingErrors;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.models.ContactsModel;
import org.netjournal.ui.models.JournalModels;
import org.netjournal.ui.models.MyNetworksModel;
import org.netjournal.ui.models.UnsentLines;
import org.netjournal.ui.models.NetworkStepTicks;
import org.netjournal.ui.search.SearchModel;
import org.netjournal.ui.models.StepEditor;
import org.netjournal.ui.models.StrategyModel;
import org.netjournal.storage.StrategyRepository;
import org.netjournal.ui.settings.FolderWarnings;
import org.netjournal.ui.settings.SettingsDialog;
import org.netjournal.ui.theme.SystemThemeDetector;
import org.netjournal.ui.theme.Theme;
import org.netjournal.ui.welcome.WelcomeDialog;
import org.netjournal.ui.common.DialogWindows;

/**
 * Start-up and wiring. The journal is opened on the storage thread; the window appears once its content
 * is loaded, so the UI thread never waits on the disk.
 *
 * <p>Longer than 400 lines because it is the one place where the window's parts meet: it implements the menus'
 * {@link MainWindow.Actions} and the {@link SettingsDialog.Host}, and holds theme, language and placement. The work
 * itself lives elsewhere: opening in {@link JournalOpening}, backups and restore in {@link JournalBackups}, moving in
 * {@link JournalRelocation}, the commands in {@link Cli}.
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
    private StrategyModel strategy;
    private ContactsModel contacts;
    private JournalModels journalModel;
    private DayChange dayChange;
    private MyNetworksModel myNetworks;
    private UnsentLines unsentLines;
    private UserFacingErrors errors;
    private Messages messages;
    private Theme theme = Theme.DEFAULT;
    private TextSize textSize = TextSize.NORMAL;
    private MainWindow window;
    private UiContext uiContext;
    private SettingsDialog settingsDialog;
    private boolean quitting;
    // the system's light/dark choice as detected during this run; null until it answers
    private Boolean systemLookSeen;
    private FrontRequests frontRequests;
    private final JournalWindow journalWindow = new ShownJournal();
    private final JournalOpening opening = new JournalOpening(runner, this::showJournal, this::informRestored);
    private final JournalBackups backups = new JournalBackups(runner, longReads, journalWindow);
    private final JournalRelocation relocation = new JournalRelocation(runner, journalWindow);

    @Override
    public void start(Stage primaryStage) {
        StartupProbe.mark("fx-start");
        IconFonts.useOnlyTheOutlinedFont();
        this.stage = primaryStage;
        KeyCloseGuard.install(stage);
        // the midnight timer counts only awake time: a laptop opened the next morning asks for the date again
        stage.focusedProperty().addListener((property, was, focused) -> {
            if (focused && dayChange != null) {
                dayChange.catchUp();
            }
        });
        stage.setTitle("NetJournal");
        Optional<OpenedJournal> openedEarly = earlyOpen == null ? Optional.empty() : earlyOpen.openedSoFar();
        Optional<Boolean> lastSeenLook =
                openedEarly.flatMap(opened -> SystemLook.knownPreference(opened.settingValues()));
        if (lastSeenLook.isPresent()) {
            Theme.setSystemPrefersDark(lastSeenLook.get()); // the system is asked again after the first frame
        } else {
            // asked before the journal is opened, so the system's choice is usually known when the window is built
            detectSystemTheme();
        }
        // The journal's look when it is open already (it usually is by now): a dark journal would otherwise get the
        // light stylesheet first and the dark one when it is shown, ≈ 30 ms each. Else light, until the journal says.
        openedEarly.map(opened -> chosenTheme(opened.settingValues())).orElse(Theme.LIGHT).apply();
        if (earlyOpen != null) {
            opening.open(earlyOpen.folder(), earlyOpen::result, null); // the launcher parsed and began opening it
        } else { // started without the launcher (tests): the same options, parsed here
            opening.open(dataFolder(Cli.windowOptions(getParameters().getRaw())
                    .orElse(new Cli.WindowOptions(Optional.empty()))), null);
        }
    }

    /** The look a journal's settings choose (new journals follow the system). */
    private static Theme chosenTheme(Map<String, String> settings) {
        return Optional.ofNullable(settings.get(THEME_SETTING)).flatMap(Theme::fromCode).orElse(Theme.DEFAULT);
    }

    /** The journal's folder the command line asks for ({@code --data-dir}, else the environment or the default). */
    static DataFolder dataFolder(Cli.WindowOptions options) {
        return DataFolder.resolve(options.dataDir().orElse(null), System.getenv());
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
        opening.explain(damage, opened.folder(), null); // before hiding the window, so the app stays up
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
        theme = chosenTheme(settings);
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
        journalModel = new JournalModels(new JournalModels.Repositories(opened.sessions(), opened.goals(),
                opened.wins(), opened.drafts(), opened.settings(), new PostRepository(opened.database()),
                new StageChangeRepository(opened.database()), new WeeklyReviewRepository(opened.database())),
                contacts, runner, saveStatus, errors, autosave);
        stepEditor.countWins(journalModel.wins().list());
        strategy = new StrategyModel(new StrategyRepository(opened.database()), runner, saveStatus, errors, autosave);
        strategy.addStartersOnce(messages); // before the drafts are loaded, in the window's language
        strategy.reload();
        strategy.tickSteps(stepEditor);
        journalModel.drafts().list().addListener((InvalidationListener) drafts -> strategy.draftsChanged());
        journalModel.reload();
        myNetworks = new MyNetworksModel(new MyNetworkRepository(opened.database()), opened.settings(), runner,
                saveStatus, errors, autosave);
        NetworkStepTicks.follow(myNetworks, stepEditor);
        myNetworks.reload();
        unsentLines = new UnsentLines(opened.settings(), settings, autosave);
        // the date may change while the app is open: "today" moves on, who is due is asked again
        if (dayChange != null) {
            dayChange.stop();
        }
        dayChange = new DayChange(Clock.systemDefaultZone(), () -> {
            journalModel.goals().newDay();
            contacts.reload();
        });
        dayChange.start();

        WindowPlacement placement = choosePlacement(WindowPlacement.fromSettings(settings));
        // give the scene the window's size up front: some window managers size a new window from its scene
        // the stylesheet before the window's nodes: JavaFX matches a node against the stylesheets when it joins a
        // scene and again when the window is shown; a stylesheet added in between empties its style cache, and the
        // second matching started from scratch (≈ 10–20 ms of the start)
        Scene scene = new Scene(new Group(), placement.width(), placement.height());
        scene.getStylesheets().add(NetJournalApp.class.getResource("/org/netjournal/ui/app.css").toExternalForm());
        scene.setRoot(buildWindow());
        StartupProbe.mark("window-built");

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
            showWindowIcons(); // decoding them competes with the first frame for the CPU; the desktop has its own
            if (systemLookSeen == null) {
                detectSystemTheme(); // the first frame took the look of the last start
            } else {
                rememberSystemLook(systemLookSeen);
            }
            contacts.reload(); // the home page's due list and the table fill in when it is loaded
            if (!opened.database().openedAfterUncleanEnd()) { // after an unclean end it was checked before opening
                BackgroundIntegrityCheck.start(opened.folder().databaseFile(),
                        damage -> refuseDamagedJournal(opened, damage));
            }
            backups.dailyBackup(opened);
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

    private Parent buildWindow() {
        saveStatus.clearNotSaved(); // the editors that held text back are replaced
        uiContext = new UiContext(messages, navigation, stepEditor, contacts, journalModel, saveStatus,
                new SearchModel(new SearchRepository(journal.database()), runner, errors), strategy, myNetworks,
                unsentLines);
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
        runner.afterPendingWrites(() -> {
            if (hasUnsavedInput() && !confirmQuitWithoutSaving()) {
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

    @Override
    public void backupNow() {
        backups.backupNow();
    }

    @Override
    public void restoreBackup() {
        backups.restoreBackup();
    }

    private void informRestored(Optional<Path> safetyCopy) {
        backups.informRestored(safetyCopy);
    }

    private void inform(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        DialogWindows.prepare(alert, stage);
        alert.setTitle("NetJournal");
        alert.setHeaderText(title);
        alert.show();
    }

    /** Typed text that could not be stored: in the step notes or anywhere else in the window. */
    private boolean hasUnsavedInput() {
        return stepEditor.hasUnsavedNotes() || window.hasUnsavedInput();
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
                systemLookSeen = dark;
                Theme.setSystemPrefersDark(dark);
                if (theme == Theme.SYSTEM) {
                    theme.apply();
                }
                rememberSystemLook(dark);
            });
        }, "netjournal-system-theme");
        detector.setDaemon(true);
        detector.start();
    }

    /** Keeps the system's look for the next start's first frame (see {@link SystemLook}). */
    private void rememberSystemLook(boolean dark) {
        if (journal != null && !quitting && !SystemLook.remembers(journal.settingValues(), dark)) {
            saveSettings(SystemLook.remembered(dark));
        }
    }

    /**
     * The window's icons in every size a desktop may ask for. They load in the background and each is given to the
     * window once it is loaded: the window hands the desktop only the icons that are complete when they are set.
     */
    private void showWindowIcons() {
        if (!stage.getIcons().isEmpty()) {
            return;
        }
        for (int size : ICON_SIZES) {
            String url = NetJournalApp.class.getResource("/org/netjournal/icons/netjournal-" + size + ".png")
                    .toExternalForm();
            Image icon = new Image(url, true);
            if (icon.getProgress() >= 1) {
                stage.getIcons().add(icon);
            } else {
                icon.progressProperty().addListener((property, before, progress) -> {
                    if (progress.doubleValue() >= 1 && !icon.isError()) {
                        stage.getIcons().add(icon);
                    }
                });
            }
        }
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
    public SettingsRepository settings() {
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

    @Override
    public void moveJournal(Path target) {
        if (settingsDialog != null) {
            settingsDialog.close();
        }
        relocation.moveJournal(target);
    }

    /** The window as the journal's lifecycle (backups, restore, move) sees it. */
    private final class ShownJournal implements JournalWindow {
        @Override
        public OpenedJournal journal() {
            return journal;
        }

        @Override
        public Stage stage() {
            return stage;
        }

        @Override
        public Messages messages() {
            return messages;
        }

        @Override
        public UserFacingErrors errors() {
            return errors;
        }

        @Override
        public SaveStatus saveStatus() {
            return saveStatus;
        }

        @Override
        public void flushEdits() {
            window.flushEdits();
        }

        @Override
        public boolean hasUnsavedInput() {
            return NetJournalApp.this.hasUnsavedInput();
        }

        @Override
        public void holdInput(boolean busy) {
            stage.getScene().getRoot().setDisable(busy);
            stage.getScene().setCursor(busy ? Cursor.WAIT : null);
        }

        @Override
        public void show(OpenedJournal opened) {
            showJournal(opened);
        }

        @Override
        public void reopen(DataFolder folder) {
            opening.open(folder, null);
        }

        @Override
        public void inform(String title, String text) {
            NetJournalApp.this.inform(title, text);
        }
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
        if (dayChange != null) {
            dayChange.stop();
        }
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
