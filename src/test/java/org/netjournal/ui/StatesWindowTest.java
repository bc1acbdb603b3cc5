package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.ui.navigator.AreaEntry;
import org.netjournal.ui.step.StepModel;

/** What a user reads about one thing never contradicts itself: step states, wins, the journal, home. */
class StatesWindowTest extends WindowTest {

    private void openStep(int number) throws Exception {
        app.robot.push(KeyCode.CONTROL, KeyCode.valueOf("DIGIT" + number));
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage" + number).tryQuery().isPresent(), "step " + number);
    }

    private void openArea(String titleKey, String pageId) throws Exception {
        Node cell = java.util.stream.Stream.of("#topList .list-cell", "#areaList .list-cell")
                .flatMap(query -> app.robot.lookup(query).queryAllAs(ListCell.class).stream())
                .filter(c -> c.getItem() instanceof AreaEntry entry && entry.titleKey().equals(titleKey))
                .findFirst().orElseThrow();
        app.robot.clickOn(cell);
        AppDriver.waitUntil(() -> app.robot.lookup(pageId).tryQuery().isPresent(), pageId);
    }

    private String badge(int step) {
        return app.robot.lookup("#stepPage" + step + " #stepState").queryAs(Label.class).getText();
    }

    private CheckBox markDone(int step) {
        return app.robot.lookup("#stepPage" + step + " #markDone").queryAs(CheckBox.class);
    }

    /** The caption the navigator shows under a step's title, e.g. "Done (marked by you) · 0/3". */
    private String navigatorCaption(int step) {
        ListCell<?> cell = app.robot.lookup(".step-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof StepModel model && model.number() == step)
                .findFirst().orElseThrow();
        return app.robot.from(cell).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(text -> text != null && text.contains("/"))
                .findFirst().orElseThrow();
    }

    private CheckBox item(int step, String text) {
        return app.robot.lookup("#stepPage" + step + " .checklist-item").queryAllAs(CheckBox.class).stream()
                .filter(box -> box.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void badgeCheckboxAndCountAgree() throws Exception {
        app = new AppDriver(dataDir).start();

        // step 3 marked done by hand with no item ticked: it says why it is done
        openStep(3);
        assertFalse(markDone(3).isSelected());
        app.robot.clickOn(app.<Node>reveal("#stepPage3 #markDone"));
        AppDriver.waitUntil(() -> badge(3).equals("Done (marked by you)"), "the badge of a step marked done");
        assertTrue(markDone(3).isSelected());
        AppDriver.waitUntil(() -> navigatorCaption(3).equals("Done (marked by you) \u00b7 0/3"),
                "the navigator's caption, now " + navigatorCaption(3));

        // step 1 done by ticking its only item: the box is ticked too, and cannot say otherwise
        openStep(1);
        CheckBox only = item(1, app.robot.lookup("#stepPage1 .checklist-item").queryAs(CheckBox.class).getText());
        app.robot.clickOn(app.<Node>reveal("#stepPage1 .checklist-item"));
        AppDriver.waitUntil(() -> badge(1).equals("Done"), "step 1 done");
        assertTrue(only.isSelected());
        assertTrue(markDone(1).isSelected(), "the step counts as done, so the box is ticked");
        assertTrue(markDone(1).isDisabled(), "unticking it would change nothing: untick the item instead");
        assertEquals("Done \u00b7 1/1", navigatorCaption(1));
        app.waitUntilSaved();

        // and the same after a restart
        app.quit();
        app = new AppDriver(dataDir).start();
        openStep(1);
        assertTrue(markDone(1).isSelected());
        openStep(3);
        assertTrue(markDone(3).isSelected());
        assertEquals("Done (marked by you)", badge(3));
    }

    @Test
    void aWinTicksStepSevenAndShowsOnHomeAtOnce() throws Exception {
        app = new AppDriver(dataDir).start();
        openStep(7);
        assertFalse(item(7, "Note a moment that felt good").isSelected());
        app.robot.clickOn(app.<Node>reveal("#stepPage7 #winText")).write("Anna answered my comment");
        app.robot.clickOn("#addWin");
        AppDriver.waitUntil(() -> item(7, "Note a moment that felt good").isSelected(),
                "the win ticks step 7's item");
        assertEquals("In progress", badge(7));
        app.waitUntilSaved();

        openArea("home.navigator", "#homeWin");
        AppDriver.waitUntil(() -> app.robot.lookup("#homeLatestWin").tryQuery().isPresent(), "today's win on home");
        assertEquals("\u201cAnna answered my comment\u201d",
                app.robot.lookup("#homeLatestWin").queryAs(Label.class).getText());

        app.quit();
        app = new AppDriver(dataDir).start();
        openStep(7);
        assertTrue(item(7, "Note a moment that felt good").isSelected(), "the tick was stored");
    }

    @Test
    void aSessionsWinShowsInTheJournalList() throws Exception {
        app = new AppDriver(dataDir).start();
        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(() -> app.robot.lookup("#sessionEntry").tryQuery().isPresent(), "the session entry");
        app.robot.clickOn("#network-linkedin");
        app.robot.clickOn("#count-comments .text-field").push(KeyCode.CONTROL, KeyCode.A).write("2");
        app.robot.clickOn("#entryNotes").write("Two comments on hiring posts");
        app.robot.clickOn("#entryWin").write("Someone thanked me");
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#sessionEntry").tryQuery().isEmpty(), "the entry saved");

        openArea("journal.navigator", "#journalPage");
        ListView<?> list = app.robot.lookup("#journalList").queryAs(ListView.class);
        AppDriver.waitUntil(() -> visibleWins(list).contains("Someone thanked me"),
                "the win in the journal list, shown: " + visibleWins(list));

        openStep(7);
        assertTrue(item(7, "Note a moment that felt good").isSelected(), "a session's win counts for step 7");
        openArea("home.navigator", "#homeWin");
        AppDriver.waitUntil(() -> app.robot.lookup("#homeLatestWin").tryQuery().isPresent(), "the win on home");
    }

    private void logComments(String comments, boolean clickLinkedIn) throws Exception {
        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(() -> app.robot.lookup("#sessionEntry").tryQuery().isPresent(), "the session entry");
        if (clickLinkedIn) {
            app.robot.clickOn("#network-linkedin");
        }
        app.robot.clickOn("#count-comments .text-field").push(KeyCode.CONTROL, KeyCode.A).write(comments);
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#sessionEntry").tryQuery().isEmpty(), "the entry saved");
    }

    private Label notice() {
        return app.robot.lookup("#statusNotice").queryAs(Label.class);
    }

    @Test
    void theSessionEntrySaysWhereItsNetworksComeFromAndConfirmsTheWeeksProgress() throws Exception {
        app = new AppDriver(dataDir).start();
        app.robot.clickOn("#homeSetGoal");
        AppDriver.waitUntil(() -> app.robot.lookup("#goalsPage").tryQuery().isPresent(), "the goals area");
        javafx.scene.control.Spinner<?> target = app.find("#goalTarget"); // LinkedIn · comments by default
        app.robot.doubleClickOn(target.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("5");
        app.robot.clickOn("#saveGoal");
        app.waitUntilSaved();
        assertFalse(notice().isVisible(), "nothing to confirm yet");

        // the first session: nothing preset, nothing marked
        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(() -> app.robot.lookup("#sessionEntry").tryQuery().isPresent(), "the session entry");
        assertFalse(app.robot.lookup("#networksPreset").queryAs(Label.class).isVisible());
        app.robot.push(KeyCode.ESCAPE);
        AppDriver.waitUntil(() -> app.robot.lookup("#sessionEntry").tryQuery().isEmpty(), "the entry closed");
        logComments("2", true);
        AppDriver.waitUntil(() -> notice().isVisible(), "the confirmation in the status bar");
        assertEquals("Session saved. This week: LinkedIn \u00b7 Comments: 2 of 5", notice().getText());

        // the second: LinkedIn preset from the last session, and visibly so until it is changed
        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(() -> app.robot.lookup("#sessionEntry").tryQuery().isPresent(), "the session entry");
        Label preset = app.robot.lookup("#networksPreset").queryAs(Label.class);
        assertTrue(app.robot.lookup("#network-linkedin").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected());
        assertTrue(preset.isVisible(), "the preset networks are marked as the last session's");
        assertEquals("As in your last session: untick what this session was not on.", preset.getText());
        app.robot.clickOn("#network-instagram");
        assertFalse(preset.isVisible(), "changed by the user: no longer the last session's");
        app.robot.clickOn("#network-instagram");
        assertTrue(preset.isVisible());
        app.robot.clickOn("#count-comments .text-field").push(KeyCode.CONTROL, KeyCode.A).write("1");
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#sessionEntry").tryQuery().isEmpty(), "the entry saved");
        AppDriver.waitUntil(() -> notice().getText().endsWith("3 of 5"), "the week's progress: " + notice().getText());
        assertTrue(app.robot.lookup("#sessionEntry").tryQuery().isEmpty(), "no dialog to dismiss");
        AppDriver.waitUntil(() -> !notice().isVisible(), "the confirmation goes by itself");
    }

    private List<String> visibleWins(ListView<?> list) {
        return app.robot.lookup(".journal-win").queryAllAs(Label.class).stream()
                .filter(label -> label.isVisible() && label.getText() != null)
                .map(Label::getText).toList();
    }
}
