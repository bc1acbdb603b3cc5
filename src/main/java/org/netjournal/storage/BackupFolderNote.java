package org.netjournal.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.netjournal.domain.BackupPolicy;

/**
 * The backup folder the user chose, remembered <em>outside</em> the journal ({@code netjournal-backup-folder.txt}
 * in the data folder, one line, 0600): the setting itself lives in the journal, and a journal that lost its
 * content has lost the setting with it, while its backups are exactly what is needed then. No file means the
 * default folder ({@code backups/}), which is always looked at anyway.
 */
public final class BackupFolderNote {

    public static final String FILE_NAME = "netjournal-backup-folder.txt";

    private BackupFolderNote() {
    }

    /** The chosen backup folder noted in {@code folder}, if there is a readable note. */
    public static Optional<Path> read(DataFolder folder) {
        Path file = folder.path().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String line = Files.readString(file, StandardCharsets.UTF_8).strip();
            return line.isEmpty() || !Path.of(line).isAbsolute() ? Optional.empty() : Optional.of(Path.of(line));
        } catch (IOException | InvalidPathException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Notes where {@code policy} puts backups: written when the setting changes and at each daily backup (the
     * setting may also arrive with a restored journal). Writes only when the note would change.
     */
    public static void remember(DataFolder folder, BackupPolicy policy) throws IOException {
        Path file = folder.path().resolve(FILE_NAME);
        if (policy.folder().isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Path chosen = BackupService.backupFolder(folder, policy);
        if (read(folder).equals(Optional.of(chosen))) {
            return;
        }
        SmallTextFile.writeLine(file, chosen.toString());
    }
}
