package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.Network;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.MyNetworkRepository;
import org.netjournal.storage.StepRepository;

/** Step 2 through the real window: reading the catalogue, choosing a network with a why, a network of one's own. */
class NetworksWindowTest extends WindowTest {

    private void openStep(int number) throws Exception {
        app.robot.push(KeyCode.CONTROL, KeyCode.valueOf("DIGIT" + number));
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage" + number).tryQuery().isPresent(), "step " + number);
    }

    private void fire(String query) throws Exception {
        AppDriver.waitUntil(() -> app.robot.lookup(query).tryQuery().isPresent(), query);
        javafx.scene.control.ButtonBase button = app.find(query);
        app.robot.interact(button::fire); // below the fold of the small test window: a click would miss it
    }

    private static boolean checked(JournalDatabase db, int step, String key) {
        return new StepRepository(db).load(step).items().stream()
                .filter(item -> key.equals(item.builtInKey())).anyMatch(ChecklistItem::checked);
    }

    @Test
    void choosingANetworkWithAWhyTicksStepTwoAndIsThereAfterARestart() throws Exception {
        app = new AppDriver(dataDir).start();
        openStep(2);
        AppDriver.waitUntil(() -> app.robot.lookup("#catalogue-mastodon").tryQuery().isPresent(), "the catalogue");
        TitledPane mastodon = app.find("#catalogue-mastodon");
        app.robot.interact(() -> mastodon.setExpanded(true));
        assertTrue(app.<javafx.scene.control.Label>find("#about-mastodon-shy").getText().contains("beginners"));

        fire("#choose-linkedin");
        AppDriver.waitUntil(() -> app.robot.lookup("#why-linkedin").tryQuery().isPresent(), "the why field");
        TextArea why = app.reveal("#why-linkedin");
        app.robot.clickOn(why).write("Meet people from my field");
        AppDriver.waitUntil(() -> app.robot.lookup("#choose-linkedin").tryQuery().isEmpty(),
                "LinkedIn is no longer offered to choose");

        TextField own = app.reveal("#ownNetworkName");
        app.robot.clickOn(own).write("Fediverse forum").push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot.lookup("#chosenNetworks .text-area").queryAll().size() == 2,
                "the own network with its why field");
        app.waitUntilSaved();
        app.quit();

        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            List<MyNetwork> mine = new MyNetworkRepository(db).list();
            assertEquals(List.of(Network.LINKEDIN, Network.OTHER), mine.stream().map(MyNetwork::network).toList());
            assertEquals("Meet people from my field", mine.get(0).why());
            assertEquals("Fediverse forum", mine.get(1).customName());
            assertTrue(checked(db, 2, "compare-networks"));
            assertTrue(checked(db, 2, "choose-network"), "chosen with a reason");
            assertFalse(checked(db, 3, "create-accounts"));
        }

        app = new AppDriver(dataDir).start();
        openStep(2);
        AppDriver.waitUntil(() -> app.robot.lookup("#why-linkedin").tryQuery().isPresent(), "LinkedIn again");
        assertEquals("Meet people from my field", app.<TextArea>find("#why-linkedin").getText());
        fire("#unchoose-linkedin");
        AppDriver.waitUntil(() -> app.robot.lookup("#choose-linkedin").tryQuery().isPresent(), "offered again");
        fire("#choose-linkedin");
        AppDriver.waitUntil(() -> app.robot.lookup("#why-linkedin").tryQuery().isPresent(), "chosen again");
        assertEquals("Meet people from my field", app.<TextArea>find("#why-linkedin").getText(), "the why was kept");
        app.waitUntilSaved();
        app.quit();
    }

    @Test
    void stepThreeTicksFromTheProfileAndPrivacyListsAndKeepsTheReviewDay() throws Exception {
        long xId;
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            xId = new MyNetworkRepository(db).save(MyNetwork.chosen(Network.X).withWhy("tech people")).id();
        }
        app = new AppDriver(dataDir).start();
        openStep(3);
        AppDriver.waitUntil(() -> app.robot.lookup("#profileCard-x").tryQuery().isPresent(), "X's card");
        assertTrue(app.robot.lookup("#check-x-experience").tryQuery().isEmpty(), "X has no experience section");

        TextField link = app.reveal("#profileLink-x");
        app.robot.clickOn(link).write("my handle");
        AppDriver.waitUntil(() -> app.robot.lookup("#profileCard-x .label").queryAllAs(javafx.scene.control.Label.class)
                .stream().anyMatch(label -> label.isVisible() && label.getText().startsWith("This does not look like")),
                "a word that it is no link yet");
        app.robot.interact(() -> link.setText("x.com/ada"));

        for (String item : List.of("account", "photo", "about")) {
            javafx.scene.control.CheckBox box = app.find("#check-x-" + item);
            app.robot.interact(() -> box.setSelected(true));
        }
        fire("#reviewed-x");
        AppDriver.waitUntil(() -> app.<javafx.scene.control.Label>find("#reviewedOn-x").getText()
                .startsWith("Privacy settings last reviewed on"), "the review day");
        app.waitUntilSaved();
        app.quit();

        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            MyNetwork x = new MyNetworkRepository(db).list().get(0);
            assertEquals(xId, x.id());
            assertEquals("x.com/ada", x.profileLink());
            assertEquals("https://x.com/ada", x.profile().orElseThrow().url());
            assertEquals(java.time.LocalDate.now(), x.reviewedOn());
            assertTrue(x.profileComplete());
            assertTrue(checked(db, 3, "create-accounts"));
            assertTrue(checked(db, 3, "fill-profile"));
            assertTrue(checked(db, 3, "review-privacy"));
        }
    }

    @Test
    void homeShowsMyNetworksAndAReminderThatCanBeSnoozedAndTheSessionEntryPresetsThem() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            MyNetworkRepository networks = new MyNetworkRepository(db);
            networks.save(MyNetwork.chosen(Network.XING).withReviewedOn(java.time.LocalDate.now().minusMonths(7)));
            networks.save(MyNetwork.chosen(Network.MASTODON).withReviewedOn(java.time.LocalDate.now()));
        }
        app = new AppDriver(dataDir).start();
        AppDriver.waitUntil(() -> app.robot.lookup("#homeReviewReminder").tryQuery().isPresent(), "the reminder");
        assertEquals("Your networks: Xing \u00b7 Mastodon",
                app.<javafx.scene.control.Label>find("#homeNetworksMine").getText());
        String reminder = app.<javafx.scene.control.Label>find("#homeReviewReminder").getText();
        assertTrue(reminder.contains("on Xing.") && !reminder.contains("Mastodon"), reminder);

        app.robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(() -> app.robot.lookup("#sessionEntry").tryQuery().isPresent(), "the session entry");
        assertTrue(app.<javafx.scene.control.ToggleButton>find("#network-xing").isSelected());
        assertTrue(app.<javafx.scene.control.ToggleButton>find("#network-mastodon").isSelected());
        assertFalse(app.<javafx.scene.control.ToggleButton>find("#network-linkedin").isSelected());
        javafx.scene.control.Label preset = app.find("#networksPreset");
        assertTrue(preset.isVisible());
        assertTrue(preset.getText().startsWith("Your networks"), preset.getText());
        app.robot.push(KeyCode.ESCAPE);
        AppDriver.waitUntil(() -> app.robot.lookup("#sessionEntry").tryQuery().isEmpty(), "the entry closed");

        fire("#homeReviewSnooze");
        AppDriver.waitUntil(() -> app.robot.lookup("#homeReviewReminder").tryQuery().isEmpty(), "snoozed");
        app.waitUntilSaved();
        app.quit();

        app = new AppDriver(dataDir).start();
        AppDriver.waitUntil(() -> app.robot.lookup("#homeNetworksMine").tryQuery().isPresent(), "my networks");
        assertTrue(app.robot.lookup("#homeReviewReminder").tryQuery().isEmpty(), "still snoozed after a restart");
        app.quit();
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            assertEquals(java.util.Optional.of(java.time.LocalDate.now().plusWeeks(1).toString()),
                    new org.netjournal.storage.SettingsRepository(db).get("privacyReviewReminder"),
                    "hidden for a week, as every nudge");
        }
    }
}
