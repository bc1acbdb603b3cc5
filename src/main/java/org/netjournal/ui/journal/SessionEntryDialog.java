package org.netjournal.ui.journal;

import atlantafx.base.theme.Tweaks;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.VPos;
import javafx.scene.control.ScrollPane;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.ui.common.Confirmation;
import org.netjournal.ui.common.FormGrid;
import org.netjournal.domain.Network;
import org.netjournal.ui.common.NetworkToggles;
import org.netjournal.domain.Post;
import org.netjournal.domain.Session;
import org.netjournal.domain.SessionCounts;
import org.netjournal.i18n.Messages;
import org.netjournal.i18n.JournalTexts;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.common.TabTraversal;
import org.netjournal.ui.common.DialogWindows;
import org.netjournal.ui.common.DateFields;

/**
 * The quick session entry (Ctrl+N), also used to edit a session. Only the time is required; everything else
 * may stay empty. Ctrl+Enter saves. What is typed into a new entry is kept in the journal as an unsent entry
 * (through the autosave) until it is saved: Esc closes without asking and the next Ctrl+N (or the next start)
 * offers it again, with "Start empty" to let it go. Esc on an edited session asks first. Invalid input
 * is marked at its field with the reason and blocks saving; nothing typed is thrown away, and the dialog stays
 * open until the journal has stored the session (a failed save keeps it open with the reason).
 *
 * <p>Longer than 400 lines because the entry's fields, the counts per network, the posts of the day and the keeping
 * of an unsent entry share the session being edited.
 */
public final class SessionEntryDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,5}");

    private final UiContext context;
    private final Messages messages;
    private final JournalTexts texts;
    private final Session original;
    private final Dialog<Session> dialog = new Dialog<>();
    private final ButtonType saveType;
    private final ButtonType cancelType;

    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final TextField duration = new TextField();
    private final Map<Network, ToggleButton> networks = new EnumMap<>(Network.class);
    private final Label presetNote = new Label();
    /** The planner's posts marked posted on the session's day: listed and linked, not counted again. */
    private final Label postedThatDay = new Label();
    private final CountsGrid counts;
    private final ToggleGroup energyBefore = new ToggleGroup();
    private final ToggleGroup energyAfter = new ToggleGroup();
    private final TextArea howItFelt = new TextArea();
    private final TextArea notes = new TextArea();
    private final TextField win = new TextField();
    private final TouchedContactsField touched;
    private final Label problem = new Label();
    private final ValidationSupport validation = new ValidationSupport();
    private final HBox unsentNotice = new HBox(10);
    /** A new entry, whose typed text is kept as the unsent entry (an edited session is not). */
    private final boolean keepsUnsent;
    /** The new entry before anything was typed: the same means nothing to keep. */
    private UnsentEntry untouched;
    private boolean restoring;

    private List<Object> initialState;
    private boolean saving;
    private boolean closeConfirmed;
    private Consumer<Session> onSaved = saved -> { };

    private SessionEntryDialog(UiContext context, Window owner, Session session, boolean isNew) {
        this.context = context;
        this.messages = context.messages();
        this.texts = new JournalTexts(messages);
        this.original = session;
        this.keepsUnsent = isNew;
        this.touched = new TouchedContactsField(messages, context.contacts().contacts());
        this.counts = new CountsGrid(messages, texts);
        saveType = new ButtonType(messages.get("journal.entry.save"), ButtonBar.ButtonData.OK_DONE);
        cancelType = new ButtonType(messages.get("journal.entry.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(messages.get(isNew ? "journal.entry.newTitle" : "journal.entry.editTitle"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("sessionEntry");
        // UI tests reach the entry through its pane (e.g. to pick a contact when popups are flaky headless)
        dialog.getDialogPane().getProperties().put(SessionEntryDialog.class, this);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, cancelType);
        dialog.getDialogPane().setContent(build());
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.setResultConverter(button -> null);
        populate(session);
        // the first chip adds a row: let the window grow rather than squeeze the text areas
        touched.pickedIds().addListener((InvalidationListener) changed -> Platform.runLater(() -> {
            DialogPane pane = dialog.getDialogPane();
            if (pane.getScene() != null && pane.prefHeight(pane.getWidth()) > pane.getHeight() + 1) {
                pane.getScene().getWindow().sizeToScene();
            }
        }));
        wireKeysAndButtons();
        installValidation();
        if (keepsUnsent) {
            untouched = typed();
            context.journal().sessions().unsentSession().flatMap(UnsentEntry::fromJson).ifPresent(this::restore);
            keepWhatIsTyped();
        }
    }

    /**
     * Opens an empty entry: now, the user's chosen networks (step 2), or while none is chosen the networks of the
     * last session, marked as such (so a session is not counted for networks the user did not pick themselves
     * without seeing it).
     */
    public static SessionEntryDialog openNew(UiContext context, Window owner) {
        LocalDateTime now = LocalDateTime.now();
        Set<Network> mine = context.networks().defaults();
        Set<Network> preset = !mine.isEmpty() ? mine
                : context.journal().sessions().last().map(Session::networks).orElse(Set.of());
        Session fresh = Session.startingAt(now).withNetworks(preset);
        SessionEntryDialog entry = new SessionEntryDialog(context, owner, fresh, true);
        entry.markPreset(preset);
        if (!mine.isEmpty()) {
            entry.presetNote.setText(entry.messages.get("journal.entry.networksYours"));
        }
        entry.show();
        return entry;
    }

    /** Opens {@code session} for editing. */
    public static SessionEntryDialog openEdit(UiContext context, Window owner, Session session) {
        SessionEntryDialog entry = new SessionEntryDialog(context, owner, session, false);
        entry.show();
        return entry;
    }

    /**
     * Shows "as in your last session" under the networks while the chosen ones are {@code preset}; gone as soon
     * as the user changes them (or an unsent entry brought other ones back).
     */
    private void markPreset(Set<Network> preset) {
        BooleanBinding stillPreset = Bindings.createBooleanBinding(
                () -> !preset.isEmpty() && chosenNetworks().equals(preset),
                networks.values().stream().map(ToggleButton::selectedProperty)
                        .toArray(Observable[]::new));
        presetNote.visibleProperty().bind(stillPreset);
    }

    /** Called with the stored session once it was saved. */
    public SessionEntryDialog onSaved(Consumer<Session> handler) {
        this.onSaved = handler;
        return this;
    }

    /** Adds a contact touched, as picking it from the suggestions does (for tests: popups are flaky headless). */
    public void addTouched(long contactId) {
        touched.add(contactId, null);
    }

    private void show() {
        dialog.setOnShown(event -> {
            // the skins have filled their editors by now (a date picker writes its date into its text field)
            initialState = state();
            (original.id() == 0 ? counts.first() : time).requestFocus();
        });
        dialog.show();
    }

    // ---------------------------------------------------------------------------------------------------
    // Layout

    private Region build() {
        GridPane grid = FormGrid.labelsAndFields(12, 10);

        date.setId("entryDate");
        DateFields.use(date, messages);
        date.setPrefWidth(150);
        date.setMinWidth(Region.USE_PREF_SIZE);
        time.setId("entryTime");
        time.setPromptText(messages.get("journal.entry.timePrompt"));
        time.setPrefColumnCount(5);
        time.setMinWidth(Region.USE_PREF_SIZE);
        duration.setId("entryDuration");
        duration.setPrefColumnCount(4);
        duration.setMinWidth(Region.USE_PREF_SIZE);
        Label minutes = new Label(messages.get("journal.entry.minutes"));
        minutes.getStyleClass().add(Styles.TEXT_MUTED);
        Label durationLabel = new Label(messages.get("journal.entry.duration"));
        durationLabel.setLabelFor(duration);
        for (Label label : List.of(minutes, durationLabel)) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox when = new HBox(8, date, time, spacer(12), durationLabel, duration, minutes);
        when.setAlignment(Pos.CENTER_LEFT);

        FlowPane networkRow = new FlowPane(6, 6);
        presetNote.setId("networksPreset");
        presetNote.setText(messages.get("journal.entry.networksPreset"));
        presetNote.setGraphic(new FontIcon(Material2OutlinedMZ.RESTORE));
        presetNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        presetNote.setWrapText(true);
        presetNote.setVisible(false);
        presetNote.managedProperty().bind(presetNote.visibleProperty());
        for (Network network : context.networks().ordered()) { // the user's networks first
            ToggleButton toggle = new ToggleButton(texts.network(network));
            toggle.setId("network-" + network.code());
            toggle.getStyleClass().add(Styles.SMALL);
            networks.put(network, toggle);
            networkRow.getChildren().add(toggle);
        }

        for (ToggleButton toggle : networks.values()) {
            toggle.selectedProperty().addListener((obs, was, is) -> counts.networksChanged(chosenNetworks()));
        }
        Region countRow = counts.root();
        postedThatDay.setId("postedThatDay");
        postedThatDay.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        postedThatDay.setWrapText(true);
        postedThatDay.managedProperty().bind(postedThatDay.visibleProperty());
        date.valueProperty().addListener((obs, was, day) -> showPostedThatDay());

        Label before = new Label(messages.get("journal.entry.energyBefore"));
        Label after = new Label(messages.get("journal.entry.energyAfter"));
        before.setMinWidth(Region.USE_PREF_SIZE);
        after.setMinWidth(Region.USE_PREF_SIZE);
        Label energyHint = new Label(messages.get("journal.entry.energyHint"));
        energyHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        energyHint.setWrapText(true);
        HBox energyRow = new HBox(10, before, energyButtons(energyBefore, "energyBefore", before.getText()),
                spacer(10), after, energyButtons(energyAfter, "energyAfter", after.getText()));
        energyRow.setAlignment(Pos.CENTER_LEFT);

        howItFelt.setId("entryHowItFelt");
        howItFelt.setPromptText(messages.get("journal.entry.howItFeltPrompt"));
        howItFelt.setPrefRowCount(2);
        howItFelt.setWrapText(true);
        notes.setId("entryNotes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        TabTraversal.install(howItFelt);
        TabTraversal.install(notes);
        win.setId("entryWin");
        win.setPromptText(messages.get("journal.entry.winPrompt"));

        int row = 0;
        grid.addRow(row++, fieldLabel("journal.entry.when", date), when);
        grid.addRow(row++, fieldLabel("journal.entry.networks", networkRow), new VBox(4, networkRow, presetNote));
        grid.addRow(row++, fieldLabel("journal.entry.counts", countRow), new VBox(4, countRow, postedThatDay));
        grid.addRow(row++, fieldLabel("journal.entry.energy", energyRow), new VBox(4, energyRow, energyHint));
        grid.addRow(row++, fieldLabel("journal.entry.contacts", touched.field()), touched.root());
        grid.addRow(row++, fieldLabel("journal.entry.howItFelt", howItFelt), howItFelt);
        grid.addRow(row++, fieldLabel("journal.entry.notes", notes), notes);
        grid.addRow(row, fieldLabel("journal.entry.win", win), win);
        for (Node child : grid.getChildren()) {
            if (child instanceof Label && GridPane.getColumnIndex(child) == 0) {
                GridPane.setValignment(child, VPos.TOP);
                ((Label) child).setPadding(new Insets(5, 0, 0, 0));
            }
        }

        problem.setId("entryProblem");
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        Label shortcuts = new Label(messages.get("journal.entry.shortcuts"));
        shortcuts.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        Label unsentText = new Label(messages.get("journal.entry.unsentBack"));
        unsentText.setWrapText(true);
        Button startEmpty = new Button(messages.get("journal.entry.startEmpty"));
        startEmpty.setId("startEmpty");
        startEmpty.setOnAction(event -> startEmpty());
        unsentNotice.getChildren().setAll(new FontIcon(Material2OutlinedAL.HISTORY), unsentText, startEmpty);
        unsentNotice.setAlignment(Pos.CENTER_LEFT);
        unsentNotice.setId("unsentNotice");
        unsentNotice.getStyleClass().add(Styles.TEXT_SMALL);
        unsentNotice.managedProperty().bind(unsentNotice.visibleProperty());
        unsentNotice.setVisible(false);

        VBox content = new VBox(12, unsentNotice, grid, problem, shortcuts);
        content.setPadding(new Insets(12, 20, 4, 20));
        content.setMinWidth(Region.USE_PREF_SIZE);
        // on a small screen (960×640) the form scrolls; Save and Cancel below it stay in view
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.setMinWidth(Region.USE_PREF_SIZE);
        scroll.setMinHeight(200);
        return scroll;
    }

    private Label fieldLabel(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Region spacer(double width) {
        Region spacer = new Region();
        spacer.setMinWidth(width);
        return spacer;
    }

    /** Five small joined toggle buttons 1 … 5; clicking the selected one again clears it. */
    private HBox energyButtons(ToggleGroup group, String idPrefix, String accessibleLabel) {
        HBox buttons = new HBox();
        for (int level = Session.MIN_ENERGY; level <= Session.MAX_ENERGY; level++) {
            ToggleButton button = new ToggleButton(Integer.toString(level));
            button.setUserData(level);
            button.setToggleGroup(group);
            button.setId(idPrefix + level);
            button.getStyleClass().add(Styles.SMALL);
            button.getStyleClass().add(level == Session.MIN_ENERGY ? Styles.LEFT_PILL
                    : level == Session.MAX_ENERGY ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setMinWidth(36);
            button.setAccessibleText(messages.get("journal.entry.energy") + ", " + accessibleLabel + ": " + level);
            buttons.getChildren().add(button);
        }
        return buttons;
    }

    /** The posts marked posted on the entered day (not listed by another session). */
    private List<Post> postsOfTheDay() {
        if (date.getValue() == null) {
            return List.of();
        }
        return context.journal().posts().postedOn(date.getValue(), original.id());
    }

    private void showPostedThatDay() {
        List<Post> posted = postsOfTheDay();
        postedThatDay.setVisible(!posted.isEmpty());
        postedThatDay.setText(posted.isEmpty() ? "" : messages.format("posts.entry.postedThatDay",
                String.join(" \u00b7 ", posted.stream().map(texts::postName).toList())));
    }

    // ---------------------------------------------------------------------------------------------------
    // Values

    private Set<Network> chosenNetworks() {
        return NetworkToggles.chosen(networks);
    }

    private void populate(Session session) {
        date.setValue(session.date());
        time.setText(TIME.format(session.start()));
        duration.setText(session.durationMinutes() == null || session.durationMinutes() == 0 ? ""
                : session.durationMinutes().toString());
        networks.forEach((network, toggle) -> toggle.setSelected(session.networks().contains(network)));
        counts.setCounts(session.counts(), session.networks());
        selectEnergy(energyBefore, session.energyBefore());
        selectEnergy(energyAfter, session.energyAfter());
        howItFelt.setText(session.howItFelt());
        notes.setText(session.notes());
        win.setText(session.win() == null ? "" : session.win());
        touched.setAll(session.touched());
        initialState = state();
    }

    private static void selectEnergy(ToggleGroup group, Integer level) {
        group.getToggles().forEach(toggle -> toggle.setSelected(level != null && level.equals(toggle.getUserData())));
    }

    private static Integer energy(ToggleGroup group) {
        return group.getSelectedToggle() == null ? null : (Integer) group.getSelectedToggle().getUserData();
    }

    // ---------------------------------------------------------------------------------------------------
    // The unsent entry

    /** The fields exactly as typed, for the unsent entry. */
    private UnsentEntry typed() {
        List<String> chosen = new ArrayList<>();
        networks.forEach((network, toggle) -> {
            if (toggle.isSelected()) {
                chosen.add(network.code());
            }
        });
        Map<String, String> countTexts = counts.typedTexts();
        return new UnsentEntry(date.getValue() == null ? "" : date.getValue().toString(), time.getText(),
                duration.getText(), chosen, countTexts, energy(energyBefore), energy(energyAfter),
                howItFelt.getText(), notes.getText(), win.getText(), touched.touched());
    }

    /** Every change of a new entry goes to the autosave as the unsent entry (or clears it when undone). */
    private void keepWhatIsTyped() {
        InvalidationListener changed = observable -> {
            if (restoring || saving) {
                return;
            }
            UnsentEntry now = typed();
            if (now.equals(untouched)) {
                context.journal().sessions().dropUnsentSession();
            } else {
                context.journal().sessions().keepUnsentSession(now.toJson());
            }
        };
        date.valueProperty().addListener(changed);
        for (TextField field : List.of(time, duration, win)) {
            field.textProperty().addListener(changed);
        }
        howItFelt.textProperty().addListener(changed);
        notes.textProperty().addListener(changed);
        networks.values().forEach(toggle -> toggle.selectedProperty().addListener(changed));
        counts.spinners().forEach(spinner -> spinner.getEditor().textProperty().addListener(changed));
        energyBefore.selectedToggleProperty().addListener(changed);
        energyAfter.selectedToggleProperty().addListener(changed);
        touched.pickedIds().addListener(changed);
    }

    /** Puts the unsent entry back into the fields, as it was typed. */
    private void restore(UnsentEntry entry) {
        restoring = true;
        try {
            try {
                date.setValue(entry.date().isEmpty() ? null : LocalDate.parse(entry.date()));
            } catch (DateTimeParseException unreadable) {
                // keep today's date
            }
            time.setText(entry.time());
            duration.setText(entry.duration());
            networks.forEach((network, toggle) -> toggle.setSelected(entry.networks().contains(network.code())));
            counts.restoreTyped(entry.counts(), chosenNetworks());
            selectEnergy(energyBefore, entry.energyBefore());
            selectEnergy(energyAfter, entry.energyAfter());
            howItFelt.setText(entry.howItFelt());
            notes.setText(entry.notes());
            win.setText(entry.win());
            touched.setAll(entry.touched());
        } finally {
            restoring = false;
        }
        unsentNotice.setVisible(true);
    }

    /** Lets the unsent entry go: the fields as for a new entry, nothing kept. */
    private void startEmpty() {
        restoring = true;
        try {
            populate(original);
        } finally {
            restoring = false;
        }
        context.journal().sessions().dropUnsentSession();
        unsentNotice.setVisible(false);
        counts.first().requestFocus();
    }

    /** Everything as typed, to tell whether the user changed anything. */
    private List<Object> state() {
        List<Object> state = new ArrayList<>();
        state.add(date.getEditor().getText());
        state.add(date.getValue());
        state.add(time.getText());
        state.add(duration.getText());
        networks.values().forEach(toggle -> state.add(toggle.isSelected()));
        counts.spinners().forEach(spinner -> state.add(spinner.getEditor().getText()));
        state.add(energy(energyBefore));
        state.add(energy(energyAfter));
        state.add(howItFelt.getText());
        state.add(notes.getText());
        state.add(win.getText());
        state.add(touched.state());
        return state;
    }

    boolean changed() {
        return !state().equals(initialState);
    }

    private Optional<LocalTime> parsedTime() {
        try {
            return Optional.of(LocalTime.parse(normaliseTime(time.getText()), TIME));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    /** "9:05", "0905", "9.05" and "14" are understood as 09:05 and 14:00. */
    static String normaliseTime(String text) {
        String value = text == null ? "" : text.strip().replace('.', ':');
        if (value.matches("\\d{1,2}")) {
            value = value + ":00";
        } else if (value.matches("\\d{3,4}")) {
            value = value.substring(0, value.length() - 2) + ":" + value.substring(value.length() - 2);
        }
        if (value.matches("\\d:\\d{2}")) {
            value = "0" + value;
        }
        return value;
    }

    private Optional<Integer> parsedDuration() {
        String text = duration.getText().strip();
        if (text.isEmpty()) {
            return Optional.of(0);
        }
        if (!WHOLE_NUMBER.matcher(text).matches() || Integer.parseInt(text) > 24 * 60) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    /** The session as entered, or empty when a field is invalid (then it is marked). */
    private Optional<Session> entered() {
        validation.revalidate();
        LocalDate day = date.getValue();
        Optional<LocalTime> at = parsedTime();
        Optional<Integer> minutes = parsedDuration();
        Optional<SessionCounts> values = counts.entered();
        if (day == null || at.isEmpty() || minutes.isEmpty() || values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Session(original.id(), LocalDateTime.of(day, at.get()),
                minutes.get() == 0 ? null : minutes.get(), chosenNetworks(), values.get(), energy(energyBefore),
                energy(energyAfter), howItFelt.getText().strip(), notes.getText().strip(), win.getText(),
                touched.touched()));
    }

    // ---------------------------------------------------------------------------------------------------
    // Validation, keys, saving, closing

    private void installValidation() {
        validation.registerValidator(date, false, (Control control, LocalDate value) ->
                ValidationResult.fromMessageIf(control, messages.get("journal.validation.date"), Severity.ERROR,
                        value == null));
        validation.registerValidator(time, false, (Control control, String value) ->
                ValidationResult.fromMessageIf(control, messages.get("journal.validation.time"), Severity.ERROR,
                        parsedTime().isEmpty()));
        validation.registerValidator(duration, false, (Control control, String value) ->
                ValidationResult.fromMessageIf(control, messages.get("journal.validation.count"), Severity.ERROR,
                        parsedDuration().isEmpty()));
        for (Spinner<Integer> spinner : counts.spinners()) {
            validation.registerValidator(spinner.getEditor(), false, (Control control, String value) ->
                    ValidationResult.fromMessageIf(control, messages.get("journal.validation.count"),
                            Severity.ERROR, CountsGrid.parseCount(value) == null));
        }
        validation.validationResultProperty().addListener((obs, old, result) -> {
            if (problem.isVisible() && result.getErrors().isEmpty()) {
                problem.setVisible(false);
            } else if (!result.getErrors().isEmpty() && problem.isVisible()) {
                showProblem(result);
            }
        });
    }

    private void showProblem(ValidationResult result) {
        String first = result.getErrors().iterator().next().getText();
        problem.setText(first + " " + messages.get("journal.entry.fix"));
        problem.setVisible(true);
    }

    private void wireKeysAndButtons() {
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("saveSession");
        save.setDefaultButton(false); // Enter belongs to the fields (e.g. picking a contact); Ctrl+Enter saves
        save.getStyleClass().add(Styles.ACCENT);
        save.setGraphic(new FontIcon(Material2OutlinedAL.CHECK));
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog closes once the journal has stored the session
            trySave();
        });
        Button cancel = (Button) dialog.getDialogPane().lookupButton(cancelType);
        cancel.setId("cancelSession");

        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                trySave();
            } else if (event.getCode() == KeyCode.ESCAPE && !event.isShortcutDown() && !date.isShowing()) {
                // also from fields that would keep Esc for themselves (a spinner cancels its edit)
                event.consume();
                cancel.fire();
            }
        });
        dialog.setOnCloseRequest(event -> {
            if (saving || closeConfirmed || !changed()) {
                return;
            }
            if (keepsUnsent) {
                context.journal().flushEdits(); // kept as the unsent entry, offered again at the next Ctrl+N
                return;
            }
            if (!confirmDiscard()) {
                event.consume();
            }
        });
    }

    private boolean confirmDiscard() {
        // an Enter typed a moment too late must not throw the entry away: keeping it is the default
        boolean confirmed = new Confirmation(dialog.getDialogPane().getScene().getWindow(),
                messages.get("journal.entry.discardTitle"), messages.get("journal.entry.discardText"),
                messages.get("journal.entry.discard"), messages.get("journal.entry.keepEditing"))
                .titled(dialog.getTitle()).withId("discardSession").confirmed();
        closeConfirmed = confirmed;
        return confirmed;
    }

    private void trySave() {
        if (saving) {
            return;
        }
        // a spinner commits what was typed only when it loses focus: take the text as it stands
        Optional<Session> session = entered();
        if (session.isEmpty()) {
            ValidationResult result = validation.getValidationResult();
            if (result != null && !result.getErrors().isEmpty()) {
                showProblem(result);
            }
            return;
        }
        saving = true;
        problem.setVisible(false);
        dialog.getDialogPane().getContent().setDisable(true);
        List<Long> postsToLink = postsOfTheDay().stream().map(Post::id).toList();
        context.journal().sessions().save(session.get(), saved -> {
            context.journal().posts().linkToSession(postsToLink, saved.id());
            if (keepsUnsent) {
                context.journal().sessions().dropUnsentSession();
            }
            dialog.setResult(saved);
            dialog.close();
            context.saveStatus().announce(SessionConfirmation.of(messages, saved, context.journal().goals().tracker().get(),
                    context.journal().goals().today()));
            onSaved.accept(saved);
        }, error -> {
            saving = false;
            dialog.getDialogPane().getContent().setDisable(false);
            problem.setText(messages.format("journal.entry.saveFailed", context.journal().errors().describe(error)));
            problem.setVisible(true);
        });
    }

    /** For tests: whether the dialog is still showing. */
    boolean isShowing() {
        return dialog.isShowing();
    }
}
