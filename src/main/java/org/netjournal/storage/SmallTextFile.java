package org.netjournal.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.netjournal.files.PrivateFiles;

/** The small notes NetJournal keeps next to the journal (where it moved, where its backups are). */
final class SmallTextFile {

    private SmallTextFile() {
    }

    /**
     * Writes {@code line} to {@code file} all or nothing: a temporary file, private (0600) from its creation,
     * flushed, then renamed over the old one.
     */
    static void writeLine(Path file, String line) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        PrivateFiles.createFile(partial);
        Files.writeString(partial, line + System.lineSeparator(), StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
