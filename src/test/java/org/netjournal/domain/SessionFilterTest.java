package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Filter-as-you-type over journal sessions. */
class SessionFilterTest {

    private final Session session = Session.startingAt(LocalDateTime.parse("2026-11-29T23:59"))
            .withNetworks(Set.of(Network.LINKEDIN))
            .withTexts("Nervös 😅", "Kommentar bei „Café“", "Antwort von Zoë")
            .withTouched(List.of(TouchedContact.of(7)));
    private final Map<Long, String> names = Map.of(7L, "Jürgen Groß");

    private boolean matches(String text) {
        return SessionFilter.of(text, id -> names.get(id)).test(session);
    }

    @Test
    void blankMatchesEverything() {
        assertTrue(matches(null));
        assertTrue(matches("  "));
        assertTrue(SessionFilter.of("", null).isEmpty());
    }

    @Test
    void everyWordMustOccurSomewhereIgnoringCaseAndDiacritics() {
        assertTrue(matches("nervos"));
        assertTrue(matches("CAFE zoe"));
        assertTrue(matches("jurgen linkedin"));
        assertTrue(matches("2026-11-29"));
        assertTrue(matches("23:59"));
        assertFalse(matches("xing"));
        assertFalse(matches("cafe xing"));
        assertFalse(SessionFilter.of("jurgen", null).test(session), "no names known");
    }
}
