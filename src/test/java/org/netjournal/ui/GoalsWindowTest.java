package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.Session;
import org.netjournal.ui.journal.JournalModel;

/**
 * The goals area and the "This week" home page driven like a user: start on the home page of a new journal,
 * set a goal, log a session, see both pages move, change the week start, restart and find it all again.
 */
class GoalsWindowTest {

    @TempDir
    Path dataDir;

    private AppDriver app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    private List<String> counts(String container) {
        return app.robot.lookup(container + " .goal-count").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    private boolean present(String query) {
        return app.robot.lookup(query).tryQuery().isPresent();
    }

    private void openGoals() throws Exception {
        List<Node> cells = List.copyOf(app.robot.lookup("#areaList .list-cell").queryAllAs(Node.class));
        Node goals = cells.stream().filter(cell -> cell.lookup(".step-title") instanceof Label label
                && label.getText().equals("Goals")).findFirst().orElseThrow();
        app.robot.clickOn(goals);
        AppDriver.waitUntil(() -> present("#goalsPage"), "the goals area");
    }

    /** The journal model the home page shows (it is in the scene at start). */
    private JournalModel journal() {
        return (JournalModel) app.robot.lookup("#homePage").query().getProperties().get(JournalModel.class);
    }

    /** Logs a session through the journal model, as the session entry dialog does. */
    private void logSession(JournalModel journal, Session session) throws Exception {
        app.robot.interact(() -> journal.saveSession(session, saved -> { }, error -> { }));
        app.waitUntilSaved();
    }

    @Test
    void setAGoalLogASessionSeeHomeAndGoalsMoveAndRestart() throws Exception {
        app = new AppDriver(dataDir).start();
        // a new journal opens on "This week", with friendly empty states
        AppDriver.waitUntil(() -> present("#homePage") && present("#homeSetGoal") && present("#homeNoSessions"),
                "the home page of a new journal");
        JournalModel journal = journal();

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

        // a session with two LinkedIn comments moves the bar on both pages
        logSession(journal, Session.startingAt(LocalDateTime.now()).withNetworks(Set.of(Network.LINKEDIN))
                .withCount(ActionKind.COMMENTS, 2).withCount(ActionKind.LIKES, 4).withEnergy(2, 4));
        AppDriver.waitUntil(() -> counts("#goalsProgress").equals(List.of("2 / 3")), "2 / 3 on the goals page");
        ProgressBar bar = app.robot.lookup("#goalsProgress .goal-bar").queryAs(ProgressBar.class);
        assertEquals(2.0 / 3, bar.getProgress(), 1e-9);
        BarChart<?, ?> chart = app.find("#goalsChart");
        assertEquals(12, chart.getData().get(0).getData().size());
        TableView<?> history = app.find("#goalsHistory");
        assertEquals(12, history.getItems().size());

        app.robot.clickOn("#topList .list-cell");
        AppDriver.waitUntil(() -> present("#homePage") && counts("#homeGoals").equals(List.of("2 / 3")),
                "2 / 3 on the home page");
        assertEquals(1, app.robot.lookup("#homeSessions .session-row").queryAll().size());
        assertTrue(present("#energyChart"), "the energy chart");
        assertTrue(app.robot.lookup("#homeNextStep #homeOpenStep").tryQuery().isPresent());

        // one more comment meets the goal: the streak counts this week
        logSession(journal, Session.startingAt(LocalDateTime.now()).withNetworks(Set.of(Network.LINKEDIN, Network.XING))
                .withCount(ActionKind.COMMENTS, 1));
        AppDriver.waitUntil(() -> counts("#homeGoals").equals(List.of("3 / 3")), "3 / 3 on the home page");
        assertEquals("1 week in a row", app.robot.lookup("#homePage #streakCount").queryAs(Label.class).getText());
        assertEquals(2, app.robot.lookup("#homeSessions .session-row").queryAll().size());

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
        app.robot.clickOn(app.robot.lookup("#goalsProgress .goal-remove").queryAs(Node.class));
        AppDriver.waitUntil(() -> counts("#goalsProgress").isEmpty() && app.<Label>find("#goalsEmpty").isVisible(),
                "no goal again");
        app.waitUntilSaved();
    }
}
