package org.netjournal.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.netjournal.files.PrivateFiles;
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
        // the chain of moves: start, where it moved to, where that moved to, ... up to a folder without a pointer
        List<DataFolder> chain = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        DataFolder current = start;
        while (chain.size() < MAX_HOPS && seen.add(current.path())) {
            chain.add(current);
            Optional<Path> target = read(current.path());
            if (target.isEmpty()) {
                break;
            }
            current = new DataFolder(target.get());
        }
        // The journal is in the last folder of the chain that holds one. A folder before it still holding its file
        // is a move that never finished (the old file is set aside last); later folders without one are a move
        // whose target is not there now, e.g. a drive that is not connected.
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (Files.exists(chain.get(i).databaseFile())) {
                return chain.get(i);
            }
        }
        if (chain.size() == 1) {
            return start; // no pointer and no journal yet: a new journal is made here
        }
        DataFolder end = chain.get(chain.size() - 1);
        throw new UnreadableJournalException(Reason.MOVED_AWAY, end.databaseFile(),
                "moved away from " + chain.get(chain.size() - 2).path(), null);
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

    /** Writes the pointer all or nothing (see {@link SmallTextFile#writeLine}). */
    static void write(Path folder, Path target) throws IOException {
        SmallTextFile.writeLine(folder.resolve(FILE_NAME), target.toAbsolutePath().normalize().toString());
    }

    /** A folder that holds the journal again (moved back) must not send the next start elsewhere. */
    static void remove(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE_NAME));
    }
}
