package org.netjournal.io;

import java.util.Locale;

/** The kinds of file NetJournal imports, recognised from their content (never from the file name). */
public enum ImportFormat {
    LINKEDIN_CSV("import.format.linkedin"),
    VCARD("import.format.vcard"),
    JSON("import.format.json");

    private final String messageKey;

    ImportFormat(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Key of the format's name in the {@code messages} bundle. */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The format of decoded file text (byte-order mark already removed): JSON when the first non-blank character
     * is <code>{</code>, vCard when the first non-blank line is {@code BEGIN:VCARD}, a LinkedIn connections file
     * when one of the first 50 records is its header ({@link LinkedInCsvReader#looksLikeConnections}).
     *
     * @throws UnsupportedFileException {@code import.unsupported.empty} or {@code import.unsupported.unknownFormat}
     */
    public static ImportFormat detect(String text) throws UnsupportedFileException {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            throw new UnsupportedFileException("import.unsupported.empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnsupportedFileException("import.unsupported.unknownFormat"); // binary: an image, a zip …
        }
        if (text.charAt(start) == '{') {
            return JSON;
        }
        String head = text.substring(start, Math.min(text.length(), start + "BEGIN:VCARD".length()));
        if (head.toUpperCase(Locale.ROOT).equals("BEGIN:VCARD")) {
            return VCARD;
        }
        if (LinkedInCsvReader.looksLikeConnections(text)) {
            return LINKEDIN_CSV;
        }
        throw new UnsupportedFileException("import.unsupported.unknownFormat");
    }
}
