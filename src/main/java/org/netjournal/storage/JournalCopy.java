package org.netjournal.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.netjournal.files.PrivateFiles;

/**
 * A consistent copy of a journal written with SQLite's {@code VACUUM INTO}. The target is created empty and
 * owner-only (0600) first, which {@code VACUUM INTO} accepts, so the copy is never readable by others, not even
 * while it is being written; it is flushed to disk before anyone calls it a copy.
 */
final class JournalCopy {

    private JournalCopy() {
    }

    /** Writes a copy of the database on {@code connection} to {@code target} (a leftover there is replaced). */
    static void write(Connection connection, Path target) throws SQLException, IOException {
        Files.deleteIfExists(target);
        PrivateFiles.createFile(target);
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toString());
            vacuum.executeUpdate();
        }
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
