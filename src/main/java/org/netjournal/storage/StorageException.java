package org.netjournal.storage;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one error of the storage layer: a read or write on an open journal failed. The {@link Kind} says what the
 * user can do about it; it is decided here, from SQLite's result codes, so that no caller reads error messages.
 * A journal that cannot be opened at all is a different thing, {@link UnreadableJournalException}: it is refused
 * before any work and keeps the file untouched.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the user can act on it. */
    public enum Kind {
        /** The disk (or SQLite's size limit) has no room for the write. */
        DISK_FULL,
        /** The file, its folder or the file system may not be written. */
        READ_ONLY,
        /** The journal file was removed, moved or replaced while it was open. */
        FILE_CHANGED_OR_REMOVED,
        /** Another program holds a lock on the file longer than we wait. */
        BUSY,
        /** The file's content is damaged. */
        CORRUPT,
        /** Anything else; the message and the cause tell the log what it was. */
        OTHER
    }

    private final Kind kind;

    public StorageException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** {@code what} failed because of {@code failure}; the kind comes from SQLite's result code. */
    static StorageException of(String what, SQLException failure) {
        return new StorageException(kindOf(failure), what + " failed: " + failure.getMessage(), failure);
    }

    public Kind kind() {
        return kind;
    }

    /** The kind for SQLite's (extended) result code anywhere in the failure's chain of causes. */
    static Kind kindOf(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StorageException known) {
                return known.kind();
            }
            if (cause instanceof SQLiteException sqlite) {
                return kindOf(sqlite.getResultCode());
            }
        }
        return Kind.OTHER;
    }

    static Kind kindOf(SQLiteErrorCode code) {
        switch (code) {
            case SQLITE_READONLY_DBMOVED:
            case SQLITE_IOERR_DELETE_NOENT:
            case SQLITE_IOERR_VNODE:
            case SQLITE_CANTOPEN:
            case SQLITE_CANTOPEN_ISDIR:
            case SQLITE_CANTOPEN_FULLPATH:
                return Kind.FILE_CHANGED_OR_REMOVED;
            case SQLITE_IOERR_CORRUPTFS:
                return Kind.CORRUPT;
            default:
                break;
        }
        // extended codes carry their primary code in the low byte
        switch (SQLiteErrorCode.getErrorCode(code.code & 0xff)) {
            case SQLITE_FULL:
                return Kind.DISK_FULL;
            case SQLITE_READONLY:
            case SQLITE_PERM:
                return Kind.READ_ONLY;
            case SQLITE_BUSY:
            case SQLITE_LOCKED:
                return Kind.BUSY;
            case SQLITE_CORRUPT:
            case SQLITE_NOTADB:
                return Kind.CORRUPT;
            default:
                return Kind.OTHER;
        }
    }
}
