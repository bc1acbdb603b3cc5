package org.netjournal.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.JournalRestore;
import org.netjournal.storage.JournalSnapshots;
import org.netjournal.storage.UnreadableJournalException;

/**
 * A full export as the restore makes it: streamed into a new journal in a temporary folder and read back, so tests
 * see what a user's restore gives (ids given by the storage included), not a reading of their own.
 */
public final class RestoredJson {

    private RestoredJson() {
    }

    /** The restored journal; empty when the text holds contacts only (and nothing was restored). */
    public static Optional<JournalSnapshot> readJournal(String json) throws UnsupportedFileException {
        Path folder;
        try {
            folder = Files.createTempDirectory("restored-json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(folder.resolve("journal")))) {
            boolean[] full = new boolean[1];
            JournalRestore.intoEmpty(db, restore -> {
                try {
                    full[0] = JsonRestoreReader.readInto(new StringReader(json), restore);
                } catch (IOException cannotHappen) {
                    throw new UncheckedIOException(cannotHappen);
                }
            });
            return full[0] ? Optional.of(new JournalSnapshots(db).read()) : Optional.empty();
        } catch (IOException | UnreadableJournalException e) {
            throw new IllegalStateException(e);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
