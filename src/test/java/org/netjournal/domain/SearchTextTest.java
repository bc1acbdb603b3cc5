package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading search input and marking matched words the way a German user expects. */
class SearchTextTest {

    @Test
    void termsAreFoldedWordsWithoutSyntax() {
        assertEquals(List.of("muller", "strasse"), SearchText.terms("  MÜLLER \"Straße\"* "));
        assertEquals(List.of("and", "or", "near", "x"), SearchText.terms("AND (OR) NEAR(x)"));
        assertEquals(List.of("foo", "bar"), SearchText.terms("foo-bar foo"), "split at the dash, once each");
        assertEquals(List.of("muller"), SearchText.terms("Mu\u0308ller"), "decomposed umlaut");
        assertEquals(List.of(), SearchText.terms("\"*-()^: 🙂"));
        assertEquals(List.of(), SearchText.terms(null));
        assertEquals(SearchText.MAX_TERMS, SearchText.terms("a b c d e f g h i j k").size());
    }

    @Test
    void aWordMatchesWhenATermBeginsItReadEitherWay() {
        List<String> mueller = SearchText.terms("mueller");
        assertTrue(SearchText.matches("Müller", mueller));
        assertTrue(SearchText.matches("Mueller", mueller));
        assertFalse(SearchText.matches("Muller", mueller));
        assertTrue(SearchText.matches("Müller", SearchText.terms("mul")));
        assertTrue(SearchText.matches("MÜLLER", SearchText.terms("müll")));
        assertTrue(SearchText.matches("Straße", SearchText.terms("strass")));
        assertTrue(SearchText.matches("Straße", SearchText.terms("STRAẞE")));
        assertFalse(SearchText.matches("Amüller", SearchText.terms("muller")), "prefixes, not infixes");
        assertTrue(SearchText.matches("a", SearchText.terms("A")));
        assertFalse(SearchText.matches("Anna", SearchText.terms("a")), "a letter typed alone is a whole word");
        assertTrue(SearchText.matches("Mia", SearchText.terms("anna m")), "next to a longer word, a prefix again");
    }

    @Test
    void highlightMarksWholeMatchedWordsAndKeepsTheRest() {
        assertEquals(List.of(new TextSpan("Met ", false), new TextSpan("Jörg", true),
                        new TextSpan(" at the ", false), new TextSpan("Bäckerei", true), new TextSpan("!", false)),
                SearchText.highlight("Met Jörg at the Bäckerei!", SearchText.terms("jo back")));
        assertEquals(List.of(new TextSpan("nothing here", false)),
                SearchText.highlight("nothing here", SearchText.terms("xyz")));
        assertEquals(List.of(), SearchText.highlight("", SearchText.terms("xyz")));
    }

    @Test
    void theSnippetIsTheFirstMatchingLineCutAroundTheMatch() {
        List<String> terms = SearchText.terms("hafen");
        assertEquals("Kaffee am Hafen", text(SearchText.snippet("Acme\n\nKaffee am Hafen\nHafen again", terms, 80)));
        assertEquals("Acme", text(SearchText.snippet("\n Acme \nOther", SearchText.terms("zzz"), 80)));
        assertEquals(List.of(), SearchText.snippet(" \n ", terms, 80));

        String line = "word ".repeat(40) + "Hafen " + "word ".repeat(40);
        String cut = text(SearchText.snippet(line, terms, 60));
        assertTrue(cut.startsWith("\u2026") && cut.endsWith("\u2026") && cut.contains("Hafen"), cut);
        assertTrue(cut.length() <= 62, cut);
        assertFalse(cut.contains("wor\u2026") || cut.contains("\u2026ord"), "cut at spaces: " + cut);
        String start = text(SearchText.snippet("Hafen " + "word ".repeat(40), terms, 60));
        assertTrue(start.startsWith("Hafen") && start.endsWith("\u2026"), start);
    }

    private static String text(List<TextSpan> spans) {
        return spans.stream().map(TextSpan::text).reduce("", String::concat);
    }
}
