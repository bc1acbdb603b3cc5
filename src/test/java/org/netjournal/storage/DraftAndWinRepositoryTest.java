package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Draft;
import org.netjournal.domain.Network;
import org.netjournal.domain.Session;
import org.netjournal.domain.Win;

/** Drafts and wins in a real journal file. */
class DraftAndWinRepositoryTest {

    @TempDir
    Path temp;

    private JournalDatabase db;
    private DraftRepository drafts;
    private WinRepository wins;

    @BeforeEach
    void open() throws Exception {
        db = JournalDatabase.open(new DataFolder(temp.resolve("data")));
        drafts = new DraftRepository(db);
        wins = new WinRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    // ---------------------------------------------------------------------------------------------------
    // drafts

    @Test
    void draftsRoundTripInTheirOrderWithUnicode() {
        Draft request = drafts.save(Draft.of(Network.LINKEDIN, "Anfrage „kurz“",
                "Hallo {firstName} 👋,\nwir haben uns bei {company} getroffen. '; DROP TABLE draft; --"));
        Draft comment = drafts.save(Draft.of(null, "", ""));

        assertTrue(request.id() > 0 && comment.id() > request.id());
        assertEquals(List.of(request, comment), drafts.list());
        assertEquals(Optional.of(request), drafts.find(request.id()));
        assertEquals("Hallo Zoë 👋,\nwir haben uns bei Ærø getroffen. '; DROP TABLE draft; --",
                drafts.find(request.id()).orElseThrow().fill(new Contact(0, "Zoë", "", "Ærø", "", List.of(), "",
                        "", List.of(), null, null, "", null, null, null)));
    }

    @Test
    void saveUpdatesInPlaceAndForNetworkIncludesAnyNetworkDrafts() {
        Draft linkedIn = drafts.save(Draft.of(Network.LINKEDIN, "a", "1"));
        Draft any = drafts.save(Draft.of(null, "b", "2"));
        Draft xing = drafts.save(Draft.of(Network.XING, "c", "3"));
        Draft renamed = drafts.save(new Draft(linkedIn.id(), Network.LINKEDIN, "a2", "1b"));

        assertEquals(List.of(renamed, any, xing), drafts.list(), "an update keeps the position");
        assertEquals(List.of(any, xing), drafts.forNetwork(Network.XING));
        assertEquals(List.of(renamed, any), drafts.forNetwork(Network.LINKEDIN));
    }

    @Test
    void moveReordersAndClampsTheIndex() {
        Draft a = drafts.save(Draft.of(null, "a", ""));
        Draft b = drafts.save(Draft.of(null, "b", ""));
        Draft c = drafts.save(Draft.of(null, "c", ""));

        drafts.move(c.id(), 0);
        assertEquals(List.of(c, a, b), drafts.list());
        drafts.move(c.id(), 99);
        assertEquals(List.of(a, b, c), drafts.list());
        drafts.move(a.id(), 1);
        assertEquals(List.of(b, a, c), drafts.list());
        assertThrows(NoSuchElementException.class, () -> drafts.move(12345, 0));
    }

    @Test
    void deleteReturnsTheDraftAndSavingItAgainRestoresItsId() {
        Draft a = drafts.save(Draft.of(null, "a", "x"));
        Draft b = drafts.save(Draft.of(null, "b", "y"));

        Draft deleted = drafts.delete(b.id()).orElseThrow();
        assertEquals(List.of(a), drafts.list());
        Draft c = drafts.save(Draft.of(null, "c", "z"));
        assertTrue(c.id() > b.id(), "ids are not reused");
        assertEquals(b, drafts.save(deleted));
        assertEquals(List.of(a, c, b), drafts.list(), "a restored draft goes to the end");
        assertEquals(Optional.empty(), drafts.delete(4711));
    }

    // ---------------------------------------------------------------------------------------------------
    // wins

    @Test
    void winsAreListedNewestFirstAndRoundTripUnicode() {
        Win older = wins.add(LocalDate.of(2026, 1, 5), "Erste Nachricht verschickt ✉️ — „mutig“");
        Win newer = wins.add(LocalDate.of(2026, 3, 1), "Zoë hat zurückgeschrieben 🎉");
        Win sameDay = wins.add(LocalDate.of(2026, 3, 1), "noch einer");

        assertEquals(List.of(sameDay, newer, older), wins.list());
        assertEquals(Optional.of(older), wins.find(older.id()));
    }

    @Test
    void deleteAndUndoAndUpdate() {
        Win win = wins.add(LocalDate.of(2026, 1, 5), "first");
        Win deleted = wins.delete(win.id()).orElseThrow();
        assertEquals(List.of(), wins.list());
        assertEquals(win, wins.save(deleted));
        Win edited = wins.save(new Win(win.id(), LocalDate.of(2026, 1, 6), "first, edited", null));
        assertEquals(List.of(edited), wins.list());
    }

    @Test
    void aRandomPastWinComesFromBeforeTodayAndEveryPastWinCanComeUp() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertEquals(Optional.empty(), wins.randomPastWin(today, new Random(1)));
        Win todays = wins.add(today, "today");
        assertEquals(Optional.empty(), wins.randomPastWin(today, new Random(1)), "today's win is not a past win");
        Win a = wins.add(LocalDate.of(2026, 11, 1), "a");
        Win b = wins.add(LocalDate.of(2025, 2, 1), "b");
        Random random = new Random(42);
        Set<Win> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            seen.add(wins.randomPastWin(today, random).orElseThrow());
        }
        assertEquals(Set.of(a, b), seen);
        assertTrue(!seen.contains(todays));
    }

    @Test
    void aWinCanBelongToOneSessionOnly() {
        SessionRepository sessions = new SessionRepository(db);
        Session session = sessions.save(Session.startingAt(LocalDateTime.of(2026, 11, 2, 9, 0)));
        Win linked = wins.save(new Win(0, session.date(), "linked by hand", session.id()));

        assertEquals("linked by hand", sessions.find(session.id()).orElseThrow().win());
        assertThrows(IllegalArgumentException.class,
                () -> wins.save(new Win(0, session.date(), "second", session.id())));
        assertThrows(NoSuchElementException.class, () -> wins.save(new Win(0, session.date(), "x", 999L)));
        assertEquals(linked, wins.save(linked), "saving the same win again is fine");
        assertEquals(List.of(linked), wins.list());
    }
}
