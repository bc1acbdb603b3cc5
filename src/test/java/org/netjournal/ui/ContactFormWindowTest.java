package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;

/**
 * Issue 11, points 2 and 3, in the real window: contact edits are never dropped silently, a link without
 * https:// is taken, "Saved" is only shown when it is true, and Enter on a question never destroys anything.
 */
class ContactFormWindowTest extends WindowTest {

    /** The questions are found by their headers, as a user reads them. */
    private static final String QUIT_QUESTION = "Some of your text is not saved yet";
    private static final String DELETE_QUESTION = "Delete this contact?";

    /** A journal with one contact, Tom Becker, to click away to. */
    private void journalWithTom() throws Exception {
        try (JournalDatabase database = JournalDatabase.open(new DataFolder(dataDir))) {
            new ContactRepository(database).save(Contact.named("Tom", "Becker"));
        }
    }

    private List<Contact> contactsInTheFile() throws Exception {
        try (JournalDatabase database = JournalDatabase.open(new DataFolder(dataDir))) {
            ContactRepository contacts = new ContactRepository(database);
            return contacts.summaries().stream().map(row -> contacts.find(row.id()).orElseThrow()).toList();
        }
    }

    private void openContacts() throws Exception {
        app.robot.clickOn("#areaList > #area-contacts");
        AppDriver.waitUntil(() -> table().getItems().size() == 1, "Tom in the contacts table");
    }

    @SuppressWarnings("unchecked")
    private TableView<ContactSummary> table() {
        return app.robot.lookup("#contactsTable").queryAs(TableView.class);
    }

    private String text(String id) {
        Node node = app.robot.lookup(id).query();
        return node instanceof TextArea area ? area.getText() : ((TextField) node).getText();
    }

    private boolean problemShown() {
        Label problem = app.robot.lookup("#formProblem").queryAs(Label.class);
        return problem.isVisible();
    }

    /** Starts on a journal with Tom and types a new contact without a name: a profile link, company and role. */
    private void startAndTypeANewContact(String profileLink) throws Exception {
        journalWithTom();
        app = new AppDriver(dataDir).start();
        openContacts();
        app.robot.clickOn("#newContact");
        app.robot.clickOn("#profiles").write(profileLink);
        app.robot.clickOn("#company").write("Acme");
        app.robot.clickOn("#role").write("CTO");
    }

    @Test
    void aLinkWithoutHttpsCompanyAndRoleAreKeptWhenClickingAwayAndBack() throws Exception {
        startAndTypeANewContact("linkedin.com/in/petra-klein");
        app.robot.clickOn("Tom Becker");
        AppDriver.waitUntil(() -> text("#firstName").equals("Tom"), "Tom in the form");
        assertFalse(problemShown(), "no error marking under another contact");
        AppDriver.waitUntil(() -> table().getItems().size() == 2, "the new contact in the table");
        app.robot.clickOn("Acme \u00b7 CTO");
        AppDriver.waitUntil(() -> text("#company").equals("Acme"), "the new contact in the form again");
        assertEquals("CTO", text("#role"));
        assertEquals("https://linkedin.com/in/petra-klein", text("#profiles"));
        assertFalse(problemShown());
        app.waitUntilSaved();
        app.quit();
        app = null;

        Contact petra = contactsInTheFile().stream().filter(c -> c.company().equals("Acme")).findFirst().orElseThrow();
        assertEquals("CTO", petra.role());
        assertEquals(List.of(new ProfileLink(Network.LINKEDIN, "https://linkedin.com/in/petra-klein")),
                petra.profiles());
    }

    @Test
    void aLinkThatCannotBeStoredHoldsBackNothingElseAndLeavingAsksWithGoBackAsDefault() throws Exception {
        startAndTypeANewContact("linkedin.com/in/petra klein");
        app.robot.clickOn("#firstName");
        AppDriver.waitUntil(() -> table().getItems().size() == 2, "company and role saved at once");
        AppDriver.waitUntil(() -> app.saveState().startsWith("Profile link not saved"), "what is not saved");
        assertTrue(app.saveState().contains("linkedin.com/in/petra klein"), app.saveState());
        assertTrue(problemShown());

        app.robot.clickOn("Tom Becker");
        AppDriver.waitUntil(() -> app.robot.lookup("#leaveContact").tryQuery().isPresent(), "the question");
        app.robot.push(KeyCode.ENTER); // the default: go back and fix
        AppDriver.waitUntil(() -> app.robot.lookup("#leaveContact").tryQuery().isEmpty(), "the question closed");
        assertEquals("linkedin.com/in/petra klein", text("#profiles"), "the text stays");
        assertEquals("Acme", text("#company"));
        assertEquals("Acme", table().getSelectionModel().getSelectedItem().company(), "still on the new contact");

        app.robot.clickOn("Tom Becker");
        AppDriver.waitUntil(() -> app.robot.lookup("#leaveContact").tryQuery().isPresent(), "the question again");
        app.robot.clickOn("Leave without it");
        AppDriver.waitUntil(() -> text("#firstName").equals("Tom"), "Tom in the form");
        assertFalse(problemShown(), "no error marking under another contact");
        app.waitUntilSaved();
        app.quit();
        app = null;

        Contact petra = contactsInTheFile().stream().filter(c -> c.company().equals("Acme")).findFirst().orElseThrow();
        assertEquals("CTO", petra.role());
        assertEquals(List.of(), petra.profiles());
    }

    @Test
    void enterOnQuitWithUnsavedTextKeepsTheWindowAndTheText() throws Exception {
        journalWithTom();
        app = new AppDriver(dataDir).start();
        openContacts();
        app.robot.clickOn("#newContact");
        app.robot.clickOn("#role").write("Recruiter");
        app.robot.push(KeyCode.CONTROL, KeyCode.Q);
        AppDriver.waitUntil(() -> app.robot.lookup(QUIT_QUESTION).tryQuery().isPresent(), "the question");
        assertTrue(app.saveState().startsWith("Contact not saved yet"), app.saveState());
        app.robot.push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup(QUIT_QUESTION).tryQuery().isEmpty(), "the question closed");
        assertTrue(app.stage().isShowing(), "Enter did not quit");
        assertEquals("Recruiter", text("#role"));
    }

    @Test
    void changingTheLanguageWithUnsavedTextAsksAndEnterKeepsIt() throws Exception {
        journalWithTom();
        app = new AppDriver(dataDir).start();
        openContacts();
        app.robot.clickOn("#newContact");
        app.robot.clickOn("#role").write("Recruiter");
        app.robot.clickOn("View").clickOn("Language").clickOn("Deutsch");
        app.pressEnterOn("languageUnsaved");
        assertEquals("Recruiter", text("#role"), "the window was not rebuilt");
        assertTrue(app.saveState().startsWith("Contact not saved yet"), app.saveState());
    }

    @Test
    void enterOnDeleteContactDeletesNothing() throws Exception {
        journalWithTom();
        app = new AppDriver(dataDir).start();
        openContacts();
        app.robot.clickOn("Tom Becker");
        AppDriver.waitUntil(() -> text("#firstName").equals("Tom"), "Tom in the form");
        app.robot.clickOn((Node) app.reveal("#deleteContact"));
        AppDriver.waitUntil(() -> app.robot.lookup(DELETE_QUESTION).tryQuery().isPresent(), "the question");
        app.robot.push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup(DELETE_QUESTION).tryQuery().isEmpty(), "closed");
        assertEquals(1, table().getItems().size());
        assertEquals("Tom", text("#firstName"));
        app.quit();
        app = null;
        assertEquals(1, contactsInTheFile().size(), "Tom is still in the file");
    }
}
