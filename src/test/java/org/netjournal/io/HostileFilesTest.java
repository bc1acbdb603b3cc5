package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Contact;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;

/** Files that must be refused at once, or read without harm (issue 13, point 6). */
class HostileFilesTest {

    @TempDir
    Path temp;

    private final ImportPlanner planner = new ImportPlanner(Fixtures.CLOCK);

    private UnsupportedFileException refused(Path file, String key) {
        UnsupportedFileException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(UnsupportedFileException.class, () -> planner.preview(file, List.of())),
                "refused at once, never read: " + file);
        assertEquals(key, e.reason().key());
        return e;
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = temp.resolve("contacts.vcf");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        refused(fifo, "import.unsupported.notAFile"); // opening it would block until a writer came
    }

    @Test
    void devicesAndFoldersAreRefused() {
        refused(Path.of("/dev/zero"), "import.unsupported.notAFile"); // would never end
        refused(temp, "import.unsupported.notAFile");
    }

    @Test
    void theSizeLimitIsCheckedBeforeReadingAndNamesTheLimitOfTheKind() throws Exception {
        Path csv = sparse("big.csv", 60, "First Name,Last Name,URL\n");
        UnsupportedFileException tooLarge = refused(csv, "import.unsupported.tooLarge");
        assertEquals(List.of("60", "50"), tooLarge.reason().args(), "a contact file: the import's limit");

        // too large for an import: a JSON export may be restored up to its own limit; anything else is not read
        UnsupportedFileException notJson = assertThrows(UnsupportedFileException.class,
                () -> JsonRestoreReader.checkBackupSize(csv, tooLarge));
        assertEquals(tooLarge, notJson, "a CSV is not read as a backup: the import's limit applies");
        Path json = sparse("huge.json", 600, "{\"format\":\"netjournal\"");
        UnsupportedFileException hugeBackup = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(UnsupportedFileException.class, () -> JsonRestoreReader.checkBackupSize(json,
                        tooLarge)));
        assertEquals(List.of("600", "512"), hugeBackup.reason().args(), "a full export: the restore's limit");
    }

    /** A file of {@code megabytes} that starts with {@code head} and takes no disk space. */
    private Path sparse(String name, int megabytes, String head) throws Exception {
        Path file = temp.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(head.getBytes(StandardCharsets.UTF_8));
            raf.setLength(megabytes * 1024L * 1024L);
        }
        return file;
    }

    @Test
    void controlCharactersInNamesAreRemovedWithAMessageAndNeverExported() throws Exception {
        ImportPreview preview = planner.preview(Fixtures.copy("hostile/control-characters.vcf", temp), List.of());
        ImportCandidate anna = preview.rows().get(0).candidate();
        assertEquals("Anna", anna.contact().firstName());
        assertEquals("Kowalski", anna.contact().lastName());
        assertEquals("Acme Ltd", anna.contact().company());
        assertEquals(List.of(ImportMessage.of("import.warning.controlCharacters")), anna.warnings());
        ImportCandidate nothing = preview.rows().get(1).candidate();
        assertEquals(ImportMessage.of("import.error.noName"), nothing.error(), "a name of control characters only");

        // a contact stored with them anyway (the journal keeps what it is given) is exported without them
        List<Contact> contacts = List.of(anna.contact().withId(1), Contact.named("Bo\u0000b", "Ro\u001bss").withId(2));
        for (ContactExporter.Format format : ContactExporter.Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ContactExporter(Fixtures.CLOCK).export(format, contacts, List.of(), out);
            String text = out.toString(StandardCharsets.UTF_8);
            assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'),
                    format + " export holds a control character");
        }
    }

    @Test
    void libraryMessagesNeverReachTheUser() throws Exception {
        Path cut = Fixtures.write(temp, "cut.json", "{\"format\":\"netjournal\",\"version\":1,\n\"contacts\":[{\"first",
                false);
        UnsupportedFileException damaged = refused(cut, "import.unsupported.damagedJson");
        assertEquals(List.of("2"), damaged.reason().args(), "only the line, none of Gson's words");
        for (Language language : Language.values()) {
            String text = new Messages(language).format(damaged.reason().key(), damaged.reason().argsArray());
            assertFalse(text.toLowerCase(Locale.ROOT).contains("path") || text.contains("$") || text.contains("column")
                    || text.contains("Exception"), text);
        }
    }
}
