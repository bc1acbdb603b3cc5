package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which navigator row a destination marks: the "Due" view and each step are areas of their own (that an item opened
 * by search stays in its area is in SearchTargetsTest).
 */
class DestinationTest {

    @Test
    void theDueViewAndEachStepAreAreasOfTheirOwn() {
        assertFalse(new Destination.Contacts(false).sameAreaAs(new Destination.Contacts(true, 12)));
        assertTrue(new Destination.Contacts(true).sameAreaAs(new Destination.Contacts(true, 12)));
        assertFalse(new Destination.Step(2).sameAreaAs(new Destination.Step(3)));
        assertTrue(new Destination.Step(2).sameAreaAs(new Destination.Step(2)));
        assertFalse(new Destination.Home().sameAreaAs(new Destination.Goals()));
        assertFalse(new Destination.Journal().sameAreaAs(new Destination.Drafts()));
    }
}
