package org.netjournal.ui.search;

import org.kordamp.ikonli.Ikon;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.SearchHit;
import org.netjournal.domain.SearchKind;
import org.netjournal.domain.SearchResults;
import org.netjournal.domain.TextSpan;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.common.DialogWindows;
import org.netjournal.i18n.DateTimeTexts;

/**
 * Ctrl+F: a search box over the window. Typing searches (after a short pause, on the storage thread); the results
 * come grouped by kind with the matched words in bold. The arrow keys move through the hits, Enter or a double
 * click opens one in its editor, Esc closes. The box remembers the last search while the window is open.
 */
public final class SearchDialog {

    /** The pause after a keystroke before searching: one search per burst of typing, not one per key. */
    static final Duration DEBOUNCE = Duration.millis(150);

    private final SearchModel model;
    private final Messages messages;
    private final Consumer<SearchHit> onOpen;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final CustomTextField field = new CustomTextField();
    private final ListView<Row> list = new ListView<>();
    private final Label status = new Label();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    /** The text whose answer the list shows (hits or none); Enter opens a hit only for what is typed now. */
    private String shownQuery;
    /** Enter came before the answer to the typed text: open its best hit when it arrives. */
    private boolean openOnAnswer;
    private final DateTimeTexts dates;

    /** A line of the results: a kind's header or one of its hits. */
    public sealed interface Row permits Header, Hit {
    }

    /** A kind's header: {@code shown} of its {@code total} hits are listed under it. */
    public record Header(SearchKind kind, int shown, int total) implements Row {
    }

    public record Hit(SearchHit hit) implements Row {
    }

    public SearchDialog(Window owner, SearchModel model, Messages messages, Consumer<SearchHit> onOpen) {
        this.model = model;
        this.messages = messages;
        this.onOpen = onOpen;
        this.dates = new DateTimeTexts(messages);
        DialogWindows.prepare(stage, owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("search.title"));

        field.setId("searchField");
        field.setPromptText(messages.get("search.prompt"));
        field.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        field.getStyleClass().add(Styles.LARGE);
        Button close = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setFocusTraversable(false);
        close.setOnAction(event -> close());
        close.setAccessibleText(messages.get("search.close"));
        HBox top = new HBox(8, field, close);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);

        list.setId("searchResults");
        list.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "search-results");
        list.setCellFactory(view -> new RowCell());
        list.setFocusTraversable(false); // the keys stay in the field; the arrows move the selection from there
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> skipHeader(
                old.intValue(), index.intValue()));
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
        status.setId("searchStatus");
        status.setWrapText(true);
        status.getStyleClass().add("empty-hint");
        StackPane center = new StackPane(list, status);
        StackPane.setAlignment(status, Pos.TOP_LEFT);
        VBox.setVgrow(center, Priority.ALWAYS);

        Label keys = new Label(messages.get("search.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        VBox content = new VBox(10, top, center, keys);
        content.setPadding(new Insets(14));
        BorderPane root = new BorderPane(content);
        root.setId("searchDialog");
        root.setPrefSize(640, 460); // what it needs; a long hit or hint wraps or is cut, it never widens the box
        root.getStyleClass().add("search-dialog");
        root.getProperties().put(SearchDialog.class, this);

        Scene scene = new Scene(root, 680, 500);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(SearchDialog.class.getResource("/org/netjournal/ui/search/search.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);

        debounce.setOnFinished(event -> runSearch());
        field.textProperty().addListener((obs, old, text) -> {
            openOnAnswer = false;
            if (text.isBlank()) {
                debounce.stop();
                model.cancel();
                showState(messages.get("search.empty"));
            } else {
                debounce.playFromStart();
            }
        });
        showState(messages.get("search.empty"));
    }

    /** Shows the box over its window with the last search selected (and run again), so typing starts a new one. */
    public void show() {
        Window owner = stage.getOwner();
        if (!stage.isShowing()) {
            double width = Math.min(680, Math.max(420, owner.getWidth() - 80));
            stage.setWidth(width);
            stage.setHeight(Math.min(520, Math.max(320, owner.getHeight() - 120)));
            stage.setX(owner.getX() + (owner.getWidth() - width) / 2);
            stage.setY(owner.getY() + Math.min(90, owner.getHeight() / 8));
            stage.show();
        }
        if (!field.getText().isBlank()) {
            runSearch(); // the journal may have changed since: the last search, answered afresh
        }
        stage.toFront();
        stage.requestFocus(); // typing goes here at once, also where a window manager does not focus new windows
        field.requestFocus();
        field.selectAll();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        debounce.stop();
        model.cancel();
        stage.hide();
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case ENTER -> enter();
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /**
     * Enter opens the selected hit, but only a hit for what is typed now: pressed before the answer to the last
     * keystrokes came, it asks at once and opens the best hit of that answer.
     */
    private void enter() {
        String text = field.getText();
        if (text.equals(shownQuery)) {
            openSelected();
        } else if (!text.isBlank()) {
            openOnAnswer = true;
            debounce.stop();
            runSearch();
        }
    }

    private void runSearch() {
        String text = field.getText();
        model.search(text, this::showResults, failure -> showState(messages.format("search.failed", failure)));
    }

    private void showResults(SearchResults results) {
        if (!results.query().equals(field.getText())) {
            return; // typed on meanwhile: the next answer is on its way
        }
        shownQuery = results.query();
        if (results.isEmpty()) {
            openOnAnswer = false;
            showState(messages.format("search.noResults", results.query().strip()));
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (SearchResults.Group group : results.groups()) {
            rows.add(new Header(group.kind(), group.hits().size(), group.total()));
            group.hits().forEach(hit -> rows.add(new Hit(hit)));
        }
        list.getItems().setAll(rows);
        list.setVisible(true);
        status.setVisible(false);
        list.getSelectionModel().select(1); // the first hit, under the first header
        list.scrollTo(0);
        if (openOnAnswer) {
            openOnAnswer = false;
            openSelected();
        }
    }

    private void showState(String text) {
        list.getItems().clear();
        list.setVisible(false);
        status.setText(text);
        status.setVisible(true);
    }

    /** Moves the selection to the next ({@code +1}) or previous ({@code -1}) hit, over the headers. */
    private void move(int step) {
        int index = list.getSelectionModel().getSelectedIndex();
        for (int i = index + step; i >= 0 && i < list.getItems().size(); i += step) {
            if (list.getItems().get(i) instanceof Hit) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, step < 0 && i > 0 && list.getItems().get(i - 1) instanceof Header ? i - 1 : i
                        - 3));
                return;
            }
        }
    }

    /** A click on a header selects the hit next to it instead (headers are not items to open). */
    private void skipHeader(int old, int index) {
        if (index >= 0 && index < list.getItems().size() && list.getItems().get(index) instanceof Header) {
            int next = index + 1 < list.getItems().size() ? index + 1 : Math.max(0, old);
            list.getSelectionModel().select(next);
        }
    }

    private void openSelected() {
        if (list.isVisible() && list.getSelectionModel().getSelectedItem() instanceof Hit hit) {
            close();
            onOpen.accept(hit.hit());
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // How a row looks

    private final class RowCell extends ListCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("search-group", "search-hit");
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row instanceof Header header) {
                getStyleClass().add("search-group");
                Label name = new Label(groupName(header.kind()), new FontIcon(icon(header.kind())));
                name.getStyleClass().add(Styles.TEXT_BOLD);
                Label count = new Label(header.total() > header.shown()
                        ? messages.format("search.more", header.shown(), header.total()) : "");
                count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                HBox line = new HBox(8, name, count);
                line.setAlignment(Pos.BASELINE_LEFT);
                setGraphic(line);
            } else if (row instanceof Hit hit) {
                getStyleClass().add("search-hit");
                VBox lines = new VBox(2, flow(title(hit.hit()), "search-title"));
                if (!hit.hit().snippet().isEmpty()) {
                    lines.getChildren().add(flow(hit.hit().snippet(), "search-snippet"));
                }
                lines.setPadding(new Insets(0, 0, 0, 24));
                setGraphic(lines);
            }
        }
    }

    /** What names a hit: its name or title, or for items without one their step, day or time. */
    private List<TextSpan> title(SearchHit hit) {
        String plain = switch (hit.kind()) {
            case STEP -> messages.format("search.stepTitle", hit.id(), messages.stepTitle((int) hit.id()));
            case SESSION -> hit.when() == null ? groupName(SearchKind.SESSION)
                    : messages.format("search.sessionTitle", dates.dateTime(hit.when()));
            case WIN -> hit.when() == null ? groupName(SearchKind.WIN)
                    : messages.format("search.winTitle", dates.date(hit.when().toLocalDate()));
            case CONTACT, INTERACTION -> hit.titleText().isBlank() ? messages.get("search.noName") : null;
            case DRAFT -> hit.titleText().isBlank() ? messages.get("search.untitledDraft") : null;
            case NETWORK -> null;
            case POST -> groupName(SearchKind.POST);
            case REVIEW -> hit.when() == null ? groupName(SearchKind.REVIEW)
                    : messages.format("review.search.title", dates.date(hit.when().toLocalDate()));
        };
        List<TextSpan> spans = new ArrayList<>(plain != null ? List.of(new TextSpan(plain, false)) : hit.title());
        if (hit.kind() == SearchKind.INTERACTION && hit.when() != null) {
            spans.add(new TextSpan(" \u00b7 " + dates.date(hit.when().toLocalDate()), false));
        }
        return spans;
    }

    private String groupName(SearchKind kind) {
        return messages.get(switch (kind) {
            case STEP -> "search.kind.step";
            case CONTACT -> "search.kind.contact";
            case INTERACTION -> "search.kind.interaction";
            case SESSION -> "search.kind.session";
            case DRAFT -> "search.kind.draft";
            case WIN -> "search.kind.win";
            case NETWORK -> "search.kind.network";
            case POST -> "posts.search.kind";
            case REVIEW -> "review.search.kind";
        });
    }

    private static TextFlow flow(List<TextSpan> spans, String styleClass) {
        List<Node> texts = new ArrayList<>(spans.size());
        for (TextSpan span : spans) {
            Text text = new Text(span.text());
            text.getStyleClass().add(span.highlighted() ? "search-match" : "search-text");
            texts.add(text);
        }
        TextFlow flow = new TextFlow(texts.toArray(Node[]::new));
        flow.getStyleClass().add(styleClass);
        return flow;
    }

    private static Ikon icon(SearchKind kind) {
        return switch (kind) {
            case STEP -> Material2OutlinedMZ.STAIRS;
            case CONTACT -> Material2OutlinedAL.CONTACTS;
            case INTERACTION -> Material2OutlinedAL.FORUM;
            case SESSION -> Material2OutlinedAL.BOOK;
            case DRAFT -> Material2OutlinedMZ.TEXT_SNIPPET;
            case WIN -> Material2OutlinedAL.EMOJI_EVENTS;
            case NETWORK -> Material2OutlinedMZ.PUBLIC;
            case POST -> Material2OutlinedAL.CAMPAIGN;
            case REVIEW -> Material2OutlinedAL.EVENT_NOTE;
        };
    }
}
