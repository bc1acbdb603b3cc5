package org.netjournal.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Tells whether the last NetJournal that wrote a journal ended without closing it (crash, {@code kill -9}, power
 * loss, a session that ended under it). The journal's opening leaves {@code netjournal.running} (0600, empty) in
 * its folder and a clean close removes it; finding it at the next start means the last end was unclean.
 *
 * <p>Read it while holding the folder's {@link JournalLock} (or before opening, in the process that will take
 * the lock): a NetJournal that is running right now has the file too. {@link JournalDatabase#openedAfterUncleanEnd()}
 * gives the answer the opening found, for work that is only worth doing after an unclean end (an integrity check).
 */
public final class UncleanEnd {

    public static final String FILE_NAME = "netjournal.running";

    private UncleanEnd() {
    }

    /** True when the last NetJournal that opened the journal in {@code folder} did not close it. */
    public static boolean detected(DataFolder folder) {
        return Files.exists(marker(folder));
    }

    /** Called once the journal is open: from now on, an end without {@link #markClosed} is an unclean one. */
    static void markRunning(DataFolder folder) throws IOException {
        Path marker = marker(folder);
        if (Files.exists(marker)) {
            return; // left by the unclean end that was just found; it stays until this run closes cleanly
        }
        try {
            if (marker.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(marker, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(marker);
            }
        } catch (FileAlreadyExistsException raced) {
            // cannot happen under the lock; either way the marker is there, which is all we need
        }
    }

    /** Called after the journal was closed cleanly (every write committed, the WAL checkpointed). */
    static void markClosed(DataFolder folder) throws IOException {
        Files.deleteIfExists(marker(folder));
    }

    private static Path marker(DataFolder folder) {
        return folder.path().resolve(FILE_NAME);
    }
}
