package org.netjournal.ui;

import java.util.EnumMap;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.TransferMode;
import javafx.util.Duration;
import org.netjournal.domain.SearchKind;
import org.netjournal.ui.journal.JournalExportFlow;
import org.netjournal.ui.shared.coach.CalendarExportFlow;
import org.netjournal.ui.shared.strategy.TargetField;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.StepDefinition;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.common.LazyTooltip;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.models.ContactsModel;
import org.netjournal.ui.contacts.ContactsPage;
import org.netjournal.ui.contacts.ImportFlow;
import org.netjournal.ui.help.AboutDialog;
import org.netjournal.ui.journal.SessionEntryDialog;
import org.netjournal.ui.shared.coach.WeeklyReviewDialog;
import org.netjournal.ui.help.HelpPage;
import org.netjournal.ui.navigator.AreaEntry;
import org.netjournal.ui.navigator.NavigatorView;
import org.netjournal.ui.search.SearchDialog;
import org.netjournal.ui.search.SearchTargets;
import org.netjournal.ui.models.StepEditor;
import org.netjournal.ui.step.StepExtras;
import org.netjournal.ui.step.StepPage;
import org.netjournal.ui.theme.Theme;

/**
 * The single window's content: menu, navigator, the editor for the selection, status bar.
 *
 * <p>Longer than 400 lines because it builds the menus (every command with its mnemonic and shortcut in one place)
 * and puts the areas together.
 */
public final class MainWindow {

    /** How long a status-bar confirmation stays: long enough to read one sentence, short enough not to linger. */
    private static final Duration NOTICE_SHOWN = Duration.seconds(8);

    /** What the window asks of the application (the app owns storage and settings). */
    public interface Actions {
        void quit();

        void changeLanguage(Language language);

        void changeTheme(Theme theme);

        /** Writes a checked copy of the journal into the backups folder and says where. */
        void backupNow();

        /** Lets the user pick a backup and puts it in place of the journal (after a safety copy). */
        void restoreBackup();

        /** Opens the settings dialog (Ctrl+,). */
        void openSettings();

        /** View → Zoom: shows the text at {@code size} and remembers it. */
        void changeTextSize(TextSize size);
    }

    private final Messages messages;
    private final Navigation navigation;
    private final StepEditor stepEditor;
    private final BorderPane root = new BorderPane();
    private final StackPane editorArea = new StackPane();
    private final UiContext context;
    private final List<AreaPages.Registration> areas;
    private final Map<Class<? extends Destination>, AreaPage> pages = new HashMap<>();
    private final ContactsModel contactsModel;
    private final ImportFlow importer;
    private final Path dataFile;
    private StepPage currentPage;
    private final Map<Theme, RadioMenuItem> themeItems = new EnumMap<>(Theme.class);
    private SearchDialog searchDialog;
    private final Region navigatorColumn;
    private final CheckMenuItem sidebarItem = new CheckMenuItem();
    private TextSize textSize;
    private final Actions actions;

    public MainWindow(UiContext context, Path dataFile, Theme theme, TextSize textSize, Actions actions) {
        this.actions = actions;
        this.context = context;
        this.messages = context.messages();
        this.navigation = context.navigation();
        this.stepEditor = context.steps();
        this.contactsModel = context.contacts();
        this.importer = new ImportFlow(contactsModel, messages);
        this.dataFile = dataFile;
        // pages are built when first shown: fewer nodes in the first layout pass, a faster start
        this.areas = AreaPages.all(context, () -> new ContactsPage(contactsModel, messages,
                () -> importer.chooseAndPreview(root))
                .withTargets(new TargetField(context.strategy(), messages)).withNetworks(context.networks()));

        NavigatorView navigator = new NavigatorView(stepEditor.steps(), navigation, messages,
                areas.stream().filter(AreaPages.Registration::top).map(AreaPages.Registration::entry).toList(),
                areas.stream().filter(area -> !area.top()).map(AreaPages.Registration::entry).toList());
        editorArea.getStyleClass().add("editor-area");
        editorArea.setMinWidth(0);
        // the sidebar is one column that scrolls as a whole; its width follows the window's (never stays narrow)
        navigatorColumn = navigator.root();
        navigatorColumn.prefWidthProperty().bind(root.widthProperty().multiply(0.2));

        root.setTop(menuBar(theme, actions));
        root.setLeft(navigatorColumn);
        root.setCenter(editorArea);
        root.setBottom(statusBar(context.saveStatus(), dataFile));
        root.getStyleClass().add("main-window");
        // the same entry a dropped file takes; UI tests use it since a native file chooser cannot be driven
        root.getProperties().put(ImportFlow.class, importer);

        navigation.selectedProperty().addListener((obs, old, destination) -> show(destination));
        show(navigation.selected());
        showTextSize(textSize);
    }

    /** View → Show the sidebar (Ctrl+B): hides the step navigator to give the page the whole width. */
    public void showSidebar(boolean shown) {
        sidebarItem.setSelected(shown);
        root.setLeft(shown ? navigatorColumn : null);
    }

    public boolean sidebarShown() {
        return root.getLeft() != null;
    }

    /** The text size of the window; dialogs take it from here when they open (DialogWindows). */
    public void showTextSize(TextSize size) {
        this.textSize = size;
        root.setStyle(size.rootStyle());
    }

    private void zoom(TextSize size) {
        if (!size.equals(textSize)) {
            showTextSize(size);
            actions.changeTextSize(size);
        }
    }

    public Region root() {
        return root;
    }

    /** Ctrl+1 … Ctrl+7: open the step with its notes focused. Registered on the scene, so it works anywhere. */
    public void installShortcuts(Scene scene) {
        for (StepDefinition step : StepDefinition.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + step.number());
            KeyCode numpad = KeyCode.valueOf("NUMPAD" + step.number());
            Runnable open = () -> openStepNotes(step.number());
            scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), open);
            scene.getAccelerators().put(new KeyCodeCombination(numpad, KeyCombination.SHORTCUT_DOWN), open);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::openSearch);
        // Ctrl+plus is Ctrl+= on US keyboards and its own key on German ones; the keypad's keys too
        for (KeyCode larger : List.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD)) {
            scene.getAccelerators().put(new KeyCodeCombination(larger, KeyCombination.SHORTCUT_DOWN),
                    () -> zoom(textSize.larger()));
        }
        for (KeyCode smaller : List.of(KeyCode.MINUS, KeyCode.SUBTRACT)) {
            scene.getAccelerators().put(new KeyCodeCombination(smaller, KeyCombination.SHORTCUT_DOWN),
                    () -> zoom(textSize.smaller()));
        }
        for (KeyCode reset : List.of(KeyCode.DIGIT0, KeyCode.NUMPAD0)) {
            scene.getAccelerators().put(new KeyCodeCombination(reset, KeyCombination.SHORTCUT_DOWN),
                    () -> zoom(TextSize.NORMAL));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN),
                () -> showSidebar(!sidebarShown()));
    }

    /** Ctrl+F: the search box over the window (built on first use, then kept with its last search). */
    public void openSearch() {
        if (searchDialog == null) {
            searchDialog = new SearchDialog(root.getScene().getWindow(), context.search(), messages, hit -> {
                if (hit.kind() == SearchKind.STEP) {
                    openStepNotes((int) hit.id()); // found in the notes: the notes, ready to type
                } else {
                    open(SearchTargets.destinationOf(hit));
                }
            });
        }
        searchDialog.show();
    }

    /**
     * Shows {@code destination}, also when it is the one shown already: opening the same item again (the user
     * selected another one meanwhile) selects it again.
     */
    public void open(Destination destination) {
        if (destination.equals(navigation.selected())) {
            show(destination);
        } else {
            navigation.go(destination);
        }
    }

    public void openStepNotes(int number) {
        navigation.go(new Destination.Step(number));
        // The selection listener has built and attached the page synchronously. Focus it now, in the same
        // event: focusing later would race the scene's clean-up of the removed page's focused field.
        if (currentPage != null) {
            currentPage.focusNotes();
        }
    }

    private void show(Destination destination) {
        flushEdits(); // switching away saves what was typed
        if (destination instanceof Destination.Step step) {
            Region extra = StepExtras.forStep(step.number(), context); // what the step uses from the areas
            currentPage = new StepPage(stepEditor.step(step.number()), stepEditor, messages, extra);
            editorArea.getChildren().setAll(currentPage.root());
        } else {
            currentPage = null;
            AreaPage page = pageFor(destination);
            page.shown(destination);
            editorArea.getChildren().setAll(page.root());
        }
    }

    /** Pages are built on first use and kept, so what the user typed or selected stays while they roam. */
    private AreaPage pageFor(Destination destination) {
        if (destination instanceof Destination.Help) { // reached from the Help menu and F1, not the navigator
            return pages.computeIfAbsent(Destination.Help.class,
                    type -> new HelpPage(messages, dataFile, System.getenv()));
        }
        return pages.computeIfAbsent(destination.getClass(), type -> areas.stream()
                .filter(area -> area.shows() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("No page for " + type))
                .factory().apply(context));
    }

    /** Saves what is being typed anywhere in the window (switching areas, quitting). */
    public void flushEdits() {
        stepEditor.flushNotes();
        pages.values().forEach(AreaPage::flush);
    }

    /** A session entry typed and not saved before the app last ended is offered again once the journal is loaded. */
    public void offerUnsentSession() {
        context.journal().loadedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was,
                                Boolean loaded) {
                if (loaded) {
                    observable.removeListener(this);
                    if (context.journal().sessions().unsentSession().isPresent() && root.getScene() != null) {
                        SessionEntryDialog.openNew(context, root.getScene().getWindow());
                    }
                }
            }
        });
    }

    /** True when some page holds typed input it could not save (quitting would lose it). */
    public boolean hasUnsavedInput() {
        return pages.values().stream().anyMatch(AreaPage::hasUnsavedInput);
    }

    /** Lets the user drop a LinkedIn export or a vCard file anywhere on the window to import it. */
    public void installFileDrop(Scene scene) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            var files = event.getDragboard().getFiles();
            boolean accepted = files != null && !files.isEmpty();
            if (accepted) {
                importer.preview(files.get(0).toPath(), root);
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    private MenuBar menuBar(Theme currentTheme, Actions actions) {
        MenuItem quit = new MenuItem(messages.get("menu.quit"), new FontIcon(Material2OutlinedAL.EXIT_TO_APP));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> actions.quit());
        MenuItem importItem = new MenuItem(messages.get("menu.import"), new FontIcon(Material2OutlinedAL.FILE_UPLOAD));
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importItem.setOnAction(event -> importer.chooseAndPreview(root));
        MenuItem newContact = new MenuItem(messages.get("menu.newContact"), new FontIcon(Material2OutlinedMZ.PERSON_ADD));
        newContact.setOnAction(event -> {
            navigation.go(new Destination.Contacts(false));
            ((ContactsPage) pageFor(new Destination.Contacts(false))).newContact();
        });
        MenuItem backupNow = new MenuItem(messages.get("menu.backupNow"), new FontIcon(Material2OutlinedMZ.SAVE));
        backupNow.setOnAction(event -> actions.backupNow());
        MenuItem restore = new MenuItem(messages.get("menu.restore"),
                new FontIcon(Material2OutlinedMZ.SETTINGS_BACKUP_RESTORE));
        restore.setOnAction(event -> actions.restoreBackup());
        MenuItem settings = new MenuItem(messages.get("settings.menu"), new FontIcon(Material2OutlinedMZ.SETTINGS));
        settings.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        settings.setOnAction(event -> actions.openSettings());
        Menu file = new Menu(messages.get("menu.file"), null, newContact, importItem, new SeparatorMenuItem(),
                backupNow, restore, new SeparatorMenuItem(), settings, new SeparatorMenuItem(), quit);

        MenuItem newSession = new MenuItem(messages.get("journal.menu.newSession"),
                new FontIcon(Material2OutlinedMZ.POST_ADD));
        newSession.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        navigation.onNewSessionEntry(() -> SessionEntryDialog.openNew(context, root.getScene().getWindow()));
        newSession.setOnAction(event -> navigation.newSessionEntry());
        MenuItem exportJournal = new MenuItem(messages.get("journal.menu.export"),
                new FontIcon(Material2OutlinedAL.GET_APP));
        exportJournal.setOnAction(event -> new JournalExportFlow(context)
                .chooseAndExport(root.getScene().getWindow()));
        MenuItem weeklyReview = new MenuItem(messages.get("review.menu"), new FontIcon(Material2OutlinedAL.EVENT_NOTE));
        weeklyReview.setId("weeklyReviewMenu");
        weeklyReview.setOnAction(event -> WeeklyReviewDialog.open(context, root.getScene().getWindow()));
        file.getItems().add(0, newSession);
        file.getItems().add(1, weeklyReview);
        file.getItems().add(file.getItems().indexOf(importItem) + 1, exportJournal);
        // the follow-ups and a weekly session slot for the user's calendar (issue 17)
        CalendarExportFlow calendarExport =
                new CalendarExportFlow(context);
        root.getProperties().put(CalendarExportFlow.class, calendarExport);
        MenuItem exportReminders = new MenuItem(messages.get("coach.ics.menu"), new FontIcon(Material2OutlinedAL.EVENT));
        exportReminders.setId("menuExportReminders");
        exportReminders.setOnAction(event -> calendarExport.start(root.getScene().getWindow(), error -> { }));
        file.getItems().add(file.getItems().indexOf(exportJournal) + 1, exportReminders);

        Menu stepsMenu = new Menu(messages.get("menu.steps"));
        for (StepDefinition step : StepDefinition.values()) {
            MenuItem item = new MenuItem(messages.format("menu.stepItem", step.number(),
                    messages.stepTitle(step.number())));
            // shown as a hint only: the scene accelerators do the work, also while a text field has focus
            item.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + step.number()),
                    KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(event -> openStepNotes(step.number()));
            stepsMenu.getItems().add(item);
        }

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = radio(messages.get("menu.theme.light"), themes, currentTheme == Theme.LIGHT,
                () -> actions.changeTheme(Theme.LIGHT));
        light.setGraphic(new FontIcon(Material2OutlinedMZ.WB_SUNNY));
        RadioMenuItem dark = radio(messages.get("menu.theme.dark"), themes, currentTheme == Theme.DARK,
                () -> actions.changeTheme(Theme.DARK));
        dark.setGraphic(new FontIcon(Material2OutlinedMZ.NIGHTS_STAY));
        RadioMenuItem system = radio(messages.get("settings.theme.system"), themes, currentTheme == Theme.SYSTEM,
                () -> actions.changeTheme(Theme.SYSTEM));
        system.setGraphic(new FontIcon(Material2OutlinedMZ.SETTINGS_BRIGHTNESS));
        themeItems.put(Theme.SYSTEM, system);
        themeItems.put(Theme.LIGHT, light);
        themeItems.put(Theme.DARK, dark);
        Menu theme = new Menu(messages.get("menu.theme"), null, system, light, dark);

        ToggleGroup languages = new ToggleGroup();
        Menu language = new Menu(messages.get("menu.language"), new FontIcon(Material2OutlinedMZ.TRANSLATE));
        for (Language option : Language.values()) {
            language.getItems().add(radio(messages.get("language." + option.code()), languages,
                    option == messages.language(), () -> actions.changeLanguage(option)));
        }
        // every area too, so the keyboard reaches each of them from anywhere (Alt+G)
        stepsMenu.getItems().add(new SeparatorMenuItem());
        for (AreaPages.Registration area : areas) {
            MenuItem item = new MenuItem(messages.get(area.entry().titleKey()), new FontIcon(area.entry().icon()));
            item.setMnemonicParsing(false);
            item.setOnAction(event -> navigation.go(area.entry().destination()));
            stepsMenu.getItems().add(item);
        }
        MenuItem search = new MenuItem(messages.get("search.menu"), new FontIcon(Material2OutlinedMZ.SEARCH));
        // shown as a hint: the scene accelerator (installShortcuts) does the work, also while a text field has focus
        search.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        search.setOnAction(event -> openSearch());
        sidebarItem.setText(messages.get("menu.sidebar"));
        sidebarItem.setSelected(true);
        sidebarItem.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN)); // a hint
        sidebarItem.setOnAction(event -> showSidebar(sidebarItem.isSelected()));
        MenuItem zoomIn = new MenuItem(messages.get("menu.zoomIn"), new FontIcon(Material2OutlinedMZ.ZOOM_IN));
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN)); // hints only
        zoomIn.setOnAction(event -> zoom(textSize.larger()));
        MenuItem zoomOut = new MenuItem(messages.get("menu.zoomOut"), new FontIcon(Material2OutlinedMZ.ZOOM_OUT));
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(event -> zoom(textSize.smaller()));
        MenuItem zoomReset = new MenuItem(messages.get("menu.zoomReset"));
        zoomReset.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        zoomReset.setOnAction(event -> zoom(TextSize.NORMAL));
        Menu view = new Menu(messages.get("menu.view"), null, search, new SeparatorMenuItem(), sidebarItem,
                zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(), theme, language);

        MenuBar bar = new MenuBar(file, stepsMenu, view, helpMenu());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu helpMenu() {
        MenuItem help = new MenuItem(messages.get("help.menu.help"), new FontIcon(Material2OutlinedAL.HELP_OUTLINE));
        help.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        help.setOnAction(event -> navigation.go(new Destination.Help()));
        MenuItem about = new MenuItem(messages.get("help.menu.about"), new FontIcon(Material2OutlinedAL.INFO));
        about.setOnAction(event -> new AboutDialog(messages, context.journal().runner(), root.getScene().getWindow())
                .show());
        return new Menu(messages.get("help.menu"), null, help, new SeparatorMenuItem(), about);
    }

    /** Keeps View → Theme in step when the theme was changed elsewhere (the settings dialog). */
    public void showTheme(Theme theme) {
        themeItems.get(theme).setSelected(true);
    }

    private static RadioMenuItem radio(String text, ToggleGroup group, boolean selected, Runnable onSelect) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(event -> onSelect.run());
        return item;
    }

    /** The status bar's short confirmations (e.g. after saving a session): shown for a few seconds, then gone. */
    private static Label notice(SaveStatus saveStatus) {
        Label notice = new Label();
        notice.setId("statusNotice");
        notice.getStyleClass().add(Styles.SUCCESS);
        notice.setGraphic(new FontIcon(Material2OutlinedAL.CHECK_CIRCLE));
        notice.setVisible(false);
        notice.managedProperty().bind(notice.visibleProperty());
        PauseTransition shown = new PauseTransition(NOTICE_SHOWN);
        shown.setOnFinished(event -> notice.setVisible(false));
        saveStatus.noticeProperty().addListener((obs, old, text) -> {
            if (!text.isEmpty()) {
                notice.setText(text);
                notice.setVisible(true);
                shown.playFromStart();
            }
        });
        return notice;
    }

    private StatusBar statusBar(SaveStatus saveStatus, Path dataFile) {
        StatusBar bar = new StatusBar();
        bar.setText(messages.format("status.dataFile", dataFile.toString()));
        LazyTooltip.install(bar, dataFile::toString);

        Label saved = new Label();
        saved.setId("saveState");
        FontIcon icon = new FontIcon();
        saved.setGraphic(icon);
        saved.textProperty().bind(Bindings.createStringBinding(() -> switch (saveStatus.stateProperty().get()) {
            case SAVED -> messages.get("status.saved");
            case SAVING -> messages.get("status.saving");
            case NOT_SAVED -> saveStatus.notSavedProperty().get();
            case FAILED -> messages.format("status.failed", saveStatus.errorProperty().get());
        }, saveStatus.stateProperty(), saveStatus.errorProperty(), saveStatus.notSavedProperty()));
        icon.iconCodeProperty().bind(Bindings.createObjectBinding(() -> switch (saveStatus.stateProperty().get()) {
            case SAVED -> Material2OutlinedAL.CHECK_CIRCLE;
            case SAVING -> Material2OutlinedMZ.SAVE;
            case NOT_SAVED, FAILED -> Material2OutlinedAL.ERROR_OUTLINE;
        }, saveStatus.stateProperty()));
        saveStatus.stateProperty().addListener((obs, old, state) -> {
            saved.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.SUCCESS);
            if (state == SaveStatus.State.FAILED) {
                saved.getStyleClass().add(Styles.DANGER);
            } else if (state == SaveStatus.State.NOT_SAVED) {
                saved.getStyleClass().add(Styles.WARNING);
            }
        });
        bar.getRightItems().add(saved);
        bar.getLeftItems().add(notice(saveStatus));
        return bar;
    }

}
