package org.netjournal.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.netjournal.files.PrivateFiles;

/**
 * Writes log records to one file, owner-only (0600) from its first byte, and keeps it small: when the next record
 * would pass {@code limitBytes}, the file becomes {@code NAME.1} (replacing the older one) and a new file is begun.
 * The JDK's {@code FileHandler} is not used because it creates its {@code .lck} file and the files of a second
 * process ({@code NAME.1}) readable by everybody, and the log may quote the user's text. Two NetJournal processes
 * may append to the same file; without a lock file of their own, a record is one append each.
 */
final class PrivateLogHandler extends Handler {

    private final Path file;
    private final Path rotated;
    private final long limitBytes;
    private FileChannel channel;
    /** The identity (inode) of the file {@link #channel} writes; null where the file system has none. */
    private Object openedKey;

    PrivateLogHandler(Path file, long limitBytes) throws IOException {
        this.file = file;
        this.rotated = file.resolveSibling(file.getFileName() + ".1");
        this.limitBytes = limitBytes;
        open();
    }

    private void open() throws IOException {
        channel = PrivateFiles.openChannel(file, StandardOpenOption.APPEND);
        openedKey = fileKeyAtPath();
    }

    private Object fileKeyAtPath() {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException gone) {
            return null;
        }
    }

    /** Another NetJournal rotated the file meanwhile: from now on write the new one, not the old one under its new name. */
    private void followRotation() throws IOException {
        if (openedKey != null && !openedKey.equals(fileKeyAtPath())) {
            channel.close();
            open();
        }
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (channel == null || !isLoggable(record)) {
            return;
        }
        String text;
        try {
            text = getFormatter().format(record);
        } catch (RuntimeException e) {
            reportError(null, e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            followRotation();
            long size = channel.size(); // also counts what another process appended
            if (size > 0 && size + bytes.length > limitBytes) {
                rotate();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            reportError(null, e, ErrorManager.WRITE_FAILURE);
        }
    }

    /** A rename keeps the file's owner-only mode; the new file is created owner-only. */
    private void rotate() throws IOException {
        channel.close();
        try {
            Files.move(file, rotated, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, rotated, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            open();
        }
    }

    @Override
    public synchronized void flush() {
        // every record is written straight to the file; nothing is buffered here
    }

    @Override
    public synchronized void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            reportError(null, e, ErrorManager.CLOSE_FAILURE);
        }
        channel = null;
    }
}
