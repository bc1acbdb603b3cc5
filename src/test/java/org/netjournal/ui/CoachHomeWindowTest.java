package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.Session;
import org.netjournal.domain.TargetMark;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.SessionRepository;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.storage.StrategyRepository;

/**
 * Home's "This week": the next small step with each target person (at most three, the most overdue first, only
 * target people), "Not this week" for one person, the same step on the contact, the card turned off on home and on
 * again in Settings; and what the energy notes say under the chart.
 */
class CoachHomeWindowTest extends WindowTest {

    private static Contact contact(String first, ComfortStage stage, String added) {
        return new Contact(0, first, "Keller", "", "", List.of(), "", "", List.of(), stage, Cadence.NONE, "",
                ContactSource.MANUAL, null, Instant.parse(added + "T10:00:00Z"));
    }

    private List<String> steps() {
        return app.robot.lookup("#homeThisWeek .coach-step").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }

    @Test
    void theThisWeekCardSuggestsSmallStepsWithTargetsAndCanBeQuietened() throws Exception {
        long anna;
        long jonas;
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            ContactRepository contacts = new ContactRepository(db);
            StrategyRepository strategy = new StrategyRepository(db);
            anna = contacts.save(contact("Anna", ComfortStage.OBSERVE, "2025-01-01")).id();
            jonas = contacts.save(contact("Jonas", ComfortStage.LIKE, "2025-01-02")).id();
            long lena = contacts.save(contact("Lena", ComfortStage.CONNECT, "2025-01-03")).id();
            long mia = contacts.save(contact("Mia", ComfortStage.MESSAGE, "2025-01-04")).id();
            contacts.save(contact("Omar", ComfortStage.OBSERVE, "2024-01-01")); // not a target: never suggested
            SessionRepository sessions = new SessionRepository(db);
            for (int i = 0; i < 7; i++) { // five with more energy after, two with less: one claim, nothing on length
                sessions.save(Session.startingAt(LocalDateTime.now().minusDays(i + 1)).withDuration(10)
                        .withEnergy(i < 5 ? 2 : 4, i < 5 ? 4 : 3));
            }
            for (long id : List.of(anna, jonas, lena, mia)) {
                strategy.markTarget(new TargetMark(id, null));
            }
        }
        app = new AppDriver(dataDir).start();

        AppDriver.waitUntil(() -> steps().size() == 3, "three small steps");
        assertEquals(List.of("Like one of Anna's posts", "Comment on something Jonas shared",
                "Send Lena a short message"), steps(), "the most overdue first, target people only");

        AppDriver.waitUntil(() -> app.robot.lookup("#homeEnergyInsights").tryQuery().isPresent(), "the insights");
        assertEquals(List.of("Your energy rose after 5 of your last 7 sessions."),
                app.robot.lookup("#homeEnergyInsights .label").queryAllAs(Label.class).stream().map(Label::getText)
                        .toList(), "what the notes say, and no claim the data cannot carry");

        app.robot.clickOn(app.<Node>reveal("#coachNotThisWeek-" + anna));
        AppDriver.waitUntil(() -> steps().contains("Suggest a call or coffee to Mia"), "Mia moving up");
        assertFalse(steps().contains("Like one of Anna's posts"), "Anna is snoozed for this week");

        app.robot.clickOn(app.<Node>reveal("#coachOpen-" + jonas)); // the contact, with the same step on the form
        AppDriver.waitUntil(() -> app.robot.lookup("#contactNextStep").tryQuery().map(Node::isVisible).orElse(false)
                && app.<Label>find("#contactNextStep").getText().contains("Jonas"), "the step on the contact");
        assertEquals("Next small step: Comment on something Jonas shared", app.<Label>find("#contactNextStep")
                .getText());
        app.robot.clickOn("#area-home");
        AppDriver.waitUntil(() -> app.robot.lookup("#homeThisWeekOff").tryQuery().map(Node::isVisible).orElse(false)
                && app.robot.lookup("#contactNextStep").tryQuery().isEmpty(), "home again");

        app.robot.clickOn(app.<Node>reveal("#homeThisWeekOff"));
        AppDriver.waitUntil(() -> !app.find("#homeThisWeek").isVisible(), "the card turned off");

        app.robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        AppDriver.waitUntil(() -> app.robot.lookup("#settings").tryQuery().isPresent(), "the settings dialog");
        CheckBox suggestions = app.reveal("#settingsCoach-suggestions");
        assertFalse(suggestions.isSelected(), "Settings shows the card turned off");
        app.robot.clickOn(suggestions);
        AppDriver.waitUntil(() -> app.find("#homeThisWeek").isVisible(), "the card on again");
        app.clickDialogButton("settings", "Close");

        app.quit();
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            Map<String, String> settings = new SettingsRepository(db).loadAll();
            assertEquals("", settings.get("coaching.suggestions"), "turned on again, stored");
            assertTrue(settings.get("coaching.snoozedContacts").startsWith(anna + "="), "Anna snoozed, stored");
        }
    }
}
