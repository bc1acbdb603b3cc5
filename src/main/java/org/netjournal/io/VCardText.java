package org.netjournal.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what ez-vcard reads differently from the clients that wrote the file, before it parses the text.
 *
 * <ul>
 * <li><b>Charsets of 8-bit values.</b> vCard 2.1 writers (Outlook 2003, Android 2.1, Japanese phones) write values
 *     in the charset their {@code CHARSET=} parameter names, e.g. Shift_JIS or ISO-8859-1, without
 *     quoted-printable. ez-vcard honours {@code CHARSET} only for quoted-printable values and would see the file's
 *     bytes through one charset. A file that is not UTF-8 is therefore decoded line by line: a property line (and
 *     its folded continuation lines) in its own {@code CHARSET}, the others as UTF-8 if they are, else
 *     Windows-1252.</li>
 * <li><b>Quoted-printable soft line breaks before a space.</b> After a soft break ({@code =} at the end of the
 *     line) the next line is part of the value, a leading space included; ez-vcard takes that space for line
 *     folding and drops it ("first part" + " second" became "first partsecond"). The space is written as
 *     {@code =20} here, which means the same and survives.</li>
 * </ul>
 */
final class VCardText {

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*CHARSET\\s*=\\s*\"?([A-Za-z0-9_.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private VCardText() {
    }

    /** True when the bytes (after a UTF-8 byte-order mark and blanks) start with {@code BEGIN:VCARD}. */
    static boolean looksLikeVCard(byte[] bytes, int offset) {
        int start = offset;
        while (start < bytes.length && (bytes[start] == ' ' || bytes[start] == '\t' || bytes[start] == '\r'
                || bytes[start] == '\n')) {
            start++;
        }
        String head = new String(bytes, start, Math.min(11, bytes.length - start), StandardCharsets.ISO_8859_1);
        return head.toUpperCase(Locale.ROOT).equals("BEGIN:VCARD");
    }

    /** Decodes a vCard file that is not UTF-8 as a whole: each property in its {@code CHARSET}. */
    static String decodeByLine(byte[] bytes, int offset) {
        StringBuilder text = new StringBuilder(bytes.length);
        Charset current = null; // the charset of the property whose folded lines we are in
        int lineStart = offset;
        while (lineStart < bytes.length) {
            int end = lineStart;
            while (end < bytes.length && bytes[end] != '\r' && bytes[end] != '\n') {
                end++;
            }
            int next = end;
            while (next < bytes.length && (bytes[next] == '\r' || bytes[next] == '\n')) {
                next++;
            }
            boolean continuation = end > lineStart && (bytes[lineStart] == ' ' || bytes[lineStart] == '\t');
            if (!continuation) {
                current = declaredCharset(bytes, lineStart, end);
            }
            text.append(decodeLine(bytes, lineStart, end, current));
            text.append(new String(bytes, end, next - end, StandardCharsets.ISO_8859_1));
            lineStart = next;
        }
        return text.toString();
    }

    private static Charset declaredCharset(byte[] bytes, int start, int end) {
        int colon = start;
        while (colon < end && bytes[colon] != ':') {
            colon++;
        }
        String name = new String(bytes, start, colon - start, StandardCharsets.ISO_8859_1);
        Matcher matcher = CHARSET.matcher(name);
        if (!matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null; // a name Java does not know: read as if no charset was given
        }
    }

    private static String decodeLine(byte[] bytes, int start, int end, Charset declared) {
        if (declared != null) {
            return new String(bytes, start, end - start, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, start, end - start, WINDOWS_1252);
        }
    }

    /** Keeps the space after a quoted-printable soft line break (see the class comment). */
    static String keepSpacesAfterSoftBreaks(String text) {
        String[] lines = text.split("(?<=\r\n|\r(?!\n)|\n)");
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean quotedPrintable = false;
        boolean softBreak = false;
        for (String line : lines) {
            String content = line.replaceAll("[\r\n]+$", "");
            String ending = line.substring(content.length());
            boolean folded = !content.isEmpty() && (content.charAt(0) == ' ' || content.charAt(0) == '\t');
            if (softBreak && folded) {
                content = (content.charAt(0) == ' ' ? "=20" : "=09") + content.substring(1);
            } else if (!softBreak && !folded) {
                int colon = content.indexOf(':');
                quotedPrintable = colon > 0
                        && content.substring(0, colon).toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE");
            }
            softBreak = quotedPrintable && content.endsWith("=");
            out.append(content).append(ending);
        }
        return out.toString();
    }
}
