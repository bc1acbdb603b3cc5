package org.netjournal.io;

/** A value of the file that cannot be restored; becomes an {@link UnsupportedFileException}. */
final class BadJsonEntry extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Object[] args;
    final String key;

    BadJsonEntry(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    UnsupportedFileException unsupported() {
        return new UnsupportedFileException(key, args);
    }
}
