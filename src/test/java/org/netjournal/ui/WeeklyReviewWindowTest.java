package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.FocusGroup;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.SearchKind;
import org.netjournal.domain.TargetMark;
import org.netjournal.domain.WeeklyReview;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.GoalRepository;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.StrategyRepository;
import org.netjournal.storage.WeeklyReviewRepository;
import org.netjournal.ui.search.SearchDialog;

/**
 * The weekly review driven like a user: offered on home on the last day of the week, written and picked, closed,
 * and found again after a restart in the review itself, in the journal and in search.
 */
class WeeklyReviewWindowTest extends WindowTest {

    @Test
    void aReviewWrittenOnTheLastDayIsThereAfterARestartInTheJournalAndInSearch() throws Exception {
        LocalDate today = LocalDate.now();
        long anna;
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            // today is the last day of the week
            new GoalRepository(db).setWeekStart(today.plusDays(1).getDayOfWeek());
            ContactRepository contacts = new ContactRepository(db);
            anna = contacts.save(new Contact(0, "Anna", "Keller", "", "", List.of(), "", "", List.of(),
                    ComfortStage.OBSERVE, Cadence.NONE, "", ContactSource.MANUAL, null,
                    Instant.parse("2025-01-01T10:00:00Z"))).id();
            contacts.addInteraction(new Interaction(0, anna, today.minusDays(20), InteractionKind.LIKED, null, "",
                    null));
            new StrategyRepository(db).markTarget(new TargetMark(anna, FocusGroup.COLLEAGUES));
        }
        app = new AppDriver(dataDir).start();
        AppDriver.waitUntil(() -> app.robot.lookup("#homeReviewCard").tryQuery().map(Node::isVisible).orElse(false),
                "the offer on home");
        Button start = app.find("#homeReviewStart");
        app.robot.interact(start::fire);
        AppDriver.waitUntil(() -> app.robot.lookup("#weeklyReview").tryQuery().isPresent(), "the review");
        AppDriver.waitUntil(() -> app.robot.lookup("#reviewGreet .check-box").tryQuery().isPresent(),
                "the suggestions");
        CheckBox annaBox = app.find("#reviewGreet .check-box");
        assertTrue(annaBox.getText().startsWith("Anna Keller"), annaBox.getText());
        Label annaStep = app.find("#reviewGreet .review-greet-step");
        String step = annaStep.getText();
        assertTrue(annaStep.isVisible() && step.contains("Anna") && !step.contains("Keller"),
                "the small step for Anna beside her name: " + step);
        app.robot.clickOn(annaBox);
        app.robot.clickOn("#reviewNote").write("Ask Anna about her talk");
        app.waitUntilSaved();
        Button done = app.robot.lookup("#weeklyReview .button").queryAs(Button.class);
        app.robot.interact(done::fire);
        AppDriver.waitUntil(() -> app.robot.lookup("#weeklyReview").tryQuery().isEmpty(), "the review closed");
        app.quit();

        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            assertEquals(List.of(new WeeklyReview.Greet(anna, "Anna Keller", step)),
                    new WeeklyReviewRepository(db).list().get(0).greet(), "on the file, with the step picked");
        }
        app = new AppDriver(dataDir).start();
        Button hide = app.find("#homeReviewHide");
        AppDriver.waitUntil(() -> app.<Node>find("#homeReviewCard").isVisible(), "the offer again");
        app.robot.interact(hide::fire);
        AppDriver.waitUntil(() -> !app.<Node>find("#homeReviewCard").isVisible(), "hidden for the week");

        app.robot.clickOn("#area-journal");
        AppDriver.waitUntil(() -> app.robot.lookup("#journalPage").tryQuery().isPresent(), "the journal area");
        AppDriver.waitUntil(() -> texts(app.find("#journalList")).contains("Ask Anna about her talk"),
                "the review in the journal");
        assertTrue(texts(app.find("#journalList")).contains("To greet: Anna Keller"), texts(app.find("#journalList")));

        app.robot.push(KeyCode.CONTROL, KeyCode.F);
        AppDriver.waitUntil(() -> app.robot.lookup("#searchField").tryQuery().isPresent(), "the search box");
        app.robot.clickOn("#searchField").write("talk");
        ListView<?> results = app.robot.lookup("#searchResults").queryAs(ListView.class);
        AppDriver.waitUntil(() -> results.getItems().stream().anyMatch(row -> row instanceof SearchDialog.Hit hit
                && hit.hit().kind() == SearchKind.REVIEW), "the review found");
        assertEquals(today.minusDays(6).atStartOfDay(), results.getItems().stream()
                .filter(row -> row instanceof SearchDialog.Hit).map(row -> ((SearchDialog.Hit) row).hit())
                .filter(hit -> hit.kind() == SearchKind.REVIEW).findFirst().orElseThrow().when(),
                "the hit names its week");
        app.robot.interact(() -> app.<TextField>find("#searchField").setText(step.split(" ")[0].toLowerCase()));
        AppDriver.waitUntil(() -> results.getItems().stream().anyMatch(row -> row instanceof SearchDialog.Hit hit
                && hit.hit().kind() == SearchKind.REVIEW), "the review found by the step picked for Anna");
        app.robot.push(KeyCode.ESCAPE);

        javafx.scene.control.MenuBar bar = app.find(".menu-bar");
        javafx.scene.control.MenuItem menuItem = bar.getMenus().get(0).getItems().stream()
                .filter(item -> "weeklyReviewMenu".equals(item.getId())).findFirst().orElseThrow();
        app.robot.interact(menuItem::fire);
        AppDriver.waitUntil(() -> app.robot.lookup("#weeklyReview #reviewNote").tryQuery().isPresent(),
                "the review from the menu");
        assertEquals("Ask Anna about her talk", app.<TextField>find("#reviewNote").getText());
        assertTrue(app.<CheckBox>find("#reviewGreet .check-box").isSelected(), "Anna still picked");
        Button again = app.robot.lookup("#weeklyReview .button").queryAs(Button.class);
        app.robot.interact(again::fire);
        app.quit();
    }
}
