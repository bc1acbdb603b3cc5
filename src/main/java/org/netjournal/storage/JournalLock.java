package org.netjournal.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.util.Optional;
import org.netjournal.files.PrivateFiles;

/**
 * Makes sure only one NetJournal writes a journal folder at a time. It is an operating-system file lock on
 * {@code netjournal.lock}: the system drops it when the process ends in any way, so a lock left by a crash
 * never blocks the next start. The file's content is irrelevant and never read.
 */
public final class JournalLock implements AutoCloseable {

    public static final String FILE_NAME = "netjournal.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private JournalLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, or returns empty when another NetJournal holds it. */
    public static Optional<JournalLock> tryAcquire(DataFolder folder) throws IOException {
        Path file = folder.path().resolve(FILE_NAME);
        FileChannel channel = PrivateFiles.openChannel(file);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new JournalLock(channel, lock));
        } catch (OverlappingFileLockException heldInThisProcess) {
            channel.close();
            return Optional.empty();
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the process keeps running without the lock; the system drops it at exit anyway
        }
    }
}
