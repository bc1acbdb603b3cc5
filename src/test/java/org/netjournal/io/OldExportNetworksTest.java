package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.Network;

/**
 * A full export written before networks could be chosen (step 2) has no "networks" section: its restore chooses
 * the networks the file names, as migration 007 does for a journal of that age; a newer export's own list (even an
 * empty one) is taken as it is.
 */
class OldExportNetworksTest {

    private static String fixture() throws IOException {
        try (InputStream in = OldExportNetworksTest.class.getResourceAsStream("export-before-networks.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theNetworksAnOldExportNamesBecomeChosenMostNamedFirst() throws Exception {
        JournalSnapshot restored = RestoredJson.readJournal(fixture()).orElseThrow();

        // LinkedIn: two sessions and a profile link; Xing: a session and a draft; Instagram (a goal) and Mastodon
        // (an interaction) once each, in the catalogue's order; "other" says nothing about which network it was
        assertEquals(List.of(Network.LINKEDIN, Network.XING, Network.INSTAGRAM, Network.MASTODON),
                restored.networks().stream().map(MyNetwork::network).toList());
        assertTrue(restored.networks().stream().allMatch(network -> network.chosen() && network.why().isEmpty()
                && network.profileLink().isEmpty() && network.checked().isEmpty()), restored.networks()::toString);
        assertEquals(2, restored.sessions().size(), "the rest of the file is restored as before");
    }

    @Test
    void aNewerExportKeepsItsOwnListEvenAnEmptyOne() throws Exception {
        String unchosen = fixture().replace("\"wins\": []", "\"wins\": [], \"networks\": []");
        assertEquals(List.of(), RestoredJson.readJournal(unchosen).orElseThrow().networks(),
                "the user chose none: nothing is chosen for them");

        String chosen = fixture().replace("\"wins\": []",
                "\"wins\": [], \"networks\": [{\"id\": 5, \"network\": \"bluesky\", \"chosen\": true}]");
        assertEquals(List.of(Network.BLUESKY), RestoredJson.readJournal(chosen).orElseThrow().networks().stream()
                .map(MyNetwork::network).toList());
    }
}
