package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.InteractionKind;

/** The contacts area driven like a user: add a contact through the form, log an interaction, restart. */
class ContactsWindowTest extends WindowTest {

    /** Clicks the navigator's "Contacts" entry (the journal stands above it). */
    private void openContacts() {
        app.robot.clickOn("#areaList > #area-contacts");
    }

    @SuppressWarnings("unchecked")
    private TableView<ContactSummary> table() {
        return app.robot.lookup("#contactsTable").queryAs(TableView.class);
    }

    @Test
    void addAContactLogAnInteractionAndSeeNextDueMove() throws Exception {
        app = new AppDriver(dataDir).start();
        openContacts();
        AppDriver.waitUntil(() -> app.robot.lookup("#contactsPage").tryQuery().isPresent(), "the contacts area");

        app.robot.clickOn("#newContact");
        app.robot.clickOn("#firstName").write("Anna");
        app.robot.clickOn("#lastName").write("M\u00fcller".replace('\u00fc', 'u'));
        app.robot.clickOn("#company").write("Acme");
        // a profile link that cannot be one is marked and not saved, but stays in the field
        app.robot.clickOn("#profiles").write("linkedin.com/in/anna m");
        app.robot.clickOn("#company");
        AppDriver.waitUntil(() -> app.robot.lookup("#formProblem").queryAs(Label.class).isVisible(),
                "the problem message");
        AppDriver.waitUntil(() -> app.saveState().startsWith("Profile link not saved"), "what is not saved");
        assertEquals("linkedin.com/in/anna m", app.robot.lookup("#profiles")
                .queryAs(javafx.scene.control.TextArea.class).getText());
        app.robot.clickOn("#profiles").push(KeyCode.CONTROL, KeyCode.A).write("https://www.linkedin.com/in/anna");
        app.robot.clickOn("#company");
        AppDriver.waitUntil(() -> table().getItems().size() == 1, "the new contact in the table");
        assertEquals("Anna Muller", table().getItems().get(0).fullName());

        // a monthly rhythm: next due is a month after she was added
        ComboBox<Cadence.Kind> cadence = app.robot.lookup("#cadence").queryAs(ComboBox.class);
        app.robot.interact(() -> cadence.setValue(Cadence.Kind.MONTHLY));
        app.waitUntilSaved();
        AppDriver.waitUntil(() -> table().getItems().get(0).nextDue().isPresent(), "a next due date");
        LocalDate dueBefore = table().getItems().get(0).nextDue().orElseThrow();

        // logging a comment (dated ahead, so the clock visibly moves) raises the stage and moves next due
        ComboBox<InteractionKind> kind = app.robot.lookup("#interactionKind").queryAs(ComboBox.class);
        app.robot.interact(() -> kind.setValue(InteractionKind.COMMENTED));
        app.robot.interact(() -> app.robot.lookup("#interactionDate").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(LocalDate.now().plusDays(10)));
        app.robot.interact(() -> app.robot.lookup("#contactForm")
                .queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1)); // scroll down to the log row
        app.robot.clickOn("#interactionNote").write("Nice post about onboarding");
        app.robot.clickOn("#logInteraction");
        AppDriver.waitUntil(() -> table().getItems().get(0).stage() == ComfortStage.COMMENT, "stage moved up");
        LocalDate dueAfter = table().getItems().get(0).nextDue().orElseThrow();
        assertTrue(dueAfter.isAfter(dueBefore), dueBefore + " -> " + dueAfter);
        assertTrue(app.robot.lookup("#nextDue").queryAs(Label.class).getText().length() > 0);
        app.waitUntilSaved();
        app.quit();

        app = new AppDriver(dataDir).start();
        openContacts();
        AppDriver.waitUntil(() -> table().getItems().size() == 1, "the contact after a restart");
        ContactSummary anna = table().getItems().get(0);
        assertEquals(ComfortStage.COMMENT, anna.stage());
        assertEquals(dueAfter, anna.nextDue().orElseThrow());
        assertEquals("https://www.linkedin.com/in/anna", anna.profileUrls().get(0));
    }

    @Test
    void filterAsYouTypeAndStepFiveAddsATargetContact() throws Exception {
        app = new AppDriver(dataDir).start();
        addTargetsOnStepFiveAndOpenContacts("Jana Schmidt", "Tom Becker", "J\u00fcrgen Wei\u00df");
        app.robot.clickOn("#contactFilter").write("jurgen");
        AppDriver.waitUntil(() -> table().getItems().size() == 1, "one match, umlauts ignored");
        assertEquals("J\u00fcrgen Wei\u00df", table().getItems().get(0).fullName());
        Node clear = app.robot.lookup("#contactFilter").queryAs(TextField.class);
        app.robot.interact(() -> ((TextField) clear).clear());
        AppDriver.waitUntil(() -> table().getItems().size() == 3, "all rows again");
        assertFalse(table().getItems().isEmpty());
    }

    /** Puts {@code names} on step 5's list (each a new contact), then opens the contacts with all of them shown. */
    private void addTargetsOnStepFiveAndOpenContacts(String... names) throws Exception {
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        for (String name : names) {
            app.robot.interact(() -> app.robot.lookup("#targetName").queryAs(TextField.class).setText(name));
            app.robot.clickOn("#addTarget");
        }
        AppDriver.waitUntil(() -> app.robot.lookup("#targetContacts .target-row").queryAll().size() == names.length,
                names.length + " target contacts on step 5");
        openContacts();
        AppDriver.waitUntil(() -> table().getItems().size() == names.length, names.length + " rows");
    }

    /** Names of the table's rows, top to bottom. */
    private List<String> shownNames() {
        return table().getItems().stream().map(ContactSummary::fullName).toList();
    }

    @Test
    void aClickOnAColumnHeadSortsAndTheFilterKeepsThatOrder() throws Exception {
        app = new AppDriver(dataDir).start();
        addTargetsOnStepFiveAndOpenContacts("Jana Schmidt", "Tom Becker", "Anna Jansen", "Ben Jakobs");
        assertEquals(List.of("Anna Jansen", "Ben Jakobs", "Jana Schmidt", "Tom Becker"), shownNames());

        app.robot.clickOn("#contactsTable .column-header .label"); // the name column's head: now descending
        AppDriver.waitUntil(() -> shownNames().get(0).equals("Tom Becker"), "the names from Z to A");
        assertEquals(List.of("Tom Becker", "Jana Schmidt", "Ben Jakobs", "Anna Jansen"), shownNames());

        app.robot.clickOn("#contactFilter").write("ja"); // Jana, Jansen, Jakobs: in the order chosen
        AppDriver.waitUntil(() -> table().getItems().size() == 3, "three matches");
        assertEquals(List.of("Jana Schmidt", "Ben Jakobs", "Anna Jansen"), shownNames());

        // a contact added while the filter is on lands in its sorted place
        app.robot.clickOn("#newContact");
        app.robot.clickOn("#firstName").write("Karl");
        app.robot.clickOn("#lastName").write("Jaeger");
        app.robot.clickOn("#company");
        AppDriver.waitUntil(() -> table().getItems().size() == 4, "the new match");
        assertEquals(List.of("Karl Jaeger", "Jana Schmidt", "Ben Jakobs", "Anna Jansen"), shownNames());
    }

    @Test
    void importALinkedInExportThroughThePreviewDialog() throws Exception {
        Path export = dataDir.resolveSibling(dataDir.getFileName() + "-Connections.csv");
        java.nio.file.Files.copy(ContactsWindowTest.class.getResourceAsStream("Connections.csv"), export);
        app = new AppDriver(dataDir).start();
        openContacts();
        AppDriver.waitUntil(() -> app.robot.lookup("#contactsPage").tryQuery().isPresent(), "the contacts area");
        var flow = (org.netjournal.ui.contacts.ImportFlow) app.stage().getScene().getRoot().getProperties()
                .get(org.netjournal.ui.contacts.ImportFlow.class);
        app.robot.interact(() -> flow.preview(export, app.stage().getScene().getRoot()));
        AppDriver.waitUntil(() -> app.robot.lookup("#importRows").tryQuery().isPresent(), "the preview");
        TableView<?> rows = app.robot.lookup("#importRows").queryAs(TableView.class);
        assertEquals(3, rows.getItems().size());
        assertTrue(app.robot.lookup("#importCounts").queryAs(Label.class).getText().startsWith("2 new"),
                app.robot.lookup("#importCounts").queryAs(Label.class).getText());
        app.robot.clickOn("#runImport");
        AppDriver.waitUntil(() -> app.robot.lookup("#importSummary").tryQuery().isPresent(), "the summary");
        app.robot.clickOn(app.robot.lookup("#importSummary .button").queryAs(Node.class));
        AppDriver.waitUntil(() -> table().getItems().size() == 2, "two imported contacts");
        assertTrue(table().getItems().stream().anyMatch(row -> row.fullName().equals("Anna M\u00fcller")
                && row.company().equals("Acme GmbH") && row.role().equals("Talent Partner, DACH")));

        // importing the same export again finds only duplicates
        app.robot.interact(() -> flow.preview(export, app.stage().getScene().getRoot()));
        AppDriver.waitUntil(() -> app.robot.lookup("#importCounts").tryQuery().isPresent(), "the second preview");
        assertTrue(app.robot.lookup("#importCounts").queryAs(Label.class).getText().startsWith("0 new, 2 already"),
                app.robot.lookup("#importCounts").queryAs(Label.class).getText());
    }

    @Test
    void quittingWithAFormThatCannotBeSavedAsksFirst() throws Exception {
        app = new AppDriver(dataDir).start();
        openContacts();
        AppDriver.waitUntil(() -> app.robot.lookup("#contactsPage").tryQuery().isPresent(), "the contacts area");
        app.robot.clickOn("#newContact");
        app.robot.clickOn("#role").write("Recruiter, but no name, company or e-mail yet");
        app.robot.push(KeyCode.CONTROL, KeyCode.Q);
        AppDriver.waitUntil(() -> app.robot.lookup("Go back and fix").tryQuery().isPresent(), "the warning");
        app.robot.clickOn("Go back and fix");
        AppDriver.waitUntil(() -> app.stage().isShowing(), "the window stays");
        assertEquals("Recruiter, but no name, company or e-mail yet",
                app.robot.lookup("#role").queryAs(TextField.class).getText(), "the typed text is still there");
        app.robot.clickOn("#firstName").write("Ada");
        app.robot.clickOn("#company");
        app.waitUntilSaved();
        app.quit(); // now it closes without asking
    }
}
