package org.netjournal.ui.shared.coach;

import javafx.geometry.Insets;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.EnergyTrend;
import org.netjournal.domain.NextSmallSteps;
import org.netjournal.domain.Week;
import org.netjournal.domain.WeekProgress;
import org.netjournal.domain.WeeklyReview;
import org.netjournal.domain.Win;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.common.DialogWindows;
import org.netjournal.ui.models.ReviewsModel;

/**
 * The weekly review, one screen for two minutes: this week's goals (met or not, without blame, the streak shield in
 * one sentence), the week's wins, the energy trend against last week, who to greet next week (up to three, picked
 * from the suggestions for the target contacts) and one sentence for next week. What is typed and picked is saved
 * as it happens, as the week's review; opened again, the review is edited.
 */
public final class WeeklyReviewDialog {

    /** How many suggestions the review offers to pick from. */
    static final int SUGGESTIONS = 6;
    /** The review's height when the screen has room: its sections with three suggestions and the sentence. */
    private static final double REVIEW_HEIGHT = 600;

    private final Dialog<Void> dialog = new Dialog<>();
    private final UiContext context;
    private final Messages messages;
    private final ReviewsModel reviews;
    private final Week week;
    private final List<CheckBox> greetBoxes = new ArrayList<>();
    private final TextField note = new TextField();
    private WeeklyReview review;

    private WeeklyReviewDialog(UiContext context, Window owner, Week week) {
        this.context = context;
        this.messages = context.messages();
        this.reviews = context.journal().reviews();
        this.week = week;
        this.review = reviews.of(week);
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(messages.get("review.title"));
        dialog.getDialogPane().setId("weeklyReview");
        dialog.getDialogPane().getStylesheets().add(GrowthChart.STYLES);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("review.done"), ButtonBar.ButtonData.CANCEL_CLOSE));

        Label heading = new Label(messages.format("review.heading", week.number()));
        heading.getStyleClass().add(Styles.TITLE_3);
        VBox content = new VBox(16, new VBox(2, heading, muted(messages.get("review.intro"))),
                section("review.goalsTitle", goals()),
                section("review.winsTitle", wins()),
                section("review.energyTitle", energy()),
                section("review.greetTitle", greet()),
                section("review.noteTitle", noteField()));
        content.setPrefWidth(560);
        content.setPadding(new Insets(8, 16, 8, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // the whole review at once where the screen allows (the window fits to this, within the screen): the
        // suggestions arrive after the window is measured, and a scroll bar hid the sentence for next week
        scroll.setPrefViewportHeight(REVIEW_HEIGHT);
        dialog.getDialogPane().setContent(scroll);
        dialog.setOnHidden(event -> reviews.flushEdits());
    }

    /** Opens the review of the current week. */
    public static void open(UiContext context, Window owner) {
        open(context, owner, context.journal().goals().currentWeek());
    }

    /** Opens the review of {@code week}, to read or change it (the journal opens earlier ones). */
    public static void open(UiContext context, Window owner, Week week) {
        new WeeklyReviewDialog(context, owner, week).dialog.show();
    }

    private VBox section(String titleKey, Region body) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        return new VBox(6, title, body);
    }

    private Region goals() {
        WeekProgress progress = context.journal().goals().tracker().get().progress(week);
        String text;
        if (!progress.hasGoals()) {
            text = messages.get("review.noGoals");
        } else if (progress.met()) {
            text = messages.format("review.goalsMet", progress.goals().size());
        } else {
            text = messages.format("review.goalsOpen", progress.metCount(), progress.goals().size());
        }
        Label goals = plain(text);
        goals.setId("reviewGoals");
        return new VBox(4, goals, muted(messages.get("review.shield")));
    }

    private Region wins() {
        List<Win> ofWeek = context.journal().wins().list().stream().filter(win -> week.contains(win.date())).toList();
        VBox wins = new VBox(4);
        wins.setId("reviewWins");
        if (ofWeek.isEmpty()) {
            wins.getChildren().add(muted(messages.get("review.noWins")));
        }
        for (Win win : ofWeek) {
            wins.getChildren().add(plain(messages.format("review.win", win.text())));
        }
        return wins;
    }

    private Region energy() {
        List<EnergyTrend.Point> points = EnergyTrend.lastWeeks(context.journal().sessions().list(), week, 2);
        Double last = points.size() == 2 ? points.get(0).after() : null;
        Double now = points.isEmpty() ? null : points.get(points.size() - 1).after();
        String text;
        if (now == null) {
            text = messages.get("review.energyNone");
        } else if (last == null) {
            text = messages.format("review.energyThisWeek", now);
        } else {
            text = messages.format(now >= last ? "review.energyUp" : "review.energyDown", now, last);
        }
        Label energy = plain(text);
        energy.setId("reviewEnergy");
        return energy;
    }

    /** The suggestions, once the contacts are read (they are read when first wanted). */
    private Region greet() {
        VBox list = new VBox(6);
        list.setId("reviewGreet");
        context.contacts().whenLoaded(() -> fillGreet(list));
        return list;
    }

    private void fillGreet(VBox list) {
        Map<Long, ContactSummary> contacts = new LinkedHashMap<>();
        context.contacts().contacts().forEach(contact -> contacts.put(contact.id(), contact));
        List<ContactSummary> targets = contacts.values().stream()
                .filter(contact -> context.strategy().isTarget(contact.id())).toList();
        // the people picked before stay on the list with the step picked then, whatever the suggestions say now
        List<WeeklyReview.Greet> offered = new ArrayList<>(review.greet());
        CoachTexts texts = new CoachTexts(messages);
        for (NextSmallSteps.Step step : NextSmallSteps.forWeek(targets, week.next(), Set.of(), SUGGESTIONS)) {
            ContactSummary contact = step.contact();
            if (!review.greets(contact.id())) {
                offered.add(new WeeklyReview.Greet(contact.id(), contact.fullName(),
                        texts.step(step.suggestion(), contact)));
            }
        }
        if (offered.isEmpty()) {
            list.getChildren().add(muted(messages.get("review.greetNone")));
            return;
        }
        list.getChildren().add(muted(messages.format("review.greetHint", WeeklyReview.GREET_AT_MOST)));
        for (WeeklyReview.Greet person : offered) {
            ContactSummary contact = contacts.get(person.contactId());
            CheckBox box = new CheckBox(contact == null ? person.name() : messages.format("review.greetName",
                    person.name(), messages.get("stage." + contact.stage().code())));
            box.setUserData(person);
            box.setSelected(review.greet().contains(person));
            box.selectedProperty().addListener((obs, was, now) -> greetChanged());
            greetBoxes.add(box);
            Label step = muted(person.suggestion());
            step.getStyleClass().add("review-greet-step");
            // the step under the name, in line with the box's text
            step.setPadding(new Insets(0, 0, 0, 26));
            step.setLabelFor(box);
            VBox row = new VBox(0, box, step);
            step.setVisible(!person.suggestion().isEmpty());
            step.setManaged(step.isVisible());
            list.getChildren().add(row);
        }
        limitPicks();
    }

    private void greetChanged() {
        limitPicks();
        List<WeeklyReview.Greet> picked = greetBoxes.stream().filter(CheckBox::isSelected)
                .map(box -> (WeeklyReview.Greet) box.getUserData()).toList();
        review = review.withGreet(picked);
        reviews.edited(review);
    }

    /** Three at most: the other boxes rest while three are ticked. */
    private void limitPicks() {
        long ticked = greetBoxes.stream().filter(CheckBox::isSelected).count();
        greetBoxes.forEach(box -> box.setDisable(!box.isSelected() && ticked >= WeeklyReview.GREET_AT_MOST));
    }

    private Region noteField() {
        note.setId("reviewNote");
        note.setPromptText(messages.get("review.notePrompt"));
        note.setText(review.note());
        note.textProperty().addListener((obs, was, now) -> {
            review = review.withNote(now);
            reviews.edited(review);
        });
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                reviews.flushEdits();
            }
        });
        return note;
    }

    private static Label plain(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String text) {
        Label label = plain(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }
}
