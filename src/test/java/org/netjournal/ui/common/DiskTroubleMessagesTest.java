package org.netjournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.StorageException;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.JournalSql;
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
        JournalSql.pragma(database, pragma);
    }

    @Test
    void aFullDiskSaysTheDiskIsFull() throws Exception {
        pragma("max_page_count = 1");
        StorageException full = assertThrows(StorageException.class,
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
        StorageException gone = assertThrows(StorageException.class,
                () -> new StepRepository(database).saveNotes(1, "words"));
        assertEquals(messages.get("error.fileChanged"), errors.describe(gone));
        assertEquals(true, errors.describe(gone).contains("Your text stays here"));
    }

    @Test
    void everyKindHasItsOwnSentenceInBothLanguagesWithoutReadingTheMessage() {
        for (Language language : Language.values()) {
            Messages texts = new Messages(language);
            UserFacingErrors described = new UserFacingErrors(texts, Path.of("netjournal.log"));
            java.util.Set<String> sentences = new java.util.HashSet<>();
            for (StorageException.Kind kind : StorageException.Kind.values()) {
                // the message would say something else entirely: only the kind may decide the sentence
                String sentence = described.describe(new RuntimeException("while saving",
                        new StorageException(kind, "SQLITE_FULL no space left on device", null)));
                sentences.add(sentence);
                if (kind != StorageException.Kind.DISK_FULL) {
                    assertNotEquals(texts.get("error.diskFull"), sentence, kind.toString());
                }
            }
            assertEquals(StorageException.Kind.values().length, sentences.size(), sentences.toString());
        }
    }

    @Test
    void aFileErrorThatIsNoStorageErrorIsNotTakenForAFullDisk() {
        String sentence = errors.describe(new java.io.IOException("No space left on device"));
        assertEquals(messages.format("error.file", "No space left on device"), sentence);
    }
}
