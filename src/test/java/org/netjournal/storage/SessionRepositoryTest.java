package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.GoalTracker;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.Session;
import org.netjournal.domain.SessionCounts;
import org.netjournal.domain.TouchedContact;
import org.netjournal.domain.Week;
import org.netjournal.domain.Win;

/** Sessions in a real journal file: round trips, weeks, interactions and stages, edit, delete and undo. */
class SessionRepositoryTest {

    @TempDir
    Path temp;

    private JournalDatabase db;
    private SessionRepository sessions;
    private ContactRepository contacts;
    private WinRepository wins;
    private Contact ada;
    private Contact bob;

    @BeforeEach
    void open() throws Exception {
        db = JournalDatabase.open(new DataFolder(temp.resolve("data")));
        sessions = new SessionRepository(db);
        contacts = new ContactRepository(db);
        wins = new WinRepository(db);
        ada = contacts.save(Contact.named("Ada", "Lovelace"));
        bob = contacts.save(Contact.named("Bob", "Builder").withStage(ComfortStage.CONNECT));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    /** Every field set, unicode and SQL-looking text included. */
    private Session fullSession() {
        return new Session(0, at("2026-11-29T23:59"), 25, Set.of(Network.XING, Network.LINKEDIN),
                SessionCounts.unassigned(Map.of(ActionKind.POSTS, 1, ActionKind.COMMENTS, 3, ActionKind.LIKES, 12,
                        ActionKind.NEW_CONNECTIONS, 2, ActionKind.MESSAGES, 1)), 2, 4,
                "Nervös, dann erleichtert 😅 — „gut“", "Line one\nLine two\r\n\t'; DROP TABLE session; --",
                "Zoë 👋 hat geantwortet!", List.of(new TouchedContact(ada.id(), InteractionKind.LIKED),
                new TouchedContact(bob.id(), InteractionKind.MESSAGED)));
    }

    private ComfortStage stageOf(Contact contact) {
        return contacts.find(contact.id()).orElseThrow().stage();
    }

    private void exec(String sql) throws SQLException {
        db.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return statement.executeUpdate();
            }
        });
    }

    private int count(String sql) throws SQLException {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql);
                 ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------
    // save and read

    @Test
    void saveAndFindRoundTripEveryField() {
        Session saved = sessions.save(fullSession());

        assertTrue(saved.id() > 0);
        assertEquals(fullSession().withId(saved.id()), saved);
        assertEquals(Optional.of(saved), sessions.find(saved.id()));
        assertEquals(List.of(saved), sessions.all());
        assertEquals(Optional.empty(), sessions.find(saved.id() + 1));
    }

    @Test
    void aMinimalSessionRoundTrips() {
        Session saved = sessions.save(Session.startingAt(at("2026-01-01T00:00")));
        Session found = sessions.find(saved.id()).orElseThrow();
        assertEquals(saved, found);
        assertNull(found.durationMinutes());
        assertNull(found.energyBefore());
        assertNull(found.win());
        assertEquals(Set.of(), found.networks());
        assertEquals(List.of(), found.touched());
    }

    @Test
    void startIsStoredAsLocalWallTimeWithMinutes() throws Exception {
        Session saved = sessions.save(Session.startingAt(at("2026-03-29T02:30"))); // a Berlin DST gap time
        String stored = db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT start FROM session WHERE id = ?")) {
                select.setLong(1, saved.id());
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
        assertEquals("2026-03-29T02:30", stored);
        assertEquals(at("2026-03-29T02:30"), sessions.find(saved.id()).orElseThrow().start());
        assertEquals(List.of(saved), sessions.inWeek(Week.of(LocalDate.of(2026, 3, 23), DayOfWeek.MONDAY)));
    }

    @Test
    void allIsNewestFirstAndLastSessionIsTheLatestStart() {
        Session older = sessions.save(Session.startingAt(at("2026-11-01T10:00")));
        Session newest = sessions.save(Session.startingAt(at("2026-11-20T10:00")).withNetworks(Set.of(Network.X)));
        Session middle = sessions.save(Session.startingAt(at("2026-11-10T10:00")));
        Session sameTimeLaterId = sessions.save(Session.startingAt(at("2026-11-10T10:00")));

        assertEquals(List.of(newest, sameTimeLaterId, middle, older), sessions.all());
        assertEquals(Optional.of(newest), sessions.lastSession());
        assertEquals(Set.of(Network.X), sessions.lastSession().orElseThrow().networks());
    }

    @Test
    void noSessionsNoLastSession() {
        assertEquals(Optional.empty(), sessions.lastSession());
        assertEquals(List.of(), sessions.all());
    }

    @Test
    void inWeekSeparatesSundayNightFromMondayMidnight() {
        Session sunday = sessions.save(Session.startingAt(at("2026-11-29T23:59")));
        Session monday = sessions.save(Session.startingAt(at("2026-11-30T00:00")));
        Session mondayBefore = sessions.save(Session.startingAt(at("2026-11-23T00:00")));

        Week w48 = Week.of(LocalDate.of(2026, 11, 29), DayOfWeek.MONDAY);
        assertEquals(List.of(sunday, mondayBefore), sessions.inWeek(w48));
        assertEquals(List.of(monday), sessions.inWeek(w48.next()));
        Week sundayStart = Week.of(LocalDate.of(2026, 11, 29), DayOfWeek.SUNDAY);
        assertEquals(List.of(monday, sunday), sessions.inWeek(sundayStart));
    }

    @Test
    void inWeekAcrossTheYearBoundaryInIsoWeek53() {
        Session newYear = sessions.save(Session.startingAt(at("2027-01-01T09:00")));
        Session monday = sessions.save(Session.startingAt(at("2026-12-28T00:00")));
        Session nextYearW1 = sessions.save(Session.startingAt(at("2027-01-04T00:00")));
        Week w53 = Week.of(LocalDate.of(2026, 12, 31), DayOfWeek.MONDAY);
        assertEquals("2026-W53", w53.label());
        assertEquals(List.of(newYear, monday), sessions.inWeek(w53));
        assertEquals(List.of(nextYearW1), sessions.inWeek(w53.next()));
    }

    // ---------------------------------------------------------------------------------------------------
    // interactions and stages

    @Test
    void touchedContactsBecomeInteractionsOfTheSessionAndRaiseTheStage() {
        Session saved = sessions.save(fullSession());

        List<Interaction> adas = contacts.interactionsOf(ada.id());
        assertEquals(List.of(new Interaction(adas.get(0).id(), ada.id(), LocalDate.of(2026, 11, 29),
                InteractionKind.LIKED, null, "", saved.id())), adas, "two networks: no network on the interaction");
        assertEquals(ComfortStage.LIKE, stageOf(ada), "raised from observe");
        assertEquals(ComfortStage.MESSAGE, stageOf(bob), "raised from connect");
        assertEquals(List.of(saved), sessions.withContact(ada.id()));
    }

    @Test
    void aStageIsNeverLowered() {
        Contact met = contacts.save(Contact.named("Met", "Before").withStage(ComfortStage.MEET));
        sessions.save(Session.startingAt(at("2026-11-02T10:00")).withTouched(List.of(TouchedContact.of(met.id()))));
        assertEquals(ComfortStage.MEET, stageOf(met));
    }

    @Test
    void theOnlyNetworkOfASessionIsTheInteractionsNetwork() {
        Session saved = sessions.save(Session.startingAt(at("2026-11-02T10:00")).withNetworks(Set.of(Network.XING))
                .withTouched(List.of(TouchedContact.of(ada.id()))));
        Interaction logged = contacts.interactionsOf(ada.id()).get(0);
        assertEquals(Network.XING, logged.network());
        assertEquals(saved.id(), logged.sessionId());
        assertEquals(TouchedContact.DEFAULT_KIND, logged.kind());
    }

    @Test
    void aMissingContactWritesNothing() throws Exception {
        Session withGhost = fullSession().withTouched(List.of(TouchedContact.of(ada.id()), TouchedContact.of(9999)));

        assertThrows(NoSuchElementException.class, () -> sessions.save(withGhost));

        assertEquals(List.of(), sessions.all());
        assertEquals(List.of(), contacts.interactionsOf(ada.id()));
        assertEquals(ComfortStage.OBSERVE, stageOf(ada));
        assertEquals(0, count("SELECT COUNT(*) FROM win"));
        assertEquals(0, count("SELECT COUNT(*) FROM session_count"));
    }

    @Test
    void theDatabaseRejectsWhatTheDomainWouldNot() {
        assertThrows(SQLException.class, () -> exec(
                "INSERT INTO session (start, energy_before) VALUES ('2026-01-01T10:00', 6)"));
        assertThrows(SQLException.class, () -> exec(
                "INSERT INTO session (start) VALUES ('2026-01-01 10:00')"));
        Session saved = sessions.save(Session.startingAt(at("2026-01-01T10:00")));
        assertThrows(SQLException.class, () -> exec(
                "INSERT INTO session_count (session_id, action, count) VALUES (" + saved.id() + ", 'posts', -1)"));
    }

    // ---------------------------------------------------------------------------------------------------
    // edit

    @Test
    void editingReplacesNetworksCountsContactsAndTheirInteractions() throws Exception {
        Session saved = sessions.save(fullSession());
        Contact cleo = contacts.save(Contact.named("Cleo", ""));

        Session edited = saved.withNetworks(Set.of(Network.INSTAGRAM)).withCounts(Map.of(ActionKind.LIKES, 1))
                .withTouched(List.of(new TouchedContact(cleo.id(), InteractionKind.COMMENTED)))
                .withTexts("better", "", "Another win").withEnergy(null, 5).withDuration(null);
        Session stored = sessions.save(edited);

        assertEquals(edited, stored);
        assertEquals(Optional.of(edited), sessions.find(saved.id()));
        assertEquals(1, sessions.all().size());
        assertEquals(List.of(), contacts.interactionsOf(ada.id()), "the old interactions are gone");
        assertEquals(List.of(), contacts.interactionsOf(bob.id()));
        assertEquals(ComfortStage.LIKE, stageOf(ada), "a raised stage stays raised");
        Interaction cleos = contacts.interactionsOf(cleo.id()).get(0);
        assertEquals(Network.INSTAGRAM, cleos.network());
        assertEquals(saved.id(), cleos.sessionId());
        assertEquals(ComfortStage.COMMENT, stageOf(cleo));
        assertEquals(1, count("SELECT COUNT(*) FROM session_count"));
        assertEquals(1, count("SELECT COUNT(*) FROM session_network"));
        assertEquals(1, count("SELECT COUNT(*) FROM win"), "the session's win was updated, not added");
        assertEquals("Another win", wins.list().get(0).text());
    }

    @Test
    void updateReplacesButNeverRestores() {
        Session saved = sessions.save(fullSession());
        Session edited = sessions.update(saved.withTexts("updated", "", null));
        assertEquals(Optional.of(edited), sessions.find(saved.id()));
        sessions.delete(saved.id());
        assertThrows(NoSuchElementException.class, () -> sessions.update(edited));
        assertEquals(List.of(), sessions.all());
        assertThrows(IllegalArgumentException.class, () -> sessions.update(fullSession()));
    }

    @Test
    void editingTheSameSessionTwiceKeepsOneInteractionPerContact() {
        Session saved = sessions.save(fullSession());
        sessions.save(saved);
        sessions.save(saved);
        assertEquals(1, contacts.interactionsOf(ada.id()).size());
        assertEquals(1, contacts.interactionsOf(bob.id()).size());
    }

    @Test
    void aSessionEditedIntoAnotherWeekMovesItsCountsAndItsWinAndInteractionDates() {
        Session saved = sessions.save(fullSession()); // Sunday 2026-11-29 23:59, week 48
        Week w48 = Week.of(saved.start(), DayOfWeek.MONDAY);
        var goals = List.of(new GoalRepository(db).setTarget(null, ActionKind.COMMENTS, 3,
                LocalDate.of(2026, 11, 1)));
        GoalTracker before = new GoalTracker(goals, sessions.all(), DayOfWeek.MONDAY);
        assertEquals(3, before.progress(w48).doneTotal());
        assertTrue(before.progress(w48).met());

        sessions.save(saved.withStart(at("2026-11-30T00:00")));

        GoalTracker after = new GoalTracker(goals, sessions.all(), DayOfWeek.MONDAY);
        assertEquals(0, after.progress(w48).doneTotal());
        assertEquals(3, after.progress(w48.next()).doneTotal());
        assertEquals(List.of(), sessions.inWeek(w48));
        assertEquals(1, sessions.inWeek(w48.next()).size());
        assertEquals(LocalDate.of(2026, 11, 30), wins.list().get(0).date());
        assertEquals(LocalDate.of(2026, 11, 30), contacts.interactionsOf(ada.id()).get(0).date());
    }

    @Test
    void clearingTheWinRemovesItsRow() throws Exception {
        Session saved = sessions.save(fullSession());
        assertEquals(1, count("SELECT COUNT(*) FROM win"));
        Session noWin = sessions.save(saved.withTexts(saved.howItFelt(), saved.notes(), " "));
        assertNull(noWin.win());
        assertNull(sessions.find(saved.id()).orElseThrow().win());
        assertEquals(0, count("SELECT COUNT(*) FROM win"));
    }

    @Test
    void theSessionsWinIsAWinWithItsSessionId() {
        Session saved = sessions.save(fullSession());
        Win win = wins.list().get(0);
        assertEquals(saved.id(), win.sessionId());
        assertEquals(saved.date(), win.date());
        assertEquals(saved.win(), win.text());
        // deleting the win through the wins list is seen by the session
        wins.delete(win.id());
        assertNull(sessions.find(saved.id()).orElseThrow().win());
    }

    // ---------------------------------------------------------------------------------------------------
    // delete and undo

    @Test
    void deleteRemovesTheSessionItsPartsItsInteractionsAndItsWin() throws Exception {
        Session saved = sessions.save(fullSession());
        Interaction own = contacts.addInteraction(ContactRepositoryTest.interaction(ada.id(), "2026-11-01",
                InteractionKind.VIEWED_PROFILE));

        Optional<Session> deleted = sessions.delete(saved.id());

        assertEquals(Optional.of(saved), deleted, "returned whole, for undo");
        assertEquals(List.of(), sessions.all());
        assertEquals(List.of(own), contacts.interactionsOf(ada.id()), "interactions not from the session stay");
        assertEquals(List.of(), contacts.interactionsOf(bob.id()));
        assertEquals(ComfortStage.MESSAGE, stageOf(bob), "stages stay");
        for (String table : List.of("session_network", "session_count", "session_contact", "win")) {
            assertEquals(0, count("SELECT COUNT(*) FROM " + table), table);
        }
        assertEquals(Optional.empty(), sessions.delete(saved.id()), "deleting again does nothing");
    }

    @Test
    void undoOfDeleteRestoresTheSessionUnderItsOldId() {
        Session saved = sessions.save(fullSession());
        Session deleted = sessions.delete(saved.id()).orElseThrow();
        Session other = sessions.save(Session.startingAt(at("2026-12-01T10:00")));
        assertTrue(other.id() > saved.id(), "ids are not reused");

        Session restored = sessions.save(deleted);

        assertEquals(saved, restored);
        assertEquals(Optional.of(saved), sessions.find(saved.id()));
        assertEquals(2, sessions.all().size());
        assertEquals(saved.id(), contacts.interactionsOf(ada.id()).get(0).sessionId());
        assertEquals(1, contacts.interactionsOf(bob.id()).size());
        assertEquals(1, wins.list().size());
        assertEquals(saved.id(), wins.list().get(0).sessionId());
    }

    @Test
    void deletingAContactRemovesItFromTheSessionsItWasTouchedIn() {
        Session saved = sessions.save(fullSession());
        contacts.delete(ada.id());
        Session found = sessions.find(saved.id()).orElseThrow();
        assertEquals(List.of(bob.id()), found.contactIds());
    }

    @Test
    void unicodeTextsRoundTripAcrossReopening() throws Exception {
        Session saved = sessions.save(fullSession());
        db.close();
        db = JournalDatabase.open(new DataFolder(temp.resolve("data")));
        Session found = new SessionRepository(db).find(saved.id()).orElseThrow();
        assertEquals(saved, found);
        assertEquals("Zoë 👋 hat geantwortet!", found.win());
        assertEquals(EnumSet.of(Network.LINKEDIN, Network.XING), found.networks());
    }
}
