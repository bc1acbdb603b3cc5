package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.InteractionKind;

/** What a user reads about one thing never contradicts itself: step states, wins, the journal, home. */
class StatesWindowTest extends WindowTest {

    private void openStep(int number) throws Exception {
        app.robot.push(KeyCode.CONTROL, KeyCode.valueOf("DIGIT" + number));
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage" + number).tryQuery().isPresent(), "step " + number);
    }

    /** Opens an area by its navigator row, e.g. {@code area-home}. */
    private void openArea(String rowId, String pageId) throws Exception {
        app.robot.clickOn("#navigator #" + rowId);
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
        return app.robot.lookup("#stepList > #step-" + step + " .step-caption").queryAs(Label.class).getText();
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

        openArea("area-home", "#homeWin");
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

        openArea("area-journal", "#journalPage");
        ListView<?> list = app.robot.lookup("#journalList").queryAs(ListView.class);
        AppDriver.waitUntil(() -> visibleWins(list).contains("Someone thanked me"),
                "the win in the journal list, shown: " + visibleWins(list));

        openStep(7);
        assertTrue(item(7, "Note a moment that felt good").isSelected(), "a session's win counts for step 7");
        openArea("area-home", "#homeWin");
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

    private void addContact(String name, org.netjournal.domain.Cadence.Kind cadence, LocalDate lastInteraction)
            throws Exception {
        TableView<?> table = app.find("#contactsTable");
        int before = table.getItems().size();
        app.robot.clickOn("#newContact");
        app.robot.clickOn(app.<Node>reveal("#firstName")).write(name);
        app.robot.clickOn(app.<Node>reveal("#company")).write("Acme");
        AppDriver.waitUntil(() -> table.getItems().size() == before + 1, name + " in the table");
        ComboBox<org.netjournal.domain.Cadence.Kind> rhythm = app.find("#cadence");
        app.robot.interact(() -> rhythm.setValue(cadence));
        if (lastInteraction != null) {
            ComboBox<InteractionKind> kind = app.find("#interactionKind");
            app.robot.interact(() -> kind.setValue(InteractionKind.LIKED));
            app.robot.interact(() -> app.<DatePicker>find("#interactionDate").setValue(lastInteraction));
            app.robot.interact(() -> app.<javafx.scene.control.ScrollPane>find("#contactForm").setVvalue(1));
            app.robot.clickOn("#logInteraction");
            AppDriver.waitUntil(() -> table.getItems().stream().map(ContactSummary.class::cast)
                    .anyMatch(row -> row.fullName().startsWith(name) && lastInteraction.equals(row.lastInteraction())),
                    name + "'s interaction");
        }
        app.waitUntilSaved();
    }

    @Test
    void dueSaysNowAndSoonWithTheRightEmptyTextAndTheFormFollowsTheList() throws Exception {
        app = new AppDriver(dataDir).start();
        openArea("area-contacts", "#contactsPage");
        assertEquals(ContactsEmpty.NO_CONTACTS, app.<Label>find("#contactsEmpty").getText());
        addContact("Anna", org.netjournal.domain.Cadence.Kind.TWO_WEEKS, null); // due in 14 days
        addContact("Ben", org.netjournal.domain.Cadence.Kind.TWO_WEEKS, LocalDate.now().minusDays(20)); // overdue
        addContact("Cleo", org.netjournal.domain.Cadence.Kind.NONE, null); // never due, and open in the form
        assertEquals("Cleo", app.<TextField>find("#firstName").getText());

        openArea("area-due", "#contactsPage");
        TableView<?> table = app.find("#contactsTable");
        AppDriver.waitUntil(() -> table.getItems().size() == 2, "Anna and Ben due");
        assertEquals("1 due now \u00b7 1 due in the next 14 days", app.<Label>find("#contactsCount").getText());
        assertTrue(app.<Label>find("#contactsPick").isVisible(), "Cleo is not due: the form no longer shows her");

        app.robot.clickOn("#contactFilter").write("zzz");
        AppDriver.waitUntil(() -> table.getItems().isEmpty(), "nothing matches");
        assertEquals("No contact matches the filter.", app.<Label>find("#contactsEmpty").getText());
    }

    /** The empty text of a journal without contacts, which must not show when there are some. */
    private static final class ContactsEmpty {
        static final String NO_CONTACTS = "No contacts here yet. Add the first person you would like to reach, or "
                + "import your LinkedIn connections or a vCard file (you can also drop the file on the window).";
    }

    private List<String> visibleWins(ListView<?> list) {
        return app.robot.lookup(".journal-win").queryAllAs(Label.class).stream()
                .filter(label -> label.isVisible() && label.getText() != null)
                .map(Label::getText).toList();
    }
}
