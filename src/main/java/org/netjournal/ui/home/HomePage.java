package org.netjournal.ui.home;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.ContentDisplay;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netjournal.ui.common.AfterFirstFrame;
import org.netjournal.ui.common.LazyTooltip;
import org.netjournal.ui.common.PageLayout;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.DueContacts;
import org.netjournal.domain.EnergyTrend;
import org.netjournal.ui.shared.coach.CoachOnHome;
import org.netjournal.domain.GoalTracker;
import org.netjournal.domain.Session;
import org.netjournal.domain.StepDefinition;
import org.netjournal.domain.Week;
import org.netjournal.domain.WeekProgress;
import org.netjournal.domain.Win;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.AreaPage;
import org.netjournal.ui.Destination;
import org.netjournal.ui.Navigation;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.models.ContactsModel;
import org.netjournal.ui.shared.GoalLabels;
import org.netjournal.ui.shared.GoalProgressList;
import org.netjournal.ui.shared.StreakView;
import org.netjournal.ui.shared.WeekStyles;
import org.netjournal.ui.models.CoachModel;
import org.netjournal.ui.shared.coach.EnergyInsightLines;
import org.netjournal.ui.shared.coach.NudgeControls;
import org.netjournal.ui.shared.coach.ThisWeekSteps;
import org.netjournal.ui.models.JournalModels;
import org.netjournal.ui.models.StepModel;
import org.netjournal.ui.shared.networks.HomeNetworksNote;
import org.netjournal.ui.shared.strategy.PinnedGoal;
import org.netjournal.i18n.DateTimeTexts;

/**
 * "This week", the home page and the view at start: the week's goals, the streak, who is due a follow-up,
 * the last sessions, the energy trend, a past win and one suggested next step. Gentle nudges only, and only
 * here inside the app. Everything is rebuilt from the models whenever one of them changes.
 *
 * <p>Longer than 400 lines because it lays out the home page's cards, one method each; what they show is chosen in
 * {@code HomeData} and the models.
 */
public final class HomePage implements AreaPage {

    /** The content width from which the cards stand in two columns. */
    private static final double TWO_COLUMNS_FROM = 620;

    private final UiContext context;
    private final JournalModels journal;
    private final ContactsModel contacts;
    private final Navigation navigation;
    private final Messages messages;
    private final GoalLabels labels;
    private final ScrollPane root = new ScrollPane();
    private final Label weekLabel = new Label();
    private final VBox nudges = new VBox(8);
    private final GoalProgressList goals;
    private final VBox goalsBody = new VBox(12);
    private final StreakView streak;
    private final VBox dueBody = new VBox(4);
    private final VBox sessionsBody = new VBox(4);
    private final VBox energyBody = new VBox(8);
    private final VBox winBody = new VBox(6);
    private final VBox stepBody = new VBox(10);
    /** Any model changed: rebuild. Each refresh reads every binding again, so each keeps reporting. */
    private final InvalidationListener modelChanged = observable -> refresh();
    private final InvalidationListener dayChanged = observable -> refreshWithNetworks();
    private final DateTimeTexts dates;
    /** The user's networks and the privacy review reminder (step 2 and 3). */
    private final HomeNetworksNote networksNote;
    /** The gentle coach: the next small steps with the target people, and what can be snoozed or turned off. */
    private final CoachModel coach;
    private final ThisWeekSteps thisWeek;
    private final Region streakCard;

    public HomePage(UiContext context) {
        this.context = context;
        this.journal = context.journal();
        this.contacts = context.contacts();
        this.navigation = context.navigation();
        this.messages = context.messages();
        this.labels = new GoalLabels(messages);
        this.goals = new GoalProgressList(labels, null, null);
        this.streak = new StreakView(labels);
        this.dates = new DateTimeTexts(messages);
        this.coach = journal.coach();
        this.thisWeek = new ThisWeekSteps(coach, context.strategy(), contacts, messages, navigation);

        goals.root().setId("homeGoals");
        dueBody.setId("homeDue");
        sessionsBody.setId("homeSessions");
        energyBody.setId("homeEnergy");
        winBody.setId("homeWin");
        stepBody.setId("homeNextStep");
        nudges.setId("homeNudges");

        streakCard = card(Material2OutlinedAL.LOCAL_FIRE_DEPARTMENT, messages.get("home.streakTitle"),
                new VBox(8, streak.root(), NudgeControls.of(coach, CoachModel.Nudge.STREAK, messages, "homeStreak")));
        List<Region> cards = List.of(
                card(Material2OutlinedAL.FLAG, messages.get("home.goalsTitle"), goalsBody),
                streakCard,
                card(Material2OutlinedAL.HISTORY, messages.get("home.sessionsTitle"), sessionsBody),
                card(Material2OutlinedMZ.SCHEDULE, messages.get("home.dueTitle"), dueBody),
                card(Material2OutlinedMZ.SHOW_CHART, messages.get("home.energyTitle"), energyBody),
                new VBox(18,
                        card(Material2OutlinedAL.EMOJI_EVENTS, messages.get("home.winTitle"), winBody),
                        card(Material2OutlinedAL.EMOJI_OBJECTS, messages.get("home.nextStepTitle"), stepBody)));
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(18);
        // two columns of cards; one column when the window is narrow. Decided from the visible width (not the
        // grid's own, which two columns of cards would hold wide), and nothing insists on a minimum width, so a
        // narrow window never pushes the navigator aside.
        grid.setMinWidth(0);
        cards.forEach(card -> card.setMinWidth(0));
        root.viewportBoundsProperty().addListener((obs, old, bounds) -> arrange(grid, cards, bounds.getWidth() - 64));
        arrange(grid, cards, 1000);

        networksNote = new HomeNetworksNote(context.networks(), messages,
                () -> navigation.go(new Destination.Step(StepDefinition.CHOOSE_NETWORKS.number())),
                () -> navigation.go(new Destination.Step(StepDefinition.CREATE_ACCOUNTS.number())));
        VBox content = new VBox(20, header());
        List<Node> belowHeader = List.of(new PinnedGoal(context.strategy(), messages, navigation, true).root(),
                nudges, thisWeek.root(), networksNote.root(), new CoachOnHome(context).root(), grid);
        // The window's first frame shows the heading; the cards join it in the next frame. Styling and laying out
        // the whole page is the largest part of the start after the toolkit's own, and the start page is the one
        // page every start shows (see BENCHMARKS.md: first frame and complete page are both measured).
        AfterFirstFrame.runWhenShown(root, () -> content.getChildren().addAll(belowHeader));
        PageLayout.centre(root, content, 1040);
        root.getStylesheets().add(WeekStyles.URL);
        root.setId("homePage");

        // weakly: a language switch builds a new window, and the old page must not live on with the models
        WeakInvalidationListener weak = new WeakInvalidationListener(modelChanged);
        journal.goals().tracker().addListener(weak);
        journal.wins().list().addListener(weak);
        contacts.dueProperty().addListener(weak);
        coach.values().addListener(weak);
        // a new date while the app is open: the cards, the nudges and the privacy reminder are looked at again
        journal.goals().todayProperty().addListener(new WeakInvalidationListener(dayChanged));
        for (StepModel step : context.steps().steps()) {
            step.stateBinding().addListener(weak);
        }
        refresh();
    }

    /** Columns of cards: two side by side from {@value #TWO_COLUMNS_FROM} pixels on, else one. */
    private static void arrange(GridPane grid, List<Region> cards, double width) {
        int columns = width > 0 && width < TWO_COLUMNS_FROM ? 1 : 2;
        if (!grid.getChildren().isEmpty() && grid.getColumnConstraints().size() == columns) {
            return;
        }
        List<ColumnConstraints> constraints = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            constraints.add(column);
        }
        grid.getChildren().clear();
        grid.getColumnConstraints().setAll(constraints);
        for (int i = 0; i < cards.size(); i++) {
            Region card = cards.get(i);
            grid.add(card, i % columns, i / columns);
            GridPane.setValignment(card, VPos.TOP);
            GridPane.setFillHeight(card, true);
        }
    }

    @Override
    public Region root() {
        return root;
    }

    @Override
    public void shown(Destination destination) {
        refreshWithNetworks(); // "today" may have moved on since the page was last shown
    }

    private void refreshWithNetworks() {
        refresh();
        networksNote.refresh();
    }

    private Region header() {
        StackPane tile = PageLayout.iconTile(Material2OutlinedMZ.WB_SUNNY);
        weekLabel.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
        weekLabel.setId("homeWeek");
        Label title = new Label(messages.get("home.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label(messages.get("home.subtitle"));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        VBox titles = new VBox(2, weekLabel, title, subtitle);
        HBox.setHgrow(titles, Priority.ALWAYS);
        // the main job, one click (or Ctrl+N) away from the start page
        Button newSession = new Button(messages.get("home.newSession"), new FontIcon(Material2OutlinedMZ.POST_ADD));
        newSession.getStyleClass().add(Styles.ACCENT);
        newSession.setId("homeNewSession");
        newSession.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.install(newSession, () -> messages.get("home.newSessionHint"));
        newSession.setOnAction(event -> navigation.newSessionEntry());
        HBox header = new HBox(16, tile, titles, newSession);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static VBox card(Ikon icon, String title, Region body) {
        Label heading = new Label(title, new FontIcon(icon));
        heading.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        heading.setWrapText(true); // a long German title takes a second line rather than being cut short
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.setGraphicTextGap(8);
        VBox card = new VBox(12, heading, body);
        card.getStyleClass().add("week-card");
        card.setMaxHeight(Double.MAX_VALUE);
        return card;
    }

    private void refresh() {
        LocalDate today = LocalDate.now();
        GoalTracker tracker = journal.goals().tracker().get();
        Week current = tracker.weekOf(today);
        WeekProgress week = tracker.progress(current);
        weekLabel.setText(labels.weekLong(current));
        showGoals(week, tracker);
        streak.show(tracker.streak(current), !tracker.goals().isEmpty());
        boolean streakShown = coach.isShown(CoachModel.Nudge.STREAK, today);
        streakCard.setVisible(streakShown);
        streakCard.setManaged(streakShown);
        thisWeek.show(current);
        showNudges(week, today);
        showDue(today);
        showSessions();
        showEnergy(current);
        showWin(current, today);
        showNextStep();
    }

    // --- the sections ----------------------------------------------------------------------------------

    private void showGoals(WeekProgress week, GoalTracker tracker) {
        goals.show(week);
        if (tracker.goals().isEmpty()) {
            Label empty = hint(messages.get("home.noGoals"));
            Button set = new Button(messages.get("home.setGoal"), new FontIcon(Material2OutlinedAL.ADD));
            set.getStyleClass().add(Styles.ACCENT);
            set.setId("homeSetGoal");
            set.setOnAction(event -> navigation.go(new Destination.Goals()));
            goalsBody.getChildren().setAll(empty, set);
            return;
        }
        Button open = linkButton(messages.get("home.openGoals"));
        open.setId("homeOpenGoals");
        open.setOnAction(event -> navigation.go(new Destination.Goals()));
        String summary;
        if (week.met()) {
            summary = messages.get("home.weekMet");
        } else if (week.metCount() > 0) {
            summary = messages.format("home.goalsSummary", week.metCount(), week.goals().size());
        } else if (week.fraction() > 0) {
            summary = messages.format("home.underWay", week.fraction());
        } else {
            summary = messages.get("home.freshWeek");
        }
        Label line = new Label(summary);
        line.getStyleClass().add(week.met() ? "goal-count-met" : Styles.TEXT_MUTED);
        line.setWrapText(true);
        line.setId("homeGoalsSummary");
        goalsBody.getChildren().setAll(goals.root(), line, open);
    }

    private void showNudges(WeekProgress week, LocalDate today) {
        nudges.getChildren().clear();
        if (week.isRunningShort(today) && coach.isShown(CoachModel.Nudge.RUNNING_SHORT, today)) {
            int left = week.week().daysLeft(today);
            Label nudge = nudge(Material2OutlinedAL.HOURGLASS_EMPTY,
                    messages.format("home.runningShort", left, week.goals().size() - week.metCount()));
            nudge.setId("homeRunningShort");
            nudges.getChildren().addAll(nudge,
                    NudgeControls.of(coach, CoachModel.Nudge.RUNNING_SHORT, messages, "homeRunningShort"));
        }
        int due = contacts.dueProperty().get().due();
        if (due > 0 && coach.isShown(CoachModel.Nudge.FOLLOW_UPS, today)) {
            Label nudge = nudge(Material2OutlinedMZ.PEOPLE_OUTLINE, messages.format("home.followUps", due));
            nudge.setId("homeFollowUps");
            nudge.setOnMouseClicked(event -> navigation.go(new Destination.Contacts(true)));
            nudge.setCursor(Cursor.HAND);
            nudges.getChildren().addAll(nudge,
                    NudgeControls.of(coach, CoachModel.Nudge.FOLLOW_UPS, messages, "homeFollowUps"));
        }
        nudges.setVisible(!nudges.getChildren().isEmpty());
        nudges.setManaged(!nudges.getChildren().isEmpty());
    }

    private void showDue(LocalDate today) {
        DueContacts found = contacts.dueProperty().get(); // asked of the journal: not every contact is loaded
        List<ContactSummary> due = found.first();
        if (due.isEmpty()) {
            dueBody.getChildren().setAll(hint(found.contacts() == 0 ? messages.get("home.noContacts")
                    : messages.get("home.noneDue")));
            return;
        }
        List<Node> rows = new ArrayList<>();
        for (ContactSummary contact : due) {
            Label name = new Label(contact.fullName().isEmpty() ? "\u2026" : contact.fullName());
            name.getStyleClass().add("goal-title");
            LocalDate next = contact.nextDue().orElse(today);
            Label when = new Label(dueText(next, today));
            when.getStyleClass().add(next.isBefore(today) ? "overdue" : Styles.TEXT_MUTED);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, new FontIcon(Material2OutlinedMZ.PERSON_OUTLINE), name, spacer, when);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().addAll("home-row", "due-row");
            clickable(row, contact.fullName(), () -> navigation.go(new Destination.Contacts(true)));
            rows.add(row);
        }
        Button all = linkButton(messages.get("home.allDue"));
        all.setOnAction(event -> navigation.go(new Destination.Contacts(true)));
        rows.add(all);
        dueBody.getChildren().setAll(rows);
    }

    private String dueText(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days == 0) {
            return messages.get("home.dueToday");
        }
        return days > 0 ? messages.format("home.dueIn", days) : messages.format("home.dueAgo", -days);
    }

    private void showSessions() {
        List<Session> last = HomeData.lastSessions(journal.sessions().list(), HomeData.SESSIONS_SHOWN);
        if (last.isEmpty()) {
            Label empty = hint(messages.get("home.noSessions"));
            empty.setId("homeNoSessions");
            sessionsBody.getChildren().setAll(empty);
            return;
        }
        List<Node> rows = new ArrayList<>();
        for (Session session : last) {
            Label time = new Label(dates.dateTime(session.start()));
            time.getStyleClass().add("goal-title");
            String networks = session.networks().stream().map(labels::network).collect(Collectors.joining(", "));
            Label what = new Label(joinNonEmpty(networks, counts(session)));
            what.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            what.setWrapText(true);
            VBox texts = new VBox(1, time, what);
            HBox row = new HBox(10, new FontIcon(Material2OutlinedAL.EVENT_NOTE), texts);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().addAll("home-row", "session-row");
            clickable(row, time.getText() + ", " + what.getText(), () -> navigation.go(new Destination.Journal()));
            rows.add(row);
        }
        sessionsBody.getChildren().setAll(rows);
    }

    private String counts(Session session) {
        List<String> parts = new ArrayList<>();
        for (ActionKind kind : ActionKind.values()) {
            int count = session.count(kind);
            if (count > 0) {
                parts.add(labels.actions().count(kind, count));
            }
        }
        return parts.isEmpty() ? messages.get("home.noCounts") : String.join(" \u00b7 ", parts);
    }

    private static String joinNonEmpty(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + "  \u2014  " + second;
    }

    private void showEnergy(Week current) {
        List<EnergyTrend.Point> points = EnergyTrend.lastWeeks(journal.sessions().list(), current);
        if (points.isEmpty()) {
            energyBody.getChildren().setAll(hint(messages.get("home.noEnergy")));
            return;
        }
        CategoryAxis weeks = new CategoryAxis();
        List<String> categories = new ArrayList<>();
        for (EnergyTrend.Point point : points) {
            categories.add(labels.weekShort(point.week()));
        }
        weeks.setCategories(FXCollections.observableArrayList(categories));
        weeks.setAutoRanging(false);
        NumberAxis energy = new NumberAxis(1, 5, 1);
        energy.setAutoRanging(false);
        energy.setMinorTickVisible(false);
        LineChart<String, Number> chart = new LineChart<>(weeks, energy);
        chart.setId("energyChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(200);
        chart.setMinHeight(180);
        chart.setHorizontalGridLinesVisible(true);
        chart.setVerticalGridLinesVisible(false);
        chart.getStyleClass().add("energy-chart");
        XYChart.Series<String, Number> before = new XYChart.Series<>();
        before.setName(messages.get("home.energyBefore"));
        XYChart.Series<String, Number> after = new XYChart.Series<>();
        after.setName(messages.get("home.energyAfter"));
        for (EnergyTrend.Point point : points) {
            String category = labels.weekShort(point.week());
            if (point.before() != null) {
                before.getData().add(new XYChart.Data<>(category, point.before()));
            }
            if (point.after() != null) {
                after.getData().add(new XYChart.Data<>(category, point.after()));
            }
        }
        chart.getData().setAll(List.of(before, after));
        Label caption = new Label(messages.get("home.energyCaption"));
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        caption.setWrapText(true);
        energyBody.getChildren().setAll(chart, caption);
        Region insights = EnergyInsightLines.of(journal.sessions().list(), messages);
        if (insights != null) {
            energyBody.getChildren().add(insights);
        }
    }

    private void showWin(Week current, LocalDate today) {
        Optional<Win> latest = HomeData.latestWinOf(journal.wins().list(), current);
        Optional<Win> past = HomeData.pastWin(journal.wins().list(), current, today);
        if (latest.isEmpty() && past.isEmpty()) {
            winBody.getChildren().setAll(hint(messages.get("home.noWin")));
            return;
        }
        winBody.getChildren().clear();
        latest.ifPresent(win -> winBody.getChildren().addAll(winLines(win, "homeLatestWin", "home.winThisWeek")));
        past.ifPresent(win -> winBody.getChildren().addAll(winLines(win, "homeWinText", "home.winDate")));
    }

    private List<Label> winLines(Win win, String id, String dateKey) {
        Label text = new Label(messages.format("home.winQuote", win.text()));
        text.getStyleClass().add("win-text");
        text.setWrapText(true);
        text.setId(id);
        Label date = new Label(messages.format(dateKey, dates.date(win.date())));
        date.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return List.of(text, date);
    }

    private void showNextStep() {
        List<StepModel> steps = context.steps().steps();
        Optional<Integer> next = HomeData.firstUnfinishedStep(steps.stream().map(StepModel::state).toList());
        if (next.isEmpty()) {
            stepBody.getChildren().setAll(hint(messages.get("home.allStepsDone")));
            return;
        }
        int number = next.get();
        Label title = new Label(messages.format("home.nextStep", number, messages.stepTitle(number)));
        title.getStyleClass().add("goal-title");
        title.setWrapText(true);
        Label summary = new Label(messages.get("step." + number + ".summary"));
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        Button open = new Button(messages.format("home.openStep", number),
                new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
        open.setId("homeOpenStep");
        open.setOnAction(event -> navigation.go(new Destination.Step(number)));
        stepBody.getChildren().setAll(title, summary, open);
    }

    // --- small pieces ----------------------------------------------------------------------------------

    private static Label hint(String text) {
        return PageLayout.cardHint(text);
    }

    /** A row that opens something: by mouse, or by Enter or Space once it has the focus (Tab reaches it). */
    private static void clickable(HBox row, String accessibleText, Runnable open) {
        row.setFocusTraversable(true);
        row.setAccessibleRole(AccessibleRole.BUTTON);
        row.setAccessibleText(accessibleText);
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                open.run();
            }
        });
        row.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                open.run();
                event.consume();
            }
        });
    }

    private static Label nudge(Ikon icon, String text) {
        Label label = new Label(text, new FontIcon(icon));
        label.setWrapText(true);
        label.setGraphicTextGap(10);
        label.getStyleClass().add("nudge");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Button linkButton(String text) {
        Button button = new Button(text, new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
        button.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT, Styles.SMALL);
        button.setContentDisplay(ContentDisplay.RIGHT);
        return button;
    }
}
