package org.netjournal.ui.contacts;

import java.time.ZoneId;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.layout.FlowPane;
import org.netjournal.domain.NextSmallSteps;
import org.netjournal.ui.shared.coach.CoachTexts;
import org.netjournal.ui.shared.strategy.TargetField;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
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
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.i18n.Messages;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.Confirmation;
import org.netjournal.ui.common.TabTraversal;
import org.netjournal.ui.common.DateFields;
import org.netjournal.ui.models.ContactsModel;
import org.netjournal.ui.models.MyNetworksModel;
import org.netjournal.ui.shared.networks.ChosenNetworksWatch;
import org.netjournal.ui.shared.ContactLabels;

/**
 * The detail form of one contact, with its interaction timeline. Autosaves like the notes (the window's
 * {@link org.netjournal.ui.common.Autosave}). A field that cannot be stored as typed ({@link ContactEdits}) does not hold back the others: they
 * are saved, the field keeps its text and is marked with the reason, and the status bar says what is not saved.
 * Leaving the contact then asks first, with "Go back and fix" as the default.
 *
 * <p>Longer than 400 lines because every field of a contact, its marks for what cannot be stored and the interaction
 * log share the contact being edited and its autosave.
 */
final class ContactForm {

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
    private ContactChannelsField channels; // further e-mail addresses and phone numbers (issue 13)
    private final Label formProblem = new Label();
    private final Label nextDue = new Label();
    /** The coach's next small step, for a target contact only. */
    private final Label nextStep = new Label();
    private final VBox timeline = new VBox(6);
    private final Button delete = new Button();
    private final ComboBox<Network> interactionNetwork = new ComboBox<>();
    /** The user's networks (step 2), named under the profile links while none is recognised; null until given. */
    private MyNetworksModel myNetworks;
    private final ValidationSupport validation = new ValidationSupport();

    /** The contact as last saved (or loaded); id 0 for a new one not yet saved. */
    private Contact current;
    /** The form checked against {@link #current}: what is stored and what is not. */
    private ContactEdits.Checked checked = ContactEdits.Checked.NOTHING;
    private List<Interaction> interactions = List.of();
    private boolean populating;
    /**
     * The autosave key of the open contact and its id as the journal knows it: set on the storage thread by the
     * write that inserts a new contact, so a later write of the same form updates it instead of inserting twice.
     */
    private AtomicLong savedId = new AtomicLong(-1);
    private Runnable onDeleted = () -> { };
    /** "On my list" and the focus group (step 5); null until {@link #showTargets} adds it. */
    private TargetField target;
    private GridPane grid;
    private int targetRow;

    ContactForm(ContactsModel model, ContactLabels labels) {
        this.model = model;
        this.labels = labels;
        this.messages = labels.messages();
        build();
    }

    Region root() {
        return root;
    }

    /** Adds the "on my list" row (whether the contact is a target contact, its focus group) below the tags. */
    void showTargets(TargetField field) {
        target = field;
        Label label = new Label(messages.get("contact.target"));
        label.setLabelFor(field.root());
        grid.addRow(targetRow, label, field.root());
        field.onListProperty().addListener(observable -> showNextStep());
        if (current != null) {
            field.show(current.id());
        }
    }

    /**
     * The user's networks (step 2) come first where an interaction's network is chosen (a single one preset) and
     * are named under the profile links until a link is recognised.
     */
    void useNetworks(MyNetworksModel networks) {
        myNetworks = networks;
        NetworkChoices.follow(interactionNetwork, networks, labels, labels.network(null), true);
        ChosenNetworksWatch.attach(recognised, networks, chosen -> updateRecognised());
    }

    /** True while a contact (new or saved) is open in the form. */
    BooleanProperty showingProperty() {
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

    /**
     * Closes the contact shown (it left the list through a filter), after saving what was typed; a form holding
     * text it cannot store stays open, so nothing typed is lost.
     */
    void close() {
        if (current == null || holdsUnstorableText()) {
            return;
        }
        flush();
        current = null;
        content.setVisible(false);
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
            channels.show(contact);
            profiles.setText(ContactEdits.profilesText(contact.profiles()));
            howWeMet.setText(contact.howWeMet());
            tags.setText(String.join(", ", contact.tags()));
            stage.setValue(contact.stage());
            cadence.setValue(contact.cadence().kind());
            if (contact.cadence().kind() == Cadence.Kind.CUSTOM) {
                customDays.getValueFactory().setValue(contact.cadence().customDays());
            }
            connectedOn.setValue(contact.connectedOn());
            notes.setText(contact.notes());
            if (target != null) {
                target.show(contact.id());
            }
            model.autosave().flush(); // what is writable of the contact that was open is written
            savedId = new AtomicLong(contact.id());
        } finally {
            populating = false;
        }
        checked = ContactEdits.check(contact, typed());
        validation.revalidate();
        showProblems(); // a problem of the contact shown before is not this one's
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
        recognised.setWrapText(true); // a long German sentence wraps instead of widening the form
        recognised.setId("profilesRecognised");

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

        grid = FormGrid.labelsAndFields(10, 8);
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
        channels = new ContactChannelsField(messages, this::changed, this::flush);
        row = channels.addRows(grid, row);
        grid.addRow(row++, fieldLabel("contact.profiles", profiles), new VBox(4, profiles, recognised));
        grid.addRow(row++, fieldLabel("contact.howWeMet", howWeMet), howWeMet);
        grid.addRow(row++, fieldLabel("contact.tags", tags), tags);
        targetRow = row++; // "on my list", once showTargets adds it
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

        nextStep.setId("contactNextStep");
        nextStep.setWrapText(true);
        nextStep.getStyleClass().add("coach-step");
        stage.valueProperty().addListener(observable -> showNextStep());
        content.getChildren().addAll(grid, formProblem, interactionsTitle, nextDue, nextStep, logRow(), timeline,
                bottom);

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

    private Label fieldLabel(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        return label;
    }

    /** Marks each field whose text is not stored with the reason (the check is redone on every change). */
    private void installValidation() {
        markProblemsOf(firstName, ContactEdits.Field.NAME);
        markProblemsOf(lastName, ContactEdits.Field.NAME);
        markProblemsOf(email, ContactEdits.Field.EMAIL);
        markProblemsOf(profiles, ContactEdits.Field.PROFILES);
    }

    private void markProblemsOf(Control field, ContactEdits.Field which) {
        Validator<Object> validator = (control, value) -> ValidationResult.fromMessageIf(control,
                checked.problemOf(which).map(problem -> problem.describe(messages)).orElse(""), Severity.ERROR,
                checked.problemOf(which).isPresent());
        validation.registerValidator(field, false, validator);
    }

    private void updateRecognised() {
        Set<Network> networks = new LinkedHashSet<>();
        for (String line : ContactEdits.lines(profiles.getText())) {
            ProfileLink.parse(line).ifPresent(link -> networks.add(link.network()));
        }
        List<String> mine = myNetworks == null ? List.of() : myNetworks.summary().get().chosen().stream()
                .map(network -> MyNetworksModel.name(network, messages)).toList();
        if (networks.isEmpty() && !mine.isEmpty()) {
            recognised.setText(messages.format("contact.yourNetworks", String.join(", ", mine)));
            return;
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
        ComboBox<Network> network = interactionNetwork;
        network.getItems().add(null);
        network.getItems().addAll(Network.values()); // the user's first once useNetworks knows them
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
        // date, kind and network wrap onto a second line where the form is narrow (German kinds are long)
        FlowPane what = new FlowPane(8, 8, date, kind, network);
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
        LocalDate added = LocalDate.ofInstant(current.createdAt(), ZoneId.systemDefault());
        Optional<LocalDate> due = ContactRules.nextDue(rhythm, last, added);
        nextDue.setText(due.map(date -> messages.format("contact.nextDue", labels.date(date),
                        labels.dueText(date, LocalDate.now())))
                .orElse(messages.get("contact.noCadence")));
        showNextStep();
    }

    /** "Next small step: send Lena a short message", from the stage on the form, for a target contact. */
    private void showNextStep() {
        boolean shown = current != null && target != null && target.onListProperty().get() && stage.getValue() != null;
        nextStep.setVisible(shown);
        nextStep.setManaged(shown);
        if (shown) {
            String name = CoachTexts.callName(firstName.getText(),
                    (firstName.getText() + " " + lastName.getText()).strip());
            nextStep.setText(messages.format("coach.contact.nextStep", new CoachTexts(
                    messages).step(NextSmallSteps.forStage(stage.getValue()), name)));
        }
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
        checked = ContactEdits.check(current, typed());
        validation.revalidate(); // e.g. a company typed makes a nameless contact storable: the name mark goes
        showProblems();
        updateNextDue();
        Optional<Contact> storable = storable();
        if (storable.isEmpty()) {
            return; // nothing can be stored yet: the refused text stays in the form, marked and said
        }
        AtomicLong id = savedId;
        Contact typed = storable.get();
        LocalDate lastInteraction = interactions.stream().map(Interaction::date).max(LocalDate::compareTo)
                .orElse(null);
        model.autosave().edited(id, () -> {
            Contact saved = model.repository().save(typed.withId(Math.max(0, id.get())));
            id.set(saved.id());
            return saved;
        }, saved -> {
            model.showSaved(saved, lastInteraction);
            if (current != null && savedId == id) {
                current = saved;
                delete.setDisable(false);
                if (target != null) {
                    target.show(saved.id()); // a choice made before the first save is written now
                }
            }
        });
    }

    /** Edits that are not in the journal: refused ones wait for a fix, so quitting now would lose them. */
    boolean hasUnsavedInput() {
        return current != null && (model.autosave().hasPending(savedId) || holdsBack());
    }

    /** True when the form holds typed text that cannot be stored as typed (call {@link #flush()} first). */
    boolean holdsUnstorableText() {
        return current != null && holdsBack();
    }

    /**
     * Before another contact is shown in place of this one: saves what can be saved and, when some typed text
     * cannot be, asks whether to leave it. "Go back and fix" is the default; it focuses the field to fix.
     *
     * @return true when the form may show another contact
     */
    boolean confirmLeave() {
        flush();
        if (!holdsUnstorableText()) {
            return true;
        }
        boolean leave = new Confirmation(root.getScene().getWindow(), messages.get("contact.leave.title"),
                messages.format("contact.leave.text", checked.describe(messages)),
                messages.get("contact.leave.discard"), messages.get("contact.leave.fix"))
                .withId("leaveContact").confirmed();
        if (leave) {
            model.saveStatus().setNotSaved(this, "");
        } else {
            focusFirstProblem();
        }
        return leave;
    }

    private void focusFirstProblem() {
        checked.problems().stream().findFirst().ifPresent(problem -> (switch (problem.field()) {
            case NAME -> firstName;
            case EMAIL -> email;
            case PROFILES -> profiles;
        }).requestFocus());
    }

    /** Saves now what can be stored, if something changed; what cannot is marked and said in the status bar. */
    void flush() {
        if (current == null) {
            return;
        }
        checked = ContactEdits.check(current, typed());
        showProblems();
        model.autosave().flush();
    }

    /** What is refused is marked below the fields and said in the status bar, until it is fixed or left. */
    private void showProblems() {
        String sentence = String.join(" ", Stream.of(checked.describe(messages),
                channels.problem().orElse("")).filter(text -> !text.isEmpty()).toList());
        formProblem.setVisible(!sentence.isEmpty());
        formProblem.setText(sentence);
        model.saveStatus().setNotSaved(this, sentence);
    }

    /** True when some typed text cannot be stored as typed, in the main fields or among the e-mails and phones. */
    private boolean holdsBack() {
        return !checked.allStored() || channels.problem().isPresent();
    }

    /**
     * The contact to write now: every storable field as typed (see {@link ContactEdits}); the further e-mail
     * addresses and phone numbers as typed unless one of them cannot be stored, then as they were.
     */
    private Optional<Contact> storable() {
        return checked.toStore().map(contact -> contact.withDetails(channels.problem().isPresent()
                ? current.details() : channels.details(current.details(), contact.email())));
    }

    private ContactEdits.Typed typed() {
        return new ContactEdits.Typed(firstName.getText(), lastName.getText(), company.getText(), role.getText(),
                email.getText(), profiles.getText(), howWeMet.getText(), tags.getText(), stage.getValue(),
                cadenceFromForm(), notes.getText(), connectedOn.getValue());
    }

    private void confirmDelete() {
        if (current == null || current.id() == 0) {
            return;
        }
        boolean confirmed = new Confirmation(root.getScene().getWindow(), messages.get("contact.deleteTitle"),
                messages.format("contact.deleteQuestion",
                        ContactLabels.nameOf(current.fullName(), current.company(), current.email())),
                messages.get("contact.delete"),
                messages.get("confirm.cancel")).withId("deleteContactQuestion").confirmed();
        if (confirmed) {
            long id = current.id();
            model.autosave().forget(savedId);
            checked = ContactEdits.Checked.NOTHING;
            model.saveStatus().setNotSaved(this, "");
            model.delete(id, () -> {
                current = null;
                content.setVisible(false);
                onDeleted.run();
            });
        }
    }
}
