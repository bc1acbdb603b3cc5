package org.netjournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.ContactRepository.StorageException;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.SessionRepository;
import org.netjournal.storage.StepRepository;

/** The sentences the status bar shows for real storage failures (issue 6, point 3). */
class DiskTroubleMessagesTest {

    @TempDir
    Path dir;

    private final Messages messages = new Messages(Language.ENGLISH);
    private final UserFacingErrors errors = new UserFacingErrors(messages, Path.of("netjournal.log"));
    private JournalDatabase database;

    @BeforeEach
    void open() throws Exception {
        database = JournalDatabase.open(new DataFolder(dir));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void pragma(String pragma) throws Exception {
        database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA " + pragma);
            }
            return null;
        });
    }

    @Test
    void aFullDiskSaysTheDiskIsFull() throws Exception {
        pragma("max_page_count = 1");
        Exception full = assertThrows(Exception.class,
                () -> new StepRepository(database).saveNotes(1, "x".repeat(100_000)));
        assertEquals(messages.get("error.diskFull"), errors.describe(full));
    }

    @Test
    void aReadOnlyJournalSaysItCannotBeWritten() throws Exception {
        pragma("query_only = 1");
        StorageException readOnly = assertThrows(StorageException.class, () -> new SessionRepository(database)
                .save(org.netjournal.domain.Session.startingAt(java.time.LocalDateTime.of(2026, 1, 1, 9, 0))));
        assertEquals(messages.get("error.readOnly"), errors.describe(readOnly));
    }

    @Test
    void aRemovedJournalFileSaysSoAndHowToGetTheWordsBack() throws Exception {
        Files.delete(database.folder().databaseFile());
        Exception gone = assertThrows(Exception.class, () -> new StepRepository(database).saveNotes(1, "words"));
        assertEquals(messages.get("error.fileChanged"), errors.describe(gone));
        assertEquals(true, errors.describe(gone).contains("Your text stays here"));
    }
}
