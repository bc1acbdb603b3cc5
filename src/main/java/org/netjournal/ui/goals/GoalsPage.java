package org.netjournal.ui.goals;

import java.util.Collections;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.layout.FlowPane;
import org.netjournal.ui.models.MyNetworksModel;
import atlantafx.base.theme.Styles;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netjournal.ui.common.PageLayout;
import org.netjournal.ui.common.PickedChoices;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.GoalTracker;
import org.netjournal.domain.Network;
import org.netjournal.domain.Streak;
import org.netjournal.domain.Week;
import org.netjournal.domain.WeekProgress;
import org.netjournal.domain.WeekStatus;
import org.netjournal.domain.WeeklyGoal;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.AreaPage;
import org.netjournal.ui.Destination;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.models.JournalModels;
import org.netjournal.ui.shared.GoalLabels;
import org.netjournal.ui.shared.GoalProgressList;
import org.netjournal.ui.shared.StreakView;
import org.netjournal.ui.shared.WeekStyles;

/**
 * The goals area: weekly targets per network and action, this week's progress, the streak with its shield,
 * the week start, and the last twelve weeks as a table and a bar chart. Everything shown is derived from
 * {@link org.netjournal.ui.models.GoalsModel#tracker()}, so it follows every logged, edited or deleted session at once.
 *
 * <p>Longer than 400 lines because the targets, this week's bars, the streak and the twelve weeks' table and chart
 * all read the same tracker and share the page's layout.
 */
public final class GoalsPage implements AreaPage {

    /** The most a weekly target can be set to in the editor. */
    static final int MAX_TARGET = 99;

    /** A network choice: {@code network == null} is "any network" (a ComboBox cannot show a null item). */
    record NetworkChoice(Network network) {
    }

    private final JournalModels journal;
    private final Messages messages;
    private final GoalLabels labels;
    private final ScrollPane root = new ScrollPane();
    private final Label weekLabel = new Label();
    private final GoalProgressList progress;
    private final Label noGoals = new Label();
    private final ComboBox<NetworkChoice> networkBox = new ComboBox<>();
    private final ComboBox<ActionKind> actionBox = new ComboBox<>();
    private final Spinner<Integer> targetSpinner = new Spinner<>(1, MAX_TARGET, 3);
    private final Button saveGoal = new Button();
    private final ComboBox<DayOfWeek> weekStartBox = new ComboBox<>();
    private final Label weekNumbersHint = new Label();
    private final StreakView streak;
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final TableView<WeekProgress> history = new TableView<>();
    private final Label historyEmpty = new Label();
    private List<Week> shieldedWeeks = List.of();
    /** Goals or sessions changed: rebuild (refresh reads the tracker again, so it keeps reporting). */
    private final InvalidationListener trackerChanged = observable -> refresh();
    private final ChangeListener<DayOfWeek> weekStartChanged =
            (obs, old, day) -> weekStartBox.setValue(day);

    /** The user's networks: listed first, the first one preset for a new goal. */
    private final MyNetworksModel networks;

    public GoalsPage(UiContext context) {
        this.journal = context.journal();
        this.messages = context.messages();
        this.networks = context.networks();
        this.labels = new GoalLabels(messages);
        this.progress = new GoalProgressList(labels, this::edit, goal -> journal.goals().remove(goal.id()));
        this.streak = new StreakView(labels);

        VBox content = new VBox(22, header(), thisWeekSection(), editorSection(), streakSection(),
                historySection(), weekStartSection());
        content.getStyleClass().add("goals-page");
        PageLayout.centre(root, content, 900);
        root.getStylesheets().add(WeekStyles.URL);
        root.setId("goalsPage");

        // weakly: a language switch builds a new window, and the old page must not live on with the models
        journal.goals().tracker().addListener(new WeakInvalidationListener(trackerChanged));
        journal.goals().weekStartProperty().addListener(new WeakChangeListener<>(weekStartChanged));
        weekStartBox.setValue(journal.goals().weekStartProperty().get());
        weekStartBox.valueProperty().addListener((obs, old, day) -> {
            if (day != null && day != journal.goals().weekStartProperty().get()) {
                journal.goals().setWeekStart(day);
            }
        });
        refresh();
    }

    @Override
    public Region root() {
        return root;
    }

    @Override
    public void shown(Destination destination) {
        refresh(); // "today" may have moved on since the page was built
    }

    private Region header() {
        StackPane tile = PageLayout.iconTile(Material2OutlinedAL.FLAG);
        Label overline = new Label(messages.get("goals.overline"));
        overline.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
        Label title = new Label(messages.get("goals.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        weekLabel.getStyleClass().add(Styles.TEXT_MUTED);
        weekLabel.setId("goalsWeek");
        VBox titles = new VBox(2, overline, title, weekLabel);
        HBox header = new HBox(16, tile, titles);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Region thisWeekSection() {
        noGoals.setText(messages.get("goals.empty"));
        noGoals.setWrapText(true);
        noGoals.getStyleClass().add("card-hint");
        noGoals.setId("goalsEmpty");
        progress.root().setId("goalsProgress");
        return card(messages.get("goals.thisWeek"), progress.root(), noGoals);
    }

    private Region editorSection() {
        networkBox.getItems().add(new NetworkChoice(null));
        for (Network network : networks.ordered()) { // the user's networks first
            networkBox.getItems().add(new NetworkChoice(network));
        }
        PickedChoices.show(networkBox, choice -> choice == null ? "" : labels.network(choice.network()));
        Network mine = networks.firstDefault();
        networkBox.setValue(new NetworkChoice(mine == null ? Network.LINKEDIN : mine));
        networkBox.setId("goalNetwork");
        actionBox.getItems().setAll(ActionKind.values());
        PickedChoices.show(actionBox, action -> action == null ? "" : labels.actions().name(action));
        actionBox.setValue(ActionKind.COMMENTS);
        actionBox.setId("goalAction");
        targetSpinner.setEditable(true);
        targetSpinner.setPrefWidth(90);
        targetSpinner.setId("goalTarget");
        Label perWeek = new Label(messages.get("goals.perWeek"));
        saveGoal.setId("saveGoal");
        saveGoal.getStyleClass().add(Styles.ACCENT);
        saveGoal.setDefaultButton(false);
        saveGoal.setOnAction(event -> saveGoal());
        networkBox.valueProperty().addListener((obs, old, value) -> keyChanged());
        actionBox.valueProperty().addListener((obs, old, value) -> keyChanged());
        targetSpinner.getEditor().setOnAction(event -> saveGoal());

        // wraps in a narrow window instead of cutting off the button
        FlowPane row = new FlowPane(8, 8, networkBox, actionBox,
                targetSpinner, perWeek, saveGoal);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().forEach(node -> {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        Label hint = new Label(messages.get("goals.editorHint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        keyChanged();
        return card(messages.get("goals.setGoal"), row, hint);
    }

    private Region weekStartSection() {
        weekStartBox.getItems().setAll(DayOfWeek.values());
        PickedChoices.show(weekStartBox, day -> day == null ? "" : labels.day(day));
        weekStartBox.setId("weekStart");
        Label label = new Label(messages.get("goals.weekStartLabel"));
        HBox row = new HBox(10, label, weekStartBox);
        row.setAlignment(Pos.CENTER_LEFT);
        weekNumbersHint.setWrapText(true);
        weekNumbersHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return card(messages.get("goals.weekStartTitle"), row, weekNumbersHint);
    }

    private Region streakSection() {
        return card(messages.get("goals.streakTitle"), streak.root());
    }

    private Region historySection() {
        chart.setId("goalsChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setCategoryGap(14);
        chart.setBarGap(2);
        chart.setPrefHeight(260);
        chart.setMinHeight(220);
        ((NumberAxis) chart.getYAxis()).setMinorTickVisible(false);
        ((NumberAxis) chart.getYAxis()).setTickLabelFormatter(ChartScale.WHOLE_NUMBERS);
        chart.getStyleClass().add("goals-chart");

        history.setId("goalsHistory");
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        history.setFixedCellSize(30);
        history.setPrefHeight(30 * GoalTracker.HISTORY_WEEKS + 64); // two-line headers, no scroll bar
        history.setMinHeight(Region.USE_PREF_SIZE);
        historyEmpty.setText(messages.get("goals.historyEmpty"));
        historyEmpty.setWrapText(true);
        historyEmpty.getStyleClass().add("card-hint");
        return card(messages.get("goals.historyTitle"), historyEmpty, chart, history);
    }

    private static VBox card(String title, Region... body) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        VBox card = new VBox(12, heading);
        card.getChildren().addAll(body);
        card.getStyleClass().add("week-card");
        return card;
    }

    // --- editor ----------------------------------------------------------------------------------------

    private Optional<WeeklyGoal> existing(NetworkChoice network, ActionKind action) {
        if (network == null || action == null) {
            return Optional.empty();
        }
        return journal.goals().list().stream()
                .filter(goal -> goal.network() == network.network() && goal.action() == action).findFirst();
    }

    /** A goal for the chosen network and action exists: the button updates it and the spinner shows it. */
    private void keyChanged() {
        Optional<WeeklyGoal> goal = existing(networkBox.getValue(), actionBox.getValue());
        goal.ifPresent(g -> targetSpinner.getValueFactory().setValue(g.target()));
        saveGoal.setText(goal.isPresent() ? messages.get("goals.update") : messages.get("goals.add"));
        saveGoal.setGraphic(new FontIcon(goal.isPresent() ? Material2OutlinedMZ.SAVE : Material2OutlinedAL.ADD));
    }

    private void edit(WeeklyGoal goal) {
        networkBox.setValue(new NetworkChoice(goal.network()));
        actionBox.setValue(goal.action());
        targetSpinner.getValueFactory().setValue(goal.target());
        targetSpinner.requestFocus();
    }

    private void saveGoal() {
        NetworkChoice network = networkBox.getValue();
        ActionKind action = actionBox.getValue();
        if (network == null || action == null) {
            return;
        }
        Integer target = TargetInput.parse(targetSpinner.getEditor().getText(), MAX_TARGET)
                .orElse(targetSpinner.getValue());
        targetSpinner.getValueFactory().setValue(target);
        journal.goals().set(network.network(), action, target);
    }

    // --- derived views ---------------------------------------------------------------------------------

    private void refresh() {
        GoalTracker tracker = journal.goals().tracker().get();
        Week current = tracker.weekOf(LocalDate.now());
        WeekProgress week = tracker.progress(current);
        weekLabel.setText(labels.weekLong(current));
        progress.show(week);
        boolean hasGoals = !tracker.goals().isEmpty();
        showOnly(!hasGoals, noGoals, historyEmpty);
        showOnly(hasGoals, progress.root(), chart, history);
        Streak streakNow = tracker.streak(current);
        shieldedWeeks = streakNow.shieldedWeeks();
        streak.show(streakNow, hasGoals);
        weekNumbersHint.setText(tracker.firstDay() == DayOfWeek.MONDAY ? messages.get("goals.isoWeeks")
                : messages.format("goals.otherWeeks", labels.day(tracker.firstDay())));
        List<WeekProgress> weeks = tracker.history(current);
        showChart(weeks);
        showHistory(tracker, weeks);
        keyChanged();
    }

    private static void showOnly(boolean shown, Region... nodes) {
        for (Region node : nodes) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }

    private void showChart(List<WeekProgress> weeks) {
        XYChart.Series<String, Number> done = new XYChart.Series<>();
        done.setName(messages.get("goals.chartDone"));
        XYChart.Series<String, Number> target = new XYChart.Series<>();
        target.setName(messages.get("goals.chartTarget"));
        for (WeekProgress week : weeks) {
            String category = labels.weekShort(week.week());
            done.getData().add(new XYChart.Data<>(category, week.doneTotal()));
            target.getData().add(new XYChart.Data<>(category, week.targetTotal()));
        }
        chart.getData().setAll(List.of(done, target));
        NumberAxis counts = (NumberAxis) chart.getYAxis();
        int highest = weeks.stream().mapToInt(w -> Math.max(w.doneTotal(), w.targetTotal())).max().orElse(0);
        int unit = ChartScale.tickUnit(highest);
        counts.setAutoRanging(false);
        counts.setLowerBound(0);
        counts.setUpperBound(ChartScale.upperBound(highest));
        counts.setTickUnit(unit);
    }

    private void showHistory(GoalTracker tracker, List<WeekProgress> weeks) {
        List<TableColumn<WeekProgress, ?>> columns = new ArrayList<>();
        TableColumn<WeekProgress, String> week = new TableColumn<>(messages.get("goals.col.week"));
        week.setCellValueFactory(cell -> new ReadOnlyStringWrapper(messages.format("goals.weekRow",
                labels.weekShort(cell.getValue().week()), labels.dayMonth(cell.getValue().week().start()))));
        week.setPrefWidth(130);
        columns.add(week);
        for (WeeklyGoal goal : tracker.goals()) {
            // network above action: two short lines fit a narrow column
            TableColumn<WeekProgress, String> column = new TableColumn<>(labels.network(goal.network()) + "\n"
                    + labels.actions().name(goal.action()));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().goals().stream()
                    .filter(p -> p.goal().id() == goal.id()).findFirst()
                    .map(labels::doneOfTarget).orElse("\u2013")));
            column.setPrefWidth(110);
            column.setStyle("-fx-alignment: CENTER;");
            columns.add(column);
        }
        TableColumn<WeekProgress, String> total = new TableColumn<>(messages.get("goals.col.total"));
        total.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().hasGoals()
                ? messages.format("goals.doneOfTarget", cell.getValue().doneTotal(), cell.getValue().targetTotal())
                : "\u2013"));
        total.setPrefWidth(80);
        total.setStyle("-fx-alignment: CENTER;");
        columns.add(total);
        TableColumn<WeekProgress, WeekProgress> met = new TableColumn<>(messages.get("goals.col.met"));
        met.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        met.setCellFactory(column -> new MetCell());
        met.setPrefWidth(110);
        columns.add(met);
        history.getColumns().setAll(columns);
        for (TableColumn<WeekProgress, ?> column : columns) {
            column.setSortable(false);
            column.setReorderable(false);
        }
        List<WeekProgress> newestFirst = new ArrayList<>(weeks);
        Collections.reverse(newestFirst);
        history.getItems().setAll(newestFirst);
    }

    /** ✓ for a met week, a shield for a rest week the streak forgave, nothing to shame a missed week. */
    private final class MetCell extends TableCell<WeekProgress, WeekProgress> {
        @Override
        protected void updateItem(WeekProgress week, boolean empty) {
            super.updateItem(week, empty);
            getStyleClass().removeAll("met-yes", "met-rest");
            setTooltip(null);
            if (empty || week == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setAlignment(Pos.CENTER_LEFT);
            if (week.status() == WeekStatus.MET) {
                setText("\u2713");
                setGraphic(null);
                getStyleClass().add("met-yes");
            } else if (shieldedWeeks.contains(week.week())) {
                setText(messages.get("goals.restWeek"));
                setGraphic(new FontIcon(Material2OutlinedMZ.SECURITY));
                getStyleClass().add("met-rest");
                setTooltip(new Tooltip(messages.get("goals.restWeekTooltip")));
            } else if (week.status() == WeekStatus.MISSED && week.week().contains(LocalDate.now())) {
                setText(messages.get("goals.running"));
                setGraphic(null);
            } else {
                setText(week.hasGoals() ? "" : "\u2013");
                setGraphic(null);
            }
        }
    }
}
