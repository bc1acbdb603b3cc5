package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;

/** The home page and the navigator show who is due from the journal's query, before the contacts are opened. */
class HomeDueWindowTest extends WindowTest {

    private static Contact contact(String first, Cadence cadence) {
        return new Contact(0, first, "Keller", "", "", List.of(), "", "", List.of(), ComfortStage.OBSERVE, cadence, "",
                ContactSource.MANUAL, null, Instant.parse("2025-01-01T10:00:00Z"));
    }

    @Test
    void theDueContactsAreOnHomeAndTheBadgeAndTheTableHasEveryone() throws Exception {
        LocalDate today = LocalDate.now();
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            ContactRepository contacts = new ContactRepository(db);
            long overdue = contacts.save(contact("Overdue", Cadence.MONTHLY)).id();
            contacts.addInteraction(new Interaction(0, overdue, today.minusDays(60), InteractionKind.MESSAGED, null,
                    "", null));
            long fresh = contacts.save(contact("Fresh", Cadence.QUARTERLY)).id();
            contacts.addInteraction(new Interaction(0, fresh, today.minusDays(2), InteractionKind.MESSAGED, null,
                    "", null));
            contacts.save(contact("Never", Cadence.NONE));
        }
        app = new AppDriver(dataDir).start();

        AppDriver.waitUntil(() -> app.robot.lookup("#homeDue .due-row").tryQuery().isPresent(), "the due list");
        List<String> names = app.robot.lookup("#homeDue .due-row .goal-title").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of("Overdue Keller"), names);
        AppDriver.waitUntil(() -> app.robot.lookup(".due-badge").queryAllAs(Label.class).stream()
                .anyMatch(badge -> badge.getText().equals("1") && badge.isVisible()), "the navigator's badge");
        Label badge = app.robot.lookup("#area-due .due-badge").queryAs(Label.class);
        assertEquals("1", ((javafx.scene.text.Text) badge.lookup(".text")).getText(), "the count in full, not \"…\"");
        assertTrue(app.robot.lookup("#contactsTable").tryQuery().isEmpty(), "the contacts are not shown yet");

        app.robot.clickOn(app.<javafx.scene.Node>reveal("#homeDue .due-row")); // below the coach's cards
        AppDriver.waitUntil(() -> app.robot.lookup("#contactsTable").tryQuery().isPresent(), "the contacts");
        TableView<?> table = app.find("#contactsTable");
        AppDriver.waitUntil(() -> table.getItems().size() == 1, "the due contact in the table (due only)");
        assertTrue(app.robot.lookup("#area-due").query().getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("selected")), "the navigator marks where home led");
    }
}
