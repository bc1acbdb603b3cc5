package org.netjournal.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.SearchHit;
import org.netjournal.domain.SearchKind;
import org.netjournal.ui.Destination;

/** Each kind of hit opens its item's editor, and the navigator marks that editor's area. */
class SearchTargetsTest {

    private static SearchHit hit(SearchKind kind, long id, Long contactId) {
        return new SearchHit(kind, id, List.of(), List.of(), contactId, LocalDateTime.of(2026, 3, 1, 0, 0));
    }

    @Test
    void everyKindOpensItsEditorWithTheItem() {
        assertEquals(new Destination.Step(4), SearchTargets.destinationOf(hit(SearchKind.STEP, 4, null)));
        assertEquals(new Destination.Contacts(false, 12), SearchTargets.destinationOf(hit(SearchKind.CONTACT, 12, null)));
        assertEquals(new Destination.Contacts(false, 12), SearchTargets.destinationOf(hit(SearchKind.INTERACTION, 99, 12L)),
                "an interaction opens its contact");
        assertEquals(new Destination.Journal(7), SearchTargets.destinationOf(hit(SearchKind.SESSION, 7, null)));
        assertEquals(new Destination.Drafts(3), SearchTargets.destinationOf(hit(SearchKind.DRAFT, 3, null)));
        assertEquals(new Destination.Step(7), SearchTargets.destinationOf(hit(SearchKind.WIN, 5, null)), "wins: step 7");
    }

    @Test
    void theAreaOfADestinationWithAnItemIsTheNavigatorEntry() {
        assertTrue(new Destination.Contacts(false).sameAreaAs(new Destination.Contacts(false, 12)));
        assertTrue(new Destination.Contacts(true).sameAreaAs(new Destination.Contacts(true, 12)));
        assertTrue(new Destination.Journal().sameAreaAs(new Destination.Journal(7)));
        assertTrue(new Destination.Drafts().sameAreaAs(new Destination.Drafts(3)));
        assertTrue(new Destination.Home().sameAreaAs(new Destination.Home()));
    }
}
