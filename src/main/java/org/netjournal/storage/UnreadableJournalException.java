package org.netjournal.storage;

import java.nio.file.Path;

/**
 * The journal file exists but we must not use it. The file has not been modified; the UI explains the
 * {@link Reason} and offers a way out. Checked, and apart from {@link StorageException}: it is a refusal to open
 * (or restore, or check) a file, which every caller must handle, not a failure of work on an open journal.
 */
public class UnreadableJournalException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The file does not start with the SQLite header: some other kind of file. */
        NOT_SQLITE,
        /** The header is SQLite, but the file is shorter than the header says or otherwise damaged. */
        DAMAGED,
        /** Written by a newer NetJournal: its schema version is higher than this build knows. */
        NEWER_VERSION,
        /** The operating system refused access (permissions, locked, a folder where the file should be). */
        NO_ACCESS,
        /** Another NetJournal (a window or a command) has this journal open; it is not opened twice. */
        IN_USE,
        /** The journal was moved (Settings, "Move journal") to a folder that holds no journal now. */
        MOVED_AWAY
    }

    private final Reason reason;
    private final Path file;

    public UnreadableJournalException(Reason reason, Path file, String detail, Throwable cause) {
        super(reason + ": " + file + (detail == null ? "" : " (" + detail + ")"), cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
