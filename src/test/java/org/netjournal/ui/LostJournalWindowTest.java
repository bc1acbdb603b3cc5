package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Contact;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.LostWalFixture;
import org.netjournal.storage.StepRepository;
import org.netjournal.storage.UncleanEnd;

/**
 * Issue 11, point 5 through the real window: a journal whose {@code -wal} was lost after a kill is not greeted
 * with the welcome; the newest backup is offered, and restoring it brings the journal back.
 */
class LostJournalWindowTest extends WindowTest {

    @Test
    void aJournalThatLostItsWalOffersTheNewestBackupInsteadOfTheWelcomeAndRestoringBringsItBack() throws Exception {
        Path backup = LostWalFixture.killWriterAndLoseWal(dataDir);
        olderDailyCopies(backup, 12); // more than are kept: a daily backup would prune some of them
        List<Path> backupsBefore = backupFiles();

        app = new AppDriver(dataDir).withWelcome().startWithoutWaiting();
        AppDriver.waitUntil(() -> app.robot.lookup("#restoreOffer").tryQuery().isPresent(), "the restore offer");
        assertEquals(backup.toString(), app.<TextField>find("#restoreOfferBackup").getText(), "the newest backup");
        String newest = app.<Label>find("#restoreOfferNewest").getText();
        assertTrue(newest.contains(" KB") && newest.contains(String.valueOf(LocalDate.now().getYear())), newest);
        assertTrue(app.<Label>find("#restoreOfferFound").getText().contains("not closed properly"),
                "the unclean end is named");
        assertTrue(app.<Button>find("#restoreNewestBackup").isDefaultButton(), "restoring is the default");
        assertFalse(app.<Button>find("#startFresh").isDefaultButton(), "starting fresh never is");
        assertTrue(app.robot.lookup("#welcome").tryQuery().isEmpty(), "no welcome");
        assertTrue(app.robot.lookup("#stepList").tryQuery().isEmpty(), "no new, empty journal behind it");

        Thread.sleep(1_500); // the daily backup would have run by now: the window's start queues it at once
        AppDriver.waitUntil(() -> true, "queued work");
        assertEquals(backupsBefore, backupFiles(), "no backup made or pruned while the journal looks lost");
        assertTrue(UncleanEnd.detected(new DataFolder(dataDir)), "nothing opened yet");

        app.robot.push(KeyCode.ENTER); // as a user who trusts the default
        AppDriver.waitUntil(() -> app.robot.lookup("#stepList").tryQuery().isPresent() && app.stage().isShowing(),
                "the restored journal");
        AppDriver.waitUntil(() -> app.robot.lookup(".dialog-pane .content").tryQuery()
                .map(node -> ((Label) node).getText().contains("before-restore-")).orElse(false),
                "the note where the replaced file is kept");
        assertTrue(app.robot.lookup("#restoreOffer").tryQuery().isEmpty(), "the offer closed");
        assertTrue(app.robot.lookup("#welcome").tryQuery().isEmpty(), "no welcome over the restored journal");
        app.robot.push(KeyCode.ENTER); // closes the note
        app.quit();

        try (JournalDatabase database = JournalDatabase.open(new DataFolder(dataDir))) {
            assertEquals(LostWalFixture.NOTES, new StepRepository(database).load(1).notes());
            assertEquals(List.of(LostWalFixture.BACKED_UP_CONTACT),
                    new ContactRepository(database).findAll().stream().map(Contact::firstName).toList());
        }
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            assertTrue(files.anyMatch(file -> file.getFileName().toString().startsWith("before-restore-")),
                    "the lost file was set aside");
        }
    }

    @Test
    void startingFreshIsAChoiceAndLeadsToTheWelcome() throws Exception {
        LostWalFixture.killWriterAndLoseWal(dataDir);
        app = new AppDriver(dataDir).withWelcome().startWithoutWaiting();
        AppDriver.waitUntil(() -> app.robot.lookup("#restoreOffer").tryQuery().isPresent(), "the restore offer");
        app.robot.clickOn("#startFresh");
        AppDriver.waitUntil(() -> app.robot.lookup("#welcome").tryQuery().isPresent(), "the welcome of a new journal");
        assertTrue(app.robot.lookup("#restoreOffer").tryQuery().isEmpty());
        AppDriver.waitUntil(() -> Files.exists(dataDir.resolve("backups")
                .resolve("netjournal-" + LocalDate.now() + ".db")), "the daily backup, once the user chose");
    }

    @Test
    void theDamagedJournalDialogOffersRestoreFromABackup() throws Exception {
        try (JournalDatabase database = LostWalFixture.writeJournal(dataDir)) {
            assertTrue(database.isOpen());
        }
        Path file = dataDir.resolve(DataFolder.DATABASE_FILE_NAME);
        byte[] sound = Files.readAllBytes(file);
        byte[] damaged = java.util.Arrays.copyOf(sound, sound.length - 1000); // cut short, as by a broken copy
        Files.write(file, damaged);

        app = new AppDriver(dataDir).startWithoutWaiting();
        AppDriver.waitUntil(() -> app.robot.lookup("#startupProblem").tryQuery().isPresent(), "the problem dialog");
        app.robot.clickOn("#restoreFromBackup");
        AppDriver.waitUntil(() -> app.robot.lookup("#restoreOffer").tryQuery().isPresent(), "the backups offered");
        assertEquals(LostWalFixture.backupOf(dataDir).toString(), app.<TextField>find("#restoreOfferBackup").getText());
        assertTrue(app.robot.lookup("#startFresh").tryQuery().isEmpty(), "a damaged journal is not started over");
        app.robot.clickOn("#restoreNewestBackup");
        AppDriver.waitUntil(() -> app.robot.lookup("#stepList").tryQuery().isPresent() && app.stage().isShowing(),
                "the restored journal");
        assertTrue(app.robot.lookup("#startupProblem").tryQuery().isEmpty(), "the problem dialog closed");
        AppDriver.waitUntil(() -> app.robot.lookup(".dialog-pane .content").tryQuery().isPresent(), "the note");
        app.robot.push(KeyCode.ENTER);
        app.quit();

        try (JournalDatabase database = JournalDatabase.open(new DataFolder(dataDir))) {
            assertEquals(LostWalFixture.NOTES, new StepRepository(database).load(1).notes());
        }
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("before-restore-")).findFirst()
                    .orElseThrow();
            assertTrue(java.util.Arrays.equals(damaged, Files.readAllBytes(aside)), "the damaged file is kept");
        }
    }

    /** Copies of {@code backup} as older daily backups, written (and dated) days before it. */
    private void olderDailyCopies(Path backup, int count) throws Exception {
        for (int day = 10; day < 10 + count; day++) {
            Path copy = backup.resolveSibling("netjournal-" + LocalDate.now().minusDays(day) + ".db");
            Files.copy(backup, copy);
            Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minus(day, ChronoUnit.DAYS)));
        }
    }

    private List<Path> backupFiles() throws Exception {
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            return files.sorted().toList();
        }
    }
}
