package org.netjournal.ui.journal;

import java.util.Comparator;
import java.util.Locale;
import java.util.TreeMap;
import javafx.scene.Cursor;
import javafx.stage.Window;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netjournal.ui.common.UndoBar;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.Session;
import org.netjournal.domain.SessionFilter;
import org.netjournal.domain.Week;
import org.netjournal.domain.WeeklyReview;
import org.netjournal.ui.shared.coach.WeeklyReviewDialog;
import org.netjournal.domain.WeekTotals;
import org.netjournal.i18n.Messages;
import org.netjournal.i18n.JournalTexts;
import org.netjournal.ui.AreaPage;
import org.netjournal.ui.Destination;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.models.JournalModels;

/**
 * The journal area: every session, newest first, grouped by calendar week under a header with the week's
 * totals; filter as you type; new, edit (double-click or Enter), delete (Delete key or the row's button) with
 * an undo bar for a few seconds. One virtualised list whose cells render either a week header or a session.
 *
 * <p>Longer than 400 lines because the sessions grouped by week, their filter, undo and the weekly review rows share
 * one list and its selection.
 */
public final class JournalPage implements AreaPage {

    /** A row of the list: a week's header or one session. */
    sealed interface Row permits WeekRow, SessionRow, ReviewRow {
    }

    /** The weekly review of {@code week}, below its header (or alone, in a week without sessions). */
    record ReviewRow(WeeklyReview review, Week week) implements Row {
    }

    /** @param totals the whole week's sums (not only the sessions the filter shows) */
    record WeekRow(Week week, WeekTotals totals) implements Row {
    }

    record SessionRow(Session session) implements Row {
    }

    private final UiContext context;
    private final Messages messages;
    private final JournalModels journal;
    private final JournalTexts texts;
    private final BorderPane root = new BorderPane();
    private final ListView<Row> list = new ListView<>();
    private final CustomTextField filter = new CustomTextField();
    private final Label count = new Label();
    private final Label placeholder = new Label();
    private final UndoBar undoBar;
    private final JournalExportFlow exporter;
    private Map<Long, String> contactNames = Map.of();

    public JournalPage(UiContext context) {
        this.context = context;
        this.messages = context.messages();
        this.journal = context.journal();
        this.texts = new JournalTexts(messages);
        this.exporter = new JournalExportFlow(context);
        this.undoBar = new UndoBar(messages, "undoBar");

        root.setId("journalPage");
        root.setTop(toolbar());
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-hint");
        placeholder.setMaxWidth(460);
        placeholder.setId("journalEmpty");
        list.setPlaceholder(placeholder);
        list.setId("journalList");
        list.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(view -> new RowCell());
        root.setCenter(list);
        root.setBottom(new VBox(undoBar.root(), countBar()));
        // the same entry File → Export takes; UI tests use it since a native file chooser cannot be driven
        root.getProperties().put(JournalExportFlow.class, exporter);

        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                editSelected();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                deleteSelected();
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                editSelected();
            }
        });

        InvalidationListener refresh = observable -> refresh();
        journal.sessions().list().addListener(refresh);
        journal.goals().weekStartProperty().addListener(refresh);
        context.contacts().contacts().addListener((InvalidationListener) observable -> {
            contactNames = null;
            refresh();
        });
        filter.textProperty().addListener(refresh);
        journal.reviews().list().addListener(refresh);
        contactNames = null;
        refresh();
    }

    @Override
    public Region root() {
        return root;
    }

    @Override
    public void shown(Destination destination) {
        refresh(); // "this week" and the year shown in headers follow the calendar
        if (destination instanceof Destination.Journal opened && opened.sessionId() != 0) {
            showSession(opened.sessionId());
        }
    }

    /** Selects the session and scrolls to it; a filter that hides it is cleared (the user asked for this one). */
    private void showSession(long id) {
        if (list.getItems().stream().noneMatch(row -> row instanceof SessionRow r && r.session().id() == id)
                && !filter.getText().isEmpty()) {
            filter.clear(); // refreshes the rows
        }
        selectSession(id);
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            list.scrollTo(Math.max(0, index - 1));
            list.requestFocus();
        }
    }

    /** Opens the quick entry for a new session. */
    public void newSession() {
        SessionEntryDialog.openNew(context, window());
    }

    public void focusFilter() {
        filter.requestFocus();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // ---------------------------------------------------------------------------------------------------
    // Layout

    private Region toolbar() {
        filter.setPromptText(messages.get("journal.filterPrompt"));
        filter.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        Button clear = new Button(null, new FontIcon(Material2OutlinedAL.CLEAR));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.setFocusTraversable(false);
        clear.setOnAction(event -> filter.clear());
        clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
        clear.setCursor(Cursor.DEFAULT);
        filter.setRight(clear);
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                selectFirstSession();
                event.consume();
            }
        });
        filter.setId("journalFilter");
        filter.setMinWidth(160);
        HBox.setHgrow(filter, Priority.ALWAYS);

        Button add = new Button(messages.get("journal.new"), new FontIcon(Material2OutlinedMZ.POST_ADD));
        add.getStyleClass().add(Styles.ACCENT);
        add.setId("newSession");
        add.setTooltip(new Tooltip("Ctrl+N"));
        add.setOnAction(event -> newSession());
        add.setMinWidth(Region.USE_PREF_SIZE);
        Button export = new Button(messages.get("journal.export"), new FontIcon(Material2OutlinedAL.GET_APP));
        export.setId("exportJournal");
        export.setOnAction(event -> exporter.chooseAndExport(window()));
        export.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(8, filter, add, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 12, 10, 12));
        return bar;
    }

    private Region countBar() {
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        count.setId("journalCount");
        HBox bar = new HBox(count);
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    // ---------------------------------------------------------------------------------------------------
    // Rows

    private String contactName(long id) {
        if (contactNames == null) {
            Map<Long, String> names = new HashMap<>();
            for (ContactSummary contact : context.contacts().contacts()) {
                names.put(contact.id(), contact.fullName());
            }
            contactNames = names;
        }
        return contactNames.getOrDefault(id, "");
    }

    /** Rebuilds the rows from the journal's sessions, the filter and the week start; keeps the selection. */
    private void refresh() {
        DayOfWeek weekStart = journal.goals().weekStartProperty().get();
        List<Session> all = journal.sessions().list();
        SessionFilter matches = SessionFilter.of(filter.getText(), this::contactName);
        Map<Week, WeekTotals> fullWeeks = new HashMap<>();
        for (WeekTotals week : WeekTotals.group(all, weekStart)) {
            fullWeeks.put(week.week(), week);
        }
        List<Session> shown = all.stream().filter(matches).toList();
        List<Row> rows = new ArrayList<>(shown.size() + fullWeeks.size());
        TreeMap<Week, WeeklyReview> reviews = reviewsShown(weekStart);
        for (WeekTotals week : WeekTotals.group(shown, weekStart)) {
            // reviews of later weeks without sessions come first, in their place among the weeks
            while (!reviews.isEmpty() && reviews.firstKey().isAfter(week.week())) {
                var later = reviews.pollFirstEntry();
                rows.add(new ReviewRow(later.getValue(), later.getKey()));
            }
            rows.add(new WeekRow(week.week(), fullWeeks.get(week.week())));
            WeeklyReview review = reviews.remove(week.week());
            if (review != null) {
                rows.add(new ReviewRow(review, week.week()));
            }
            for (Session session : week.sessions()) {
                rows.add(new SessionRow(session));
            }
        }
        reviews.forEach((week, review) -> rows.add(new ReviewRow(review, week)));
        Row selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(rows);
        if (selected instanceof SessionRow row) {
            selectSession(row.session().id());
        }
        placeholder.setText(messages.get(all.isEmpty() ? "journal.empty" : "journal.noMatch"));
        count.setText(messages.format("journal.shown", shown.size(), all.size()));
        count.setVisible(!all.isEmpty()); // the empty list says it in words
    }

    /** The reviews the filter lets through (by their sentence or their people to greet), newest week first. */
    private TreeMap<Week, WeeklyReview> reviewsShown(DayOfWeek weekStart) {
        TreeMap<Week, WeeklyReview> shown = new TreeMap<>(Comparator.reverseOrder());
        String typed = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
        for (WeeklyReview review : journal.reviews().list()) {
            if (!review.isBlank() && (typed.isEmpty()
                    || review.note().toLowerCase(Locale.ROOT).contains(typed) || review.greet().stream()
                            .anyMatch(person -> person.text().toLowerCase(Locale.ROOT).contains(typed)))) {
                shown.put(Week.of(review.weekStart(), weekStart), review);
            }
        }
        return shown;
    }

    private void selectSession(long id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof SessionRow row && row.session().id() == id) {
                list.getSelectionModel().select(i);
                return;
            }
        }
    }

    private void selectFirstSession() {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof SessionRow) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 1));
                return;
            }
        }
    }

    private Session selectedSession() {
        return list.getSelectionModel().getSelectedItem() instanceof SessionRow row ? row.session() : null;
    }

    private void editSelected() {
        if (list.getSelectionModel().getSelectedItem() instanceof ReviewRow row) {
            WeeklyReviewDialog.open(context, window(), row.week());
            return;
        }
        Session session = selectedSession();
        if (session != null) {
            edit(session);
        }
    }

    private void edit(Session session) {
        SessionEntryDialog.openEdit(context, window(), session).onSaved(saved -> selectSession(saved.id()));
    }

    private void deleteSelected() {
        Session session = selectedSession();
        if (session != null) {
            delete(session);
        }
    }

    private void delete(Session session) {
        journal.sessions().delete(session.id(), deleted -> undoBar.offer(
                messages.format("journal.deleted", texts.rowTime(deleted.start())),
                () -> journal.sessions().save(deleted, saved -> selectSession(saved.id()), error -> { })));
    }

    // ---------------------------------------------------------------------------------------------------
    // Cells

    private final class RowCell extends ListCell<Row> {
        private final Label weekTitle = new Label();
        private final Label weekTotals = new Label();
        private final VBox weekBox = new VBox(2, weekTitle, weekTotals);

        private final Label time = new Label();
        private final Label networks = new Label();
        private final Label counts = new Label();
        private final Label firstLine = new Label();
        private final Label energy = new Label();
        private final Label touched = new Label();
        private final Label win = new Label();
        private final Label reviewTitle = new Label();
        private final Label reviewNote = new Label();
        private final Label reviewGreet = new Label();
        private final HBox reviewBox = new HBox(12, new FontIcon(Material2OutlinedAL.EVENT_NOTE),
                new VBox(2, reviewTitle, reviewNote, reviewGreet));
        private final Button edit = new Button(null, new FontIcon(Material2OutlinedAL.EDIT));
        private final Button delete = new Button(null, new FontIcon(Material2OutlinedAL.DELETE_OUTLINE));
        private final HBox sessionBox;

        RowCell() {
            weekTitle.getStyleClass().addAll(Styles.TITLE_4, "journal-week-title");
            weekTotals.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "journal-week-totals");
            weekTotals.setWrapText(true);
            weekBox.setPadding(new Insets(14, 12, 6, 12));

            time.getStyleClass().add(Styles.TEXT_BOLD);
            time.setMinWidth(Region.USE_PREF_SIZE);
            networks.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox when = new VBox(2, time, networks);
            // in em: the longest day and time ("So., 30. Sep. 2026, 22:59") fits at every text size
            when.setStyle("-fx-min-width: 14em; -fx-pref-width: 14em;");

            firstLine.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            firstLine.setTextOverrun(OverrunStyle.ELLIPSIS);
            touched.getStyleClass().addAll(Styles.TEXT_SMALL);
            touched.setGraphic(new FontIcon(Material2OutlinedMZ.PERSON));
            touched.setTextOverrun(OverrunStyle.ELLIPSIS);
            win.getStyleClass().addAll(Styles.TEXT_SMALL, "journal-win");
            win.setGraphic(new FontIcon(Material2OutlinedAL.EMOJI_EVENTS));
            win.setTextOverrun(OverrunStyle.ELLIPSIS);
            VBox what = new VBox(2, counts, firstLine, win, touched);
            what.setMinWidth(0);
            HBox.setHgrow(what, Priority.ALWAYS);
            firstLine.managedProperty().bind(firstLine.visibleProperty());
            touched.managedProperty().bind(touched.visibleProperty());
            win.managedProperty().bind(win.visibleProperty());

            energy.getStyleClass().addAll(Styles.TEXT_SMALL);
            energy.setGraphic(new FontIcon(Material2OutlinedAL.FLASH_ON));
            energy.setMinWidth(Region.USE_PREF_SIZE);
            for (Button button : List.of(edit, delete)) {
                button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
                button.setFocusTraversable(false);
            }
            edit.setTooltip(new Tooltip(messages.get("journal.edit")));
            edit.setAccessibleText(messages.get("journal.edit"));
            delete.setTooltip(new Tooltip(messages.get("journal.delete")));
            delete.setAccessibleText(messages.get("journal.delete"));
            edit.setOnAction(event -> {
                if (getItem() instanceof SessionRow row) {
                    edit(row.session());
                }
            });
            delete.setOnAction(event -> {
                if (getItem() instanceof SessionRow row) {
                    delete(row.session());
                }
            });
            sessionBox = new HBox(12, when, what, energy, edit, delete);
            sessionBox.setAlignment(Pos.CENTER_LEFT);
            reviewBox.setAlignment(Pos.CENTER_LEFT);
            reviewBox.setPadding(new Insets(6, 8, 6, 24));
            reviewBox.getStyleClass().add("journal-review-row");
            reviewTitle.getStyleClass().add(Styles.TEXT_BOLD);
            reviewGreet.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            sessionBox.setPadding(new Insets(6, 8, 6, 24));
            setPrefWidth(0); // follow the list's width, let long notes be cut with an ellipsis
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("journal-week", "journal-session", "journal-review");
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            if (row instanceof ReviewRow review) {
                getStyleClass().add("journal-review");
                reviewTitle.setText(messages.format("review.journalTitle", texts.weekTitle(review.week(),
                        journal.goals().today())));
                String note = review.review().note().isBlank() ? messages.get("review.journalNoNote")
                        : firstLineOf(review.review().note());
                reviewNote.setText(note);
                List<String> greet = review.review().greet().stream().map(person -> {
                    String name = person.name().isEmpty() ? contactName(person.contactId()) : person.name();
                    return name.isEmpty() ? "#" + person.contactId() : name;
                }).toList();
                reviewGreet.setText(greet.isEmpty() ? "" : messages.format("review.journalGreet",
                        String.join(", ", greet)));
                reviewGreet.setVisible(!greet.isEmpty());
                setAccessibleText(reviewTitle.getText() + ", " + note);
                setGraphic(reviewBox);
            } else if (row instanceof WeekRow week) {
                getStyleClass().add("journal-week");
                weekTitle.setText(texts.weekTitle(week.week(), journal.goals().today()));
                weekTotals.setText(weekSummary(week.totals()));
                setAccessibleText(weekTitle.getText() + ", " + weekTotals.getText());
                setGraphic(weekBox);
            } else if (row instanceof SessionRow sessionRow) {
                getStyleClass().add("journal-session");
                Session session = sessionRow.session();
                time.setText(texts.rowTime(session.start()));
                networks.setText(texts.networks(session.networks()));
                counts.setText(texts.counts(session.counts()));
                String line = firstLine(session);
                firstLine.setText(line);
                firstLine.setVisible(!line.isEmpty());
                List<String> names = session.touched().stream().map(t -> {
                    String name = contactName(t.contactId());
                    return name.isEmpty() ? "#" + t.contactId() : name;
                }).toList();
                String winText = session.win() == null ? "" : firstLineOf(session.win());
                win.setText(winText);
                win.setVisible(!winText.isEmpty());
                touched.setText(String.join(", ", names));
                touched.setVisible(!names.isEmpty());
                String energyText = texts.energy(session.energyBefore(), session.energyAfter());
                energy.setText(energyText);
                energy.setVisible(!energyText.isEmpty());
                setAccessibleText(time.getText() + ", " + counts.getText() + (line.isEmpty() ? "" : ", " + line)
                        + (winText.isEmpty() ? "" : ", " + messages.format("journal.winAccessible", winText)));
                setGraphic(sessionBox);
            }
        }
    }

    private String weekSummary(WeekTotals week) {
        StringBuilder text = new StringBuilder(texts.sessions(week.sessions().size()));
        boolean any = false;
        for (ActionKind kind : ActionKind.values()) {
            if (week.total(kind) > 0) {
                text.append(" \u00b7 ").append(texts.actions().count(kind, week.total(kind)));
                any = true;
            }
        }
        if (!any) {
            text.append(" \u00b7 ").append(messages.get("journal.nothingCounted"));
        }
        if (week.minutes() > 0) {
            text.append(" \u00b7 ").append(texts.minutes(week.minutes()));
        }
        return text.toString();
    }

    /** The first non-blank line of the notes, else of "how it felt" (the win has its own line). */
    private static String firstLine(Session session) {
        String notes = firstLineOf(session.notes());
        return notes.isEmpty() ? firstLineOf(session.howItFelt()) : notes;
    }

    private static String firstLineOf(String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
