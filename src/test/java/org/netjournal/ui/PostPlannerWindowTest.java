package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.Post;
import org.netjournal.domain.PostStatus;
import org.netjournal.domain.Session;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.GoalRepository;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.PostRepository;
import org.netjournal.storage.SessionRepository;

/**
 * Step 6's post planner driven like a user: plan a post, mark it posted on LinkedIn, log a session the same day:
 * the session lists the post, the goal counts it once, and the post is linked to the session in the file.
 */
class PostPlannerWindowTest extends WindowTest {

    private boolean present(String query) {
        return app.robot.lookup(query).tryQuery().isPresent();
    }

    private List<String> counts(String container) {
        return app.robot.lookup(container + " .goal-count").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    @Test
    void aPostMarkedPostedIsListedInThatDaysSessionAndCountedOnce() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            new GoalRepository(db).setTarget(Network.LINKEDIN, ActionKind.POSTS, 3, LocalDate.of(2020, 1, 1));
        }
        app = new AppDriver(dataDir).start();
        AppDriver.waitUntil(() -> present("#homePage"), "the home page");

        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        AppDriver.waitUntil(() -> present("#postsSection"), "the post planner on step 6");
        app.robot.clickOn(app.<javafx.scene.Node>reveal("#newPostIdea")).write("Three things I learned at the meetup");
        app.robot.push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.find("#postText").isVisible(), "the new idea, open");
        ComboBox<PostStatus> status = app.find("#postStatus");
        app.robot.interact(() -> status.setValue(PostStatus.POSTED)); // the popup list is flaky headless
        javafx.scene.control.ToggleButton linkedIn = app.reveal("#post-network-linkedin");
        app.robot.interact(linkedIn::requestFocus);
        app.robot.push(KeyCode.SPACE); // by keyboard, as a user tabbing through the post would
        assertTrue(app.<javafx.scene.control.ToggleButton>find("#post-network-linkedin").isSelected(), "LinkedIn ticked");
        app.waitUntilSaved();
        assertTrue(app.<javafx.scene.control.ListView<Post>>find("#postsList").getItems().get(0).networks()
                .contains(Network.LINKEDIN), () -> "stored: " + app.<javafx.scene.control.ListView<Post>>find(
                "#postsList").getItems());

        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(() -> present("#sessionEntry"), "the session entry");
        Label posted = app.find("#postedThatDay");
        assertTrue(posted.isVisible() && posted.getText().contains("Three things I learned at the meetup (LinkedIn)"),
                posted.getText());
        app.robot.clickOn("#network-linkedin");
        app.robot.clickOn("#count-posts .text-field").push(KeyCode.CONTROL, KeyCode.A).write("1");
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppDriver.waitUntil(() -> !present("#sessionEntry"), "the entry to close");
        app.waitUntilSaved();

        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        app.robot.clickOn("#area-home");
        try {
            AppDriver.waitUntil(() -> counts("#homeGoals").equals(List.of("2 / 3")), "2 / 3 on home");
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(List.of("2 / 3"), counts("#homeGoals"), "the planned post and the session's own post");
        }
        app.waitUntilSaved();
        app.quit();
        app = null;

        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            List<Post> posts = new PostRepository(db).list();
            Session session = new SessionRepository(db).all().get(0);
            assertEquals(1, posts.size());
            assertEquals(PostStatus.POSTED, posts.get(0).status());
            assertEquals(LocalDate.now(), posts.get(0).date(), "marked posted today");
            assertEquals(java.util.Set.of(Network.LINKEDIN), posts.get(0).networks());
            assertEquals(session.id(), posts.get(0).sessionId(), "linked to the session of that day");
            assertEquals(1, session.count(Network.LINKEDIN, ActionKind.POSTS), "the session keeps its own post");
        }
    }

    @Test
    void aDeletedPostCanBeGivenBackFromTheUndoBar() throws Exception {
        Post kept;
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            PostRepository posts = new PostRepository(db);
            kept = posts.save(Post.idea("Recap of the meetup").withNetworks(java.util.Set.of(Network.XING))
                    .withLink("xing.com/p/1"));
            posts.save(Post.idea("A thought I no longer like"));
        }
        app = new AppDriver(dataDir).start();
        showStep(6);
        javafx.scene.control.ListView<Post> list = app.find("#postsList");
        AppDriver.waitUntil(() -> list.getItems().size() == 2, "the two posts");
        app.robot.interact(() -> list.getSelectionModel().select(kept));
        javafx.scene.control.Button delete = app.reveal("#deletePost");
        assertTrue(!delete.isDefaultButton(), "deleting is never the default");
        app.robot.clickOn(delete);
        AppDriver.waitUntil(() -> app.<javafx.scene.Node>find("#postUndoBar").isVisible(), "the undo bar");
        assertEquals("The post \u201cRecap of the meetup\u201d was deleted.", app.<Label>find("#postUndoBarText").getText());
        assertEquals(1, list.getItems().size(), "deleted at once, without a question");
        app.robot.clickOn(app.<javafx.scene.Node>reveal("#postUndoBarButton"));
        AppDriver.waitUntil(() -> list.getItems().size() == 2, "the post given back");
        assertTrue(!app.<javafx.scene.Node>find("#postUndoBar").isVisible());

        Post other = list.getItems().stream().filter(post -> post.id() != kept.id()).findFirst().orElseThrow();
        app.robot.interact(() -> list.getSelectionModel().select(other));
        app.robot.clickOn(app.<javafx.scene.Node>reveal("#deletePost"));
        AppDriver.waitUntil(() -> list.getItems().size() == 1, "the other post deleted");
        app.waitUntilSaved();
        app.quit();
        app = null;

        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            assertEquals(List.of(kept), new PostRepository(db).list(), "given back whole, under its id; the other gone");
        }
    }
}
