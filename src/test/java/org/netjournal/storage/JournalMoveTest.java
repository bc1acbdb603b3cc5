package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netjournal.domain.Contact;

/** Settings → "Move journal…": moving the journal file to another folder on real files. */
class JournalMoveTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 16, 5, 30);
    private static final String NOTES = "Why I network: to learn from people I admire ✨";

    @TempDir
    Path dir;

    private DataFolder oldFolder() {
        return new DataFolder(dir.resolve("old"));
    }

    private Path newFolder() throws IOException {
        return Files.createDirectories(dir.resolve("new place"));
    }

    /** A journal with notes, a contact and a setting, left open as the app has it. */
    private JournalDatabase openJournalWithData() throws Exception {
        JournalDatabase db = JournalDatabase.open(oldFolder());
        StepRepository steps = new StepRepository(db);
        steps.ensureBuiltInItems();
        steps.saveNotes(1, NOTES);
        new ContactRepository(db).save(Contact.named("Jörg", "Müller"));
        new SettingsRepository(db).put("language", "de");
        return db;
    }

    /** What a start from {@code start} opens: follows the pointer, opens, reads step 1's notes. */
    private static String notesOpenedFrom(DataFolder start) throws Exception {
        try (JournalDatabase db = JournalDatabase.open(JournalPointer.follow(start))) {
            return new StepRepository(db).load(1).notes();
        }
    }

    @Test
    void theJournalMovesCompleteAndTheNextStartFindsIt() throws Exception {
        Path target = newFolder();
        JournalDatabase db = openJournalWithData();
        Map<String, Long> before = JournalMove.rowCounts(db);

        JournalMove.Moved moved = JournalMove.move(db, target, NOW, JournalMove.Checkpoints.NONE);

        assertFalse(db.isOpen(), "the old journal is closed");
        assertEquals(target, moved.folder().path());
        assertEquals(target, JournalPointer.follow(oldFolder()).path(), "the pointer leads to the new folder");
        BackupService.check(moved.folder().databaseFile());
        assertFalse(Files.exists(target.resolve("netjournal.db.moving")), "no partial copy left");
        // the old file is set aside, not deleted, and not where a start would open it
        assertFalse(Files.exists(oldFolder().databaseFile()));
        Path aside = oldFolder().path().resolve("backups/netjournal-before-move-2026-11-29T16-05-30.db");
        assertEquals(aside, moved.oldFile().orElseThrow());
        BackupService.check(aside);
        try (JournalDatabase reopened = JournalDatabase.open(JournalPointer.follow(oldFolder()))) {
            assertEquals(before, JournalMove.rowCounts(reopened), "every row arrived");
            assertEquals(NOTES, new StepRepository(reopened).load(1).notes());
            assertEquals("Müller", new ContactRepository(reopened).findAll().get(0).lastName());
            assertEquals(Map.of("language", "de"), new SettingsRepository(reopened).loadAll());
        }
    }

    @Test
    void aFolderThatAlreadyHoldsAJournalIsRefusedAndNothingIsWritten() throws Exception {
        Path target = newFolder();
        try (JournalDatabase other = JournalDatabase.open(new DataFolder(target))) {
            new StepRepository(other).saveNotes(1, "someone else's journal");
        }
        byte[] othersJournal = Files.readAllBytes(target.resolve("netjournal.db"));
        List<Path> contentBefore = list(target);
        try (JournalDatabase db = openJournalWithData()) {
            JournalMove.RefusedException refused = assertThrows(JournalMove.RefusedException.class,
                    () -> JournalMove.move(db, target, NOW, JournalMove.Checkpoints.NONE));
            assertEquals(JournalMove.Refusal.HAS_JOURNAL, refused.refusal());
            assertTrue(db.isOpen(), "the journal stays open and usable");
            new StepRepository(db).saveNotes(2, "still writing");
        }
        assertArrayEquals(othersJournal, Files.readAllBytes(target.resolve("netjournal.db")));
        assertEquals(contentBefore, list(target));
        assertFalse(Files.exists(oldFolder().path().resolve(JournalPointer.FILE_NAME)));
        assertEquals(NOTES, notesOpenedFrom(oldFolder()));
    }

    @Test
    void aFolderNetJournalMayNotWriteToIsRefused() throws Exception {
        Path target = newFolder();
        assumeTrue(target.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path unwritable = target;
            if (Files.isWritable(target)) {
                // root writes anywhere permissions say no; /proc refuses new files even to root
                unwritable = Path.of("/proc/1");
                assumeTrue(Files.isDirectory(unwritable), "no folder this user cannot write to");
            }
            Path refusedFolder = unwritable;
            try (JournalDatabase db = openJournalWithData()) {
                JournalMove.RefusedException refused = assertThrows(JournalMove.RefusedException.class,
                        () -> JournalMove.move(db, refusedFolder, NOW, JournalMove.Checkpoints.NONE));
                assertEquals(JournalMove.Refusal.NOT_WRITABLE, refused.refusal());
                assertTrue(db.isOpen());
            }
            assertEquals(NOTES, notesOpenedFrom(oldFolder()));
            assertFalse(Files.exists(oldFolder().path().resolve(JournalPointer.FILE_NAME)));
        } finally {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void theSameFolderAFileAndAFolderInUseAreRefused() throws Exception {
        Path target = newFolder();
        Path file = Files.writeString(dir.resolve("a-file.txt"), "not a folder");
        try (JournalDatabase db = openJournalWithData();
             JournalLock othersLock = JournalLock.tryAcquire(new DataFolder(target)).orElseThrow()) {
            assertEquals(JournalMove.Refusal.SAME_FOLDER, assertThrows(JournalMove.RefusedException.class,
                    () -> JournalMove.checkTarget(oldFolder(), oldFolder().path())).refusal());
            assertEquals(JournalMove.Refusal.NOT_A_FOLDER, assertThrows(JournalMove.RefusedException.class,
                    () -> JournalMove.checkTarget(oldFolder(), file)).refusal());
            assertEquals(JournalMove.Refusal.IN_USE, assertThrows(JournalMove.RefusedException.class,
                    () -> JournalMove.move(db, target, NOW, JournalMove.Checkpoints.NONE)).refusal());
            assertTrue(db.isOpen());
        }
        assertFalse(Files.exists(target.resolve("netjournal.db")));
        assertEquals(NOTES, notesOpenedFrom(oldFolder()));
    }

    /** Thrown from a checkpoint: the process "dies" there. An Error, so no clean-up code of the move runs. */
    private static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @ParameterizedTest
    @EnumSource(JournalMove.Stage.class)
    void aCrashAtAnyPointLeavesOneCompleteJournalThatTheNextStartOpens(JournalMove.Stage crashAt) throws Exception {
        Path target = newFolder();
        JournalDatabase db = openJournalWithData();
        assertThrows(SimulatedCrash.class, () -> JournalMove.move(db, target, NOW, stage -> {
            if (stage == crashAt) {
                throw new SimulatedCrash();
            }
        }));
        db.close(); // the dying process's connection and lock go away with it

        DataFolder opened = JournalPointer.follow(oldFolder());
        // until the copy is in place and the pointer written, the old folder is the journal
        boolean pointerWritten = crashAt == JournalMove.Stage.POINTER_WRITTEN;
        assertEquals(pointerWritten ? target : oldFolder().path(), opened.path(), "after a crash at " + crashAt);
        BackupService.check(opened.databaseFile());
        assertEquals(NOTES, notesOpenedFrom(oldFolder()));
        if (!pointerWritten) {
            assertTrue(Files.exists(oldFolder().databaseFile()), "the old file is untouched");
        }

        // and the user can simply move again (a half-written copy from the crash is no obstacle)
        if (!pointerWritten) {
            Files.deleteIfExists(target.resolve("netjournal.db")); // a stray copy from NEW_IN_PLACE
            try (JournalDatabase again = JournalDatabase.open(oldFolder())) {
                JournalMove.move(again, target, NOW, JournalMove.Checkpoints.NONE);
            }
            assertEquals(target, JournalPointer.follow(oldFolder()).path());
            assertEquals(NOTES, notesOpenedFrom(oldFolder()));
        }
    }

    @Test
    void aHalfWrittenCopyIsNeverOpened() throws Exception {
        Path target = newFolder();
        try (JournalDatabase db = openJournalWithData()) {
            db.read(connection -> null);
        }
        // as if the process died while VACUUM INTO was writing
        Files.write(target.resolve("netjournal.db.moving"), new byte[] {'S', 'Q', 'L', 'i', 't', 'e', 0});
        assertEquals(oldFolder().path(), JournalPointer.follow(oldFolder()).path());
        assertEquals(NOTES, notesOpenedFrom(oldFolder()));
    }

    @Test
    void aMoveThatFailsBeforeThePointerIsWrittenLeavesNoSecondJournal() throws Exception {
        Path target = newFolder();
        JournalDatabase db = openJournalWithData();
        assertThrows(IOException.class, () -> JournalMove.move(db, target, NOW, stage -> {
            if (stage == JournalMove.Stage.NEW_IN_PLACE) {
                throw new IOException("disk full");
            }
        }));
        assertFalse(Files.exists(target.resolve("netjournal.db")), "the unused copy is removed");
        assertEquals(oldFolder().path(), JournalPointer.follow(oldFolder()).path());
        assertEquals(NOTES, notesOpenedFrom(oldFolder()));
    }

    @Test
    void thePointerIsHonouredButDataDirAndTheEnvironmentVariableStillWin() throws Exception {
        Map<String, String> defaults = Map.of("XDG_DATA_HOME", dir.resolve("xdg").toString(),
                "APPDATA", dir.resolve("appdata").toString());
        DataFolder usual = DataFolder.resolve(null, defaults);
        Path target = newFolder();
        try (JournalDatabase db = JournalDatabase.open(usual)) {
            new StepRepository(db).saveNotes(1, NOTES);
            JournalMove.move(db, target, NOW, JournalMove.Checkpoints.NONE);
        }
        assertEquals(target, JournalPointer.follow(DataFolder.resolve(null, defaults)).path(), "pointer honoured");

        Path elsewhere = dir.resolve("elsewhere");
        assertEquals(elsewhere, JournalPointer.follow(DataFolder.resolve(elsewhere.toString(), defaults)).path(),
                "--data-dir wins");
        Map<String, String> withVariable = new java.util.HashMap<>(defaults);
        withVariable.put(DataFolder.ENVIRONMENT_VARIABLE, elsewhere.toString());
        assertEquals(elsewhere, JournalPointer.follow(DataFolder.resolve(null, withVariable)).path(),
                "NETJOURNAL_HOME wins");
    }

    @Test
    void aJournalMovedToAFolderThatIsGoneIsReportedNotReplacedByAnEmptyOne() throws Exception {
        Path target = newFolder();
        try (JournalDatabase db = openJournalWithData()) {
            JournalMove.move(db, target, NOW, JournalMove.Checkpoints.NONE);
        }
        // e.g. the new folder was on a USB drive that is not plugged in
        Files.move(target, dir.resolve("unplugged"));
        UnreadableJournalException gone = assertThrows(UnreadableJournalException.class,
                () -> JournalPointer.follow(oldFolder()));
        assertEquals(UnreadableJournalException.Reason.MOVED_AWAY, gone.reason());
        assertEquals(target.resolve("netjournal.db"), gone.file());
        assertFalse(Files.exists(oldFolder().databaseFile()), "no new, empty journal was started");
    }

    @Test
    void movingBackAndForthAlwaysOpensTheCurrentJournal() throws Exception {
        Path target = newFolder();
        try (JournalDatabase db = openJournalWithData()) {
            JournalMove.move(db, target, NOW, JournalMove.Checkpoints.NONE);
        }
        try (JournalDatabase db = JournalDatabase.open(JournalPointer.follow(oldFolder()))) {
            new StepRepository(db).saveNotes(1, NOTES + " (written in the new place)");
            JournalMove.move(db, oldFolder().path(), NOW.plusMinutes(1), JournalMove.Checkpoints.NONE);
        }
        assertEquals(oldFolder().path(), JournalPointer.follow(oldFolder()).path(), "no stale pointer sends it away");
        assertEquals(oldFolder().path(), JournalPointer.follow(new DataFolder(target)).path());
        assertEquals(NOTES + " (written in the new place)", notesOpenedFrom(new DataFolder(target)));
    }

    @Test
    void noOtherStartCanOpenTheOldJournalWhileItIsBeingSetAside() throws Exception {
        Path target = newFolder();
        List<JournalMove.Stage> checked = new java.util.ArrayList<>();
        try (JournalDatabase db = openJournalWithData()) {
            JournalMove.move(db, target, NOW, stage -> {
                if (stage.compareTo(JournalMove.Stage.OLD_CLOSED) >= 0) {
                    // what a second NetJournal or a command would try: the old folder is still taken
                    assertTrue(JournalLock.tryAcquire(oldFolder()).isEmpty(), "old folder free at " + stage);
                    checked.add(stage);
                }
            });
        }
        assertEquals(List.of(JournalMove.Stage.OLD_CLOSED, JournalMove.Stage.NEW_IN_PLACE,
                JournalMove.Stage.POINTER_WRITTEN), checked);
        JournalLock.tryAcquire(oldFolder()).orElseThrow().close(); // and released after the move
    }

    @Test
    void aJournalMovedTwiceIsFoundFromWhereItStarted() throws Exception {
        Path second = newFolder();
        Path third = Files.createDirectories(dir.resolve("third place"));
        try (JournalDatabase db = openJournalWithData()) {
            JournalMove.move(db, second, NOW, JournalMove.Checkpoints.NONE);
        }
        try (JournalDatabase db = JournalDatabase.open(JournalPointer.follow(oldFolder()))) {
            new StepRepository(db).saveNotes(1, NOTES + " (second place)");
            JournalMove.move(db, third, NOW.plusMinutes(1), JournalMove.Checkpoints.NONE);
        }

        // the usual start (the default folder the journal first lived in) follows both moves
        assertEquals(third, JournalPointer.follow(oldFolder()).path());
        assertEquals(third, JournalPointer.follow(new DataFolder(second)).path());
        assertEquals(NOTES + " (second place)", notesOpenedFrom(oldFolder()));
        // and when the last folder is not there (a drive not plugged in), that folder is named, not the one between
        Files.move(third, dir.resolve("unplugged"));
        UnreadableJournalException gone = assertThrows(UnreadableJournalException.class,
                () -> JournalPointer.follow(oldFolder()));
        assertEquals(third.resolve("netjournal.db"), gone.file());
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
