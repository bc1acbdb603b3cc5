package org.netjournal.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How search reads what the user typed and marks what it found, the way a German user expects: case and
 * diacritics do not matter ("muller", "Müller" and "MÜLLER" are the same word), "ß" is "ss", and the spelling
 * without umlauts ("mueller" for "Müller") finds the word too. Every typed word is a prefix ("mül" finds
 * "Müller"), except a single letter typed alone: "a" finds the word "a", not every word beginning with it (that
 * would be most of the journal, ranked for nothing). The full-text index in storage follows the same rules; this
 * class is the Java side of them, used to build the query and to highlight the matched words. Pure and thread-safe.
 */
public final class SearchText {

    /** More words than this are ignored: nobody types them, and each one costs the index a look-up. */
    public static final int MAX_TERMS = 8;

    private static final String ELLIPSIS = "\u2026";

    private SearchText() {
    }

    /**
     * The words of {@code input}, folded, without duplicates, at most {@link #MAX_TERMS}. Anything that is not
     * a letter or digit separates words, so quotes, stars, dashes and brackets never reach the index as syntax.
     */
    public static List<String> terms(String input) {
        Set<String> terms = new LinkedHashSet<>();
        if (input != null) {
            for (Word word : words(input)) {
                if (word.isWord() && terms.size() < MAX_TERMS) {
                    String folded = fold(word.text());
                    if (!folded.isEmpty()) {
                        terms.add(folded);
                    }
                }
            }
        }
        return List.copyOf(terms);
    }

    /** Lower case, without diacritics, "ß" as "ss": "MÜLLER" and "Müller" become "muller", "Straße" "strasse". */
    public static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !isMark(cp)).forEach(folded::appendCodePoint);
        return folded.toString().toLowerCase(Locale.ROOT).replace("\u00df", "ss");
    }

    /** The German spelling without umlauts, folded: "Müller" becomes "mueller", "Bär" "baer". */
    static String foldTransliterated(String word) {
        String lower = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return fold(lower.replace("\u00e4", "ae").replace("\u00f6", "oe").replace("\u00fc", "ue"));
    }

    /** True when {@code term} (one of {@code terms}) matches the beginning of words, false when whole words only. */
    public static boolean isPrefix(String term, List<String> terms) {
        return terms.size() > 1 || term.codePointCount(0, term.length()) > 1;
    }

    /** True when one of the folded {@code terms} begins {@code word} (read either way, see {@link #fold}). */
    public static boolean matches(String word, List<String> terms) {
        String folded = fold(word);
        String transliterated = foldTransliterated(word);
        for (String term : terms) {
            boolean prefix = isPrefix(term, terms);
            if (prefix ? folded.startsWith(term) || transliterated.startsWith(term)
                    : folded.equals(term) || transliterated.equals(term)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} in pieces, the words that {@link #matches} marked as highlighted; adjacent pieces merged. */
    public static List<TextSpan> highlight(String text, List<String> terms) {
        List<TextSpan> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (Word word : words(text)) {
            if (word.isWord() && matches(word.text(), terms)) {
                if (!plain.isEmpty()) {
                    spans.add(new TextSpan(plain.toString(), false));
                    plain.setLength(0);
                }
                spans.add(new TextSpan(word.text(), true));
            } else {
                plain.append(word.text());
            }
        }
        if (!plain.isEmpty()) {
            spans.add(new TextSpan(plain.toString(), false));
        }
        return spans;
    }

    /**
     * The line of {@code body} (one field or paragraph per line) with the first matched word, highlighted; when
     * none matches (the title did), its first non-blank line. A long line is cut to about {@code maxLength}
     * characters around the first match, at spaces, with "…" where text was left out.
     */
    public static List<TextSpan> snippet(String body, List<String> terms, int maxLength) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        String chosen = null;
        int matchAt = -1;
        for (String line : body.split("\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (chosen == null) {
                chosen = stripped;
            }
            int at = firstMatch(stripped, terms);
            if (at >= 0) {
                chosen = stripped;
                matchAt = at;
                break;
            }
        }
        if (chosen == null) {
            return List.of();
        }
        return highlight(shorten(chosen, Math.max(matchAt, 0), maxLength), terms);
    }

    private static int firstMatch(String line, List<String> terms) {
        int at = 0;
        for (Word word : words(line)) {
            if (word.isWord() && matches(word.text(), terms)) {
                return at;
            }
            at += word.text().length();
        }
        return -1;
    }

    /** About {@code maxLength} characters of {@code line} around {@code focus}, cut at spaces. */
    static String shorten(String line, int focus, int maxLength) {
        if (line.length() <= maxLength) {
            return line;
        }
        int start = Math.max(0, Math.min(focus - maxLength / 3, line.length() - maxLength));
        if (start > 0) {
            int space = line.indexOf(' ', start);
            start = space >= 0 && space < focus ? space + 1 : start;
        }
        int end = Math.min(line.length(), start + maxLength);
        if (end < line.length()) {
            int space = line.lastIndexOf(' ', end);
            end = space > Math.max(start, focus) ? space : end;
        }
        return (start > 0 ? ELLIPSIS : "") + line.substring(start, end).strip() + (end < line.length() ? ELLIPSIS : "");
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || isMark(codePoint);
    }

    /** A run of word characters, or a run of everything else. */
    private record Word(String text, boolean isWord) {
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean word = isWordChar(text.codePointAt(i));
            int end = i;
            while (end < text.length() && isWordChar(text.codePointAt(end)) == word) {
                end += Character.charCount(text.codePointAt(end));
            }
            words.add(new Word(text.substring(i, end), word));
            i = end;
        }
        return words;
    }
}
