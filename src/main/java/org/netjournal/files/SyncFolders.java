package org.netjournal.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells whether a folder lies inside a folder that a file-syncing service copies to other computers. A synced
 * SQLite journal can be damaged (the service copies the file and its {@code -wal} at different moments) and the
 * journal's lock does not reach the other computers. Recognised by the usual folder names the services create
 * and by the marker files they leave in their root folder; only looks, never writes.
 */
public final class SyncFolders {

    /** The services recognised; {@code displayName} is the product's own name, the same in every language. */
    public enum Service {
        DROPBOX("Dropbox"),
        ONEDRIVE("OneDrive"),
        GOOGLE_DRIVE("Google Drive"),
        ICLOUD_DRIVE("iCloud Drive"),
        NEXTCLOUD("Nextcloud / ownCloud");

        private final String displayName;

        Service(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** A synced folder found: which service and the folder it syncs (the root that was recognised). */
    public record Synced(Service service, Path root) {
    }

    private SyncFolders() {
    }

    /** The service that syncs {@code folder} or one of the folders it lies in, if any. */
    public static Optional<Synced> syncedBy(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        for (Path at = absolute; at != null && at.getFileName() != null; at = at.getParent()) {
            Path folderHere = at;
            Optional<Service> service = byName(folderHere).or(() -> byMarkers(folderHere));
            if (service.isPresent()) {
                return Optional.of(new Synced(service.get(), folderHere));
            }
        }
        return Optional.empty();
    }

    /**
     * The names the services give their folders: {@code Dropbox}, {@code Dropbox (Team)}, {@code OneDrive},
     * {@code OneDrive - Company}, macOS's {@code ~/Library/CloudStorage/OneDrive-Personal} and
     * {@code GoogleDrive-name@example.com}, {@code Google Drive}, {@code My Drive} (German {@code Meine Ablage}),
     * {@code iCloud Drive}, {@code iCloudDrive} (Windows), {@code ~/Library/Mobile Documents} (macOS), {@code Nextcloud},
     * {@code ownCloud}.
     */
    static Optional<Service> byName(Path folder) {
        String name = folder.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.equals("dropbox") || name.startsWith("dropbox (") || name.startsWith("dropbox-")) {
            return Optional.of(Service.DROPBOX);
        }
        if (name.equals("onedrive") || name.startsWith("onedrive - ") || name.startsWith("onedrive-")) {
            return Optional.of(Service.ONEDRIVE);
        }
        if (List.of("google drive", "googledrive", "my drive", "meine ablage").contains(name)
                || name.startsWith("googledrive-")) {
            return Optional.of(Service.GOOGLE_DRIVE);
        }
        Path parent = folder.getParent();
        boolean mobileDocuments = name.equals("mobile documents") && parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equalsIgnoreCase("Library");
        if (name.equals("icloud drive") || name.equals("iclouddrive") || mobileDocuments) {
            return Optional.of(Service.ICLOUD_DRIVE);
        }
        if (name.equals("nextcloud") || name.equals("owncloud")) {
            return Optional.of(Service.NEXTCLOUD);
        }
        return Optional.empty();
    }

    /**
     * The files a service leaves in the root of what it syncs: Dropbox's {@code .dropbox} and {@code .dropbox.cache},
     * the Nextcloud/ownCloud client's {@code .nextcloudsync.log}, {@code .owncloudsync.log} and journal database
     * {@code ._sync_*.db} (older clients {@code .sync_*.db}), OneDrive's {@code desktop.ini} that names OneDrive, and
     * Google Drive's {@code .tmp.drivedownload} / {@code .tmp.driveupload}.
     */
    static Optional<Service> byMarkers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        // in the synced folder .dropbox is a file; ~/.dropbox, the app's settings folder, is not a sign
        if (Files.isRegularFile(folder.resolve(".dropbox")) || Files.isDirectory(folder.resolve(".dropbox.cache"))) {
            return Optional.of(Service.DROPBOX);
        }
        if (Files.exists(folder.resolve(".nextcloudsync.log")) || Files.exists(folder.resolve(".owncloudsync.log"))
                || hasFile(folder, "{._sync_,.sync_}*.db")) {
            return Optional.of(Service.NEXTCLOUD);
        }
        if (Files.exists(folder.resolve(".tmp.drivedownload")) || Files.exists(folder.resolve(".tmp.driveupload"))) {
            return Optional.of(Service.GOOGLE_DRIVE);
        }
        if (desktopIniNamesOneDrive(folder.resolve("desktop.ini"))) {
            return Optional.of(Service.ONEDRIVE);
        }
        return Optional.empty();
    }

    private static boolean hasFile(Path folder, String glob) {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, glob)) {
            return found.iterator().hasNext();
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** Windows writes desktop.ini as UTF-16 or in the ANSI code page: look for the name in both. */
    private static boolean desktopIniNamesOneDrive(Path desktopIni) {
        if (!Files.isRegularFile(desktopIni)) {
            return false;
        }
        try {
            byte[] bytes = Files.readAllBytes(desktopIni);
            if (bytes.length > 64 * 1024) {
                return false; // not a desktop.ini Windows wrote
            }
            String text = new String(bytes, StandardCharsets.ISO_8859_1) + new String(bytes, StandardCharsets.UTF_16LE);
            return text.toLowerCase(Locale.ROOT).contains("onedrive");
        } catch (IOException unreadable) {
            return false;
        }
    }
}
