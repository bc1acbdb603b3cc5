package org.netjournal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemLookTest {

    @Test
    void aJournalThatFollowsTheSystemAndHasNotSeenItMustAskBeforeTheFirstFrame() {
        assertEquals(Optional.empty(), SystemLook.knownPreference(Map.of()));
        assertEquals(Optional.empty(), SystemLook.knownPreference(Map.of("theme", "system")));
        assertEquals(Optional.empty(), SystemLook.knownPreference(Map.of("theme", "system", "system.look", "??")));
    }

    @Test
    void theLastSeenLookIsUsedAndAThemeOfItsOwnNeedsNoAnswer() {
        assertEquals(Optional.of(true), SystemLook.knownPreference(Map.of("system.look", "dark")));
        assertEquals(Optional.of(false), SystemLook.knownPreference(Map.of("theme", "system", "system.look", "light")));
        assertEquals(Optional.of(false), SystemLook.knownPreference(Map.of("theme", "dark")));
        assertEquals(Optional.of(false), SystemLook.knownPreference(Map.of("theme", "light")));
    }

    @Test
    void theAnswerIsRememberedAndWrittenOnlyWhenItChanged() {
        assertEquals(Map.of("system.look", "dark"), SystemLook.remembered(true));
        assertTrue(SystemLook.remembers(Map.of("system.look", "light"), false));
        assertFalse(SystemLook.remembers(Map.of("system.look", "light"), true));
        assertFalse(SystemLook.remembers(Map.of(), false));
    }
}
