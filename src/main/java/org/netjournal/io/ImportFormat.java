package org.netjournal.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file NetJournal imports, recognised from their content (never from the file name). */
public enum ImportFormat {
    LINKEDIN_CSV("import.format.linkedin"),
    VCARD("import.format.vcard"),
    JSON("import.format.json"),
    /** NetJournal's own CSV export (it has a "Connected On" column too, so it is recognised before LinkedIn's). */
    NETJOURNAL_CSV("import.format.netjournalCsv"),
    GOOGLE_CSV("import.format.googleCsv"),
    OUTLOOK_CSV("import.format.outlookCsv"),
    THUNDERBIRD_CSV("import.format.thunderbirdCsv");

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
     * is <code>{</code>, vCard when the first non-blank line is {@code BEGIN:VCARD}, NetJournal's own CSV export or
     * an address book's (Google Contacts, Outlook, Thunderbird) by its header row, a LinkedIn connections file
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
        if (text.charAt(start) == '{') {
            return JSON;
        }
        String head = text.substring(start, Math.min(text.length(), start + "BEGIN:VCARD".length()));
        if (head.toUpperCase(Locale.ROOT).equals("BEGIN:VCARD")) {
            return VCARD; // a NUL inside a card is removed from the field it is in, with a warning on the row
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnsupportedFileException("import.unsupported.unknownFormat"); // binary: an image, a zip …
        }
        List<String> header = CsvTable.headerOf(text);
        if (NetJournalCsvReader.looksLikeOurs(header)) {
            return NETJOURNAL_CSV;
        }
        Optional<ImportFormat> addressBook = AddressBookCsvReader.recognise(header);
        if (addressBook.isPresent()) {
            return addressBook.get();
        }
        if (LinkedInCsvReader.looksLikeConnections(text)) {
            return LINKEDIN_CSV;
        }
        throw new UnsupportedFileException("import.unsupported.unknownFormat");
    }
}
