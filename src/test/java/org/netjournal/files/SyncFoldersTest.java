package org.netjournal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netjournal.files.SyncFolders.Service;

/** Journal folders inside a file-syncing service's folder are recognised by folder names and marker files. */
class SyncFoldersTest {

    @TempDir
    Path home;

    private Optional<Service> serviceOf(Path folder) {
        return SyncFolders.syncedBy(folder).map(SyncFolders.Synced::service);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dropbox/journal | DROPBOX",
            "Dropbox (Personal)/notes/netjournal | DROPBOX",
            "OneDrive/Documents/NetJournal | ONEDRIVE",
            "OneDrive - Contoso Ltd/NetJournal | ONEDRIVE",
            "Library/CloudStorage/OneDrive-Personal/NetJournal | ONEDRIVE",
            "Library/CloudStorage/GoogleDrive-anna@example.com/My Drive/journal | GOOGLE_DRIVE",
            "Google Drive/journal | GOOGLE_DRIVE",
            "G/Meine Ablage/journal | GOOGLE_DRIVE",
            "Library/Mobile Documents/com~apple~CloudDocs/NetJournal | ICLOUD_DRIVE",
            "iCloudDrive/NetJournal | ICLOUD_DRIVE",
            "Nextcloud/Journal | NEXTCLOUD",
            "ownCloud/Journal | NEXTCLOUD"})
    void theServicesOwnFolderNamesAreRecognised(String path, Service expected) {
        assertEquals(Optional.of(expected), serviceOf(home.resolve(path)), "also before the folder exists");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            ".local/share/netjournal",
            "Documents/Dropboxes are boxes/journal",
            "Mobile Documents/journal",
            "my-onedrive-notes/journal"})
    void ordinaryFoldersAreNotTakenForSyncedOnes(String path) {
        assertEquals(Optional.empty(), serviceOf(home.resolve(path)));
    }

    @Test
    void aDropboxFolderWithAnotherNameIsKnownByItsMarkerFiles() throws Exception {
        Path root = Files.createDirectories(home.resolve("Work files"));
        Path journal = Files.createDirectories(root.resolve("private/journal"));
        assertEquals(Optional.empty(), serviceOf(journal));

        Files.writeString(root.resolve(".dropbox"), "{\"tag\": \"dropbox\"}");
        assertEquals(Optional.of(Service.DROPBOX), serviceOf(journal));
        assertEquals(root, SyncFolders.syncedBy(journal).orElseThrow().root());
    }

    @Test
    void dropboxsOwnSettingsFolderInTheHomeFolderIsNoSign() throws Exception {
        Files.createDirectories(home.resolve(".dropbox/instance1")); // where the Linux client keeps its settings
        assertEquals(Optional.empty(), serviceOf(Files.createDirectories(home.resolve("journal"))));
        Files.createDirectories(home.resolve("Sync/.dropbox.cache"));
        assertEquals(Optional.of(Service.DROPBOX), serviceOf(home.resolve("Sync/journal")));
    }

    @Test
    void aNextcloudFolderIsKnownByItsSyncJournalOrLog() throws Exception {
        Path root = Files.createDirectories(home.resolve("cloud"));
        Files.writeString(root.resolve("._sync_3f2a9c1b.db"), "");
        assertEquals(Optional.of(Service.NEXTCLOUD), serviceOf(root.resolve("journal")));

        Path other = Files.createDirectories(home.resolve("files"));
        Files.writeString(other.resolve(".nextcloudsync.log"), "");
        assertEquals(Optional.of(Service.NEXTCLOUD), serviceOf(other.resolve("a/b")));
    }

    @Test
    void aOneDriveFolderIsKnownByItsDesktopIniAlsoInUtf16() throws Exception {
        Path root = Files.createDirectories(home.resolve("Firma"));
        Files.write(root.resolve("desktop.ini"), "[.ShellClassInfo]\r\nIconResource=C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe,0\r\n"
                .getBytes(StandardCharsets.UTF_16LE));
        assertEquals(Optional.of(Service.ONEDRIVE), serviceOf(root.resolve("NetJournal")));

        Path plain = Files.createDirectories(home.resolve("Pictures"));
        Files.writeString(plain.resolve("desktop.ini"), "[.ShellClassInfo]\r\nLocalizedResourceName=@%SystemRoot%\\system32\\shell32.dll,-21779\r\n");
        assertEquals(Optional.empty(), serviceOf(plain.resolve("NetJournal")));
    }

    @Test
    void googleDriveIsKnownByItsTransferFolders() throws Exception {
        Path root = Files.createDirectories(home.resolve("G"));
        Files.createDirectories(root.resolve(".tmp.drivedownload"));
        assertEquals(Optional.of(Service.GOOGLE_DRIVE), serviceOf(root.resolve("journal")));
    }
}
