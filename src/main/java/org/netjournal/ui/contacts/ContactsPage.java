package org.netjournal.ui.contacts;

import java.util.ArrayList;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.netjournal.ui.AreaPage;
import org.netjournal.ui.Destination;
import org.netjournal.ui.shared.strategy.TargetField;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.ComfortStage;
import org.netjournal.ui.common.PickedChoices;
import org.netjournal.domain.ContactFilter;
import org.netjournal.domain.ContactRules;
import org.netjournal.domain.ContactSummary;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.common.ColumnWidths;
import org.netjournal.ui.models.ContactsModel;
import org.netjournal.ui.models.MyNetworksModel;
import org.netjournal.domain.Network;
import javafx.scene.layout.FlowPane;
import org.netjournal.ui.shared.ContactLabels;

/**
 * The contacts area: a virtualised, sortable table with filter-as-you-type and quick filters on the left,
 * the selected contact's form and timeline on the right; where both do not fit, one of them at a time.
 *
 * <p>Longer than 400 lines because the table, its filters and the side-by-side or one-at-a-time layout share the
 * selection and the form.
 */
public final class ContactsPage implements AreaPage {

    /** The list's and the form's least widths side by side; narrower pages show one of them at a time. */
    private static final double LIST_MIN_WIDTH = 440;
    private static final double FORM_MIN_WIDTH = 420;
    private static final double SIDE_BY_SIDE_WIDTH = LIST_MIN_WIDTH + FORM_MIN_WIDTH + 10;
    /** The pane beside the list while no contact is open: as wide as its hint needs, the list gets the rest. */
    private static final double HINT_WIDTH = 220;

    private final ContactsModel model;
    private final ContactLabels labels;
    private final Messages messages;
    private final SplitPane root = new SplitPane();
    private final TableView<ContactSummary> table = new TableView<>();
    private final FilteredList<ContactSummary> filtered;
    private final CustomTextField filter = new CustomTextField();
    private final ComboBox<ComfortStage> stageFilter = new ComboBox<>();
    private final ToggleButton dueOnly = new ToggleButton();
    private final Label emptyHint = new Label();
    private final ComboBox<String> tagFilter = new ComboBox<>();
    /** Contacts with a profile on one network; the user's networks (step 2) listed first, see {@link #withNetworks}. */
    private final ComboBox<Network> networkFilter = new ComboBox<>();
    private final Label count = new Label();
    private final ContactForm form;
    private final TableColumn<ContactSummary, LocalDate> dueColumn = new TableColumn<>();
    /** A contact to select once the table holds it (opened from search before the contacts were loaded), or 0. */
    private long pendingSelection;
    /** True while the table's selection is set back to the contact in the form (nothing to open). */
    private boolean reselecting;
    /** Narrower than list and form side by side: one of them is shown at a time. */
    private boolean oneAtATime;
    /** The user opened a contact (click, Enter, new, search): one at a time, the form is shown, not the list. */
    private boolean formWanted;
    private final BorderPane list = new BorderPane();
    private final BorderPane details = new BorderPane();
    /** What the pane beside the list says while no contact is open. */
    private final Label pick = new Label();

    /** Lets the form put the contact on the list of target contacts (step 5). */
    public ContactsPage withTargets(TargetField field) {
        form.showTargets(field);
        return this;
    }

    /**
     * Lists the user's networks (step 2) first in the network filter and in the form's choice of an interaction's
     * network, a single one preset there, and names them under a new contact's profile links.
     */
    public ContactsPage withNetworks(MyNetworksModel networks) {
        NetworkChoices.follow(networkFilter, networks, labels, messages.get("contacts.allNetworks"), false);
        form.useNetworks(networks);
        return this;
    }

    public ContactsPage(ContactsModel model, Messages messages, Runnable openImport) {
        this.model = model;
        this.messages = messages;
        this.labels = new ContactLabels(messages);
        this.form = new ContactForm(model, labels);
        // Sorted first, filtered second: a keystroke in the filter then only walks the sorted rows (filtering keeps
        // their order) instead of sorting what passes again. On 50,000 contacts that re-sort asked each column for
        // its cell values, ≈ 100 MB of garbage per keystroke, part of which the collector kept for good.
        SortedList<ContactSummary> sorted = new SortedList<>(model.contacts());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        filtered = new FilteredList<>(sorted, row -> true);
        table.setItems(filtered);
        // the table's own policy sorts only a SortedList it is given; here the comparator is bound above
        table.setSortPolicy(sortedTable -> true);

        buildTable();
        list.setCenter(table);
        list.setTop(toolbar(openImport));
        emptyHint.setText(messages.get("contacts.empty"));
        emptyHint.setWrapText(true);
        emptyHint.getStyleClass().add("empty-hint");
        table.setPlaceholder(emptyHint);
        count.setId("contactsCount");
        emptyHint.setId("contactsEmpty");
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        count.setPadding(new Insets(4, 12, 4, 12));
        list.setBottom(count);

        pick.setId("contactsPick");
        pick.getStyleClass().add("empty-hint");
        pick.setWrapText(true);
        details.setTop(backBar());
        pick.setText(messages.get("contacts.pick"));
        pick.visibleProperty().bind(form.showingProperty().not());
        details.setCenter(new StackPane(pick, form.root()));
        root.setId("contactsPage");
        // side by side where both fit, else one at a time: nothing is pushed out of the window
        root.widthProperty().addListener((obs, old, width) -> {
            boolean narrow = width.doubleValue() < SIDE_BY_SIDE_WIDTH;
            if (narrow != oneAtATime) {
                oneAtATime = narrow;
                showPanes();
            }
        });
        form.showingProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                formWanted = false;
            }
            showPanes();
            if (showing && !oneAtATime) {
                root.setDividerPositions(0.6); // the form gets its room back from the hint's narrow pane
            }
        });
        showPanes();
        openOnClickOrEnter();

        filter.textProperty().addListener((obs, old, text) -> applyFilter());
        stageFilter.valueProperty().addListener((obs, old, value) -> applyFilter());
        dueOnly.selectedProperty().addListener((obs, old, value) -> {
            if (value) {
                sortByDue();
            }
            applyFilter();
        });
        tagFilter.valueProperty().addListener((obs, old, value) -> applyFilter());
        networkFilter.valueProperty().addListener((obs, old, value) -> applyFilter());
        model.contacts().addListener((ListChangeListener<ContactSummary>) change -> {
            refreshTags();
            updateCount();
            if (pendingSelection != 0) {
                selectContact(pendingSelection);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> rowSelected(row));
        form.setOnDeleted(() -> table.getSelectionModel().clearSelection());
        refreshTags();
        applyFilter();
    }

    @Override
    public Region root() {
        return root;
    }

    /**
     * Side by side: the list and the form, or the list and a narrow hint while no contact is open. One at a time:
     * the form once the user opened a contact, else the list.
     */
    private void showPanes() {
        boolean formShown = form.showingProperty().get();
        List<Region> panes = !oneAtATime ? List.of(list, details)
                : formWanted && formShown ? List.of(details) : List.of(list);
        if (!root.getItems().equals(panes)) {
            boolean focusTable = oneAtATime && panes.contains(list) && root.getItems().contains(details);
            root.getItems().setAll(panes);
            if (focusTable) {
                table.requestFocus(); // back from the form: where the user left the list
            }
        }
        details.getTop().setVisible(oneAtATime);
        details.getTop().setManaged(oneAtATime);
        list.setMinWidth(oneAtATime ? 0 : LIST_MIN_WIDTH);
        details.setMinWidth(oneAtATime ? 0 : formShown ? FORM_MIN_WIDTH : HINT_WIDTH);
        details.setMaxWidth(oneAtATime || formShown ? Double.MAX_VALUE : HINT_WIDTH);
    }

    /** "All contacts": back from the form to the list, where contacts are shown one at a time. */
    private Region backBar() {
        Button back = new Button(messages.get("contacts.backToList"), new FontIcon(Material2OutlinedAL.ARROW_BACK));
        back.getStyleClass().add(Styles.FLAT);
        back.setId("backToList");
        back.setOnAction(event -> backToList());
        HBox bar = new HBox(back);
        bar.setPadding(new Insets(6, 12, 0, 12));
        details.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && oneAtATime) {
                backToList(); // a field that uses Esc itself (an open popup) has consumed it before
                event.consume();
            }
        });
        return bar;
    }

    private void backToList() {
        form.flush();
        formWanted = false;
        showPanes();
    }

    /**
     * A click on a row or Enter opens the contact for the user: one at a time, the form replaces the list then.
     * Moving through the rows with the arrow keys only loads each contact, so the list stays.
     */
    private void openOnClickOrEnter() {
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            for (Node node = event.getPickResult().getIntersectedNode(); node != null && node != table;
                    node = node.getParent()) {
                if (node instanceof TableRow<?> row && !row.isEmpty()) {
                    openForm(false);
                    return;
                }
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER
                    && table.getSelectionModel().getSelectedItem() != null) {
                openForm(true);
                event.consume();
            }
        });
    }

    /** Shows the form of the contact opened (one at a time: instead of the list), its first field focused. */
    private void openForm(boolean focus) {
        formWanted = true;
        showPanes();
        if (focus && root.getItems().contains(details)) {
            form.firstNameField().requestFocus();
        }
    }

    @Override
    public void shown(Destination destination) {
        if (destination instanceof Destination.Contacts contacts) {
            showDueOnly(contacts.dueOnly());
            if (contacts.contactId() != 0) {
                selectContact(contacts.contactId());
            }
        }
    }

    /**
     * Selects the contact in the table and opens it in the form. Filters that hide it are cleared: the user
     * asked for this one. A contact the table does not hold yet (still loading) is selected when it arrives.
     */
    public void selectContact(long contactId) {
        if (model.contacts().stream().noneMatch(row -> row.id() == contactId)) {
            pendingSelection = contactId;
            return;
        }
        pendingSelection = 0;
        if (filtered.stream().noneMatch(row -> row.id() == contactId)) {
            filter.clear();
            stageFilter.setValue(null);
            tagFilter.setValue(null);
            networkFilter.setValue(null);
            dueOnly.setSelected(false);
        }
        formWanted = true; // asked for by name (search, a step's list): shown even one at a time
        showPanes();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == contactId) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 2));
                return;
            }
        }
    }

    /** Shows all contacts or the "Due" view (due now or within 14 days, most overdue first). */
    public void showDueOnly(boolean due) {
        dueOnly.setSelected(due);
        if (due) {
            sortByDue();
        }
    }

    /** Saves pending form edits (on switching away and on close). */
    @Override
    public void flush() {
        form.flush();
    }

    @Override
    public boolean hasUnsavedInput() {
        return form.hasUnsavedInput();
    }

    public void newContact() {
        if (!form.confirmLeave()) {
            return;
        }
        selectWithoutOpening(0);
        formWanted = true;
        form.openNew();
        showPanes();
        form.firstNameField().requestFocus(); // once the form is shown, also one at a time
    }

    /**
     * Opens the selected row's contact. When the form holds text that cannot be stored, the user is asked first
     * (after this selection event, outside of the table's own handling); "Go back and fix" selects the row of
     * the contact being edited again.
     */
    private void rowSelected(ContactSummary row) {
        if (row == null || reselecting || row.id() == form.currentId()) {
            return;
        }
        form.flush();
        if (!form.holdsUnstorableText()) {
            form.open(row.id());
            return;
        }
        long editing = form.currentId();
        Platform.runLater(() -> {
            if (form.confirmLeave()) {
                form.open(row.id());
            } else {
                selectWithoutOpening(editing);
            }
        });
    }

    /** Selects the row of contact {@code id} (none for 0, a new contact) without opening it in the form. */
    private void selectWithoutOpening(long id) {
        reselecting = true;
        try {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == id) {
                    table.getSelectionModel().select(i);
                    break;
                }
            }
        } finally {
            reselecting = false;
        }
    }

    public void focusFilter() {
        filter.requestFocus();
    }

    private Region toolbar(Runnable openImport) {
        filter.setPromptText(messages.get("contacts.filterPrompt"));
        filter.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        Button clear = new Button(null, new FontIcon(Material2OutlinedAL.CLEAR));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.setFocusTraversable(false); // Esc or select-all + delete clear from the keyboard
        clear.setOnAction(event -> filter.clear());
        clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
        clear.setCursor(Cursor.DEFAULT);
        filter.setRight(clear);
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                event.consume();
            }
        });
        filter.setId("contactFilter");
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMinWidth(140);

        stageFilter.getItems().add(null);
        stageFilter.getItems().addAll(ComfortStage.values());
        PickedChoices.show(stageFilter, labels::stage);
        stageFilter.setPromptText(messages.get("contacts.allStages"));
        stageFilter.setId("stageFilter");

        dueOnly.setText(messages.get("contacts.dueOnly"));
        dueOnly.setGraphic(new FontIcon(Material2OutlinedMZ.SCHEDULE));
        dueOnly.setTooltip(new Tooltip(messages.get("contacts.dueOnlyHint")));
        dueOnly.setId("dueOnly");

        tagFilter.setPromptText(messages.get("contacts.allTags"));
        PickedChoices.show(tagFilter, tag -> tag == null ? messages.get("contacts.allTags") : tag);
        tagFilter.setId("tagFilter");
        networkFilter.setPromptText(messages.get("contacts.allNetworks"));
        networkFilter.setId("networkFilter");
        networkFilter.getItems().add(null);
        networkFilter.getItems().addAll(Network.values()); // the user's first once withNetworks knows them
        PickedChoices.show(networkFilter, network -> network == null ? messages.get("contacts.allNetworks")
                : labels.network(network));

        Button add = new Button(messages.get("contacts.new"), new FontIcon(Material2OutlinedMZ.PERSON_ADD));
        add.getStyleClass().add(Styles.ACCENT);
        add.setId("newContact");
        add.setOnAction(event -> newContact());
        Button importButton = new Button(messages.get("contacts.import"), new FontIcon(Material2OutlinedAL.FILE_UPLOAD));
        importButton.setId("importContacts");
        importButton.setOnAction(event -> openImport.run());

        add.setMinWidth(Region.USE_PREF_SIZE);
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox first = new HBox(8, filter, add, importButton);
        // the quick filters wrap onto a second line where the list is narrow
        FlowPane second = new FlowPane(8, 8, stageFilter, tagFilter, networkFilter, dueOnly);
        first.setAlignment(Pos.CENTER_LEFT);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(8, first, second);
        bar.getStyleClass().add("contacts-toolbar");
        return bar;
    }

    private void buildTable() {
        table.setId("contactsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add(Styles.STRIPED);

        TableColumn<ContactSummary, String> name = new TableColumn<>(messages.get("contacts.col.name"));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(ContactLabels.nameOf(cell.getValue().fullName(),
                cell.getValue().company(), cell.getValue().email())));
        name.setComparator(String.CASE_INSENSITIVE_ORDER);
        name.setPrefWidth(160);

        TableColumn<ContactSummary, String> work = new TableColumn<>(messages.get("contacts.col.work"));
        work.setCellValueFactory(cell -> new ReadOnlyStringWrapper(workOf(cell.getValue())));
        work.setComparator(String.CASE_INSENSITIVE_ORDER);
        work.setPrefWidth(170);

        TableColumn<ContactSummary, String> networks = new TableColumn<>(messages.get("contacts.col.networks"));
        networks.setCellValueFactory(cell -> new ReadOnlyStringWrapper(labels.networks(cell.getValue().networks())));
        networks.setPrefWidth(110);

        TableColumn<ContactSummary, ComfortStage> stage = new TableColumn<>(messages.get("contacts.col.stage"));
        stage.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().stage()));
        stage.setCellFactory(column -> textCell(labels::stage));
        stage.setPrefWidth(90);

        dueColumn.setText(messages.get("contacts.col.due"));
        dueColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().nextDue().orElse(null)));
        dueColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        dueColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate due, boolean empty) {
                super.updateItem(due, empty);
                getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
                if (empty || due == null) {
                    setText(null);
                    return;
                }
                setText(due.isAfter(model.today()) ? labels.date(due)
                        : messages.format("contacts.dueNowOn", labels.date(due)));
                LocalDate today = model.today();
                if (due.isBefore(today)) {
                    getStyleClass().add(Styles.DANGER);
                } else if (!due.isAfter(today.plusDays(ContactRules.DUE_WINDOW_DAYS))) {
                    getStyleClass().add(Styles.WARNING);
                }
            }
        });
        dueColumn.setPrefWidth(100);

        TableColumn<ContactSummary, String> tags = new TableColumn<>(messages.get("contacts.col.tags"));
        tags.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.join(", ", cell.getValue().tags())));
        tags.setPrefWidth(100);

        table.getColumns().setAll(List.of(name, work, networks, stage, dueColumn, tags));
        // in a narrow list, names, companies and stages stay whole; the form shows what the hidden columns hold
        ColumnWidths.givesWay(List.of(tags, networks, dueColumn));
        table.getSortOrder().setAll(List.of(name));
        ColumnWidths.fitToContent(table);
    }

    private static String workOf(ContactSummary row) {
        if (row.company().isBlank()) {
            return row.role();
        }
        return row.role().isBlank() ? row.company() : row.company() + " \u00b7 " + row.role();
    }

    private static <T> TableCell<ContactSummary, T> textCell(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : text.apply(value));
            }
        };
    }

    private void sortByDue() {
        dueColumn.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(dueColumn));
    }

    private void applyFilter() {
        filtered.setPredicate(ContactFilter.of(filter.getText(), stageFilter.getValue(), dueOnly.isSelected(),
                tagFilter.getValue(), networkFilter.getValue(), model.today())::test);
        updateCount();
        long shown = form.currentId();
        if (shown > 0 && filtered.stream().noneMatch(row -> row.id() == shown)) {
            form.close(); // the form shows a contact of the list, never one the filter hides
        }
    }

    /** The count below the table and the table's empty text, both saying what the list is. */
    private void updateCount() {
        LocalDate today = model.today();
        if (dueOnly.isSelected()) {
            long now = filtered.stream().filter(row -> row.isDueNow(today)).count();
            count.setText(messages.format("contacts.dueCount", now, filtered.size() - now));
        } else {
            count.setText(messages.format("contacts.count", filtered.size(), model.contacts().size()));
        }
        String empty = model.contacts().isEmpty() ? "contacts.empty"
                : dueOnly.isSelected() && filter.getText().isBlank() && stageFilter.getValue() == null
                        && tagFilter.getValue() == null && networkFilter.getValue() == null ? "contacts.noneDue"
                        : "contacts.noMatch";
        emptyHint.setText(messages.get(empty));
    }

    private void refreshTags() {
        List<String> tags = model.tags();
        List<String> items = new ArrayList<>();
        items.add(null); // "All tags"
        items.addAll(tags);
        if (!items.equals(tagFilter.getItems())) {
            String selected = tagFilter.getValue();
            tagFilter.getItems().setAll(items);
            tagFilter.setValue(selected != null && tags.contains(selected) ? selected : null);
        }
    }
}
