package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StrategyTest {

    @Test
    void aGoalIsWrittenOnceItHasWordsADateAloneIsNone() {
        assertFalse(StrategyGoal.NONE.isWritten());
        assertFalse(new StrategyGoal("  \n", LocalDate.of(2027, 1, 1)).isWritten());
        assertTrue(new StrategyGoal("A new job", null).isWritten());
        assertEquals("", new StrategyGoal(null, null).text());
    }

    @Test
    void anInterestingAccountAcceptsWhatPeopleTypeAndRefusesOnlyNothing() {
        assertEquals("https://x.com/anna", InterestingAccount.of("Anna", Network.X, " x.com/anna ", "").link());
        assertEquals("@anna@mastodon.social",
                InterestingAccount.of("", null, "@anna@mastodon.social", null).label(), "a handle is kept as typed");
        assertEquals("Quiet Leaders", InterestingAccount.of(" Quiet Leaders ", null, "", "").label());
        assertThrows(IllegalArgumentException.class, () -> InterestingAccount.of(" ", null, " ", "why"));
    }

    @Test
    void codesAreStableAndReadBack() {
        for (FocusGroup group : FocusGroup.values()) {
            assertEquals(group, FocusGroup.fromCode(group.code()).orElseThrow());
        }
        for (StarterText starter : StarterText.values()) {
            assertEquals(starter, StarterText.fromCode(starter.code()).orElseThrow());
        }
        assertTrue(FocusGroup.fromCode("neighbours").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new TargetMark(0, FocusGroup.FRIENDS),
                "only a saved contact can be on the list");
    }
}
