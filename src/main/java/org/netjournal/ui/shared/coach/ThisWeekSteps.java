package org.netjournal.ui.shared.coach;

import org.netjournal.domain.DueContacts;
import org.netjournal.ui.common.PageLayout;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.NextSmallSteps;
import org.netjournal.domain.Week;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.Destination;
import org.netjournal.ui.Navigation;
import org.netjournal.ui.models.CoachModel;
import org.netjournal.ui.models.ContactsModel;
import org.netjournal.ui.models.StrategyModel;

/**
 * Home's "This week" card: at most {@value NextSmallSteps#SHOWN} next small steps with the target people, the
 * most overdue first, each with a way to open the person and "Not this week". The target people's rows are read
 * once the contacts' due list arrived (after the first frame: a start never waits for them), and again whenever
 * the list of targets or a contact changes. Hidden while the suggestions are snoozed or turned off.
 */
public final class ThisWeekSteps {

    private final CoachModel coach;
    private final StrategyModel strategy;
    private final Messages messages;
    private final Navigation navigation;
    private final CoachTexts texts;
    private final VBox body = new VBox(8);
    private final VBox root;
    private final InvalidationListener changed = observable -> refresh();
    private final InvalidationListener targetsChanged = observable -> loadTargets();
    private final InvalidationListener contactsChanged = observable -> {
        started = true;
        loadTargets();
    };
    /** The contacts were first asked for: from then on the targets' rows may be read. */
    private boolean started;
    private Week week;

    public ThisWeekSteps(CoachModel coach, StrategyModel strategy, ContactsModel contacts, Messages messages,
                         Navigation navigation) {
        this.coach = coach;
        this.strategy = strategy;
        this.messages = messages;
        this.navigation = navigation;
        this.texts = new CoachTexts(messages);
        Label heading = new Label(messages.get("coach.thisWeek.title"), new FontIcon(Material2OutlinedMZ.PEOPLE_OUTLINE));
        heading.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.setGraphicTextGap(8);
        body.setId("homeThisWeekBody");
        root = new VBox(12, heading, body, NudgeControls.of(coach, CoachModel.Nudge.SUGGESTIONS, messages,
                "homeThisWeek"));
        root.getStyleClass().add("week-card");
        root.setId("homeThisWeek");
        WeakInvalidationListener weakRefresh = new WeakInvalidationListener(changed);
        coach.values().addListener(weakRefresh);
        coach.targets().addListener(weakRefresh);
        WeakInvalidationListener weakLoad = new WeakInvalidationListener(targetsChanged);
        strategy.targets().addListener(weakLoad);
        // weakly: a language switch builds a new home page, and the old one must not live on with the models
        contacts.dueProperty().addListener(new WeakInvalidationListener(contactsChanged));
        if (contacts.dueProperty().get() != DueContacts.NONE) {
            contactsChanged.invalidated(contacts.dueProperty()); // a page built after the start: read them now
        }
        refresh();
    }

    public Region root() {
        return root;
    }

    /** Shows the steps due by the end of {@code current}. */
    public void show(Week current) {
        this.week = current;
        refresh();
    }

    private void loadTargets() {
        if (started) {
            coach.loadTargets(strategy.targets().keySet());
        }
    }

    private void refresh() {
        LocalDate today = LocalDate.now();
        boolean shown = week != null && coach.isShown(CoachModel.Nudge.SUGGESTIONS, today);
        root.setVisible(shown);
        root.setManaged(shown);
        if (!shown) {
            return;
        }
        if (strategy.targets().isEmpty()) {
            body.getChildren().setAll(hint(messages.get("coach.thisWeek.noTargets")));
            return;
        }
        List<NextSmallSteps.Step> steps = NextSmallSteps.forWeek(coach.targets().stream()
                        .filter(row -> strategy.isTarget(row.id())).toList(), week, coach.snoozedContacts(today),
                NextSmallSteps.SHOWN);
        if (steps.isEmpty()) {
            body.getChildren().setAll(hint(messages.get("coach.thisWeek.nothingDue")));
            return;
        }
        body.getChildren().setAll(steps.stream().map(this::row).toList());
    }

    private Region row(NextSmallSteps.Step step) {
        long id = step.contact().id();
        Label text = new Label(texts.step(step.suggestion(), step.contact()),
                new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
        text.getStyleClass().add("goal-title");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("coach-step");
        Button open = new Button(messages.get("coach.thisWeek.open"));
        open.setId("coachOpen-" + id);
        open.getStyleClass().add(Styles.SMALL);
        open.setOnAction(event -> navigation.go(new Destination.Contacts(false, id)));
        Button later = new Button(messages.get("coach.thisWeek.notThisWeek"));
        later.setId("coachNotThisWeek-" + id);
        later.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        later.setOnAction(event -> coach.snoozeContact(id, LocalDate.now()));
        HBox buttons = new HBox(6, open, later);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, text, buttons); // the words take what is left; the buttons never shrink
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("home-row");
        return row;
    }

    private static Label hint(String text) {
        return PageLayout.cardHint(text);
    }
}
