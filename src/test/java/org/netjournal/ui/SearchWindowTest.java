package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.Draft;
import org.netjournal.domain.SearchHit;
import org.netjournal.domain.SearchKind;
import org.netjournal.domain.Session;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.DraftRepository;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.SessionRepository;
import org.netjournal.storage.StepRepository;
import org.netjournal.storage.WinRepository;
import org.netjournal.ui.search.SearchDialog;

/**
 * Search driven like a user: Ctrl+F, typing, the hits grouped by kind with the words in bold, the arrow keys,
 * Enter opening a contact, a session, a draft and a step in their editors, Esc closing.
 */
class SearchWindowTest extends WindowTest {

    private long joerg;
    private long sessionId;

    @BeforeEach
    void seedAndStart() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            ContactRepository contacts = new ContactRepository(db);
            contacts.save(Contact.named("Anna", "Berliner"));
            joerg = contacts.save(Contact.named("Jörg", "Müller")).id();
            contacts.save(Contact.named("Mia", "Mulder"));
            for (int i = 0; i < 30; i++) {
                contacts.save(Contact.named("Filler" + i, "Person")); // the table scrolls: the one found is selected
            }
            sessionId = new SessionRepository(db).save(Session.startingAt(LocalDateTime.of(2026, 3, 2, 9, 30))
                    .withTexts("ruhig", "Kaffee mit Jörg vom Barcamp", null)).id();
            new SessionRepository(db).save(Session.startingAt(LocalDateTime.of(2026, 3, 9, 9, 30))
                    .withTexts("", "Zwei Likes", null));
            new DraftRepository(db).save(Draft.of(null, "Erste Nachricht", "Hallo {firstName}, Kaffee?"));
            new DraftRepository(db).save(Draft.of(null, "Danke", "Danke fürs Vernetzen"));
            new StepRepository(db).saveNotes(4, "Mein Barcamp-Plan: zwei Kommentare pro Woche");
            new WinRepository(db).add(LocalDate.of(2026, 3, 3), "Jörg hat geantwortet");
        }
        app = new AppDriver(dataDir).start();
    }

    private void openSearch() throws Exception {
        app.robot.push(KeyCode.CONTROL, KeyCode.F);
        AppDriver.waitUntil(() -> app.robot.lookup("#searchField").tryQuery().isPresent()
                && app.robot.lookup("#searchField").queryAs(TextField.class).isFocused(), "the search box");
    }

    private boolean searchOpen() {
        return app.robot.lookup("#searchDialog").tryQuery().map(node -> node.getScene().getWindow().isShowing())
                .orElse(false);
    }

    private ListView<?> results() {
        return app.robot.lookup("#searchResults").queryAs(ListView.class);
    }

    /** The kinds of the group headers, top to bottom. */
    private static List<SearchKind> kinds(ListView<?> list) {
        return list.getItems().stream().filter(row -> row instanceof SearchDialog.Header)
                .map(row -> ((SearchDialog.Header) row).kind()).toList();
    }

    private static List<SearchHit> hits(ListView<?> list) {
        return list.getItems().stream().filter(row -> row instanceof SearchDialog.Hit)
                .map(row -> ((SearchDialog.Hit) row).hit()).toList();
    }

    private static SearchHit selectedHit(ListView<?> list) {
        return list.getSelectionModel().getSelectedItem() instanceof SearchDialog.Hit hit ? hit.hit() : null;
    }

    /**
     * Types {@code text} over what the box holds. The click gives the box's window the keyboard: the headless
     * test platform (Monocle) does not hand it to a newly shown window as desktop window managers do.
     */
    private void search(String text) throws Exception {
        app.robot.clickOn("#searchField").push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private String statusText() {
        return app.robot.lookup("#searchStatus").queryAs(Label.class).getText();
    }

    @Test
    void ctrlFFindsAContactWithTheWordHighlightedAndEnterOpensIt() throws Exception {
        openSearch();
        assertTrue(statusText().startsWith("Type a name"), statusText());

        search("MULLER");
        AppDriver.waitUntil(() -> results().isVisible() && kinds(results()).equals(
                List.of(SearchKind.CONTACT)), "the contact group");
        assertEquals(1, hits(results()).size(), "Müller, not Mulder");
        assertEquals(joerg, selectedHit(results()).id(), "the first hit is selected");
        AppDriver.waitUntil(() -> app.robot.lookup(".search-match").queryAllAs(Text.class).stream()
                .anyMatch(text -> text.getText().equals("Müller")), "Müller in bold");

        app.robot.push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> !searchOpen(), "the search box to close");
        AppDriver.waitUntil(() -> app.robot.lookup("#contactsPage").tryQuery().isPresent(), "the contacts area");
        TableView<ContactSummary> table = app.robot.lookup("#contactsTable").queryAs(TableView.class);
        AppDriver.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id() == joerg, "Jörg selected in the table");
        AppDriver.waitUntil(() -> "Jörg".equals(app.robot.lookup("#firstName").queryAs(TextField.class).getText()),
                "Jörg in the form");
    }

    @Test
    void enterRightAfterTypingOpensAHitForWhatWasTypedNotTheOneBefore() throws Exception {
        openSearch();
        search("Mulder");
        AppDriver.waitUntil(() -> results().isVisible() && hits(results()).size() == 1, "Mia Mulder");

        // a new word and Enter at once, within the pause before the box asks: no stale Mulder
        app.robot.interact(() -> {
            TextField field = app.robot.lookup("#searchField").queryAs(TextField.class);
            field.setText("Jörg");
            field.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    KeyCode.ENTER, false, false, false, false));
        });
        AppDriver.waitUntil(() -> !searchOpen(), "the search box to close");
        TableView<ContactSummary> table = app.robot.lookup("#contactsTable").queryAs(TableView.class);
        AppDriver.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id() == joerg, "Jörg, not Mia, selected");
    }

    @Test
    void hitsAreGroupedTheArrowsSkipHeadersAndEnterOpensTheSession() throws Exception {
        openSearch();
        search("kaffee");
        AppDriver.waitUntil(() -> kinds(results()).equals(List.of(SearchKind.SESSION,
                SearchKind.DRAFT)), "sessions, then drafts");
        assertEquals(SearchKind.SESSION, selectedHit(results()).kind());
        app.robot.push(KeyCode.DOWN);
        assertEquals(SearchKind.DRAFT, selectedHit(results()).kind(), "over the drafts' header");
        app.robot.push(KeyCode.DOWN);
        assertEquals(SearchKind.DRAFT, selectedHit(results()).kind(), "stays on the last hit");
        app.robot.push(KeyCode.UP);
        assertEquals(sessionId, selectedHit(results()).id());

        app.robot.push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#journalPage").tryQuery().isPresent(), "the journal");
        ListView<?> journal = app.robot.lookup("#journalList").queryAs(ListView.class);
        AppDriver.waitUntil(() -> journal.getSelectionModel().getSelectedItem() != null
                && journal.getSelectionModel().getSelectedItem().toString().contains("Kaffee mit Jörg"),
                "the session selected in the journal");
    }

    @Test
    void aDraftAndAStepOpenInTheirEditorsAndEscCloses() throws Exception {
        openSearch();
        search("vernetzen");
        AppDriver.waitUntil(() -> kinds(results()).equals(List.of(SearchKind.DRAFT)), "the draft");
        app.robot.push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#draftTitle").tryQuery().isPresent()
                && "Danke".equals(app.robot.lookup("#draftTitle").queryAs(TextField.class).getText()),
                "the second draft open, not the first");

        openSearch();
        assertEquals("vernetzen", app.robot.lookup("#searchField").queryAs(TextField.class).getSelectedText(),
                "the last search, selected");
        search("barcamp");
        AppDriver.waitUntil(() -> kinds(results()).equals(List.of(SearchKind.STEP,
                SearchKind.SESSION)), "the step's notes and the session");
        app.robot.push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage4").tryQuery().isPresent(), "step 4");
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage4 .text-area").queryAs(TextArea.class).isFocused(),
                "its notes focused");

        openSearch();
        search("xyzzy \"(");
        AppDriver.waitUntil(() -> statusText().startsWith("Nothing found for \"xyzzy \"(\""), "no results");
        app.robot.push(KeyCode.ESCAPE);
        AppDriver.waitUntil(() -> !searchOpen(), "Esc closes");
        assertTrue(app.robot.lookup("#stepPage4").tryQuery().isPresent(), "nothing else happened");
    }
}
