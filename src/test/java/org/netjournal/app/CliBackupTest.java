package org.netjournal.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Contact;
import org.netjournal.storage.BackupService;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.LostWalFixture;
import org.netjournal.storage.StepRepository;
import org.netjournal.storage.UncleanEnd;

/** {@code netjournal backup [--out FILE]} and {@code netjournal check} on real journals. */
class CliBackupTest {

    @TempDir
    Path temp;

    private String stdout;
    private String stderr;

    private Path dataDir() {
        return temp.resolve("data");
    }

    private int inJournal(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir().toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(Map.of(), out, new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return status;
    }

    private void journalWithTwoContacts() throws Exception {
        try (JournalDatabase database = JournalDatabase.open(new DataFolder(dataDir()))) {
            ContactRepository contacts = new ContactRepository(database);
            contacts.save(Contact.named("Anna", "Müller"));
            contacts.save(Contact.named("Ben", "Okafor"));
            new StepRepository(database).saveNotes(1, "first step");
        }
    }

    @Test
    void backupWithoutOutGoesToTheBackupsFolderAndPrintsThePath() throws Exception {
        journalWithTwoContacts();
        assertEquals(0, inJournal("backup"), stderr);
        Path written = Path.of(stdout.strip());
        assertEquals(dataDir().resolve("backups").toAbsolutePath(), written.getParent());
        assertTrue(written.getFileName().toString().startsWith("netjournal-manual-"), written.toString());
        BackupService.check(written);
        // the copy is a journal of its own: check it like one
        DataFolder copy = new DataFolder(temp.resolve("copy"));
        Files.createDirectories(copy.path());
        Files.copy(written, copy.databaseFile());
        try (JournalDatabase database = JournalDatabase.open(copy)) {
            assertEquals(2, new ContactRepository(database).findAll().size());
        }
    }

    @Test
    void backupToAChosenFile() throws Exception {
        journalWithTwoContacts();
        Path target = temp.resolve("elsewhere").resolve("my copy.db");
        assertEquals(0, inJournal("backup", "--out", target.toString()), stderr);
        assertEquals(target.toAbsolutePath().toString(), stdout.strip());
        BackupService.check(target);
        assertEquals(0, inJournal("backup", "--out=" + target), stderr); // replaces the older copy
    }

    @Test
    void backupOfNoJournalOrAnOpenOneIsStatusOne() throws Exception {
        assertEquals(1, inJournal("backup"));
        assertTrue(stderr.contains("there is no journal to back up"), stderr);
        journalWithTwoContacts();
        try (JournalDatabase open = JournalDatabase.open(new DataFolder(dataDir()))) {
            assertEquals(1, inJournal("backup"));
            assertTrue(stderr.contains("NetJournal is already open with this journal"), stderr);
            assertEquals(1, inJournal("check"));
            assertTrue(stderr.contains("NetJournal is already open with this journal"), stderr);
            // a command asks no window to come to the front, so it must not claim one did
            assertTrue(stderr.contains("Close the window (Ctrl+Q)"), stderr);
            assertFalse(stderr.contains("front"), stderr);
        }
    }

    @Test
    void checkReportsIntegritySchemaSizeAndRows() throws Exception {
        journalWithTwoContacts();
        byte[] before = Files.readAllBytes(new DataFolder(dataDir()).databaseFile());
        assertEquals(0, inJournal("check"), stderr);
        assertTrue(stdout.contains("Integrity: ok"), stdout);
        assertTrue(stdout.contains("Schema version: " + JournalDatabase.SCHEMA_VERSION + "\n")
                || stdout.contains("Schema version: " + JournalDatabase.SCHEMA_VERSION + System.lineSeparator()), stdout);
        assertTrue(stdout.contains("Size: " + before.length + " bytes"), stdout);
        assertTrue(stdout.contains("Rows in contact: 2"), stdout);
        assertTrue(stdout.contains("Rows in step: 7"), stdout);
        assertTrue(stdout.contains("Rows in session: 0"), stdout);
        assertArrayEquals(before, Files.readAllBytes(new DataFolder(dataDir()).databaseFile()), "check writes nothing");
    }

    @Test
    void checkOfAJournalThatLostItsWalSaysItLooksLostAndNamesTheNewestBackup() throws Exception {
        Path backup = LostWalFixture.killWriterAndLoseWal(dataDir());
        byte[] before = Files.readAllBytes(new DataFolder(dataDir()).databaseFile());
        assertEquals(1, inJournal("check"), stdout);
        assertTrue(stderr.contains("looks lost") && stderr.contains("did not close it"), stderr);
        assertTrue(stderr.contains("Newest backup: " + backup + " ("), stderr);
        assertTrue(stderr.contains(Files.size(backup) + " bytes"), stderr);
        assertTrue(!stdout.contains("Integrity: ok") && !stdout.contains("Schema version: 0"), stdout);
        assertArrayEquals(before, Files.readAllBytes(new DataFolder(dataDir()).databaseFile()), "check writes nothing");
    }

    @Test
    void checkTellsOfAnUncleanEndOfASoundJournal() throws Exception {
        journalWithTwoContacts();
        Files.createFile(dataDir().resolve(UncleanEnd.FILE_NAME)); // as a killed NetJournal leaves it
        assertEquals(0, inJournal("check"), stderr);
        assertTrue(stdout.contains("Last end: not closed cleanly"), stdout);
        assertTrue(stdout.contains("Rows in contact: 2"), stdout);
    }

    @Test
    void checkOfADamagedOrNewerOrMissingJournalIsStatusOneWithAClearMessage() throws Exception {
        assertEquals(1, inJournal("check"));
        assertTrue(stderr.contains("there is no journal in"), stderr);

        journalWithTwoContacts();
        Path file = new DataFolder(dataDir()).databaseFile();
        byte[] sound = Files.readAllBytes(file);

        // cut short, as by an interrupted copy
        Files.write(file, java.util.Arrays.copyOf(sound, sound.length - 1000));
        assertEquals(1, inJournal("check"));
        assertTrue(stderr.contains("The journal file is damaged"), stderr);

        // garbage in the middle of a table page: the header is fine, integrity_check is not
        Files.write(file, sound);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long at = 4096 + 200; at < sound.length; at += 4096) {
                raf.seek(at);
                raf.write(new byte[300]);
            }
        }
        assertEquals(1, inJournal("check"));
        assertTrue(stderr.contains("The journal file is damaged"), stderr);

        // a newer schema (user_version at offset 60)
        byte[] newer = sound.clone();
        newer[63] = 99;
        Files.write(file, newer);
        assertEquals(1, inJournal("check"));
        assertTrue(stderr.contains("This journal is from a newer NetJournal"), stderr);
        assertArrayEquals(newer, Files.readAllBytes(file));
    }
    @Test
    void commandsFollowAMovedJournalAndSayWhenItIsGone() throws Exception {
        journalWithTwoContacts();
        Path moved = java.nio.file.Files.createDirectories(temp.resolve("moved"));
        try (JournalDatabase database = JournalDatabase.open(new DataFolder(dataDir()))) {
            org.netjournal.storage.JournalMove.move(database, moved, java.time.LocalDateTime.now(),
                    org.netjournal.storage.JournalMove.Checkpoints.NONE);
        }
        assertEquals(0, inJournal("check"), stderr);
        assertTrue(stdout.contains(moved.resolve("netjournal.db").toString()), stdout);
        assertTrue(stdout.contains("Rows in contact: 2"), stdout);

        java.nio.file.Files.move(moved, temp.resolve("unplugged"));
        assertEquals(1, inJournal("check"));
        assertTrue(stderr.contains("moved"), stderr);
        assertTrue(stderr.contains(moved.resolve("netjournal.db").toString()), stderr);
    }
}
