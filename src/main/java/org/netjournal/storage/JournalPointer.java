package org.netjournal.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.netjournal.storage.UnreadableJournalException.Reason;

/**
 * The note a moved journal leaves in the folder it moved away from: one line with the new folder. It lets
 * the next start (and the command line) find the journal however that folder was chosen, while
 * {@code --data-dir} and {@code NETJOURNAL_HOME} still pick the folder to start from: a pointer is only read
 * in the folder they (or the per-OS default) named.
 *
 * <p>A folder's own journal always wins over its pointer while the pointer's target holds no journal, so a
 * crash during a move (before the copy is complete and the pointer written) opens the old journal.
 */
public final class JournalPointer {

    public static final String FILE_NAME = "netjournal-moved-to.txt";
    /** Moving A to B to C leaves a chain; far more hops than anyone makes means a loop. */
    private static final int MAX_HOPS = 16;

    private JournalPointer() {
    }

    /**
     * The folder whose journal to open when starting from {@code start}. Runs on a background thread (it
     * reads files).
     *
     * @throws UnreadableJournalException {@code MOVED_AWAY} when the journal was moved to a folder that has
     *                                    no journal now (e.g. a drive that is not connected)
     */
    public static DataFolder follow(DataFolder start) throws UnreadableJournalException {
        DataFolder current = start;
        Set<Path> seen = new HashSet<>();
        for (int hop = 0; hop < MAX_HOPS && seen.add(current.path()); hop++) {
            Optional<Path> target = read(current.path());
            if (target.isEmpty()) {
                return current;
            }
            DataFolder next = new DataFolder(target.get());
            if (!Files.exists(next.databaseFile())) {
                if (Files.exists(current.databaseFile())) {
                    return current; // the move never completed: this folder still holds the journal
                }
                throw new UnreadableJournalException(Reason.MOVED_AWAY, next.databaseFile(),
                        "moved away from " + current.path(), null);
            }
            current = next;
        }
        return current;
    }

    /** The folder named in {@code folder}'s pointer, if there is a readable one. */
    public static Optional<Path> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String line = Files.readString(file, StandardCharsets.UTF_8).strip();
            Path target = Path.of(line);
            return line.isEmpty() || !target.isAbsolute() ? Optional.empty() : Optional.of(target.normalize());
        } catch (IOException | InvalidPathException unreadable) {
            return Optional.empty();
        }
    }

    /** Writes the pointer all or nothing: a temporary file, flushed, then renamed over the old one. */
    static void write(Path folder, Path target) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        Path partial = folder.resolve(FILE_NAME + ".partial");
        Files.writeString(partial, target.toAbsolutePath().normalize() + System.lineSeparator(),
                StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A folder that holds the journal again (moved back) must not send the next start elsewhere. */
    static void remove(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE_NAME));
    }
}
