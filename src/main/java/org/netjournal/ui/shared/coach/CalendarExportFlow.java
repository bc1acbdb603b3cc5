package org.netjournal.ui.shared.coach;

import java.io.File;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.NextSmallSteps;
import org.netjournal.i18n.Messages;
import org.netjournal.io.CalendarExport;
import org.netjournal.io.CalendarReminders;
import org.netjournal.io.JournalExporter;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.common.Confirmation;
import org.netjournal.ui.common.DialogWindows;
import org.netjournal.ui.common.PickedChoices;
import org.netjournal.ui.shared.GoalLabels;

/**
 * File → Export reminders (.ics): the follow-ups and a weekly session slot for the user's calendar. Calendars sync
 * to cloud services, so the first export says that names will leave the private journal and offers initials only
 * (the default button); the choice is remembered and can be changed in the export dialog, as can the slot.
 */
public final class CalendarExportFlow {

    private final UiContext context;
    private final Messages messages;
    private final SettingsRepository settings;
    /** Where to write; a file chooser, which tests replace with a fixed file. */
    private Function<Window, Path> chooseFile = this::chooseFile;

    public CalendarExportFlow(UiContext context) {
        this.context = context;
        this.messages = context.messages();
        this.settings = context.journal().coach().settings();
    }

    /** Writes to what {@code chooser} returns instead of asking (null: cancelled). */
    public CalendarExportFlow choosingFileWith(Function<Window, Path> chooser) {
        this.chooseFile = chooser;
        return this;
    }

    /** The texts of the calendar in {@code messages}' language; the command line uses them too. */
    public static CalendarReminders.Words words(Messages messages) {
        CoachTexts texts = new CoachTexts(messages);
        CalendarExport.Texts eventTexts = new CalendarExport.Texts(messages.get("coach.ics.followUp"),
                messages.get("coach.ics.session"), messages.get("coach.ics.sessionNote"));
        return new CalendarReminders.Words() {
            @Override
            public CalendarExport.Texts texts() {
                return eventTexts;
            }

            @Override
            public String nextStep(ContactSummary contact, String shownName) {
                String name = shownName.equals(contact.fullName())
                        ? CoachTexts.callName(contact.firstName(), contact.fullName()) : shownName;
                return texts.step(NextSmallSteps.forStage(contact.stage()), name);
            }
        };
    }

    /** Asks (privacy on the first export, then the slot), then writes; {@code done} gets null or the error. */
    public void start(Window owner, Consumer<Throwable> done) {
        Tasks.create(settings::loadAll).onSuccess(values -> {
            Optional<Boolean> initials = Optional.ofNullable(values.get(CalendarReminders.INITIALS_SETTING))
                    .map(Boolean::parseBoolean);
            if (initials.isEmpty()) {
                Optional<Boolean> chosen = askAboutNames(owner);
                if (chosen.isEmpty()) {
                    return;
                }
                initials = chosen;
                remember(CalendarReminders.INITIALS_SETTING, chosen.get().toString());
            }
            DayOfWeek weekStart = context.journal().goals().weekStartProperty().get();
            askSlot(owner, initials.get(), CalendarReminders.slot(values, weekStart))
                    .ifPresent(choice -> write(owner, choice, done));
        }).runOn(context.journal().runner());
    }

    private record Choice(boolean initialsOnly, CalendarExport.WeeklySlot slot) {
    }

    /**
     * The first export: names leave the private journal. Initials only is the safe answer (Enter, Esc); full names
     * is the one that lets something out; cancelling exports nothing. Empty: cancelled.
     */
    private Optional<Boolean> askAboutNames(Window owner) {
        Confirmation.Answer answer = new Confirmation(owner, messages.get("coach.ics.privacyHeader"),
                messages.get("coach.ics.privacy"), messages.get("coach.ics.fullNames"),
                messages.get("coach.ics.initials"))
                .withThirdAnswer(messages.get("coach.ics.cancel"))
                .asWarning()
                .titled(messages.get("coach.ics.title"))
                .withId("calendarPrivacy")
                .answer();
        return switch (answer) {
            case SAFE -> Optional.of(true);
            case DESTRUCTIVE -> Optional.of(false);
            case THIRD -> Optional.empty();
        };
    }

    private Optional<Choice> askSlot(Window owner, boolean initialsOnly, CalendarExport.WeeklySlot slot) {
        Dialog<Choice> dialog = new Dialog<>();
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(messages.get("coach.ics.title"));
        dialog.getDialogPane().setId("calendarExport");
        ComboBox<DayOfWeek> day = new ComboBox<>();
        day.setId("calendarDay");
        day.getItems().setAll(DayOfWeek.values());
        GoalLabels labels = new GoalLabels(messages);
        PickedChoices.show(day, value -> value == null ? "" : labels.day(value));
        day.setValue(slot.day());
        TextField time = new TextField(slot.time().toString());
        time.setId("calendarTime");
        time.setPrefColumnCount(5);
        Spinner<Integer> minutes = new Spinner<>(5, 240, slot.minutes(), 5);
        minutes.setId("calendarMinutes");
        minutes.setEditable(true);
        CheckBox initials = new CheckBox(messages.get("coach.ics.initialsOnly"));
        initials.setId("calendarInitials");
        initials.setSelected(initialsOnly);
        Label note = new Label(messages.get("coach.ics.note"));
        note.setWrapText(true);
        note.setMaxWidth(460);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("coach.ics.day")), day);
        grid.addRow(1, new Label(messages.get("coach.ics.time")), time);
        grid.addRow(2, new Label(messages.get("coach.ics.minutes")), minutes);
        dialog.getDialogPane().setContent(new VBox(12, note, grid, initials));
        ButtonType export = new ButtonType(messages.get("coach.ics.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("coach.ics.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(export, cancel);
        dialog.setResultConverter(button -> {
            if (button != export) {
                return null;
            }
            return new Choice(initials.isSelected(), new CalendarExport.WeeklySlot(
                    day.getValue() == null ? slot.day() : day.getValue(), timeOf(time.getText(), slot.time()),
                    minutes.getValue() == null ? slot.minutes() : minutes.getValue()));
        });
        return dialog.showAndWait();
    }

    /** Forgiving: "7pm" is not understood, but "19", "19:30" and "19.30" are; else the time before. */
    static LocalTime timeOf(String text, LocalTime otherwise) {
        String cleaned = text.strip().replace('.', ':');
        if (cleaned.matches("\\d{1,2}")) {
            cleaned = cleaned + ":00";
        }
        if (cleaned.matches("\\d:\\d{2}")) {
            cleaned = "0" + cleaned;
        }
        try {
            return LocalTime.parse(cleaned);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    private void write(Window owner, Choice choice, Consumer<Throwable> done) {
        Path target = chooseFile.apply(owner);
        if (target == null) {
            return;
        }
        remember(CalendarReminders.INITIALS_SETTING, Boolean.toString(choice.initialsOnly()));
        remember(CalendarReminders.SLOT_SETTING, CalendarReminders.slotSetting(choice.slot()));
        CalendarReminders.Words words = words(messages);
        LocalDate today = LocalDate.now();
        Tasks.create(() -> {
            int[] count = new int[1];
            JournalExporter.writeFile(target, out -> count[0] = CalendarReminders.write(
                    context.contacts().repository(), settings, choice.initialsOnly(), choice.slot(), words, out,
                    today, Instant.now()));
            return count[0];
        }).onSuccess(count -> {
            tell(owner, Alert.AlertType.INFORMATION, messages.format("coach.ics.done", count, target.toString()));
            done.accept(null);
        }).onError(error -> {
            tell(owner, Alert.AlertType.ERROR, messages.format("coach.ics.failed",
                    context.journal().errors().describe(error)));
            done.accept(error);
        }).runOn(context.journal().runner());
    }

    private void remember(String key, String value) {
        Tasks.create(() -> {
            settings.put(key, value);
            return null;
        }).runOn(context.journal().runner());
    }

    private Path chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("coach.ics.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("coach.ics.fileType"), "*.ics"));
        chooser.setInitialFileName("netjournal-reminders.ics");
        File home = new File(System.getProperty("user.home", "."));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        Path path = file.toPath();
        return path.getFileName().toString().contains(".") ? path : path.resolveSibling(path.getFileName() + ".ics");
    }

    private void tell(Window owner, Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text);
        DialogWindows.prepare(alert, owner);
        alert.setTitle(messages.get("coach.ics.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("calendarExported");
        alert.show();
    }
}
