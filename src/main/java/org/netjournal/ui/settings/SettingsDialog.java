package org.netjournal.ui.settings;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.netjournal.ui.shared.coach.CoachSwitches;
import org.netjournal.ui.shared.coach.ReviewOfferSwitch;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.ui.common.Confirmation;
import org.netjournal.domain.BackupPolicy;
import org.netjournal.ui.common.PickedChoices;
import org.netjournal.i18n.Language;
import org.netjournal.files.FolderWarning;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.BackupService;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalMove;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.shared.GoalLabels;
import org.netjournal.ui.theme.Theme;
import org.netjournal.ui.common.DialogWindows;

/**
 * Settings (Ctrl+,): language, theme, first day of the week, where the journal lives, and backups. Every
 * change is applied and stored at once, so the dialog only has a Close button.
 *
 * <p>Longer than 400 lines because it has one short section per group of settings, all applied at once through the
 * same host.
 */
public final class SettingsDialog {

    /** What the dialog asks of the application, which owns the journal, the window and the look. */
    public interface Host {
        Theme theme();

        void changeTheme(Theme theme);

        /** Rebuilds the window in {@code language}; the host opens the settings again in it. */
        void changeLanguage(Language language);

        DataFolder dataFolder();

        SettingsRepository settings();

        /** Closes the journal, moves it to {@code target} (already checked) and opens it there. */
        void moveJournal(Path target);
    }

    private final UiContext context;
    private final Messages messages;
    private final Host host;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ValidationSupport validation = new ValidationSupport();
    private final Label moveMessage = new Label();
    private final TextField backupFolderField = new TextField();
    private final Label backupFolderWarning = new Label();
    private final Button defaultBackupFolder = new Button();
    private final TextField keepDaily = new TextField();
    private final TextField keepWeekly = new TextField();
    private BackupPolicy policy;
    /** Where the backup folder chooser starts: the backup folder once it is known to exist, else the data folder. */
    private Path backupChooserStart;
    private final ChangeListener<DayOfWeek> weekStartChanged;
    private final ComboBox<DayOfWeek> weekStart = new ComboBox<>();

    public SettingsDialog(UiContext context, Host host, Window owner) {
        this.context = context;
        this.messages = context.messages();
        this.host = host;
        this.backupChooserStart = host.dataFolder().path();
        this.weekStartChanged = (obs, old, day) -> weekStart.setValue(day);
        DialogWindows.prepare(dialog, owner);
        // modal: while the journal may be moved, nothing else in the window may start a write
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("settings.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("settings");
        dialog.getDialogPane().getProperties().put(SettingsDialog.class, this);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("settings.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        VBox sections = new VBox(18, appearanceSection(), weekSection(), coachSection(), dataFolderSection(),
                backupSection());
        sections.setPadding(new Insets(12, 24, 12, 16));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(640);
        scroll.setPrefViewportHeight(600);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        dialog.setResultConverter(button -> null);
        loadBackupPolicy();
    }

    public void show() {
        dialog.show();
    }

    public void close() {
        dialog.close();
    }

    public boolean isShowing() {
        return dialog.isShowing();
    }

    // ---------------------------------------------------------------------------------------------------
    // Sections

    private Node appearanceSection() {
        ComboBox<Language> language = new ComboBox<>();
        language.setId("settingsLanguage");
        language.getItems().setAll(Language.values());
        GoalLabels labels = new GoalLabels(messages);
        PickedChoices.show(language, option -> option == null ? "" : messages.get("language." + option.code()));
        language.setValue(messages.language());
        language.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != messages.language()) {
                host.changeLanguage(chosen);
            }
        });

        ToggleGroup themes = new ToggleGroup();
        HBox themeChoices = new HBox(16);
        for (Theme theme : Theme.values()) {
            RadioButton choice = new RadioButton(themeName(theme));
            choice.setId("theme-" + theme.code());
            choice.setToggleGroup(themes);
            choice.setSelected(theme == host.theme());
            choice.setOnAction(event -> {
                if (host.theme() != theme) {
                    host.changeTheme(theme);
                }
            });
            themeChoices.getChildren().add(choice);
        }
        GridPane grid = grid();
        grid.addRow(0, fieldLabel("settings.language"), language);
        grid.add(hint("settings.languageHint"), 1, 1);
        grid.addRow(2, fieldLabel("settings.theme"), themeChoices);
        grid.add(hint("settings.themeHint"), 1, 3);
        return section("settings.appearance", grid);
    }

    private String themeName(Theme theme) {
        return switch (theme) {
            case SYSTEM -> messages.get("settings.theme.system");
            case LIGHT -> messages.get("menu.theme.light");
            case DARK -> messages.get("menu.theme.dark");
        };
    }

    /** Settings → Coach: every nudge on home can be turned off here (and on again). */
    private Node coachSection() {
        return section("coach.settings.title", new CoachSwitches(
                context.journal().coach(), context.networks(), messages).root());
    }

    private Node weekSection() {
        GoalLabels labels = new GoalLabels(messages);
        weekStart.setId("settingsWeekStart");
        weekStart.getItems().setAll(DayOfWeek.values());
        PickedChoices.show(weekStart, day -> day == null ? "" : labels.day(day));
        weekStart.setValue(context.journal().goals().weekStartProperty().get());
        // the same setting the goals page shows: both follow the journal model
        context.journal().goals().weekStartProperty().addListener(
                new WeakChangeListener<>(weekStartChanged)); // a closed dialog may go
        weekStart.valueProperty().addListener((obs, old, day) -> {
            if (day != null && day != context.journal().goals().weekStartProperty().get()) {
                context.journal().goals().setWeekStart(day);
            }
        });
        GridPane grid = grid();
        grid.addRow(0, fieldLabel("settings.weekStart"), weekStart);
        grid.add(hint("settings.weekStartHint"), 1, 1);
        grid.add(ReviewOfferSwitch.create(context), 0, 2, 2, 1);
        return section("settings.weeks", grid);
    }

    private Node dataFolderSection() {
        Path folder = host.dataFolder().path();
        TextField path = readOnlyField(folder.toString());
        path.setId("dataFolderPath");
        Button open = new Button(messages.get("settings.openFolder"), new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        open.setId("openDataFolder");
        open.setOnAction(event -> openInFileManager(folder));
        Button move = new Button(messages.get("settings.move"), new FontIcon(Material2OutlinedMZ.MOVE_TO_INBOX));
        move.setId("moveJournal");
        move.setOnAction(event -> chooseMoveTarget());
        moveMessage.setId("moveMessage");
        moveMessage.setWrapText(true);
        moveMessage.setManaged(false);
        moveMessage.setVisible(false);
        moveMessage.getStyleClass().add(Styles.DANGER);
        HBox buttons = new HBox(8, open, move);
        VBox box = new VBox(8, hint("settings.dataFolderHint"), path, buttons, moveMessage, hint("settings.moveHint"));
        return section("settings.dataFolder", box);
    }

    private Node backupSection() {
        backupFolderField.setId("backupFolderPath");
        backupFolderField.setEditable(false);
        HBox.setHgrow(backupFolderField, Priority.ALWAYS);
        Button choose = new Button(messages.get("settings.chooseBackupFolder"));
        choose.setId("chooseBackupFolder");
        choose.setOnAction(event -> chooseBackupFolder());
        defaultBackupFolder.setText(messages.get("settings.defaultBackupFolder"));
        defaultBackupFolder.setId("defaultBackupFolder");
        defaultBackupFolder.setOnAction(event -> useBackupFolder(Optional.empty()));
        HBox folderRow = new HBox(8, backupFolderField, choose, defaultBackupFolder);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        keepDaily.setId("keepDaily");
        keepWeekly.setId("keepWeekly");
        for (TextField count : new TextField[] {keepDaily, keepWeekly}) {
            count.setPrefColumnCount(5);
            count.setDisable(true); // until the stored numbers are loaded
        }
        validation.registerValidator(keepDaily, false, (Control control, String text) ->
                ValidationResult.fromMessageIf(control, messages.format("settings.countInvalid",
                                BackupPolicy.MIN_DAILY, BackupPolicy.MAX_DAILY), Severity.ERROR,
                        dailyCount(text).isEmpty()));
        validation.registerValidator(keepWeekly, false, (Control control, String text) ->
                ValidationResult.fromMessageIf(control, messages.format("settings.countInvalid",
                                BackupPolicy.MIN_WEEKLY, BackupPolicy.MAX_WEEKLY), Severity.ERROR,
                        weeklyCount(text).isEmpty()));
        keepDaily.textProperty().addListener((obs, old, text) -> dailyCount(text).ifPresent(daily -> {
            if (policy != null && daily != policy.keepDaily()) {
                savePolicy(policy.withKeepDaily(daily));
            }
        }));
        keepWeekly.textProperty().addListener((obs, old, text) -> weeklyCount(text).ifPresent(weekly -> {
            if (policy != null && weekly != policy.keepWeekly()) {
                savePolicy(policy.withKeepWeekly(weekly));
            }
        }));

        GridPane counts = grid();
        counts.addRow(0, fieldLabel("settings.keepDaily"), keepDaily, problemLabel(keepDaily));
        counts.addRow(1, fieldLabel("settings.keepWeekly"), keepWeekly, problemLabel(keepWeekly));
        backupFolderWarning.setId("backupFolderWarning");
        backupFolderWarning.setWrapText(true);
        backupFolderWarning.getStyleClass().add(Styles.WARNING);
        hideBackupFolderWarning();
        VBox box = new VBox(8, new Label(messages.get("settings.backupFolder")), folderRow, backupFolderWarning,
                hint("settings.backupFolderHint"), counts, hint("settings.retentionHint"));
        return section("settings.backups", box);
    }

    /** The reason a field is wrong, in words beside it (the ControlsFX mark alone only has a tooltip). */
    private Label problemLabel(TextField field) {
        Label problem = new Label();
        problem.setId(field.getId() + "Problem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        validation.validationResultProperty().addListener((obs, old, result) -> problem.setText(
                result.getErrors().stream().filter(message -> message.getTarget() == field)
                        .map(org.controlsfx.validation.ValidationMessage::getText).findFirst().orElse("")));
        return problem;
    }

    // ---------------------------------------------------------------------------------------------------
    // Data folder

    private void openInFileManager(Path folder) {
        Tasks.create(() -> {
            FolderOpener.open(folder);
            return folder;
        }).onError(error -> showMoveMessage(messages.format("settings.openFolderFailed",
                context.journal().errors().describe(error), folder.toString())))
                .runOn(context.journal().runner());
    }

    private void chooseMoveTarget() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("settings.moveChoose"));
        Path parent = host.dataFolder().path().getParent(); // exists: the data folder is in it
        if (parent != null) {
            chooser.setInitialDirectory(parent.toFile());
        }
        File picked = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
        if (picked != null) {
            moveTo(picked.toPath());
        }
    }

    /**
     * Checks {@code target} in the background, says next to the button why it cannot take the journal, or
     * asks once and lets the app move it. Public for UI tests: a native folder chooser cannot be driven.
     */
    public void moveTo(Path target) {
        hideMoveMessage();
        DataFolder from = host.dataFolder();
        Tasks.create(() -> {
            JournalMove.checkTarget(from, target);
            return FolderWarning.forJournalFolder(target, true); // synced, or others can read it
        }).onSuccess(warnings -> {
            if (confirmMove(target, warnings)) {
                if (!warnings.isEmpty()) {
                    rememberSeen(warnings); // told here: not again at the next start (queued before the move)
                }
                host.moveJournal(target);
            }
        }).onError(error -> showMoveMessage(error instanceof JournalMove.RefusedException refused
                ? refusalText(refused.refusal())
                : context.journal().errors().describe(error)))
                .runOn(context.journal().runner());
    }

    private String refusalText(JournalMove.Refusal refusal) {
        return switch (refusal) {
            case SAME_FOLDER -> messages.get("settings.move.sameFolder");
            case NOT_A_FOLDER -> messages.get("settings.move.notAFolder");
            case HAS_JOURNAL -> messages.get("settings.move.hasJournal");
            case NOT_WRITABLE -> messages.get("settings.move.notWritable");
            case NOT_ENOUGH_SPACE -> messages.get("settings.move.notEnoughSpace");
            case IN_USE -> messages.get("settings.move.inUse");
        };
    }

    private boolean confirmMove(Path target, List<FolderWarning> warnings) {
        String text = messages.format("settings.moveConfirm", target.toString(),
                host.dataFolder().defaultBackupFolder().toString());
        // the safe answer is the default: with a warning to read, moving there is never what Enter does
        return new Confirmation(dialog.getDialogPane().getScene().getWindow(),
                messages.get("settings.moveConfirmTitle"),
                warnings.isEmpty() ? text : FolderWarnings.text(messages, warnings) + "\n\n" + text,
                messages.get("settings.moveConfirmButton"), messages.get("confirm.cancel"))
                .withId("moveConfirm").confirmed();
    }

    private void showMoveMessage(String text) {
        moveMessage.setText(text);
        moveMessage.setManaged(true);
        moveMessage.setVisible(true);
    }

    private void hideMoveMessage() {
        moveMessage.setManaged(false);
        moveMessage.setVisible(false);
    }

    // ---------------------------------------------------------------------------------------------------
    // Backups

    private void loadBackupPolicy() {
        SettingsRepository settings = host.settings();
        Tasks.create(() -> BackupPolicy.fromSettings(settings.loadAll()))
                .onSuccess(loaded -> {
                    showPolicy(loaded);
                    keepDaily.setDisable(false);
                    keepWeekly.setDisable(false);
                })
                .runOn(context.journal().runner());
    }

    private void showPolicy(BackupPolicy shown) {
        policy = shown; // first, so the text listeners see no change to save
        backupFolderField.setText(BackupService.backupFolder(host.dataFolder(), shown).toString());
        defaultBackupFolder.setDisable(shown.folder().isEmpty());
        keepDaily.setText(Integer.toString(shown.keepDaily()));
        keepWeekly.setText(Integer.toString(shown.keepWeekly()));
        Path folder = BackupService.backupFolder(host.dataFolder(), shown);
        Tasks.create(() -> Files.isDirectory(folder)).onSuccess(exists -> {
            if (exists) {
                backupChooserStart = folder;
            }
        }).runOn(context.journal().runner());
    }

    private void chooseBackupFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("settings.chooseBackupFolderTitle"));
        chooser.setInitialDirectory(backupChooserStart.toFile());
        File picked = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
        if (picked != null) {
            useBackupFolder(Optional.of(picked.toPath().toAbsolutePath().toString()));
        }
    }

    /** Uses {@code folder} for backups (empty: the default). Public for UI tests, like {@link #moveTo}. */
    public void useBackupFolder(Optional<String> folder) {
        if (policy != null) {
            savePolicy(policy.withFolder(folder));
            warnAboutBackupFolder(policy);
        }
    }

    /** A chosen backup folder that others can read is said once, under the folder. */
    private void warnAboutBackupFolder(BackupPolicy chosen) {
        hideBackupFolderWarning();
        if (chosen.folder().isEmpty()) {
            return;
        }
        Path folder = BackupService.backupFolder(host.dataFolder(), chosen);
        Tasks.create(() -> FolderWarning.forChosenFolder(folder, true)).onSuccess(warnings -> {
            if (!warnings.isEmpty()) {
                backupFolderWarning.setText(FolderWarnings.text(messages, warnings));
                backupFolderWarning.setManaged(true);
                backupFolderWarning.setVisible(true);
                rememberSeen(warnings);
            }
        }).runOn(context.journal().runner());
    }

    private void hideBackupFolderWarning() {
        backupFolderWarning.setManaged(false);
        backupFolderWarning.setVisible(false);
    }

    private void rememberSeen(List<FolderWarning> warnings) {
        SettingsRepository settings = host.settings();
        Map<String, String> seen = FolderWarnings.seen(warnings);
        Tasks.create(() -> settings.putAll(seen)).runOn(context.journal().runner());
    }

    private void savePolicy(BackupPolicy changed) {
        SettingsRepository settings = host.settings();
        showPolicy(changed);
        context.saveStatus().writeStarted();
        Tasks.create(() -> {
            settings.putAll(changed.toSettings());
            return changed;
        }).onSuccess(saved -> context.saveStatus().writeSucceeded())
                .onError(error -> context.saveStatus().writeFailed(context.journal().errors().describe(error)))
                .runOn(context.journal().runner());
    }

    private static OptionalInt dailyCount(String text) {
        return BackupPolicy.parseCount(text, BackupPolicy.MIN_DAILY, BackupPolicy.MAX_DAILY);
    }

    private static OptionalInt weeklyCount(String text) {
        return BackupPolicy.parseCount(text, BackupPolicy.MIN_WEEKLY, BackupPolicy.MAX_WEEKLY);
    }

    // ---------------------------------------------------------------------------------------------------
    // Layout helpers

    private Node section(String titleKey, Node content) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        return new VBox(8, title, content);
    }

    /** A label before a field; never shortened to "…" (the field column gives way instead). */
    private Label fieldLabel(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Label hint(String key) {
        Label hint = new Label(messages.get(key));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return hint;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        return grid;
    }

    private static TextField readOnlyField(String text) {
        TextField field = new TextField(text);
        field.setEditable(false);
        field.setFocusTraversable(true);
        return field;
    }
}
