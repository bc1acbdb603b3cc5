package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Network;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.GoalRepository;
import org.netjournal.storage.JournalDatabase;

/**
 * A session on LinkedIn and Instagram, logged with its posts per network: each network's goal gets what was done
 * there, the goal on any network gets the sum, nothing is counted twice.
 */
class CountsPerNetworkWindowTest extends WindowTest {

    private boolean present(String query) {
        return app.robot.lookup(query).tryQuery().isPresent();
    }

    private List<String> counts(String container) {
        return app.robot.lookup(container + " .goal-count").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    private void type(String query, String text) {
        app.robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    @Test
    void aMultiNetworkSessionGivesEachNetworkItsOwnCounts() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            GoalRepository goals = new GoalRepository(db);
            LocalDate since = LocalDate.of(2020, 1, 1);
            goals.setTarget(Network.LINKEDIN, ActionKind.POSTS, 2, since);
            goals.setTarget(Network.INSTAGRAM, ActionKind.POSTS, 2, since);
            goals.setTarget(null, ActionKind.POSTS, 5, since);
        }
        app = new AppDriver(dataDir).start();
        AppDriver.waitUntil(() -> present("#homePage"), "the home page");

        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(() -> present("#sessionEntry"), "the session entry");
        app.robot.clickOn("#network-linkedin");
        type("#count-posts .text-field", "1"); // one network: the first row is LinkedIn's
        app.robot.clickOn("#network-instagram");
        AppDriver.waitUntil(() -> present("#count-instagram-posts"), "a row per network");
        assertEquals("1", app.robot.lookup("#count-linkedin-posts .text-field")
                .queryAs(javafx.scene.control.TextField.class).getText(), "LinkedIn's post moved to its row");
        assertFalse(present("#count-posts"), "no not-assigned row for a new session");
        javafx.scene.control.DialogPane pane = app.find("#sessionEntry");
        double wanted = pane.prefWidth(-1);
        assertTrue(wanted <= 960, "the grid of two networks fits a 960 wide screen: " + wanted);
        type("#count-instagram-posts .text-field", "2");
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppDriver.waitUntil(() -> !present("#sessionEntry"), "the entry to close");
        app.waitUntilSaved();

        AppDriver.waitUntil(() -> counts("#homeGoals").stream().sorted().toList()
                .equals(List.of("1 / 2", "2 / 2", "3 / 5")), "LinkedIn 1 / 2, Instagram 2 / 2, any network 3 / 5");
    }
}
