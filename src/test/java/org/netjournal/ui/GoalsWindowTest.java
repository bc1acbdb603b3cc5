package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.ActionKind;

/**
 * The goals area and the "This week" home page driven like a user: start on the home page of a new journal,
 * set a goal, log a session, see both pages move, change the week start, restart and find it all again.
 */
class GoalsWindowTest extends WindowTest {

    private List<String> counts(String container) {
        return app.robot.lookup(container + " .goal-count").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    private boolean present(String query) {
        return app.robot.lookup(query).tryQuery().isPresent();
    }

    private void openGoals() throws Exception {
        List<Node> cells = List.copyOf(app.robot.lookup("#areaList > .nav-row").queryAllAs(Node.class));
        Node goals = cells.stream().filter(cell -> cell.lookup(".step-title") instanceof Label label
                && label.getText().equals("Goals")).findFirst().orElseThrow();
        app.robot.clickOn(goals);
        AppDriver.waitUntil(() -> present("#goalsPage"), "the goals area");
    }

    private void type(String query, String text) {
        app.robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    /** Logs a session the quick way: Ctrl+N (or the home page's button), a few fields, Ctrl+Enter. */
    private void logSession(boolean viaHomeButton, boolean clickLinkedIn, String comments, String energyBefore,
                            String energyAfter) throws Exception {
        if (viaHomeButton) {
            app.robot.clickOn("#homeNewSession");
        } else {
            app.robot.push(KeyCode.CONTROL, KeyCode.N);
        }
        AppDriver.waitUntil(() -> present("#sessionEntry"), "the session entry");
        if (clickLinkedIn) {
            app.robot.clickOn("#network-linkedin");
        }
        type("#count-comments .text-field", comments);
        if (energyBefore != null) {
            app.robot.clickOn("#energyBefore" + energyBefore);
            app.robot.clickOn("#energyAfter" + energyAfter);
        }
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppDriver.waitUntil(() -> !present("#sessionEntry"), "the entry to close");
        app.waitUntilSaved();
    }

    @Test
    void setAGoalLogASessionSeeHomeAndGoalsMoveAndRestart() throws Exception {
        app = new AppDriver(dataDir).start();
        // a new journal opens on "This week", with friendly empty states
        AppDriver.waitUntil(() -> present("#homePage") && present("#homeSetGoal") && present("#homeNoSessions"),
                "the home page of a new journal");

        app.robot.clickOn("#homeSetGoal");
        AppDriver.waitUntil(() -> present("#goalsPage") && present("#goalsEmpty"), "the goals area, empty");
        ComboBox<Object> network = app.find("#goalNetwork");
        ComboBox<?> action = app.find("#goalAction");
        assertEquals("LinkedIn", network.getConverter().toString(network.getValue()));
        assertEquals(ActionKind.COMMENTS, action.getValue());
        Spinner<?> target = app.find("#goalTarget");
        app.robot.doubleClickOn(target.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("3");
        app.robot.clickOn("#saveGoal");
        AppDriver.waitUntil(() -> counts("#goalsProgress").equals(List.of("0 / 3")), "LinkedIn comments 0 / 3");
        assertEquals("Update target", app.robot.lookup("#saveGoal").queryAs(javafx.scene.control.Button.class)
                .getText());
        app.waitUntilSaved();

        // a session with two LinkedIn comments (Ctrl+N ... Ctrl+Enter) moves the bar on both pages
        logSession(false, true, "2", "2", "4");
        AppDriver.waitUntil(() -> counts("#goalsProgress").equals(List.of("2 / 3")), "2 / 3 on the goals page");
        ProgressBar bar = app.robot.lookup("#goalsProgress .goal-bar").queryAs(ProgressBar.class);
        assertEquals(2.0 / 3, bar.getProgress(), 1e-9);
        BarChart<?, ?> chart = app.find("#goalsChart");
        assertEquals(12, chart.getData().get(0).getData().size());
        TableView<?> history = app.find("#goalsHistory");
        assertEquals(12, history.getItems().size());

        app.robot.clickOn("#topList > #area-home");
        AppDriver.waitUntil(() -> present("#homePage") && counts("#homeGoals").equals(List.of("2 / 3")),
                "2 / 3 on the home page");
        assertEquals(1, app.robot.lookup("#homeSessions .session-row").queryAll().size());
        assertEquals("Under way: 67% of this week's targets.",
                app.robot.lookup("#homeGoalsSummary").queryAs(Label.class).getText());
        assertTrue(present("#energyChart"), "the energy chart");
        assertTrue(app.robot.lookup("#homeNextStep #homeOpenStep").tryQuery().isPresent());

        // one more comment meets the goal: the streak counts this week
        logSession(true, false, "1", null, null); // LinkedIn again: the last session's networks are the default
        AppDriver.waitUntil(() -> counts("#homeGoals").equals(List.of("3 / 3")), "3 / 3 on the home page");
        assertEquals("1 week in a row", app.robot.lookup("#homePage #streakCount").queryAs(Label.class).getText());
        assertEquals(2, app.robot.lookup("#homeSessions .session-row").queryAll().size());
        // a session opens the journal
        app.robot.clickOn(app.<Node>reveal("#homeSessions .session-row")); // below the coach's cards
        AppDriver.waitUntil(() -> present("#journalPage"), "the journal area");

        // weeks may start on Sunday
        openGoals();
        ComboBox<DayOfWeek> weekStart = app.find("#weekStart");
        assertEquals(DayOfWeek.MONDAY, weekStart.getValue());
        app.robot.interact(() -> weekStart.setValue(DayOfWeek.SUNDAY));
        app.waitUntilSaved();
        app.quit();

        app = new AppDriver(dataDir).start();
        AppDriver.waitUntil(() -> present("#homePage") && counts("#homeGoals").equals(List.of("3 / 3")),
                "the goal and its progress after a restart");
        openGoals();
        AppDriver.waitUntil(() -> counts("#goalsProgress").equals(List.of("3 / 3")), "3 / 3 in the goals area");
        assertEquals(DayOfWeek.SUNDAY, app.<ComboBox<DayOfWeek>>find("#weekStart").getValue());
        assertTrue(app.robot.lookup("#goalsPage .goal-title").queryAs(Label.class).getText()
                .startsWith("LinkedIn"));
    }

    @Test
    void removingAGoalBringsBackTheEmptyState() throws Exception {
        app = new AppDriver(dataDir).start();
        openGoals();
        app.robot.clickOn("#saveGoal");
        AppDriver.waitUntil(() -> counts("#goalsProgress").size() == 1, "one goal");
        // removing asks first, inline; "Keep it" keeps it
        app.robot.clickOn(app.robot.lookup("#goalsProgress .goal-remove").queryAs(Node.class));
        app.robot.clickOn("Keep it");
        assertTrue(app.robot.lookup(".goal-remove-confirm").tryQuery().isEmpty());
        app.robot.clickOn(app.robot.lookup("#goalsProgress .goal-remove").queryAs(Node.class));
        app.robot.clickOn(app.robot.lookup(".goal-remove-confirm").queryAs(Node.class));
        AppDriver.waitUntil(() -> counts("#goalsProgress").isEmpty() && app.<Label>find("#goalsEmpty").isVisible(),
                "no goal again");
        app.waitUntilSaved();
    }

    @Test
    void afterALanguageSwitchTheNewPagesFollowTheJournal() throws Exception {
        app = new AppDriver(dataDir).start();
        app.robot.clickOn("View").clickOn("Language").clickOn("Deutsch");
        AppDriver.waitUntil(() -> present("#homePage") && app.<Label>find("#homeWeek").getText().startsWith("KW "),
                "the German home page");
        app.robot.clickOn("#homeSetGoal");
        AppDriver.waitUntil(() -> present("#goalsPage"), "the goals area");
        assertEquals("Ziel hinzuf\u00fcgen", app.<javafx.scene.control.Button>find("#saveGoal").getText());
        app.robot.clickOn("#saveGoal");
        AppDriver.waitUntil(() -> counts("#goalsProgress").equals(List.of("0 / 3")), "the goal in German");
        System.gc(); // the pages of the English window are gone; the German ones still listen
        logSession(false, true, "3", null, null);
        AppDriver.waitUntil(() -> counts("#goalsProgress").equals(List.of("3 / 3")), "3 / 3 in German");
        app.robot.clickOn("#topList > #area-home");
        AppDriver.waitUntil(() -> counts("#homeGoals").equals(List.of("3 / 3")), "3 / 3 on the German home page");
        assertEquals("1 Woche in Folge", app.robot.lookup("#homePage #streakCount").queryAs(Label.class).getText());
    }
}
