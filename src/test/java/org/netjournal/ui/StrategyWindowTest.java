package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.FocusGroup;
import org.netjournal.domain.InterestingAccount;
import org.netjournal.domain.StrategyGoal;
import org.netjournal.domain.TargetMark;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.StepRepository;
import org.netjournal.storage.StrategyRepository;

/** Steps 4 and 5 driven like a user: the goal, the people on the list, accounts worth following, starter texts. */
class StrategyWindowTest extends WindowTest {

    private int rows(String query) {
        return app.robot.lookup(query).queryAll().size();
    }

    private static Contact imported(String first, String last) {
        return new Contact(0, first, last, "", "", List.of(), "", "", List.of(), ComfortStage.OBSERVE, Cadence.NONE,
                "", ContactSource.LINKEDIN, null, Instant.now());
    }

    @Test
    void aTypedGoalIsSavedAndPinnedAndAContactPutInAGroupBecomesATarget() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            new ContactRepository(db).save(imported("Lena", "Vogel"));
            new ContactRepository(db).save(imported("Bo", "Berg"));
        }
        app = new AppDriver(dataDir).start();
        AppDriver.waitUntil(() -> app.robot.lookup("#homePage #pinnedGoal").tryQuery().isPresent(), "home");
        assertTrue(!app.find("#homePage #pinnedGoal").isVisible(), "no goal yet: home suggests nothing");
        showStep(5);
        AppDriver.waitUntil(() -> texts(app.find("#targetContacts")).contains("No one on your list yet"),
                "imported connections are no target contacts");

        TextArea goal = app.find("#goalText");
        app.robot.interact(goal::requestFocus);
        app.robot.write("Find a mentor in UX research");
        AppDriver.waitUntil(() -> goal.getText().equals("Find a mentor in UX research"), "the goal typed");

        TextField name = app.find("#targetName");
        app.robot.interact(name::requestFocus);
        app.robot.write("Len");
        AppDriver.waitUntil(() -> app.robot.lookup("#contactSuggestions").tryQuery().isPresent(), "the picker");
        app.robot.push(KeyCode.ENTER); // picks Lena Vogel
        AppDriver.waitUntil(() -> name.getText().equals("Lena Vogel"), "the contact picked");
        ComboBox<FocusGroup> group = app.find("#targetGroup");
        app.robot.interact(() -> group.setValue(FocusGroup.COLLEAGUES));
        Button add = app.find("#addTarget");
        app.robot.interact(add::fire);
        AppDriver.waitUntil(() -> rows("#targetContacts .target-row") == 1, "Lena on the list");
        String list = texts(app.find("#targetContacts"));
        assertTrue(list.contains("Lena Vogel") && list.contains("Colleagues") && !list.contains("Bo Berg"), list);

        // the contact form puts Bo on the list, in a group
        app.robot.clickOn("#area-contacts");
        TableView<ContactSummary> table = app.find("#contactsTable");
        AppDriver.waitUntil(() -> table.getItems().size() == 2, "the contacts");
        app.robot.interact(() -> table.getItems().stream().filter(row -> row.firstName().equals("Bo")).findFirst()
                .ifPresent(row -> table.getSelectionModel().select(row)));
        AppDriver.waitUntil(() -> app.robot.lookup("#firstName").queryAs(TextField.class).getText().equals("Bo"),
                "Bo in the form");
        ComboBox<FocusGroup> formGroup = app.find("#contactFocusGroup");
        app.robot.interact(() -> formGroup.setValue(FocusGroup.FRIENDS));
        assertTrue(app.robot.lookup("#contactTarget").queryAs(javafx.scene.control.CheckBox.class).isSelected(),
                "a group puts the contact on the list");
        showStep(5);
        AppDriver.waitUntil(() -> rows("#targetContacts .target-row") == 2, "Bo on the list too");
        assertTrue(texts(app.find("#targetContacts")).contains("Friends"));
        app.waitUntilSaved();
        app.quit();

        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            StrategyRepository strategy = new StrategyRepository(db);
            assertEquals(new StrategyGoal("Find a mentor in UX research", null), strategy.goal());
            assertEquals(List.of(FocusGroup.COLLEAGUES, FocusGroup.FRIENDS),
                    strategy.targets().stream().map(TargetMark::group).toList());
            assertTrue(new StepRepository(db).load(5).items().stream().allMatch(ChecklistItem::checked),
                    "step 5 ticks from the goal and the first target contact");
        }

        app = new AppDriver(dataDir).start(); // opens on "This week"
        AppDriver.waitUntil(() -> app.robot.lookup("#pinnedGoalText").tryQuery().isPresent(), "the pinned goal");
        assertEquals("Find a mentor in UX research", app.<Labeled>find("#pinnedGoalText").getText());
        showStep(6);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage6 #pinnedGoalText").tryQuery().isPresent(),
                "the goal on step 6");
        app.quit();
    }

    @Test
    void stepFourNotesAccountsAndPeopleToWatchAndOffersStarterTexts() throws Exception {
        app = new AppDriver(dataDir).start();
        showStep(4);
        AppDriver.waitUntil(() -> texts(app.find("#interestingAccounts")).contains("Nothing noted yet"), "empty");

        TextField name = app.find("#accountName");
        TextField why = app.find("#accountWhy");
        app.robot.interact(() -> {
            name.setText("#introverts");
            why.setText("kind people");
        });
        app.robot.interact(app.<Button>find("#addAccount")::fire);
        AppDriver.waitUntil(() -> rows("#interestingAccounts .timeline-row") == 1, "the account noted");
        assertTrue(texts(app.find("#interestingAccounts")).contains("kind people"));
        assertEquals("", name.getText(), "ready for the next one");

        app.robot.interact(() -> {
            name.setText("Quiet Anna");
            app.<TextField>find("#accountLink").setText("linkedin.com/in/quiet-anna");
        });
        app.robot.interact(app.<Button>find("#addObserved")::fire);
        AppDriver.waitUntil(() -> app.<Labeled>find("#watchingCount").getText()
                .equals("One contact at the observe stage."), "a person to watch");

        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage4 #starterOffer .starter-link").tryQuery().isPresent(),
                "the starter texts offered");
        Hyperlink starter = app.robot.lookup("#stepPage4 #starterOffer .starter-link").queryAs(Hyperlink.class);
        assertEquals("Thank-you comment", starter.getText());
        app.robot.interact(starter::fire);
        AppDriver.waitUntil(() -> app.robot.lookup("#draftsPage").tryQuery().isPresent(), "the drafts area");
        javafx.scene.control.ListView<?> drafts = app.find("#draftList");
        AppDriver.waitUntil(() -> drafts.getSelectionModel().getSelectedItem() != null, "the starter opened");
        assertEquals("Thank-you comment",
                ((org.netjournal.domain.Draft) drafts.getSelectionModel().getSelectedItem()).title());
        assertEquals(5, drafts.getItems().size(), "five starter texts");
        assertEquals(5, rows("#draftList .example-chip"), "marked as examples");
        app.waitUntilSaved();
        app.quit();

        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            assertEquals(List.of("#introverts"), new StrategyRepository(db).accounts().stream()
                    .map(InterestingAccount::label).toList());
            Contact anna = new ContactRepository(db).findAll().get(0);
            assertEquals(ComfortStage.OBSERVE, anna.stage());
            assertEquals("https://linkedin.com/in/quiet-anna", anna.profiles().get(0).url());
            assertTrue(new StrategyRepository(db).targets().isEmpty(), "watching is not choosing");
            assertTrue(new StepRepository(db).load(4).items().stream().anyMatch(item ->
                    "follow-people".equals(item.builtInKey()) && item.checked()), "step 4 ticks from a noted account");
        }
        app = new AppDriver(dataDir).start();
        showStep(4);
        AppDriver.waitUntil(() -> rows("#interestingAccounts .timeline-row") == 1, "the account after a restart");
        TextField half = app.find("#accountName");
        app.robot.interact(half::requestFocus);
        app.robot.write("@half");
        app.waitUntilSaved(); // typed, not noted: still in the file
        app.quit();

        app = new AppDriver(dataDir).start();
        showStep(4);
        AppDriver.waitUntil(() -> app.<TextField>find("#accountName").getText().equals("@half"),
                "the words typed before quitting");
        app.quit();
    }
}
