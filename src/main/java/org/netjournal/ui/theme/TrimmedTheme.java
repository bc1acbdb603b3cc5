package org.netjournal.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.css.Stylesheet;

/**
 * AtlantaFX's Primer stylesheets without the rules for controls NetJournal never shows, made at build time
 * ({@code process-classes}, see pom.xml) as pre-parsed binary CSS next to this class.
 *
 * <p>Why: JavaFX matches every node of the window against every rule whose last part could apply, walking up the
 * node's parents for each, and builds an index of the whole stylesheet when it is set. A good third of Primer's rules
 * style controls the app does not have (tabs, trees, sliders, AtlantaFX's cards and notifications …). Without them
 * the start takes ≈ 50–80 ms less CPU and the first frame comes ≈ 10–35 ms sooner (BENCHMARKS.md, fourth look).
 *
 * <p>A selector is left out when it names one of {@link #UNUSED_STYLE_CLASSES}; a rule goes when all its selectors
 * do. {@code ArchitectureTest} keeps the controls behind those classes out of the code, and
 * {@code TrimmedThemeTest} keeps the app's own style classes from taking one of their names.
 */
public final class TrimmedTheme {

    /** The style classes of controls NetJournal never creates; the rules that need one of them are left out. */
    public static final Set<String> UNUSED_STYLE_CLASSES = Set.of(
            // JavaFX controls
            "accordion", "choice-box", "color-picker", "color-palette", "color-palette-region", "custom-color-dialog",
            "html-editor", "pagination", "password-field", "progress-indicator", "slider", "split-menu-button",
            "tab-pane", "tab-header-area", "tool-bar", "tree-cell", "tree-table-cell", "tree-table-row-cell",
            "tree-table-view", "tree-view", "chart-pie", "pie-legend-symbol",
            // AtlantaFX's own controls and markup
            "bb-code", "breadcrumbs", "calendar", "caption-menu-item", "card", "deck-pane", "inline-date-picker",
            "message", "modal-box", "modal-pane", "notification", "popover", "ring-progress-indicator", "tile",
            "tile-base", "toggle-switch");

    /** The light and dark stylesheets this class makes, by the name of AtlantaFX's original. */
    private static final String LIGHT = "primer-light";
    private static final String DARK = "primer-dark";

    private static final String ATLANTAFX_FOLDER = "atlantafx/base/theme/";

    private static final Pattern UNUSED_CLASS = Pattern.compile("\\.(" + UNUSED_STYLE_CLASSES.stream()
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\w-])");

    private TrimmedTheme() {
    }

    /** The built binary stylesheet of the light or the dark theme, or null when the build step did not run. */
    static URL binary(boolean dark) {
        return TrimmedTheme.class.getResource((dark ? DARK : LIGHT) + ".bss");
    }

    /**
     * The build step: writes {@code <theme>.bss} for both themes into {@code args[0]}/org/netjournal/ui/theme (the
     * compiled classes), from the AtlantaFX jar on the class path.
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve(TrimmedTheme.class.getPackageName().replace('.', '/'));
        Files.createDirectories(folder);
        Path work = Files.createTempDirectory("netjournal-theme");
        try {
            for (String theme : List.of(LIGHT, DARK)) {
                String original;
                try (InputStream in = TrimmedTheme.class.getClassLoader()
                        .getResourceAsStream(ATLANTAFX_FOLDER + theme + ".css")) {
                    if (in == null) {
                        throw new IOException("AtlantaFX's " + theme + ".css is not on the class path");
                    }
                    original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Path css = work.resolve(theme + ".css");
                Files.writeString(css, trim(original));
                Stylesheet.convertToBinary(css.toFile(), folder.resolve(theme + ".bss").toFile());
            }
        } finally {
            try (var files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(work);
        }
    }

    /** {@code css} without the selectors that name an unused control, and without rules left with none. */
    static String trim(String css) {
        StringBuilder out = new StringBuilder(css.length());
        for (RuleText rule : rules(css)) {
            List<String> kept = new ArrayList<>();
            for (String selector : rule.selectors().split(",")) {
                if (!UNUSED_CLASS.matcher(selector).find()) {
                    kept.add(selector.strip());
                }
            }
            if (!kept.isEmpty()) {
                out.append(String.join(",\n", kept)).append(" {").append(rule.body()).append("}\n");
            }
        }
        return out.toString();
    }

    /** A rule as written: its selector list and its declarations (JavaFX CSS has no nested blocks). */
    record RuleText(String selectors, String body) {
    }

    /** The rules of {@code css}, comments dropped; a brace inside quotes does not end a rule. */
    static List<RuleText> rules(String css) {
        List<RuleText> rules = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        String selectors = null;
        char quote = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (quote != 0) {
                part.append(c);
                if (c == quote && css.charAt(i - 1) != '\\') {
                    quote = 0;
                }
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 1;
            } else if (c == '"' || c == '\'') {
                quote = c;
                part.append(c);
            } else if (c == '{' && selectors == null) {
                selectors = part.toString().strip();
                part.setLength(0);
            } else if (c == '}' && selectors != null) {
                rules.add(new RuleText(selectors, part.toString()));
                selectors = null;
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (selectors != null || !part.toString().isBlank()) {
            throw new IllegalArgumentException("the stylesheet ends inside a rule: " + part.toString().strip());
        }
        return rules;
    }
}
