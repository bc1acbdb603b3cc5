package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Session;
import org.netjournal.domain.TouchedContact;

/**
 * Issue 6, point 3, on real SQLite files: a full disk, a read-only journal and a journal file removed or
 * replaced while open. Each time the write fails with a recognisable error, writes nothing partial, and
 * works again once the cause is gone.
 *
 * <p>Simulations: "disk full" is SQLite's {@code PRAGMA max_page_count} on the app's own connection (the
 * file cannot grow: SQLITE_FULL, exactly as on a full disk); "read-only" is {@code PRAGMA query_only} (SQLite
 * answers SQLITE_READONLY, as for a file it may not write). The tests run as root in CI, which no chmod
 * stops, and mounting a read-only or tiny file system needs privileges a test should not use.
 */
class DiskTroubleTest {

    @TempDir
    Path dir;

    private JournalDatabase database;
    private StepRepository steps;
    private SessionRepository sessions;
    private ContactRepository contacts;

    @BeforeEach
    void open() throws Exception {
        database = JournalDatabase.open(new DataFolder(dir));
        steps = new StepRepository(database);
        steps.ensureBuiltInItems();
        sessions = new SessionRepository(database);
        contacts = new ContactRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void pragma(String pragma) throws SQLException {
        JournalSql.pragma(database, pragma);
    }

    private long pageCount() throws SQLException {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                 var rs = statement.executeQuery("PRAGMA page_count")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static Throwable root(Throwable error) {
        while (error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }

    @Test
    void aFullDiskFailsTheWriteWholeAndSavesAgainOnceThereIsRoom() throws Exception {
        steps.saveNotes(1, "before");
        long contactId = contacts.save(Contact.named("Anna", "Müller")).id();
        pragma("max_page_count = " + pageCount()); // the file cannot grow any more
        String big = "x".repeat(200_000);

        StorageException full = assertThrows(StorageException.class, () -> steps.saveNotes(1, big));
        assertEquals(StorageException.Kind.DISK_FULL, full.kind(), full.getMessage());
        Session session = Session.startingAt(LocalDateTime.of(2026, 3, 1, 9, 0)).withCount(ActionKind.COMMENTS, 3)
                .withTexts("ok", big, "a win").withTouched(List.of(TouchedContact.of(contactId)));
        StorageException failed = assertThrows(StorageException.class, () -> sessions.save(session));
        assertEquals(StorageException.Kind.DISK_FULL, failed.kind(), root(failed).getMessage());

        // nothing partial: no session, no interaction it would have logged, the old note unchanged
        assertEquals("before", steps.load(1).notes());
        boolean autoCommit = JournalSql.read(database, java.sql.Connection::getAutoCommit);
        assertTrue(autoCommit, "the connection is out of the transaction");
        assertEquals(List.of(), sessions.all());
        assertEquals(List.of(), contacts.interactionsOf(contactId));

        pragma("max_page_count = 1073741823"); // space again
        steps.saveNotes(1, big);
        assertEquals(big, steps.load(1).notes());
        sessions.save(session);
        assertEquals(1, sessions.all().size());
        assertEquals(1, contacts.interactionsOf(contactId).size());
    }

    @Test
    void aReadOnlyJournalRefusesWritesAndWritesAgainWhenWritable() throws Exception {
        steps.saveNotes(2, "before");
        pragma("query_only = 1");
        StorageException readOnly = assertThrows(StorageException.class, () -> steps.saveNotes(2, "after"));
        assertEquals(StorageException.Kind.READ_ONLY, readOnly.kind(), readOnly.getMessage());
        StorageException failed = assertThrows(StorageException.class,
                () -> contacts.save(Contact.named("Ben", "Okafor")));
        assertEquals(StorageException.Kind.READ_ONLY, failed.kind(), failed.getMessage());
        assertEquals("before", steps.load(2).notes(), "reading still works");
        pragma("query_only = 0");
        steps.saveNotes(2, "after");
        contacts.save(Contact.named("Ben", "Okafor"));
        assertEquals("after", steps.load(2).notes());
        assertEquals(1, contacts.findAll().size());
    }

    @Test
    void aRemovedJournalFileIsNoticedBeforeAWordIsWrittenIntoTheVoidAndPuttingItBackHeals() throws Exception {
        steps.saveNotes(3, "kept");
        Path file = database.folder().databaseFile();
        Path aside = dir.resolve("in-the-trash.db");
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);

        JournalDatabase.FileChangedException gone = assertThrows(JournalDatabase.FileChangedException.class,
                () -> steps.saveNotes(3, "typed after the file went"));
        assertTrue(gone.removed());
        assertEquals(StorageException.Kind.FILE_CHANGED_OR_REMOVED, gone.kind());
        assertTrue(gone.getMessage().contains("was removed"), gone.getMessage());
        StorageException failed = assertThrows(StorageException.class, () -> sessions.save(
                Session.startingAt(LocalDateTime.of(2026, 3, 2, 9, 0)).withCount(ActionKind.LIKES, 1)));
        assertInstanceOf(JournalDatabase.FileChangedException.class, failed);
        assertEquals(StorageException.Kind.FILE_CHANGED_OR_REMOVED, failed.kind());
        assertFalse(Files.exists(file), "nothing recreated behind the user's back");

        Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE); // back from the trash
        steps.saveNotes(3, "typed after the file came back");
        database.close();
        try (JournalDatabase reopened = JournalDatabase.open(new DataFolder(dir))) {
            assertEquals("typed after the file came back", new StepRepository(reopened).load(3).notes());
        }
        database = JournalDatabase.open(new DataFolder(dir)); // for close()
    }

    @Test
    void aReplacedJournalFileIsNotWrittenThroughTheOldHandle() throws Exception {
        steps.saveNotes(4, "mine");
        Path file = database.folder().databaseFile();
        // another program (a sync tool, a restore by hand) puts a different file in its place
        Path other = dir.resolve("other.db");
        Files.copy(file, other);
        Files.move(other, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        JournalDatabase.FileChangedException replaced = assertThrows(JournalDatabase.FileChangedException.class,
                () -> steps.saveNotes(4, "lost into the old file?"));
        assertFalse(replaced.removed());
        assertTrue(replaced.getMessage().contains("replaced"), replaced.getMessage());
        StorageException failed = assertThrows(StorageException.class, () -> contacts.save(Contact.named("Cleo", "Park")));
        assertEquals(StorageException.Kind.FILE_CHANGED_OR_REMOVED, failed.kind());
    }
}
