package org.netjournal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.files.FolderWarning.Kind;

/** What is worth a warning about the journal's folder and the backup folder. */
class FolderWarningTest {

    @TempDir
    Path temp;

    private static List<Kind> kinds(List<FolderWarning> warnings) {
        return warnings.stream().map(FolderWarning::kind).toList();
    }

    @Test
    void aSyncedJournalFolderIsWarnedAboutAndAChosenFolderOthersCanReadToo() throws Exception {
        assumeTrue(PrivateFiles.isPosix(temp));
        Path synced = Files.createDirectories(temp.resolve("Dropbox/journal"),
                PosixFilePermissions.asFileAttribute(PrivateFiles.FOLDER));
        assertEquals(List.of(Kind.SYNCED), kinds(FolderWarning.forJournalFolder(synced, true)));

        Path open = Files.createDirectories(temp.resolve("shared"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(List.of(Kind.READABLE_BY_OTHERS), kinds(FolderWarning.forJournalFolder(open, true)));
        assertEquals(List.of(), kinds(FolderWarning.forJournalFolder(open, false)),
                "NetJournal's own folder is not warned about: it is made private instead");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwx------"));
        assertEquals(List.of(), kinds(FolderWarning.forChosenFolder(open, true)));
    }

    @Test
    void aWarningIsRememberedPerKindAndFolder() {
        FolderWarning here = new FolderWarning(Kind.READABLE_BY_OTHERS, temp.resolve("a"), java.util.Optional.empty());
        assertEquals(here.dismissalSetting(),
                new FolderWarning(Kind.READABLE_BY_OTHERS, temp.resolve("x/../a"), java.util.Optional.empty()).dismissalSetting());
        assertNotEquals(here.dismissalSetting(),
                new FolderWarning(Kind.READABLE_BY_OTHERS, temp.resolve("b"), java.util.Optional.empty()).dismissalSetting());
        assertNotEquals(here.dismissalSetting(),
                new FolderWarning(Kind.SYNCED, temp.resolve("a"), java.util.Optional.empty()).dismissalSetting());
    }
}
