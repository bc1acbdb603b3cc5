package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Draft;
import org.netjournal.domain.Network;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.testfx.util.WaitForAsyncUtils;

/** The drafts area driven like a user: write a draft with {firstName}, copy it for a contact, restart. */
class DraftsWindowTest extends WindowTest {

    /** Contacts exist before the window opens (the contacts area has its own tests). */
    /** These tests write their own drafts: a journal whose user already removed the starter texts. */
    @org.junit.jupiter.api.BeforeEach
    void startersRemovedBefore() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            new org.netjournal.storage.SettingsRepository(db)
                    .put(org.netjournal.storage.StrategyRepository.STARTERS_ADDED_SETTING, "true");
        }
    }

    private void seedContacts() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            ContactRepository contacts = new ContactRepository(db);
            contacts.save(new Contact(0, "Anna", "Schmidt", "Acme", "", List.of(), "", "", List.of(), null, null, "",
                    null, null, null));
            contacts.save(Contact.named("Bernd", "Roth"));
        }
    }

    private void openDrafts() throws Exception {
        app.robot.clickOn("Drafts");
        AppDriver.waitUntil(() -> app.robot.lookup("#draftsPage").tryQuery().isPresent(), "the drafts area");
    }

    @SuppressWarnings("unchecked")
    private ListView<Draft> list() {
        return app.robot.lookup("#draftList").queryAs(ListView.class);
    }

    private String clipboard() {
        AtomicReference<String> text = new AtomicReference<>();
        app.robot.interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        return text.get();
    }

    @Test
    void writeADraftCopyItForAContactAndFindItAfterARestart() throws Exception {
        seedContacts();
        app = new AppDriver(dataDir).start();
        openDrafts();
        assertEquals(0, list().getItems().size());

        app.robot.clickOn("#newDraft");
        AppDriver.waitUntil(() -> list().getItems().size() == 1, "the new draft in the list");
        app.robot.clickOn("#draftTitle").write("Connection request");
        app.robot.clickOn("#draftText").write("Hi ");
        app.robot.clickOn("#insert-firstName"); // the placeholder goes in where the caret is
        app.robot.write(", nice to meet you at ").clickOn("#insert-company");
        app.robot.write("!");
        TextArea text = app.find("#draftText");
        assertEquals("Hi {firstName}, nice to meet you at {company}!", text.getText());
        ComboBox<Network> network = app.find("#draftNetwork");
        app.robot.interact(() -> network.setValue(Network.LINKEDIN));

        // the text has placeholders: copying waits for a contact
        Button copy = app.find("#copyDraft");
        assertTrue(copy.isDisabled());
        Label preview = app.find("#draftPreview");
        assertTrue(preview.getText().startsWith("Hi Alex, nice to meet you at Acme"), preview.getText());

        app.robot.clickOn("#copyContact").write("ann");
        AppDriver.waitUntil(() -> app.robot.lookup("#contactSuggestions").tryQuery().isPresent()
                && app.robot.lookup("#contactSuggestions").query().isVisible(), "the contact suggestions");
        app.robot.push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> !copy.isDisabled(), "Copy enabled once a contact is picked");
        assertEquals("Anna Schmidt (Acme)", app.<TextField>find("#copyContact").getText());
        assertEquals("Copy for Anna Schmidt", copy.getText());
        assertEquals("Hi Anna, nice to meet you at Acme!", preview.getText());

        app.robot.interact(() -> Clipboard.getSystemClipboard().clear());
        app.robot.clickOn(copy);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Hi Anna, nice to meet you at Acme!", clipboard());
        Label confirmation = app.find("#copyConfirmation");
        assertTrue(confirmation.isVisible());
        assertEquals("Copied for Anna Schmidt. Paste it where you write to them.", confirmation.getText());

        app.waitUntilSaved();
        AppDriver.waitUntil(() -> "Connection request".equals(list().getItems().get(0).title())
                && list().getItems().get(0).network() == Network.LINKEDIN, "the draft saved with its title");
        app.quit();

        app = new AppDriver(dataDir).start();
        openDrafts();
        AppDriver.waitUntil(() -> list().getItems().size() == 1, "the draft after the restart");
        Draft saved = list().getItems().get(0);
        assertEquals(new Draft(saved.id(), Network.LINKEDIN, "Connection request",
                "Hi {firstName}, nice to meet you at {company}!"), saved);
        // the first draft opens by itself
        AppDriver.waitUntil(() -> app.<TextArea>find("#draftText").getText().equals(saved.text()),
                "the draft open in the editor");
    }

    @Test
    void editsSaveWhenSwitchingDraftsAndAreasAndTheNetworkFilterNarrowsTheList() throws Exception {
        app = new AppDriver(dataDir).start();
        openDrafts();
        app.robot.clickOn("#newDraft");
        AppDriver.waitUntil(() -> list().getItems().size() == 1, "the first draft");
        app.robot.clickOn("#draftTitle").write("First comment");
        app.robot.clickOn("#newDraft"); // switching saves the first one
        AppDriver.waitUntil(() -> list().getItems().size() == 2, "the second draft");
        app.robot.clickOn("#draftTitle").write("Xing hello");
        ComboBox<Network> network = app.find("#draftNetwork");
        app.robot.interact(() -> network.setValue(Network.XING));
        app.robot.clickOn("#draftText").write("Hallo {firstName}");
        app.robot.clickOn("Contacts"); // leaving the area saves at once, before the pause is over
        app.waitUntilSaved();
        openDrafts();
        AppDriver.waitUntil(() -> list().getItems().stream().anyMatch(d -> d.title().equals("Xing hello")
                && d.network() == Network.XING && d.text().equals("Hallo {firstName}")), "the second draft saved");
        assertTrue(list().getItems().stream().anyMatch(d -> d.title().equals("First comment")));

        ComboBox<Network> filter = app.find("#draftNetworkFilter");
        app.robot.interact(() -> filter.setValue(Network.LINKEDIN));
        assertEquals(List.of("First comment"), list().getItems().stream().map(Draft::title).toList(),
                "LinkedIn shows its own drafts and those for any network");
        app.robot.interact(() -> filter.setValue(Network.XING));
        assertEquals(2, list().getItems().size());

        // without placeholders a draft copies without a contact
        app.robot.interact(() -> filter.setValue(null));
        Node first = app.robot.lookup("#draftList .list-cell").nth(0).query();
        app.robot.clickOn(first);
        app.robot.clickOn("#draftText").write("Great point!");
        Button copy = app.find("#copyDraft");
        AppDriver.waitUntil(() -> !copy.isDisabled(), "Copy enabled for a text without placeholders");
        app.robot.clickOn(copy);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Great point!", clipboard());

        // delete: Enter keeps the draft, only the delete button deletes
        app.robot.clickOn("#deleteDraft");
        app.pressEnterOn("deleteDraftQuestion");
        assertEquals(2, list().getItems().size(), "Enter deleted nothing");
        app.robot.clickOn("#deleteDraft");
        app.clickDialogButton("deleteDraftQuestion", "Delete draft");
        AppDriver.waitUntil(() -> list().getItems().size() == 1, "one draft left");
        app.quit();
        app = new AppDriver(dataDir).start();
        openDrafts();
        AppDriver.waitUntil(() -> list().getItems().size() == 1, "one draft after the restart");
        assertEquals("Xing hello", list().getItems().get(0).title());
    }
}
