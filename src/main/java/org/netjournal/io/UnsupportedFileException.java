package org.netjournal.io;

import java.util.List;

/**
 * The file cannot be imported as a whole: it is of no format NetJournal knows, empty, too large, or a damaged or
 * newer NetJournal export. {@link #reason()} is the text for the user (a key of the {@code messages} bundle with
 * its arguments); {@link #getMessage()} is for logs.
 */
public class UnsupportedFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ImportMessage reason;

    public UnsupportedFileException(String key, Object... args) {
        this(null, key, args);
    }

    public UnsupportedFileException(Throwable cause, String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + List.of(args)), cause);
        this.reason = ImportMessage.of(key, args);
    }

    public ImportMessage reason() {
        return reason;
    }
}
