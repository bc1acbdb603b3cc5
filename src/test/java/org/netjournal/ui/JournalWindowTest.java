package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.Week;
import org.netjournal.io.JournalExporter;
import org.netjournal.ui.journal.JournalExportFlow;
import org.netjournal.ui.journal.SessionEntryDialog;

/**
 * The session journal driven like a user: Ctrl+N … Ctrl+Enter, the journal grouped by week with its totals,
 * editing a session into another week, delete and undo, a restart; the contact touched got its interaction.
 */
class JournalWindowTest extends WindowTest {

    /** Opens an area by its navigator row, e.g. {@code area-journal}. */
    private void openArea(String rowId) {
        app.robot.clickOn("#areaList > #" + rowId);
    }

    private void openJournal() throws Exception {
        openArea("area-journal");
        AppDriver.waitUntil(() -> app.robot.lookup("#journalPage").tryQuery().isPresent(), "the journal area");
    }

    private boolean entryOpen() {
        return app.robot.lookup("#sessionEntry").tryQuery().isPresent();
    }

    private SessionEntryDialog entry() {
        DialogPane pane = app.robot.lookup("#sessionEntry").queryAs(DialogPane.class);
        return (SessionEntryDialog) pane.getProperties().get(SessionEntryDialog.class);
    }

    private void type(String query, String text) {
        app.robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    /** The texts of the week headers in the journal list, top to bottom (titles and totals). */
    private List<String> weekHeaders() {
        ListView<?> list = app.robot.lookup("#journalList").queryAs(ListView.class);
        return app.robot.lookup(".journal-week").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getListView() == list && !cell.isEmpty() && cell.isVisible())
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(cell -> app.robot.from(cell).lookup(".journal-week-title").queryAs(Label.class).getText()
                        + " | " + app.robot.from(cell).lookup(".journal-week-totals").queryAs(Label.class).getText())
                .toList();
    }


    private String countText() {
        return app.robot.lookup("#journalCount").queryAs(Label.class).getText();
    }

    private static String weekTitle(LocalDate day) {
        return "Week " + Week.of(day, java.time.DayOfWeek.MONDAY).number() + " \u00b7";
    }

    @SuppressWarnings("unchecked")
    private ContactSummary contact() {
        TableView<ContactSummary> table = app.robot.lookup("#contactsTable").queryAs(TableView.class);
        return table.getItems().get(0);
    }

    @Test
    void logEditMoveDeleteUndoAndRestart() throws Exception {
        app = new AppDriver(dataDir).start();
        // a target contact to touch, added on step 5
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        app.robot.interact(() -> app.robot.lookup("#targetName").queryAs(TextField.class).setText("Anna Berger"));
        app.robot.clickOn("#addTarget");
        AppDriver.waitUntil(() -> app.robot.lookup("#targetContacts .target-row").queryAll().size() == 1,
                "the target contact");

        // Ctrl+N: a new session, typed like a user
        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(this::entryOpen, "the session entry");
        assertFalse(app.robot.lookup("#network-linkedin").queryAs(ToggleButton.class).isSelected(),
                "no last session yet: no network chosen");
        app.robot.clickOn("#network-linkedin");
        type("#count-posts .text-field", "2");
        type("#count-comments .text-field", "3");
        app.robot.clickOn("#energyBefore2");
        app.robot.clickOn("#energyAfter4");
        app.robot.clickOn("#touchedField").write("Anna B");
        app.robot.push(KeyCode.ENTER); // takes the one match (or the suggestion popup does)
        FlowPane chips = app.robot.lookup("#touchedChips").queryAs(FlowPane.class);
        if (chips.getChildren().isEmpty()) { // should the completion not take it headless: Anna is contact 1
            app.robot.interact(() -> entry().addTouched(1));
        }
        AppDriver.waitUntil(() -> chips.getChildren().size() == 1, "Anna as a chip");
        assertTrue(app.robot.lookup("#touchedField").queryAs(TextField.class).getText().isEmpty());
        app.robot.clickOn("#entryNotes").write("Commented on Anna's post about hiring");
        app.robot.push(KeyCode.TAB); // Tab leaves the notes
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppDriver.waitUntil(() -> !entryOpen(), "the entry to close after saving");

        // a second one: the networks default to the last session's
        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(this::entryOpen, "the second entry");
        assertTrue(app.robot.lookup("#network-linkedin").queryAs(ToggleButton.class).isSelected());
        javafx.scene.Scene entryScene = app.robot.lookup("#sessionEntry").queryAs(DialogPane.class).getScene();
        assertEquals("count-posts", entryScene.getFocusOwner().getId(), "typing starts with the posts count");
        app.robot.targetWindow(entryScene.getWindow()).write("1");
        app.robot.clickOn("#entryHowItFelt").write("Easy today");
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppDriver.waitUntil(() -> !entryOpen(), "the second entry to close");

        openJournal();
        LocalDate today = LocalDate.now();
        AppDriver.waitUntil(() -> weekHeaders().size() == 1, "one week header");
        String header = weekHeaders().get(0);
        assertTrue(header.startsWith(weekTitle(today)), header);
        assertTrue(header.endsWith("| 2 sessions \u00b7 3 posts \u00b7 3 comments"), header);
        assertEquals("2 of 2 sessions", countText());

        // filter as you type
        app.robot.clickOn("#journalFilter").write("hiring");
        AppDriver.waitUntil(() -> countText().equals("1 of 2 sessions"), "one match");
        app.robot.push(KeyCode.ESCAPE);
        AppDriver.waitUntil(() -> countText().equals("2 of 2 sessions"), "the filter cleared");

        // edit the first session into the week before: the totals move with it
        ListView<?> list = app.robot.lookup("#journalList").queryAs(ListView.class);
        app.robot.interact(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).toString().contains("Anna's post")) {
                    list.getSelectionModel().select(i);
                }
            }
            list.requestFocus();
        });
        app.robot.push(KeyCode.ENTER);
        AppDriver.waitUntil(this::entryOpen, "the entry for editing");
        assertEquals("Commented on Anna's post about hiring",
                app.robot.lookup("#entryNotes").queryAs(javafx.scene.control.TextArea.class).getText());
        LocalDate weekBefore = today.minusDays(7);
        app.robot.interact(() -> app.robot.lookup("#entryDate").queryAs(DatePicker.class).setValue(weekBefore));
        type("#count-comments .text-field", "x");
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#entryProblem").queryAs(Label.class).isVisible(),
                "the problem message for a count that is not a number");
        assertTrue(entryOpen(), "nothing saved, nothing lost");
        type("#count-comments .text-field", "4");
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppDriver.waitUntil(() -> !entryOpen(), "the edit to be saved");
        AppDriver.waitUntil(() -> weekHeaders().size() == 2, "two week headers");
        assertTrue(weekHeaders().get(0).startsWith(weekTitle(today)), weekHeaders().toString());
        assertTrue(weekHeaders().get(0).endsWith("| 1 session \u00b7 1 post"), weekHeaders().toString());
        assertTrue(weekHeaders().get(1).startsWith(weekTitle(weekBefore)), weekHeaders().toString());
        assertTrue(weekHeaders().get(1).endsWith("| 1 session \u00b7 2 posts \u00b7 4 comments"), weekHeaders().toString());

        // delete it, then undo
        app.robot.interact(() -> {
            list.getSelectionModel().select(list.getItems().size() - 1);
            list.requestFocus();
        });
        app.robot.push(KeyCode.DELETE);
        AppDriver.waitUntil(() -> app.robot.lookup("#undoBar").queryAs(Node.class).isVisible(), "the undo bar");
        AppDriver.waitUntil(() -> weekHeaders().size() == 1 && countText().equals("1 of 1 session"),
                "the session gone");
        app.robot.clickOn("#undoBarButton");
        AppDriver.waitUntil(() -> weekHeaders().size() == 2 && countText().equals("2 of 2 sessions"), "it is back");
        assertFalse(app.robot.lookup("#undoBar").queryAs(Node.class).isVisible());
        app.waitUntilSaved();

        // the contact touched got a "commented" interaction: the stage moved up
        openArea("area-contacts");
        AppDriver.waitUntil(() -> contact().stage() == ComfortStage.COMMENT, "Anna's stage moved up to comment");
        assertEquals(weekBefore, contact().lastInteraction(), "dated the session's (edited) day");

        // the journal in Markdown, as File → Export writes it
        openJournal();
        JournalExportFlow flow = (JournalExportFlow) app.robot.lookup("#journalPage").queryAs(Node.class)
                .getProperties().get(JournalExportFlow.class);
        Path markdown = dataDir.resolveSibling(dataDir.getFileName() + "-journal.md");
        AtomicReference<Object> result = new AtomicReference<>();
        app.robot.interact(() -> flow.export(markdown, JournalExporter.Format.MARKDOWN, app.stage(),
                error -> result.set(error == null ? "ok" : error)));
        AppDriver.waitUntil(() -> result.get() != null, "the export");
        assertEquals("ok", result.get());
        String md = Files.readString(markdown);
        assertTrue(md.contains("Anna Berger (Commented)") && md.contains("> Commented on Anna's post about hiring"), md);
        app.robot.clickOn(app.robot.lookup("#journalExported .button").queryAs(Node.class));
        app.quit();

        // after a restart everything is still there
        app = new AppDriver(dataDir).start();
        openJournal();
        AppDriver.waitUntil(() -> weekHeaders().size() == 2, "both weeks after a restart");
        assertTrue(weekHeaders().get(1).endsWith("| 1 session \u00b7 2 posts \u00b7 4 comments"), weekHeaders().toString());
        openArea("area-contacts");
        AppDriver.waitUntil(() -> app.robot.lookup("#contactsTable").queryAs(TableView.class).getItems().size() == 1,
                "Anna after a restart");
        assertEquals(ComfortStage.COMMENT, contact().stage());
        assertEquals(weekBefore, contact().lastInteraction());
    }

    /**
     * Issue 11: what is typed into a new entry is never thrown away by Esc. It is kept as the unsent entry and
     * offered at the next Ctrl+N; "Start empty" lets it go; saving clears it.
     */
    @Test
    void escapeKeepsWhatWasTypedAsAnUnsentEntryOfferedAtTheNextCtrlN() throws Exception {
        app = new AppDriver(dataDir).start();
        openJournal();
        assertTrue(app.robot.lookup("#journalEmpty").queryAs(Label.class).getText().contains("Ctrl+N"));

        app.robot.clickOn("#newSession");
        AppDriver.waitUntil(this::entryOpen, "the entry from the button");
        app.robot.push(KeyCode.ESCAPE);
        AppDriver.waitUntil(() -> !entryOpen(), "closed without a question");

        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(this::entryOpen, "the entry");
        app.robot.clickOn("#entryWin").write("Anna answered");
        type("#entryTime", "25:99");
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#entryProblem").queryAs(Label.class).isVisible(),
                "the time problem");
        assertTrue(app.robot.lookup("#entryProblem").queryAs(Label.class).getText().contains("14:30"));
        app.robot.push(KeyCode.ESCAPE);
        AppDriver.waitUntil(() -> !entryOpen(), "closed without a question, the typed entry kept");
        assertTrue(app.robot.lookup("#discardSession").tryQuery().isEmpty());

        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(this::entryOpen, "the entry again");
        assertTrue(app.robot.lookup("#unsentNotice").query().isVisible(), "it says this is the unsent entry");
        assertEquals("Anna answered", app.robot.lookup("#entryWin").queryAs(TextField.class).getText());
        assertEquals("25:99", app.robot.lookup("#entryTime").queryAs(TextField.class).getText(), "as typed");
        type("#entryTime", "9.05");
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppDriver.waitUntil(() -> !entryOpen(), "saved with 09:05");
        AppDriver.waitUntil(() -> countText().equals("1 of 1 session"), "the session listed");

        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(this::entryOpen, "another entry");
        assertFalse(app.robot.lookup("#unsentNotice").query().isVisible(), "saving cleared the unsent entry");
        assertEquals("", app.robot.lookup("#entryWin").queryAs(TextField.class).getText());
        app.robot.clickOn("#entryNotes").write("never mind");
        app.robot.push(KeyCode.ESCAPE);
        AppDriver.waitUntil(() -> !entryOpen(), "closed, kept");
        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(this::entryOpen, "the kept entry");
        assertEquals("never mind", app.robot.lookup("#entryNotes").queryAs(TextArea.class).getText());
        app.robot.clickOn("#startEmpty");
        assertEquals("", app.robot.lookup("#entryNotes").queryAs(TextArea.class).getText());
        app.robot.push(KeyCode.ESCAPE);
        AppDriver.waitUntil(() -> !entryOpen(), "closed");
        assertEquals("1 of 1 session", countText());
        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(this::entryOpen, "a fresh entry");
        assertFalse(app.robot.lookup("#unsentNotice").query().isVisible(), "nothing is offered after Start empty");
        app.robot.push(KeyCode.ESCAPE);
        AppDriver.waitUntil(() -> !entryOpen(), "closed");
    }

    /** An entry typed but not saved when the app ended is offered at the next start, with what was typed. */
    @Test
    void anUnsentEntryIsOfferedAgainAtTheNextStart() throws Exception {
        app = new AppDriver(dataDir).start();
        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(this::entryOpen, "the entry");
        app.robot.clickOn("#entryNotes").write("Typed before the end");
        app.robot.push(KeyCode.ESCAPE);
        AppDriver.waitUntil(() -> !entryOpen(), "closed");
        app.quit();

        app = new AppDriver(dataDir).start();
        AppDriver.waitUntil(this::entryOpen, "the unsent entry offered at start");
        assertEquals("Typed before the end", app.robot.lookup("#entryNotes").queryAs(TextArea.class).getText());
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppDriver.waitUntil(() -> !entryOpen(), "saved");
        app.quit();
        app = new AppDriver(dataDir).start();
        app.robot.sleep(1_500);
        assertFalse(entryOpen(), "saved: nothing is offered any more");
    }
}
