package org.netjournal.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrimmedThemeTest {

    @Test
    void aRuleGoesOnlyWhenEverySelectorNamesAControlTheAppDoesNotHave() {
        String css = """
                .root {
                  -color-accent-fg: #0969da;
                }
                .tab-pane > .tab-header-area, .tree-view {
                  -fx-padding: 0;
                }
                .button, .slider .thumb {
                  -fx-background-radius: 4;
                }
                """;

        List<TrimmedTheme.RuleText> rules = TrimmedTheme.rules(TrimmedTheme.trim(css));

        assertEquals(List.of(".root", ".button"), rules.stream().map(TrimmedTheme.RuleText::selectors).toList());
        assertTrue(rules.get(0).body().contains("-color-accent-fg: #0969da;"), rules.get(0).body());
        assertTrue(rules.get(1).body().contains("-fx-background-radius: 4;"), rules.get(1).body());
    }

    @Test
    void aClassThatOnlyBeginsLikeAnUnusedOneStays() {
        // "tile" and "message" are left out; these are other classes
        String css = ".page-icon-tile { -fx-padding: 2; }\n.tile-row .label, .message-text { -fx-padding: 1; }\n";

        assertEquals(List.of(".page-icon-tile", ".tile-row .label,\n.message-text"),
                TrimmedTheme.rules(TrimmedTheme.trim(css)).stream().map(TrimmedTheme.RuleText::selectors).toList());
    }

    @Test
    void commentsGoAndBracesInQuotesDoNotEndARule() {
        String css = "/* { a comment } */ .label { -fx-font-family: \"Odd {name}\"; } /* .card { } */";

        List<TrimmedTheme.RuleText> rules = TrimmedTheme.rules(css);

        assertEquals(1, rules.size());
        assertEquals(".label", rules.get(0).selectors());
        assertTrue(rules.get(0).body().contains("\"Odd {name}\""), rules.get(0).body());
    }

    @Test
    void anUnfinishedRuleIsAnErrorNotASilentCut() {
        assertThrows(IllegalArgumentException.class, () -> TrimmedTheme.rules(".button { -fx-padding: 1;"));
    }

    /** What the build made is what the app uses, and it keeps every rule of AtlantaFX's that can apply to the app. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theBuiltThemeKeepsEverySelectorThatCanApplyAndNoOther(boolean dark) throws IOException {
        String name = dark ? "primer-dark" : "primer-light";
        URL built = TrimmedTheme.binary(dark);
        assertNotNull(built, name + ".bss was not built (mvn process-classes runs TrimmedTheme)");
        assertEquals(built.toExternalForm(), Theme.stylesheet(dark));

        Set<String> original = selectors(Stylesheet.loadBinary(PrimerLight.class.getResource(dark
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS())));
        Set<String> trimmed = selectors(Stylesheet.loadBinary(built));

        Set<String> expected = new TreeSet<>();
        for (String selector : original) {
            if (unusedClassesIn(selector).isEmpty()) {
                expected.add(selector);
            }
        }
        assertEquals(expected, trimmed);
        assertTrue(trimmed.size() < original.size() * 0.75,
                "only " + (original.size() - trimmed.size()) + " of " + original.size() + " selectors left out");
        assertTrue(trimmed.contains("*.root") && trimmed.contains("*.button") && trimmed.contains("*.table-view"),
                "the theme's colours and the controls the app uses stay: " + trimmed.stream().limit(5).toList());
    }

    /** The app's own style classes must not take a name whose rules the theme leaves out. */
    @Test
    void noStyleClassOfTheAppIsOneTheThemeLeavesOut() throws IOException {
        Pattern javaLiteral = Pattern.compile("\"([a-z][a-z0-9-]*)\"");
        Pattern cssClass = Pattern.compile("\\.([a-z][a-z0-9-]*)");
        List<String> clashes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.equals("TrimmedTheme.java") || !(name.endsWith(".java") || name.endsWith(".css"))) {
                    continue;
                }
                String text = Files.readString(file);
                Matcher matcher = (name.endsWith(".css") ? cssClass : javaLiteral).matcher(text);
                while (matcher.find()) {
                    if (TrimmedTheme.UNUSED_STYLE_CLASSES.contains(matcher.group(1)) && looksLikeStyleClass(file, text,
                            matcher.start())) {
                        clashes.add(file + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertTrue(clashes.isEmpty(), "style classes the theme has no rules for: " + clashes);
    }

    /** In Java, a literal on a line that deals with style classes; in CSS, every class. */
    private static boolean looksLikeStyleClass(Path file, String text, int at) {
        if (file.toString().endsWith(".css")) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int lineEnd = text.indexOf('\n', at);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return line.contains("StyleClass") || line.contains("styleClass");
    }

    @Test
    void theCheckFindsAClashItWasWrittenFor() {
        assertFalse(TrimmedTheme.UNUSED_STYLE_CLASSES.contains("page-icon-tile"));
        assertTrue(TrimmedTheme.UNUSED_STYLE_CLASSES.contains("card"));
        assertTrue(looksLikeStyleClass(Path.of("A.java"), "box.getStyleClass().add(\"card\");", 27));
    }

    private static Set<String> selectors(Stylesheet stylesheet) {
        Set<String> selectors = new TreeSet<>();
        for (Rule rule : stylesheet.getRules()) {
            for (Selector selector : rule.getSelectors()) {
                selectors.add(selector.toString());
            }
        }
        return selectors;
    }

    private static List<String> unusedClassesIn(String selector) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\.([\\w-]+)").matcher(selector);
        while (matcher.find()) {
            if (TrimmedTheme.UNUSED_STYLE_CLASSES.contains(matcher.group(1))) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }
}
