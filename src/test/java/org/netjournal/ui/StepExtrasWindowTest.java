package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Network;
import org.netjournal.domain.Session;
import org.netjournal.domain.TouchedContact;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.GoalRepository;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.SessionRepository;
import org.netjournal.storage.WinRepository;

/** What step pages show from the other areas: sessions and goals on steps 4 and 6, the wins on step 7. */
class StepExtrasWindowTest extends WindowTest {

    @Test
    void stepsFourAndSixShowTheWeeksGoalsAndTheRecentSessions() throws Exception {
        LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            long anna = new ContactRepository(db).save(Contact.named("Anna", "Schmidt")).id();
            new GoalRepository(db).setTarget(Network.LINKEDIN, ActionKind.POSTS, 2, LocalDate.now().minusDays(30));
            new SessionRepository(db).save(Session.startingAt(now).withNetworks(Set.of(Network.LINKEDIN))
                    .withCount(ActionKind.POSTS, 1).withCount(ActionKind.LIKES, 3).withEnergy(2, 4)
                    .withTexts("", "", "Anna said thanks").withTouched(List.of(TouchedContact.of(anna))));
        }
        app = new AppDriver(dataDir).start();
        showStep(6);
        AppDriver.waitUntil(() -> texts(app.find("#stepSessions")).contains("1 post, 3 likes"), "the session");
        String sessions = texts(app.find("#stepSessions"));
        assertTrue(sessions.contains("LinkedIn \u00b7 1 post, 3 likes \u00b7 1 contact \u00b7 energy 2 \u2192 4"), sessions);
        assertTrue(sessions.contains("Anna said thanks"), sessions);
        String goals = texts(app.find("#stepGoals"));
        assertTrue(goals.contains("LinkedIn \u00b7 Posts"), goals);
        assertTrue(goals.contains("1 / 2"), goals);
        assertTrue(goals.contains("0 of 1 goals met"), goals);

        showStep(4);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage4 #stepSessions").tryQuery().isPresent(),
                "the sessions on step 4");
        assertTrue(texts(app.find("#stepPage4 #stepSessions")).contains("1 post, 3 likes"));

        showStep(1);
        assertTrue(app.robot.lookup("#stepSessions").tryQuery().isEmpty(), "step 1 shows no sessions");

        showStep(6);
        javafx.scene.control.Hyperlink toGoals = app.robot.lookup("#openGoals").queryAs(
                javafx.scene.control.Hyperlink.class);
        app.robot.interact(toGoals::fire); // below the fold of the small test window: a click would miss it
        AppDriver.waitUntil(() -> app.robot.lookup("#goalsPage").tryQuery().isPresent(), "the goals area");
        app.quit();
    }

    @Test
    void aWinAddedOnStepSevenIsThereAfterARestart() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            new WinRepository(db).add(LocalDate.of(2026, 1, 5), "My very first post");
        }
        app = new AppDriver(dataDir).start();
        showStep(7);
        AppDriver.waitUntil(() -> texts(app.find("#stepWins")).contains("My very first post"), "the earlier win");

        app.robot.clickOn("#winText").write("Anna replied to my comment");
        app.robot.clickOn("#addWin");
        AppDriver.waitUntil(() -> texts(app.find("#stepWins")).contains("Anna replied to my comment"), "the new win");
        String wins = texts(app.find("#stepWins"));
        assertTrue(wins.indexOf("Anna replied") < wins.indexOf("My very first post"), "newest first: " + wins);
        assertEquals("", app.<javafx.scene.control.TextField>find("#winText").getText());
        app.waitUntilSaved();
        app.quit();

        app = new AppDriver(dataDir).start();
        showStep(7);
        AppDriver.waitUntil(() -> texts(app.find("#stepWins")).contains("Anna replied to my comment"),
                "the win after the restart");

        // deleting asks first
        Node older = app.robot.lookup("#stepWins .timeline-row").nth(1).query();
        app.robot.clickOn(app.robot.from(older).lookup(".delete-win").queryAs(Node.class));
        app.pressEnterOn("deleteWinQuestion");
        assertTrue(texts(app.find("#stepWins")).contains("My very first post"), "Enter deleted nothing");
        app.robot.clickOn(app.robot.from(older).lookup(".delete-win").queryAs(Node.class));
        app.clickDialogButton("deleteWinQuestion", "Delete this win");
        AppDriver.waitUntil(() -> !texts(app.find("#stepWins")).contains("My very first post"), "the win deleted");
        assertTrue(texts(app.find("#stepWins")).contains("Anna replied to my comment"));
        app.quit();
    }
}
