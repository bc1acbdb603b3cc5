package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.MyNetworkRepository;

/**
 * The contacts area follows "my networks" (step 2) like the session entry: the network filter and an interaction's
 * network list them first, marked, the others still there; a single chosen network is preset for a new contact's
 * interaction, and a new contact's form names the user's networks under its profile links.
 */
class ContactNetworksWindowTest extends WindowTest {

    private void start(Network... chosen) throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            MyNetworkRepository networks = new MyNetworkRepository(db);
            Arrays.stream(chosen).forEach(network -> networks.save(MyNetwork.chosen(network)));
            ContactRepository contacts = new ContactRepository(db);
            contacts.save(Contact.named("Ada", "Quiet").withProfiles(List.of(
                    new ProfileLink(Network.LINKEDIN, "https://www.linkedin.com/in/ada"))));
            contacts.save(Contact.named("Bo", "Berg").withProfiles(List.of(
                    new ProfileLink(Network.MASTODON, "https://mastodon.social/@bo"))));
        }
        app = new AppDriver(dataDir).start();
        app.robot.clickOn("#areaList > #area-contacts");
        AppDriver.waitUntil(() -> table().getItems().size() == 2, "the two contacts");
    }

    @SuppressWarnings("unchecked")
    private TableView<ContactSummary> table() {
        return app.robot.lookup("#contactsTable").queryAs(TableView.class);
    }

    private List<String> names() {
        return table().getItems().stream().map(ContactSummary::firstName).toList();
    }

    @Test
    void aSingleChosenNetworkComesFirstInTheFilterAndIsPresetForANewContact() throws Exception {
        start(Network.MASTODON);
        ComboBox<Network> filter = app.find("#networkFilter");
        AppDriver.waitUntil(() -> filter.getItems().size() > 1 && filter.getItems().get(1) == Network.MASTODON,
                "my network first in the filter");
        assertEquals(Network.values().length + 1, filter.getItems().size(), "the others are still there");
        assertEquals("Mastodon \u00b7 your network", filter.getConverter().toString(Network.MASTODON));
        assertEquals("LinkedIn", filter.getConverter().toString(Network.LINKEDIN));
        assertNull(filter.getValue(), "the list is not filtered by itself");

        app.robot.interact(() -> filter.setValue(Network.MASTODON));
        AppDriver.waitUntil(() -> names().equals(List.of("Bo")), "only the contact on Mastodon");
        app.robot.interact(() -> filter.setValue(Network.LINKEDIN));
        AppDriver.waitUntil(() -> names().equals(List.of("Ada")), "only the contact on LinkedIn");
        app.robot.interact(() -> filter.setValue(null));
        AppDriver.waitUntil(() -> names().size() == 2, "every contact again");

        app.robot.clickOn("#newContact");
        ComboBox<Network> network = app.find("#interactionNetwork");
        assertEquals(Network.MASTODON, network.getValue(), "the one chosen network, preset");
        assertEquals(Network.MASTODON, network.getItems().get(1));
        Label named = app.find("#profilesRecognised");
        assertEquals("Your networks (step 2): Mastodon. Paste the profile links you know, one per line.",
                named.getText());
        app.robot.clickOn("#firstName").write("Cleo");
        app.waitUntilSaved();
        app.robot.clickOn(app.<javafx.scene.Node>reveal("#logInteraction"));
        app.waitUntilSaved();
        app.quit();
        app = null;

        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            ContactRepository contacts = new ContactRepository(db);
            Contact cleo = contacts.findAll().stream().filter(contact -> contact.firstName().equals("Cleo"))
                    .findFirst().orElseThrow();
            assertEquals(List.of(Network.MASTODON), contacts.interactionsOf(cleo.id()).stream()
                    .map(Interaction::network).toList(), "logged on the network that was preset");
        }
    }

    @Test
    void severalChosenNetworksAreOfferedFirstAndNoneIsPreset() throws Exception {
        start(Network.XING, Network.INSTAGRAM);
        app.robot.clickOn("#newContact");
        ComboBox<Network> network = app.find("#interactionNetwork");
        AppDriver.waitUntil(() -> network.getItems().size() > 2 && network.getItems().get(1) == Network.XING,
                "my networks first");
        assertEquals(Network.INSTAGRAM, network.getItems().get(2), "in the user's order");
        assertNull(network.getValue(), "several networks: the user picks one");
        assertEquals("Instagram \u00b7 your network", network.getConverter().toString(Network.INSTAGRAM));
        assertTrue(app.<Label>find("#profilesRecognised").getText().contains("Xing, Instagram"));
        ComboBox<Network> filter = app.find("#networkFilter");
        assertEquals(List.of(Network.XING, Network.INSTAGRAM), filter.getItems().subList(1, 3));
    }
}
