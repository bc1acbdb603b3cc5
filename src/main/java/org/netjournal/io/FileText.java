package org.netjournal.io;

import java.nio.file.NoSuchFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an import file into text: size limit, UTF-8 (with or without BOM), else Windows-1252. */
final class FileText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private FileText() {
    }

    /**
     * The file's bytes, refusing before anything is opened: what is no regular file (a fifo, which would block
     * the reader forever; {@code /dev/zero}, which never ends; a folder) and a file larger than {@code maxBytes}.
     */
    static byte[] read(Path file, long maxBytes) throws IOException, UnsupportedFileException {
        requireRegularFile(file);
        long size = Files.size(file);
        if (size > maxBytes) {
            throw tooLarge(size, maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) { // grew while we looked
                throw tooLarge(bytes.length, maxBytes);
            }
            return bytes;
        }
    }

    static void requireRegularFile(Path file) throws IOException, UnsupportedFileException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) { // follows links: a link to a regular file is fine
            throw new UnsupportedFileException("import.unsupported.notAFile");
        }
    }

    /**
     * True when the file's first non-blank character (after a UTF-8 byte-order mark) is <code>{</code>: it may be
     * a NetJournal JSON export. Reads at most the first 4 KB.
     */
    static boolean startsLikeJson(Path file) throws IOException, UnsupportedFileException {
        requireRegularFile(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && head[i] == '{';
    }

    static UnsupportedFileException tooLarge(long size, long maxBytes) {
        long mb = 1024L * 1024L;
        return new UnsupportedFileException("import.unsupported.tooLarge", String.valueOf((size + mb - 1) / mb),
                String.valueOf(maxBytes / mb));
    }

    /**
     * The text of the bytes without a byte-order mark. Exports are UTF-8 today; UTF-16 is recognised by its
     * byte-order mark; older Outlook and Excel files may be Windows-1252, which we fall back to when the bytes
     * are not valid UTF-8.
     */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            // "Unicode text" from Excel and some Windows address books: UTF-16 with its byte-order mark
            return withoutBom(new String(bytes, StandardCharsets.UTF_16));
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            if (VCardText.looksLikeVCard(bytes, offset)) {
                return VCardText.decodeByLine(bytes, offset); // each property in its CHARSET
            }
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }

    /** Removes a leading U+FEFF (a BOM that survived decoding elsewhere). */
    static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
