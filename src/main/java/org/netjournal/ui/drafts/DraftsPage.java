package org.netjournal.ui.drafts;

import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
import org.netjournal.domain.Post;
import org.netjournal.domain.PostStatus;
import org.netjournal.ui.Destination;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.models.MyNetworksModel;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.ui.common.Confirmation;
import org.netjournal.domain.Contact;
import org.netjournal.ui.common.PickedChoices;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.Draft;
import org.netjournal.domain.Network;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.AreaPage;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.models.ContactsModel;
import org.netjournal.ui.shared.ContactPicker;
import org.netjournal.ui.models.JournalModels;

/**
 * The drafts area: reusable texts (connection requests, first comments) per network on the left, the selected
 * one on the right with its placeholders, a preview, and "Copy for …" a contact, which fills the placeholders in
 * and puts the text on the clipboard. Edits save by themselves, like the contact form: after a short pause, when
 * a field loses focus, and on switching to another draft or area.
 *
 * <p>Longer than 400 lines because the list, the editor with its autosave, the starter marks and "Copy for…" share
 * the selected draft.
 */
public final class DraftsPage implements AreaPage {

    static final int CONFIRMATION_MILLIS = 4000;

    private final JournalModels journal;
    private final ContactsModel contacts;
    private ContactPicker picker;
    private final Messages messages;
    private final SplitPane root = new SplitPane();
    private final ListView<Draft> list = new ListView<>();
    private final FilteredList<Draft> filtered;
    private final ComboBox<Network> networkFilter = new ComboBox<>();

    private final VBox editor = new VBox(14);
    private final TextField title = new TextField();
    private final ComboBox<Network> network = new ComboBox<>();
    private final TextArea text = new TextArea();
    private final TextField contactField = new TextField();
    private final Button copy = new Button();
    private final Label picked = new Label();
    private final Label confirmation = new Label();
    private final Label preview = new Label();
    private final Label previewTitle = new Label();
    private final PauseTransition hideConfirmation = new PauseTransition(Duration.millis(CONFIRMATION_MILLIS));

    /** The draft as last saved (or opened); null when none is open. */
    private Draft current;
    private ContactSummary contact;
    private boolean populating;
    private final SaveStatus saveStatus;
    private boolean selecting;

    /** The user's networks: listed first, the first one preset for a new draft. */
    private final MyNetworksModel networks;

    public DraftsPage(UiContext context) {
        this.journal = context.journal();
        this.contacts = context.contacts();
        this.starterDrafts = context.strategy().starterDrafts();
        this.saveStatus = context.saveStatus();
        this.messages = context.messages();
        this.networks = context.networks();
        this.filtered = new FilteredList<>(journal.drafts().list(), draft -> true);
        contacts.contacts(); // loads them now for "Copy for …", which suggests contacts as one types

        BorderPane left = new BorderPane(list);
        left.setTop(toolbar());
        left.setMinWidth(280);
        buildList();

        Label pick = new Label();
        pick.textProperty().bind(Bindings.when(Bindings.isEmpty(
                journal.drafts().list())).then(messages.get("drafts.start")).otherwise(messages.get("drafts.pick")));
        pick.getStyleClass().add("empty-hint");
        pick.setWrapText(true);
        buildEditor();
        ScrollPane scroll = new ScrollPane(editor);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-page-scroll");
        StackPane right = new StackPane(pick, scroll);
        pick.visibleProperty().bind(scroll.visibleProperty().not());
        scroll.setVisible(false);
        editor.visibleProperty().addListener((obs, was, shown) -> scroll.setVisible(shown));
        editor.setVisible(false);
        right.setMinWidth(380);

        root.getItems().setAll(left, right);
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.36);
        root.setId("draftsPage");
        hideConfirmation.setOnFinished(event -> confirmation.setVisible(false));
    }

    @Override
    public Region root() {
        return root;
    }

    /**
     * Opens the draft the destination names (clearing a network filter that hides it), else the first draft when
     * none is open yet, so the page never starts empty when there are drafts.
     */
    @Override
    public void shown(Destination destination) {
        if (destination instanceof Destination.Drafts wanted && wanted.draftId() != 0) {
            if (filtered.stream().noneMatch(draft -> draft.id() == wanted.draftId())) {
                networkFilter.setValue(null);
            }
            for (int i = 0; i < filtered.size(); i++) {
                if (filtered.get(i).id() == wanted.draftId()) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(i);
                    return;
                }
            }
        }
        if (current == null && !filtered.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    @Override
    public void flush() {
        journal.flushEdits();
    }

    // ---------------------------------------------------------------------------------------------------
    // The list

    private Region toolbar() {
        networkFilter.getItems().add(null);
        networkFilter.getItems().addAll(networks.ordered());
        PickedChoices.show(networkFilter, value -> value == null ? messages.get("drafts.allNetworks")
                : networkName(value));
        networkFilter.setButtonCell(new NetworkCell(true));
        networkFilter.setId("draftNetworkFilter");
        networkFilter.setTooltip(new Tooltip(messages.get("drafts.filterHint")));
        networkFilter.valueProperty().addListener((obs, old, value) -> {
            flush();
            filtered.setPredicate(draft -> value == null || draft.network() == null || draft.network() == value);
            reselect();
        });
        // never cut ("Alle Netz…" in German at 960 px): the whole value shows, and the button moves below when the
        // list pane is too narrow for both side by side
        networkFilter.setMinWidth(Region.USE_PREF_SIZE);

        Button add = new Button(messages.get("drafts.new"), new FontIcon(Material2OutlinedMZ.POST_ADD));
        add.setId("newDraft");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(event -> newDraft());
        add.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(8, 8, networkFilter, add);
        bar.getStyleClass().add("contacts-toolbar");
        return bar;
    }

    private void buildList() {
        list.setId("draftList");
        list.setItems(filtered);
        list.setCellFactory(view -> new DraftCell());
        starterDrafts.addListener(new WeakInvalidationListener(refreshExamples));
        Label empty = new Label(messages.get("drafts.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-hint");
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, draft) -> {
            if (selecting || draft == null || current != null && draft.id() == current.id()) {
                return; // a saved copy replacing the open one, or the list losing its selection for a moment
            }
            flush();
            open(draft);
        });
        filtered.addListener((ListChangeListener<Draft>) change -> reselect());
    }

    /** Keeps the open draft selected after the list changed under it (saving replaces the row). */
    private void reselect() {
        if (current == null) {
            return;
        }
        selecting = true;
        try {
            Draft selected = list.getSelectionModel().getSelectedItem();
            if (selected == null || selected.id() != current.id()) {
                for (int i = 0; i < filtered.size(); i++) {
                    if (filtered.get(i).id() == current.id()) {
                        list.getSelectionModel().select(i);
                        return;
                    }
                }
                list.getSelectionModel().clearSelection();
            }
        } finally {
            selecting = false;
        }
    }

    /** The drafts still NetJournal's untouched starter texts (marked "Example"), by id. */
    private final ObservableMap<Long, String> starterDrafts;
    private final InvalidationListener refreshExamples = marks -> list.refresh();

    private final class DraftCell extends ListCell<Draft> {
        @Override
        protected void updateItem(Draft draft, boolean empty) {
            super.updateItem(draft, empty);
            if (empty || draft == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(draft.title().isBlank() ? messages.get("drafts.untitled") : draft.title());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            if (draft.title().isBlank()) {
                name.getStyleClass().add(Styles.TEXT_MUTED);
            }
            Label chip = new Label(draft.network() == null ? messages.get("drafts.anyNetwork")
                    : networkName(draft.network()));
            chip.getStyleClass().addAll(Styles.TEXT_SMALL, "state-chip");
            chip.setMinWidth(Region.USE_PREF_SIZE); // the title gives way, not the network
            Region space = new Region();
            HBox.setHgrow(space, Priority.ALWAYS);
            HBox top = new HBox(8, name, space, chip);
            if (starterDrafts.containsKey(draft.id())) { // NetJournal's example, untouched: editing makes it yours
                Label example = new Label(messages.get("drafts.example"));
                example.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.ACCENT, "state-chip", "example-chip");
                example.setMinWidth(Region.USE_PREF_SIZE);
                top.getChildren().add(2, example);
            }
            top.setAlignment(Pos.CENTER_LEFT);
            name.setMinWidth(0);
            Label first = new Label(firstLine(draft.text()));
            first.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            first.setMinWidth(0);
            VBox box = new VBox(2, top, first);
            box.setPadding(new Insets(4, 2, 4, 2));
            box.setMinWidth(0);
            box.setPrefWidth(0);
            setGraphic(box);
            setText(null);
        }
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end).strip() + " \u2026";
    }

    // ---------------------------------------------------------------------------------------------------
    // The editor

    private void buildEditor() {
        editor.setId("draftEditor");
        editor.getStyleClass().add("contact-form");
        editor.setPadding(new Insets(18, 22, 22, 22));

        Label heading = new Label(messages.get("drafts.title"));
        heading.getStyleClass().add(Styles.TITLE_3);

        title.setId("draftTitle");
        title.setPromptText(messages.get("drafts.titlePrompt"));
        network.setId("draftNetwork");
        network.getItems().add(null);
        network.getItems().addAll(networks.ordered());
        PickedChoices.show(network, value -> value == null ? messages.get("drafts.anyNetwork") : networkName(value));
        network.setButtonCell(new NetworkCell(false));
        network.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        VBox titleBox = labelled("drafts.titleLabel", title);
        HBox.setHgrow(titleBox, Priority.ALWAYS);
        VBox networkBox = labelled("drafts.networkLabel", network);
        networkBox.setMinWidth(170);
        HBox titleRow = new HBox(12, titleBox, networkBox);

        text.setId("draftText");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPromptText(messages.get("drafts.textPrompt"));
        FlowPane placeholders = new FlowPane(6, 6);
        Label insert = new Label(messages.get("drafts.insert"));
        insert.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        placeholders.getChildren().add(insert);
        for (String placeholder : Draft.PLACEHOLDERS) {
            Button button = new Button(placeholder);
            button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            button.setId("insert-" + placeholder.substring(1, placeholder.length() - 1));
            button.setFocusTraversable(false);
            button.setTooltip(new Tooltip(messages.format("drafts.insertHint", placeholder)));
            button.setOnAction(event -> {
                text.replaceSelection(placeholder);
                text.requestFocus();
            });
            placeholders.getChildren().add(button);
        }
        placeholders.setAlignment(Pos.CENTER_LEFT);
        VBox textBox = labelled("drafts.textLabel", text);
        textBox.getChildren().add(placeholders);

        for (Control field : List.of(title, text, network)) {
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    flush();
                }
            });
        }
        title.textProperty().addListener((obs, old, value) -> edited());
        text.textProperty().addListener((obs, old, value) -> edited());
        network.valueProperty().addListener((obs, old, value) -> edited());

        editor.getChildren().addAll(heading, titleRow, textBox, copySection(), bottomRow());
    }

    private Region copySection() {
        Label heading = new Label(messages.get("drafts.copyHeading"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(messages.get("drafts.copyHint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);

        contactField.setId("copyContact");
        contactField.setPromptText(messages.get("drafts.contactPrompt"));
        HBox.setHgrow(contactField, Priority.ALWAYS);
        picker = new ContactPicker(contactField, messages, contacts.contacts(), contact -> true, this::pickContact);
        contactField.setOnAction(event -> {
            // Enter on a name typed in full (or the only match) picks it without the popup
            List<ContactSummary> matches = picker.forEnter();
            if (matches.size() == 1) {
                pickContact(matches.get(0));
            }
        });
        contactField.textProperty().addListener((obs, old, value) -> {
            if (contact != null && !picker.label(contact).equals(value)) {
                contact = null;
                updatePreview();
            }
        });

        copy.setId("copyDraft");
        copy.setGraphic(new FontIcon(Material2OutlinedAL.CONTENT_COPY));
        copy.getStyleClass().add(Styles.ACCENT);
        copy.setOnAction(event -> copyToClipboard());
        HBox pickRow = new HBox(8, contactField, copy);
        pickRow.setAlignment(Pos.CENTER_LEFT);

        confirmation.setId("copyConfirmation");
        confirmation.getStyleClass().addAll(Styles.SUCCESS, Styles.TEXT_SMALL);
        confirmation.setGraphic(new FontIcon(Material2OutlinedAL.CHECK_CIRCLE));
        confirmation.setVisible(false);
        confirmation.setWrapText(true);

        picked.setId("pickedContact");
        picked.setVisible(false);
        picked.managedProperty().bind(picked.visibleProperty());

        previewTitle.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        preview.setId("draftPreview");
        preview.setWrapText(true);
        preview.setMinHeight(Region.USE_PREF_SIZE);
        preview.getStyleClass().add("guidance-text");
        VBox previewBox = new VBox(6, previewTitle, preview);
        previewBox.getStyleClass().add("guidance");

        VBox section = new VBox(8, new VBox(2, heading, hint), pickRow, confirmation, previewBox);
        section.setPadding(new Insets(8, 0, 0, 0));
        return section;
    }

    private Region bottomRow() {
        Button delete = new Button(messages.get("drafts.delete"), new FontIcon(Material2OutlinedAL.DELETE));
        delete.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        delete.setId("deleteDraft");
        delete.setOnAction(event -> confirmDelete());
        Label saved = new Label(messages.get("drafts.autosave"), new FontIcon(Material2OutlinedMZ.SAVE));
        saved.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Button toPost = new Button(messages.get("posts.fromDraft"));
        toPost.setId("draftToPost");
        toPost.setOnAction(event -> turnIntoPost());
        HBox row = new HBox(8, saved, space, toPost, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A copy of the open draft's text in the post planner (step 6), as a draft post on its network. */
    private void turnIntoPost() {
        if (current == null) {
            return;
        }
        journal.flushEdits();
        String textNow = title.getText().isBlank() ? text.getText()
                : title.getText().strip() + "\n" + text.getText();
        Post post = Post.idea(textNow)
                .withStatus(PostStatus.DRAFT)
                .withNetworks(network.getValue() == null ? Set.of() : Set.of(network.getValue()));
        journal.posts().save(post, saved -> saveStatus.announce(messages.get("posts.fromDraftDone")));
    }

    private VBox labelled(String key, Control field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return new VBox(4, label, field);
    }

    private void edited() {
        if (populating || current == null) {
            return;
        }
        // Every draft in the editor is stored already (a new one is saved before it opens), so a save is an
        // update by id; the autosave writes the newest text and keeps it after a failure.
        Draft typed = new Draft(current.id(), network.getValue(), title.getText().strip(), text.getText());
        journal.drafts().edited(typed, saved -> {
            if (current != null && current.id() == saved.id()) {
                current = saved;
            }
            reselect();
        });
        updatePreview();
    }

    /** Shows {@code draft} in the editor. */
    private void open(Draft draft) {
        current = draft;
        populating = true;
        try {
            title.setText(draft.title());
            network.setValue(draft.network());
            text.setText(draft.text());
        } finally {
            populating = false;
        }
        confirmation.setVisible(false);
        editor.setVisible(true);
        updatePreview();
    }

    private void newDraft() {
        flush();
        // the filtered network, else the user's first network
        Draft draft = Draft.of(networkFilter.getValue() != null ? networkFilter.getValue() : networks.firstDefault(),
                "", "");
        journal.drafts().save(draft, saved -> {
            open(saved);
            reselect();
            list.scrollTo(saved);
            title.requestFocus();
        });
    }

    private void confirmDelete() {
        if (current == null) {
            return;
        }
        String name = title.getText().isBlank() ? messages.get("drafts.untitled") : title.getText().strip();
        if (new Confirmation(root.getScene().getWindow(), messages.get("drafts.deleteTitle"),
                messages.format("drafts.deleteQuestion", name), messages.get("drafts.delete"),
                messages.get("confirm.cancel")).withId("deleteDraftQuestion").confirmed()) {
            long id = current.id();
            current = null;
            editor.setVisible(false);
            list.getSelectionModel().clearSelection();
            journal.drafts().delete(id);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Copy for …

    /** Picks the contact to fill the placeholders with (the autocompletion calls it; tests may too). */
    void pickContact(ContactSummary summary) {
        contact = summary;
        contactField.setText(picker.label(summary));
        contactField.positionCaret(contactField.getLength());
        updatePreview();
    }

    private void updatePreview() {
        String draftText = text.getText();
        boolean placeholders = Draft.of(null, "", draftText).hasPlaceholders();
        copy.setText(contact != null ? messages.format("drafts.copyFor", contact.fullName())
                : messages.get("drafts.copy"));
        copy.setDisable(draftText.isBlank() || placeholders && contact == null);
        copy.setTooltip(new Tooltip(copy.isDisabled() && !draftText.isBlank()
                ? messages.get("drafts.copyNeedsContact") : messages.get("drafts.copyTooltip")));
        Contact example = contact != null ? toContact(contact)
                : Contact.named(messages.get("drafts.exampleFirstName"), messages.get("drafts.exampleLastName"));
        if (contact == null) {
            example = new Contact(0, example.firstName(), example.lastName(), messages.get("drafts.exampleCompany"),
                    "", List.of(), "", "", List.of(), null, null, "", null, null, null);
        }
        previewTitle.setText(contact != null ? messages.format("drafts.previewFor", contact.fullName())
                : placeholders ? messages.format("drafts.previewExample", example.fullName())
                : messages.get("drafts.preview"));
        preview.setText(draftText.isBlank() ? messages.get("drafts.previewEmpty")
                : Draft.of(null, "", draftText).fill(example));
    }

    private static Contact toContact(ContactSummary row) {
        return new Contact(row.id(), row.firstName(), row.lastName(), row.company(), row.role(), List.of(),
                row.email(), "", row.tags(), row.stage(), row.cadence(), row.notes(), null, null, null);
    }

    /** Fills the text in for the picked contact and puts it on the clipboard; a short confirmation shows. */
    void copyToClipboard() {
        String draftText = text.getText();
        if (draftText.isBlank()) {
            return;
        }
        Draft draft = Draft.of(null, "", draftText);
        if (draft.hasPlaceholders() && contact == null) {
            return;
        }
        String filled = contact == null ? draftText : draft.fill(toContact(contact));
        ClipboardContent content = new ClipboardContent();
        content.putString(filled);
        Clipboard.getSystemClipboard().setContent(content);
        confirmation.setText(contact == null ? messages.get("drafts.copied")
                : messages.format("drafts.copiedFor", contact.fullName()));
        confirmation.setVisible(true);
        hideConfirmation.playFromStart();
        flush();
    }

    // ---------------------------------------------------------------------------------------------------

    private String networkName(Network value) {
        return messages.get("network." + value.code());
    }

    private final class NetworkCell extends ListCell<Network> {
        private final boolean filter;

        NetworkCell(boolean filter) {
            this.filter = filter;
        }

        @Override
        protected void updateItem(Network value, boolean empty) {
            super.updateItem(value, empty);
            // a ComboBox shows its button cell empty for the null choice; name it
            setText(value == null ? messages.get(filter ? "drafts.allNetworks" : "drafts.anyNetwork")
                    : networkName(value));
        }
    }
}
