package org.netjournal.ui.step;

import javafx.scene.control.ContentDisplay;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.ui.common.PageLayout;
import org.netjournal.ui.common.Confirmation;
import org.netjournal.domain.Network;
import org.netjournal.domain.Session;
import org.netjournal.domain.StepDefinition;
import org.netjournal.domain.Week;
import org.netjournal.domain.WeekProgress;
import org.netjournal.domain.Win;
import org.netjournal.i18n.ActionTexts;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.Destination;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.shared.strategy.StrategySections;
import org.netjournal.ui.shared.GoalLabels;
import org.netjournal.ui.shared.GoalProgressList;
import org.netjournal.ui.shared.WeekStyles;
import org.netjournal.ui.models.JournalModels;
import org.netjournal.ui.shared.networks.ChooseNetworksSection;
import org.netjournal.ui.shared.networks.ProfilesSection;
import org.netjournal.ui.shared.coach.GrowthChart;
import org.netjournal.ui.shared.posts.PostsSection;
import org.netjournal.i18n.DateTimeTexts;

/**
 * What a step page shows from the working areas, below its checklist: step 4 (sightseeing) and step 6 (get
 * active) the recent sessions and this week's goal progress, step 5 the target contacts, step 7 the wins (with
 * adding one). The sections follow the journal as it changes; a step page is rebuilt each time it is shown, so
 * they listen weakly and go away with it.
 */
public final class StepExtras {

    /** How many of the latest sessions step 4 and 6 show. */
    static final int RECENT_SESSIONS = 5;
    /** How many wins step 7 shows before "show all". */
    static final int WINS_SHOWN = 8;

    private StepExtras() {
    }

    /** The extra section of step {@code number}, or null when the step has none. */
    public static Region forStep(int number, UiContext context) {
        if (number == StepDefinition.STRATEGY.number()) {
            return StrategySections.strategy(context);
        }
        if (number == StepDefinition.CHOOSE_NETWORKS.number()) {
            return new ChooseNetworksSection(context.networks(), context.messages()).root();
        }
        if (number == StepDefinition.CREATE_ACCOUNTS.number()) {
            return new ProfilesSection(context.networks(), context.messages(),
                    () -> context.navigation().go(new Destination.Step(StepDefinition.CHOOSE_NETWORKS.number()))).root();
        }
        if (number == StepDefinition.SIGHTSEEING.number()) {
            return StrategySections.lookingAround(context, new ActivitySection(context, false).root);
        }
        if (number == StepDefinition.GET_ACTIVE.number()) {
            VBox active = new VBox(18, new ActivitySection(context, true).root,
                    new PostsSection(context.journal().posts(), context.messages(), context.unsent()).root());
            return StrategySections.getActive(context, active);
        }
        if (number == StepDefinition.HAVE_FUN.number()) {
            return new VBox(24, new GrowthChart(context).root(), new WinsSection(context).root);
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------
    // Texts shared by the sections

    static String network(Messages messages, Network network) {
        return messages.get("network." + network.code());
    }

    private static Label heading(Messages messages, String key, String hintKey) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add(Styles.TITLE_4);
        if (hintKey != null) {
            title.setTooltip(new Tooltip(messages.get(hintKey)));
        }
        return title;
    }

    /** What a section says while it has nothing to show: plain muted text, larger than the hints. */
    private static Label empty(String text) {
        Label empty = new Label(text);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        return empty;
    }

    private static Label hint(String text) {
        return PageLayout.sectionHint(text);
    }

    // ---------------------------------------------------------------------------------------------------
    // Step 4 and 6: sessions and this week's goals

    /** Recent sessions with their counts, and this week's goal progress; goals first on step 6. */
    private static final class ActivitySection {
        final VBox root = new VBox(18);
        private final JournalModels journal;
        private final Messages messages;
        private final UiContext context;
        private final VBox sessions = new VBox(6);
        private final VBox goals = new VBox(8);
        private final Label goalsTitle = new Label();
        private final DateTimeTexts dates;
        // held by the section (which the root holds): the model only has a weak reference
        private final InvalidationListener refresh = observable -> refresh();

        ActivitySection(UiContext context, boolean goalsFirst) {
            this.context = context;
            this.journal = context.journal();
            this.messages = context.messages();
            dates = new DateTimeTexts(messages);

            sessions.setId("stepSessions");
            goals.setId("stepGoals");
            goalsTitle.getStyleClass().add(Styles.TITLE_4);
            VBox sessionsBox = new VBox(8, new VBox(2, heading(messages, "extras.sessions", null),
                    hint(messages.get(goalsFirst ? "extras.sessionsHint6" : "extras.sessionsHint4"))), sessions);
            sessionsBox.getChildren().add(link("openJournal", messages.get("extras.openJournal"), new Destination.Journal()));
            VBox goalsBox = new VBox(8, new VBox(2, goalsTitle,
                    hint(messages.get(goalsFirst ? "extras.goalsHint6" : "extras.goalsHint4"))), goals);
            goalsBox.getChildren().add(link("openGoals", messages.get("extras.openGoals"), new Destination.Goals()));
            root.getChildren().addAll(goalsFirst ? List.of(goalsBox, sessionsBox) : List.of(sessionsBox, goalsBox));
            root.getProperties().put(ActivitySection.class, this);
            root.getStylesheets().add(WeekStyles.URL); // the goal bars look as in the goals area

            WeakInvalidationListener weak = new WeakInvalidationListener(refresh);
            journal.sessions().list().addListener(weak);
            journal.goals().tracker().addListener(weak);
            journal.loadedProperty().addListener(weak);
            refresh();
        }

        private Hyperlink link(String id, String text, Destination destination) {
            Hyperlink link = new Hyperlink(text, new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
            link.setId(id);
            link.setContentDisplay(ContentDisplay.RIGHT);
            link.setOnAction(event -> context.navigation().go(destination));
            return link;
        }

        private void refresh() {
            journal.goals().tracker().get(); // revalidate, so the next change notifies again
            refreshSessions();
            refreshGoals();
        }

        private void refreshSessions() {
            List<Session> recent = journal.sessions().list().stream().limit(RECENT_SESSIONS).toList();
            sessions.getChildren().clear();
            if (recent.isEmpty()) {
                sessions.getChildren().add(empty(messages.get("extras.noSessions")));
                return;
            }
            for (Session session : recent) {
                sessions.getChildren().add(sessionRow(session));
            }
            int more = journal.sessions().list().size() - recent.size();
            if (more > 0) {
                sessions.getChildren().add(hint(messages.format("extras.moreSessions", more)));
            }
        }

        private Region sessionRow(Session session) {
            Label when = new Label(dates.dateTime(session.start()));
            when.getStyleClass().add(Styles.TEXT_BOLD);
            List<String> parts = new ArrayList<>();
            if (!session.networks().isEmpty()) {
                parts.add(session.networks().stream().map(n -> network(messages, n))
                        .collect(Collectors.joining(", ")));
            }
            String counts = session.counts().totals().entrySet().stream()
                    .map(entry -> new ActionTexts(messages).count(entry.getKey(), entry.getValue()))
                    .collect(Collectors.joining(", "));
            parts.add(counts.isEmpty() ? messages.get("extras.noCounts") : counts);
            if (!session.touched().isEmpty()) {
                parts.add(messages.format("extras.touched", session.touched().size()));
            }
            if (session.energyBefore() != null && session.energyAfter() != null) {
                parts.add(messages.format("extras.energy", session.energyBefore(), session.energyAfter()));
            }
            Label what = new Label(String.join(" \u00b7 ", parts));
            what.setWrapText(true);
            what.getStyleClass().add(Styles.TEXT_SMALL);
            what.setMinHeight(Region.USE_PREF_SIZE);
            VBox row = new VBox(2, when, what);
            if (session.win() != null) {
                Label win = new Label(session.win(), new FontIcon(Material2OutlinedAL.EMOJI_EVENTS));
                win.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                win.setWrapText(true);
                row.getChildren().add(win);
            }
            row.getStyleClass().add("timeline-row");
            return row;
        }

        private void refreshGoals() {
            Week week = journal.goals().currentWeek();
            goalsTitle.setText(messages.format("extras.goals", week.number()));
            WeekProgress progress = journal.goals().tracker().get().progress(week);
            goals.getChildren().clear();
            if (!progress.hasGoals()) {
                goals.getChildren().add(empty(messages.get("extras.noGoals")));
                return;
            }
            GoalProgressList bars = new GoalProgressList(new GoalLabels(messages), null, null);
            bars.show(progress);
            goals.getChildren().add(bars.root());
            Label summary = new Label(progress.met() ? messages.get("extras.weekMet")
                    : messages.format("extras.weekOpen", progress.metCount(), progress.goals().size(),
                            week.daysLeft(journal.goals().today())));
            summary.getStyleClass().addAll(Styles.TEXT_SMALL, progress.met() ? Styles.SUCCESS : Styles.TEXT_MUTED);
            summary.setWrapText(true);
            if (progress.met()) {
                summary.setGraphic(new FontIcon(Material2OutlinedAL.CHECK_CIRCLE));
            }
            goals.getChildren().add(summary);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Step 7: wins

    /** The wins, newest first, with a field to note a new one (dated today) and a delete button on each. */
    private static final class WinsSection {
        final VBox root = new VBox(8);
        private final JournalModels journal;
        private final Messages messages;
        private final VBox list = new VBox(6);
        private final DateTimeTexts dates;
        private boolean showAll;
        private final InvalidationListener refresh = observable -> refresh();

        WinsSection(UiContext context) {
            this.journal = context.journal();
            this.messages = context.messages();
            dates = new DateTimeTexts(messages);
            list.setId("stepWins");

            TextField text = new TextField();
            text.setId("winText");
            text.setPromptText(messages.get("extras.winPrompt"));
            HBox.setHgrow(text, Priority.ALWAYS);
            Button add = new Button(messages.get("extras.addWin"), new FontIcon(Material2OutlinedAL.EMOJI_EVENTS));
            add.setId("addWin");
            add.disableProperty().bind(text.textProperty().isEmpty());
            Runnable addWin = () -> {
                if (!text.getText().isBlank()) {
                    journal.wins().add(LocalDate.now(), text.getText().strip());
                    text.clear();
                }
            };
            add.setOnAction(event -> addWin.run());
            text.setOnAction(event -> addWin.run());
            HBox addRow = new HBox(8, text, add);
            addRow.setAlignment(Pos.CENTER_LEFT);

            root.getChildren().addAll(new VBox(2, heading(messages, "extras.wins", null),
                    hint(messages.get("extras.winsHint"))), addRow, list);
            root.getProperties().put(WinsSection.class, this);
            journal.wins().list().addListener(new WeakInvalidationListener(refresh));
            refresh();
        }

        private void refresh() {
            list.getChildren().clear();
            List<Win> wins = journal.wins().list();
            if (wins.isEmpty()) {
                list.getChildren().add(empty(messages.get("extras.noWins")));
                return;
            }
            int shown = showAll ? wins.size() : Math.min(WINS_SHOWN, wins.size());
            for (Win win : wins.subList(0, shown)) {
                list.getChildren().add(winRow(win));
            }
            if (shown < wins.size() || showAll && wins.size() > WINS_SHOWN) {
                Hyperlink toggle = new Hyperlink(showAll ? messages.get("extras.showFewerWins")
                        : messages.format("extras.showAllWins", wins.size()));
                toggle.setId("toggleWins");
                toggle.setOnAction(event -> {
                    showAll = !showAll;
                    refresh();
                });
                list.getChildren().add(toggle);
            }
        }

        private Region winRow(Win win) {
            FontIcon icon = new FontIcon(win.sessionId() == null ? Material2OutlinedAL.EMOJI_EVENTS
                    : Material2OutlinedMZ.SPEAKER_NOTES);
            icon.getStyleClass().add("step-icon");
            Label text = new Label(win.text());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            Label date = new Label(win.sessionId() == null ? dates.date(win.date())
                    : messages.format("extras.winFromSession", dates.date(win.date())));
            date.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox texts = new VBox(2, text, date);
            HBox.setHgrow(texts, Priority.ALWAYS);
            texts.setMaxWidth(Double.MAX_VALUE);
            Button delete = new Button(null, new FontIcon(Material2OutlinedAL.DELETE));
            delete.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER);
            delete.setTooltip(new Tooltip(messages.get("extras.deleteWin")));
            delete.setAccessibleText(messages.get("extras.deleteWin"));
            delete.getStyleClass().add("delete-win");
            delete.setOnAction(event -> confirmDelete(win, delete));
            HBox row = new HBox(10, icon, texts, delete);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("timeline-row");
            row.setUserData(win.id());
            return row;
        }

        private void confirmDelete(Win win, Button from) {
            if (new Confirmation(from.getScene() == null ? null : from.getScene().getWindow(),
                    messages.get("extras.deleteWinTitle"), messages.format("extras.deleteWinQuestion", win.text()),
                    messages.get("extras.deleteWin"), messages.get("confirm.cancel"))
                    .withId("deleteWinQuestion").confirmed()) {
                journal.wins().delete(win.id());
            }
        }
    }
}
