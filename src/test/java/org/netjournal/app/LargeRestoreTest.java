package org.netjournal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.domain.Session;
import org.netjournal.domain.Win;
import org.netjournal.io.JsonJournalWriter;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.JournalSnapshots;
import org.netjournal.storage.SearchRepository;

/**
 * A full export larger than the heap is restored: the command runs in its own JVM with a heap smaller than the
 * file, which only works when the restore streams (reading the file into one string would need the file's size
 * twice over). The search index is complete afterwards.
 */
class LargeRestoreTest {

    static final int CONTACTS = 20_000;
    static final String HEAP = "-Xmx32m";

    @TempDir
    Path temp;

    @Test
    void anExportLargerThanTheHeapIsRestoredWhole() throws Exception {
        Path export = temp.resolve("big-export.json");
        writeExport(export, CONTACTS);
        long megabytes = Files.size(export) / (1024 * 1024);
        assertTrue(megabytes >= 40, "the file (" + megabytes + " MB) must be larger than the heap of " + HEAP);

        Path log = temp.resolve("restore.log");
        Path dataDir = temp.resolve("restored");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--data-dir", dataDir.toString(), "import", export.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process restore = builder.start();
        assertTrue(restore.waitFor(5, TimeUnit.MINUTES), "the restore did not end");
        String output = Files.readString(log);
        assertEquals(0, restore.exitValue(), output);
        assertTrue(output.contains("Restored the whole journal from big-export.json: " + CONTACTS + " contacts, "
                + 2 * CONTACTS + " interactions, 100 sessions"), output);
        assertFalse(output.contains("OutOfMemoryError"), output);

        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            assertEquals(CONTACTS, new ContactRepository(db).findAll().size());
            // the index was brought up to date at the end: the last contact's note is found
            assertFalse(new SearchRepository(db).search("marker" + (CONTACTS - 1), 5).isEmpty());
        }
    }

    @Test
    void aFullExportDamagedHalfwayIsRefusedInOurWordsAndNothingIsRestored() throws Exception {
        Path export = temp.resolve("cut.json");
        writeExport(export, 200);
        String whole = Files.readString(export);
        Files.writeString(export, whole.substring(0, whole.length() / 2)); // cut off, as by a full disk
        long line = whole.substring(0, whole.length() / 2).lines().count();
        Path dataDir = temp.resolve("target");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(Map.of(), out, new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of("--data-dir", dataDir.toString(), "import", export.toString()));
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, said);
        assertEquals("netjournal: " + export + ": The NetJournal export is damaged near line " + line
                + " and cannot be read. Nothing was imported.", said.strip());
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            assertEquals(List.of(), new JournalSnapshots(db).emptinessProblems(), "the contacts read before");
        }
    }

    /** A journal of {@code contacts} contacts with long notes and two interactions each, as a full export. */
    static void writeExport(Path file, int contacts) throws Exception {
        String filler = "Met at the meetup, talked about gardening and the new library. ".repeat(30);
        List<Contact> all = new ArrayList<>(contacts);
        List<Interaction> interactions = new ArrayList<>(2 * contacts);
        Instant created = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < contacts; i++) {
            long id = i + 1;
            all.add(new Contact(id, "First" + i, "Last" + i, "Company " + i % 500, "Role", List.of(),
                    "person" + i + "@example.org", "", List.of("tag" + i % 20), ComfortStage.OBSERVE, Cadence.NONE,
                    filler + " marker" + i, ContactSource.MANUAL, null, created));
            for (int k = 0; k < 2; k++) {
                interactions.add(new Interaction(2 * id - 1 + k, id, LocalDate.of(2024, 1, 1).plusDays(i % 300),
                        InteractionKind.values()[k], null, "note " + i + " " + filler.substring(0, 200),
                        k == 0 && i < 100 ? (long) (i + 1) : null));
            }
        }
        List<Session> sessions = new ArrayList<>();
        List<Win> wins = new ArrayList<>();
        for (int s = 100; s >= 1; s--) {
            sessions.add(Session.startingAt(LocalDateTime.of(2024, 1, 1, 9, 0).plusDays(s)).withId(s));
            wins.add(new Win(s, LocalDate.of(2024, 1, 1).plusDays(s), "win " + s, (long) s));
        }
        JournalSnapshot journal = new JournalSnapshot(Map.of("language", "en"), List.of(), all, interactions,
                sessions, List.of(), List.of(), wins, List.of());
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            JsonJournalWriter.write(out, journal, created);
        }
    }
}
