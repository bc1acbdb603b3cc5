package org.netjournal.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Network;
import org.netjournal.domain.SessionCounts;
import org.netjournal.i18n.JournalTexts;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The session entry's counts on several networks: the first field and the column labels belong to the top row. */
class CountsGridTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theFirstFieldIsTheTopRowsPostsForEveryChoiceOfNetworks() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Messages messages = new Messages(Language.ENGLISH);
            CountsGrid counts = new CountsGrid(messages, new JournalTexts(messages));
            GridPane grid = (GridPane) counts.root();
            // every pair and triple of six networks: before, the order came from Set.copyOf, which differs from
            // start to start, so a few of these put the focus on a lower row or tied a label to it
            for (Set<Network> chosen : choices(List.of(Network.LINKEDIN, Network.XING, Network.FACEBOOK,
                    Network.INSTAGRAM, Network.MASTODON, Network.BLUESKY))) {
                counts.setCounts(SessionCounts.NONE, chosen);
                assertEquals(1, GridPane.getRowIndex(counts.first()), "the first field for " + chosen);
                Label postsLabel = (Label) grid.getChildren().stream()
                        .filter(node -> GridPane.getRowIndex(node) == 0 && node instanceof Label).findFirst()
                        .orElseThrow();
                assertSame(counts.first(), postsLabel.getLabelFor(), "what the Posts label names for " + chosen);
            }
        }).get(20, TimeUnit.SECONDS);
    }

    private static List<Set<Network>> choices(List<Network> networks) {
        List<Set<Network>> choices = new ArrayList<>();
        for (int a = 0; a < networks.size(); a++) {
            for (int b = a + 1; b < networks.size(); b++) {
                choices.add(Set.of(networks.get(a), networks.get(b)));
                for (int c = b + 1; c < networks.size(); c++) {
                    choices.add(EnumSet.of(networks.get(a), networks.get(b), networks.get(c)));
                }
            }
        }
        return choices;
    }
}
