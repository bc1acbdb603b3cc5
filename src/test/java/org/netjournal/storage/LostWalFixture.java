package org.netjournal.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.netjournal.domain.Contact;

/**
 * The journal of issue 11, point 6: NetJournal was killed, and the {@code -wal} that held everything it wrote was
 * lost afterwards, leaving a schema-0 file next to good backups. A child JVM opens a new journal, writes a contact
 * and the notes of step 1, makes the daily backup (dated yesterday, so that a backup made by the test's own start
 * would be a new file), writes one more contact and is killed with SIGKILL; then its {@code -wal} and {@code -shm}
 * are deleted. Used by the storage, command-line and window tests.
 */
public final class LostWalFixture {

    /** In the journal and in its backup. */
    public static final String NOTES = "I want a job where people know my work";
    public static final String BACKED_UP_CONTACT = "Anna";
    /** Written after the backup: lost with the WAL for good. */
    public static final String LATER_CONTACT = "Ben";
    private static final String READY = "READY";

    private LostWalFixture() {
    }

    /** Runs, kills and strips the writer's journal in {@code dataDir}; returns the daily backup it made. */
    public static Path killWriterAndLoseWal(Path dataDir) throws Exception {
        Path backup = killWriter(dataDir);
        Path journal = new DataFolder(dataDir).databaseFile();
        Files.delete(Path.of(journal + "-wal"));
        Files.deleteIfExists(Path.of(journal + "-shm"));
        return backup;
    }

    /** Runs and kills the writer: its journal is left as a crash leaves it, WAL and all. Returns its backup. */
    public static Path killWriter(Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path errors = Files.createTempFile("lost-wal-writer", ".err");
        Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), LostWalFixture.class.getName(), dataDir.toString())
                .redirectError(errors.toFile()).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine(); // blocks until the writer is done writing (or died)
            if (!READY.equals(line)) {
                child.destroyForcibly();
                throw new IllegalStateException("the writer did not get ready: " + Files.readString(errors));
            }
            child.destroyForcibly(); // SIGKILL: no close, no checkpoint, the marker and the WAL stay
            if (!child.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the writer did not die");
            }
        } finally {
            Files.deleteIfExists(errors);
        }
        Path journal = new DataFolder(dataDir).databaseFile();
        if (!Files.exists(Path.of(journal + "-wal"))) {
            throw new IllegalStateException("the killed writer left no WAL");
        }
        return backupOf(dataDir);
    }

    /** The backup the writer made in {@code dataDir}. */
    public static Path backupOf(Path dataDir) {
        return dataDir.resolve("backups").resolve("netjournal-" + LocalDate.now().minusDays(1) + ".db");
    }

    /** Writes the journal of the same content in this process and leaves it open (the WAL holds it all). */
    public static JournalDatabase writeJournal(Path dataDir) throws IOException, UnreadableJournalException,
            java.sql.SQLException {
        JournalDatabase database = JournalDatabase.open(new DataFolder(dataDir));
        new ContactRepository(database).save(Contact.named(BACKED_UP_CONTACT, "Müller"));
        new StepRepository(database).saveNotes(1, NOTES);
        BackupService.configured(database).dailyBackup(LocalDate.now().minusDays(1));
        new ContactRepository(database).save(Contact.named(LATER_CONTACT, "Okafor"));
        return database;
    }

    /** The child: writes, says so, and waits to be killed. */
    public static void main(String[] args) throws Exception {
        writeJournal(Path.of(args[0]));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(2)); // killed long before
    }
}
