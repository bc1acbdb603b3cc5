package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation and normalisation of a journal session. */
class SessionTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 29, 13, 35, 42, 123);

    @Test
    void onlyTheStartIsRequired() {
        Session session = Session.startingAt(START);
        assertEquals(LocalDateTime.of(2026, 11, 29, 13, 35), session.start(), "truncated to minutes");
        assertEquals(0, session.id());
        assertNull(session.durationMinutes());
        assertEquals(Set.of(), session.networks());
        assertEquals(Map.of(), session.counts().totals());
        assertEquals(0, session.count(ActionKind.POSTS));
        assertEquals("", session.howItFelt());
        assertEquals("", session.notes());
        assertNull(session.win());
        assertEquals(List.of(), session.touched());
        assertThrows(NullPointerException.class, () -> Session.startingAt(null));
    }

    @Test
    void countsMustNotBeNegativeAndZerosAreDropped() {
        Session session = Session.startingAt(START).withCount(ActionKind.LIKES, 3).withCount(ActionKind.POSTS, 0);
        assertEquals(Map.of(ActionKind.LIKES, 3), session.counts().totals());
        assertEquals(3, session.totalCount());
        assertThrows(IllegalArgumentException.class, () -> session.withCount(ActionKind.COMMENTS, -1));
        Map<ActionKind, Integer> withNull = new HashMap<>();
        withNull.put(ActionKind.MESSAGES, null);
        assertEquals(Map.of(), session.withCounts(withNull).counts().totals());
        assertThrows(UnsupportedOperationException.class, () -> session.counts().unassigned().put(ActionKind.POSTS, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 100})
    void energyOutside1To5IsRejected(int energy) {
        Session session = Session.startingAt(START);
        assertThrows(IllegalArgumentException.class, () -> session.withEnergy(energy, null));
        assertThrows(IllegalArgumentException.class, () -> session.withEnergy(null, energy));
    }

    @Test
    void energy1To5AndEmptyAreFine() {
        for (int energy = 1; energy <= 5; energy++) {
            Session session = Session.startingAt(START).withEnergy(energy, 6 - energy);
            assertEquals(energy, session.energyBefore());
        }
        assertNull(Session.startingAt(START).withEnergy(null, null).energyAfter());
    }

    @Test
    void negativeDurationAndImpossibleYearsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Session.startingAt(START).withDuration(-5));
        assertEquals(0, Session.startingAt(START).withDuration(0).durationMinutes());
        assertThrows(IllegalArgumentException.class, () -> Session.startingAt(LocalDateTime.of(10000, 1, 1, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> Session.startingAt(LocalDateTime.of(0, 1, 1, 0, 0)));
    }

    @Test
    void networksAreKeptInEnumOrderAndTouchedContactsOnce() {
        Set<Network> given = new LinkedHashSet<>(List.of(Network.XING, Network.LINKEDIN));
        Session session = Session.startingAt(START).withNetworks(given).withTouched(List.of(
                new TouchedContact(7, InteractionKind.LIKED), TouchedContact.of(3),
                new TouchedContact(7, InteractionKind.MET)));
        assertEquals(List.of(Network.LINKEDIN, Network.XING), List.copyOf(session.networks()));
        assertEquals(EnumSet.of(Network.LINKEDIN, Network.XING), session.networks());
        assertEquals(List.of(7L, 3L), session.contactIds());
        assertEquals(InteractionKind.LIKED, session.touched().get(0).kind(), "the first mention wins");
        assertEquals(TouchedContact.DEFAULT_KIND, session.touched().get(1).kind());
        assertNull(session.interactionNetwork(), "two networks: the interaction has none");
        assertEquals(Network.XING, session.withNetworks(Set.of(Network.XING)).interactionNetwork());
        assertThrows(IllegalArgumentException.class, () -> TouchedContact.of(0));
        assertEquals(List.of(new TouchedContact(1, InteractionKind.MET), new TouchedContact(2, InteractionKind.MET)),
                TouchedContact.all(List.of(1L, 2L), InteractionKind.MET));
    }

    @Test
    void aBlankWinIsNoWinAndTextsAreNeverNull() {
        Session session = Session.startingAt(START).withTexts(null, null, "  \n ");
        assertNull(session.win());
        assertEquals("", session.howItFelt());
        assertEquals("", session.notes());
        assertEquals("Got a reply 🎉", Session.startingAt(START).withTexts("", "", "  Got a reply 🎉\n").win());
    }

    @Test
    void equalSessionsAreEqualWhateverTheInputCollections() {
        Map<ActionKind, Integer> counts = new HashMap<>(Map.of(ActionKind.POSTS, 1, ActionKind.LIKES, 0));
        Session a = Session.startingAt(START).withCounts(counts).withNetworks(new LinkedHashSet<>(
                List.of(Network.X, Network.LINKEDIN)));
        Session b = Session.startingAt(START).withCount(ActionKind.POSTS, 1)
                .withNetworks(EnumSet.of(Network.LINKEDIN, Network.X));
        assertEquals(a, b);
        assertTrue(a.withId(4).id() == 4);
    }
}
