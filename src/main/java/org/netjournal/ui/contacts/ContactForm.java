package org.netjournal.ui.contacts;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.netjournal.domain.Cadence;
import org.netjournal.ui.common.FormGrid;
import org.netjournal.ui.common.PickedChoices;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactRules;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactValidation;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.i18n.Messages;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.TabTraversal;
import org.netjournal.ui.common.DialogWindows;
import org.netjournal.ui.common.DateFields;

/**
 * The detail form of one contact, with its interaction timeline. Autosaves like the notes: a moment after
 * typing stops, when it is valid. While a field is invalid it is marked with the reason and nothing the user
 * typed is thrown away; it is simply not saved until it is fixed.
 */
final class ContactForm {

    private static final int AUTOSAVE_MILLIS = 700;

    private final ContactsModel model;
    private final ContactLabels labels;
    private final Messages messages;
    private final ScrollPane root = new ScrollPane();
    private final VBox content = new VBox(10);

    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final TextField company = new TextField();
    private final TextField role = new TextField();
    private final TextField email = new TextField();
    private final TextArea profiles = new TextArea();
    private final Label recognised = new Label();
    private final TextField howWeMet = new TextField();
    private final TextField tags = new TextField();
    private final ComboBox<ComfortStage> stage = new ComboBox<>();
    private final ComboBox<Cadence.Kind> cadence = new ComboBox<>();
    private final Spinner<Integer> customDays = new Spinner<>(1, 3650, 30);
    private final DatePicker connectedOn = new DatePicker();
    private final TextArea notes = new TextArea();
    private final Label formProblem = new Label();
    private final Label nextDue = new Label();
    private final VBox timeline = new VBox(6);
    private final Button delete = new Button();
    private final ValidationSupport validation = new ValidationSupport();
    private final PauseTransition autosave = new PauseTransition(Duration.millis(AUTOSAVE_MILLIS));

    /** The contact as last saved (or loaded); id 0 for a new one not yet saved. */
    private Contact current;
    private List<Interaction> interactions = List.of();
    private boolean populating;
    private boolean dirty;
    private boolean saving;
    private Runnable onDeleted = () -> { };

    ContactForm(ContactsModel model, ContactLabels labels) {
        this.model = model;
        this.labels = labels;
        this.messages = labels.messages();
        build();
        autosave.setOnFinished(event -> flush());
    }

    Region root() {
        return root;
    }

    /** True while a contact (new or saved) is open in the form. */
    javafx.beans.property.BooleanProperty showingProperty() {
        return content.visibleProperty();
    }

    void setOnDeleted(Runnable onDeleted) {
        this.onDeleted = onDeleted;
    }

    /** Opens a new, empty contact (saved once it has a name). */
    void openNew() {
        flush();
        show(Contact.named("", ""), List.of());
        firstName.requestFocus();
    }

    /** Loads and shows the contact with {@code id}. */
    void open(long id) {
        if (current != null && current.id() == id) {
            return;
        }
        flush();
        Tasks.create(() -> new Loaded(model.repository().find(id).orElse(null), model.repository().interactionsOf(id)))
                .onSuccess(loaded -> {
                    if (loaded.contact() != null) {
                        show(loaded.contact(), loaded.interactions());
                    }
                })
                .runOn(model.runner());
    }

    private record Loaded(Contact contact, List<Interaction> interactions) {
    }

    long currentId() {
        return current == null ? -1 : current.id();
    }

    TextField firstNameField() {
        return firstName;
    }

    private void show(Contact contact, List<Interaction> newInteractions) {
        populating = true;
        try {
            current = contact;
            firstName.setText(contact.firstName());
            lastName.setText(contact.lastName());
            company.setText(contact.company());
            role.setText(contact.role());
            email.setText(contact.email());
            profiles.setText(String.join("\n", contact.profiles().stream().map(ProfileLink::url).toList()));
            howWeMet.setText(contact.howWeMet());
            tags.setText(String.join(", ", contact.tags()));
            stage.setValue(contact.stage());
            cadence.setValue(contact.cadence().kind());
            if (contact.cadence().kind() == Cadence.Kind.CUSTOM) {
                customDays.getValueFactory().setValue(contact.cadence().customDays());
            }
            connectedOn.setValue(contact.connectedOn());
            notes.setText(contact.notes());
            dirty = false;
        } finally {
            populating = false;
        }
        updateRecognised();
        showInteractions(newInteractions);
        delete.setDisable(contact.id() == 0);
        content.setDisable(false);
        content.setVisible(true);
    }

    private void build() {
        content.getStyleClass().add("contact-form");
        content.setVisible(false);
        root.setContent(content);
        root.setFitToWidth(true);
        root.setId("contactForm");

        firstName.setId("firstName");
        lastName.setId("lastName");
        company.setId("company");
        role.setId("role");
        email.setId("email");
        profiles.setId("profiles");
        tags.setId("tags");
        notes.setId("contactNotes");
        profiles.setPrefRowCount(3);
        profiles.setWrapText(true);
        profiles.setPromptText(messages.get("contact.profilesPrompt"));
        tags.setPromptText(messages.get("contact.tagsPrompt"));
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        TabTraversal.install(profiles);
        TabTraversal.install(notes);
        recognised.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        stage.getItems().setAll(ComfortStage.values());
        PickedChoices.show(stage, labels::stage);
        stage.setId("stage");
        cadence.getItems().setAll(Cadence.Kind.values());
        PickedChoices.show(cadence, labels::cadence);
        cadence.setId("cadence");
        customDays.setEditable(true);
        customDays.setPrefWidth(100);
        customDays.visibleProperty().bind(cadence.valueProperty().isEqualTo(Cadence.Kind.CUSTOM));
        customDays.managedProperty().bind(customDays.visibleProperty());
        Label days = new Label(messages.get("contact.days"));
        days.visibleProperty().bind(customDays.visibleProperty());
        days.managedProperty().bind(customDays.visibleProperty());
        HBox cadenceRow = new HBox(8, cadence, customDays, days);
        cadenceRow.setAlignment(Pos.CENTER_LEFT);
        connectedOn.setId("connectedOn");
        DateFields.use(connectedOn, messages);

        GridPane grid = FormGrid.labelsAndFields(10, 8);
        int row = 0;
        HBox names = new HBox(8, firstName, lastName);
        HBox.setHgrow(firstName, Priority.ALWAYS);
        HBox.setHgrow(lastName, Priority.ALWAYS);
        firstName.setPromptText(messages.get("contact.firstName"));
        lastName.setPromptText(messages.get("contact.lastName"));
        grid.addRow(row++, fieldLabel("contact.name", firstName), names);
        grid.addRow(row++, fieldLabel("contact.company", company), company);
        grid.addRow(row++, fieldLabel("contact.role", role), role);
        grid.addRow(row++, fieldLabel("contact.email", email), email);
        grid.addRow(row++, fieldLabel("contact.profiles", profiles), new VBox(4, profiles, recognised));
        grid.addRow(row++, fieldLabel("contact.howWeMet", howWeMet), howWeMet);
        grid.addRow(row++, fieldLabel("contact.tags", tags), tags);
        grid.addRow(row++, fieldLabel("contact.stage", stage), stage);
        grid.addRow(row++, fieldLabel("contact.cadence", cadence), cadenceRow);
        grid.addRow(row++, fieldLabel("contact.connectedOn", connectedOn), connectedOn);
        grid.addRow(row, fieldLabel("contact.notes", notes), notes);

        formProblem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        formProblem.setWrapText(true);
        formProblem.setId("formProblem");
        formProblem.managedProperty().bind(formProblem.visibleProperty());
        formProblem.setVisible(false);

        Label interactionsTitle = new Label(messages.get("contact.interactions"));
        interactionsTitle.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        nextDue.setId("nextDue");
        nextDue.getStyleClass().add(Styles.TEXT_MUTED);

        delete.setText(messages.get("contact.delete"));
        delete.setGraphic(new FontIcon(Material2OutlinedAL.DELETE));
        delete.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        delete.setId("deleteContact");
        delete.setOnAction(event -> confirmDelete());
        HBox bottom = new HBox(delete);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(12, 0, 0, 0));

        content.getChildren().addAll(grid, formProblem, interactionsTitle, nextDue, logRow(), timeline, bottom);

        installValidation();
        ChangeListener<Object> changed = (obs, old, now) -> changed();
        for (var property : List.of(firstName.textProperty(), lastName.textProperty(), company.textProperty(),
                role.textProperty(), email.textProperty(), profiles.textProperty(), howWeMet.textProperty(),
                tags.textProperty(), notes.textProperty())) {
            property.addListener(changed);
        }
        stage.valueProperty().addListener(changed);
        cadence.valueProperty().addListener(changed);
        customDays.valueProperty().addListener(changed);
        connectedOn.valueProperty().addListener(changed);
        profiles.textProperty().addListener((obs, old, now) -> updateRecognised());
        for (var field : List.of(firstName, lastName, company, role, email, profiles, howWeMet, tags, notes)) {
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    flush();
                }
            });
        }
    }

    private Label fieldLabel(String key, javafx.scene.Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        return label;
    }

    private void installValidation() {
        Validator<String> name = (control, value) -> ValidationResult.fromMessageIf(control,
                messages.get("validation.nameRequired"), Severity.ERROR,
                ContactValidation.checkName(firstName.getText(), lastName.getText()).isPresent());
        validation.registerValidator(firstName, false, name);
        validation.registerValidator(lastName, false, name);
        validation.registerValidator(email, false, (javafx.scene.control.Control control, String value) ->
                ValidationResult.fromMessageIf(control, messages.get("validation.emailInvalid"), Severity.ERROR,
                        ContactValidation.checkEmail(value).isPresent()));
        validation.registerValidator(profiles, false, (javafx.scene.control.Control control, String value) -> {
            Optional<String> bad = badProfileLine(value);
            return ValidationResult.fromMessageIf(control,
                    messages.format("validation.urlNotHttp", bad.orElse("")), Severity.ERROR, bad.isPresent());
        });
        // the other name field must re-check when one changes
        firstName.textProperty().addListener((obs, old, now) -> validation.revalidate());
        lastName.textProperty().addListener((obs, old, now) -> validation.revalidate());
    }

    private static Optional<String> badProfileLine(String text) {
        return lines(text).stream().filter(line -> ContactValidation.checkProfileUrl(line).isPresent()).findFirst();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private void updateRecognised() {
        Set<Network> networks = new LinkedHashSet<>();
        for (String line : lines(profiles.getText())) {
            if (ContactValidation.isHttpUrl(line)) {
                networks.add(Network.fromUrl(line));
            }
        }
        recognised.setText(networks.isEmpty() ? "" : messages.format("contact.recognised", labels.networks(networks)));
    }

    private Region logRow() {
        DatePicker date = new DatePicker(LocalDate.now());
        date.setId("interactionDate");
        DateFields.use(date, messages);
        date.setPrefWidth(165);
        date.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<InteractionKind> kind = new ComboBox<>();
        kind.getItems().setAll(InteractionKind.values());
        PickedChoices.show(kind, labels::kind);
        kind.setValue(InteractionKind.LIKED);
        kind.setId("interactionKind");
        ComboBox<Network> network = new ComboBox<>();
        network.getItems().add(null);
        network.getItems().addAll(Network.values());
        PickedChoices.show(network, labels::network);
        network.setId("interactionNetwork");
        network.setPromptText(messages.get("contact.network"));
        TextField note = new TextField();
        note.setPromptText(messages.get("contact.interactionNote"));
        note.setId("interactionNote");
        HBox.setHgrow(note, Priority.ALWAYS);
        Button log = new Button(messages.get("contact.log"), new FontIcon(Material2OutlinedAL.ADD));
        log.setId("logInteraction");
        Runnable add = () -> {
            flush();
            if (current == null || current.id() == 0 || date.getValue() == null || kind.getValue() == null) {
                return;
            }
            Interaction interaction = new Interaction(0, current.id(), date.getValue(), kind.getValue(),
                    network.getValue(), note.getText(), null);
            model.addInteraction(interaction, saved -> {
                note.clear();
                reloadAfterInteraction(saved);
            });
        };
        log.setOnAction(event -> add.run());
        note.setOnAction(event -> add.run());
        log.disableProperty().bind(delete.disableProperty()); // both need a saved contact
        HBox what = new HBox(8, date, kind, network);
        what.setAlignment(Pos.CENTER_LEFT);
        HBox how = new HBox(8, note, log);
        how.setAlignment(Pos.CENTER_LEFT);
        log.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(8, what, how);
    }

    private void reloadAfterInteraction(Contact saved) {
        long id = saved.id();
        Tasks.create(() -> model.repository().interactionsOf(id)).onSuccess(list -> {
            if (current != null && current.id() == id) {
                // the stage may have moved up: take it over without disturbing other fields being edited
                current = current.withStage(saved.stage());
                populating = true;
                stage.setValue(saved.stage());
                populating = false;
                showInteractions(list);
            }
        }).runOn(model.runner());
    }

    private void showInteractions(List<Interaction> list) {
        interactions = List.copyOf(list);
        timeline.getChildren().clear();
        if (interactions.isEmpty()) {
            Label none = new Label(messages.get("contact.noInteractions"));
            none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            timeline.getChildren().add(none);
        }
        for (Interaction interaction : interactions) {
            Label when = new Label(labels.date(interaction.date()));
            when.setMinWidth(Region.USE_PREF_SIZE);
            when.getStyleClass().add(Styles.TEXT_BOLD);
            Label what = new Label(labels.kind(interaction.kind())
                    + (interaction.network() == null ? "" : " \u00b7 " + labels.network(interaction.network()))
                    + (interaction.note().isBlank() ? "" : " \u2014 " + interaction.note()));
            what.setWrapText(true);
            HBox.setHgrow(what, Priority.ALWAYS);
            what.setMaxWidth(Double.MAX_VALUE);
            Button remove = new Button(null, new FontIcon(Material2OutlinedAL.DELETE));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setTooltip(new Tooltip(messages.get("contact.removeInteraction")));
            remove.setAccessibleText(messages.get("contact.removeInteraction"));
            remove.setOnAction(event -> model.deleteInteraction(interaction, this::reloadAfterInteraction));
            HBox row = new HBox(10, when, what, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("timeline-row");
            timeline.getChildren().add(row);
        }
        updateNextDue();
    }

    private void updateNextDue() {
        if (current == null) {
            return;
        }
        Cadence rhythm = cadenceFromForm();
        LocalDate last = interactions.stream().map(Interaction::date).max(LocalDate::compareTo).orElse(null);
        LocalDate added = LocalDate.ofInstant(current.createdAt(), java.time.ZoneId.systemDefault());
        Optional<LocalDate> due = ContactRules.nextDue(rhythm, last, added);
        nextDue.setText(due.map(date -> messages.format("contact.nextDue", labels.date(date),
                        labels.dueText(date, LocalDate.now())))
                .orElse(messages.get("contact.noCadence")));
    }

    private Cadence cadenceFromForm() {
        Cadence.Kind kind = cadence.getValue() == null ? Cadence.Kind.NONE : cadence.getValue();
        if (kind == Cadence.Kind.CUSTOM) {
            Integer value = customDays.getValue();
            return Cadence.everyDays(value == null ? 30 : Math.max(1, Math.min(3650, value)));
        }
        return new Cadence(kind, 0);
    }

    private void changed() {
        if (populating || current == null) {
            return;
        }
        dirty = true;
        updateNextDue();
        model.saveStatus().setWaiting(true);
        autosave.playFromStart();
    }

    /** Edits that are not in the journal: invalid ones wait for a fix, so quitting now would lose them. */
    boolean hasUnsavedInput() {
        return dirty && current != null;
    }

    /** Saves now if something changed and everything is valid. */
    void flush() {
        autosave.stop();
        if (!dirty || current == null) {
            model.saveStatus().setWaiting(false);
            return;
        }
        Optional<String> problem = problem();
        formProblem.setVisible(problem.isPresent());
        formProblem.setText(problem.orElse(""));
        if (problem.isPresent()) {
            model.saveStatus().setWaiting(false);
            return; // keep the text, save once fixed
        }
        if (saving) {
            return; // the running save picks this up when it returns
        }
        model.saveStatus().setWaiting(false);
        Contact toSave = contactFromForm();
        dirty = false;
        saving = true;
        model.save(toSave, interactions.stream().map(Interaction::date).max(LocalDate::compareTo).orElse(null),
                saved -> {
                    saving = false;
                    if (current != null && (current.id() == saved.id() || current.id() == 0)) {
                        current = saved;
                        delete.setDisable(false);
                    }
                    if (dirty) {
                        flush();
                    }
                });
    }

    private Optional<String> problem() {
        if (ContactValidation.checkName(firstName.getText(), lastName.getText()).isPresent()) {
            return Optional.of(messages.get("contact.fixName"));
        }
        if (ContactValidation.checkEmail(email.getText()).isPresent()) {
            return Optional.of(messages.get("validation.emailInvalid"));
        }
        Optional<String> bad = badProfileLine(profiles.getText());
        return bad.map(line -> messages.format("validation.urlNotHttp", line));
    }

    private Contact contactFromForm() {
        List<ProfileLink> links = lines(profiles.getText()).stream().map(ProfileLink::of).toList();
        List<String> tagList = Arrays.stream(tags.getText().split(","))
                .map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
        Instant created = current.id() == 0 && current.createdAt().equals(Instant.EPOCH) ? Instant.now()
                : current.createdAt();
        return new Contact(current.id(), firstName.getText().strip(), lastName.getText().strip(),
                company.getText().strip(), role.getText().strip(), links, email.getText().strip(),
                howWeMet.getText().strip(), tagList, stage.getValue(), cadenceFromForm(), notes.getText(),
                current.id() == 0 ? ContactSource.MANUAL : current.source(), connectedOn.getValue(), created);
    }

    private void confirmDelete() {
        if (current == null || current.id() == 0) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                messages.format("contact.deleteQuestion", current.fullName()), ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText(messages.get("contact.deleteTitle"));
        DialogWindows.prepare(confirm, root.getScene().getWindow());
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            long id = current.id();
            autosave.stop();
            dirty = false;
            model.delete(id, () -> {
                current = null;
                content.setVisible(false);
                onDeleted.run();
            });
        }
    }
}
