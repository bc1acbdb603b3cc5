package org.netjournal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.StepDefinition;
import org.netjournal.storage.UnreadableJournalException;

/**
 * Keeps the resource bundles and the code in step: every key exists in every language, every key is used
 * somewhere, and every key the code asks for exists. Reads the sources and the {@code .properties} files
 * directly (UTF-8), so it needs to run from the project folder, as Maven does.
 */
class BundleKeysTest {

    /** English is the base bundle ({@code messages.properties}); other languages have a {@code _code} suffix. */
    private static final Language BASE = Language.ENGLISH;

    /** What a bundle key looks like in the code: {@code menu.file}, {@code problem.notSqlite.title} … */
    private static final Pattern KEY_LIKE = Pattern.compile("^[a-z]+(\\.[a-zA-Z0-9-]+)+$");

    /** A MessageFormat argument such as {@code {0}} or {@code {1,number}}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    private static Path projectDir;
    /** bundle base name, e.g. "org.netjournal.i18n.messages" -> language -> its properties. */
    private static Map<String, Map<Language, Properties>> bundles;
    /** Problems found while reading the files (bad UTF-8, duplicate keys); reported by one test. */
    private static List<String> fileProblems;
    /** Every string literal in src/main/java -> the source files it appears in. */
    private static Map<String, Set<String>> literals;

    @BeforeAll
    static void readBundlesAndSources() throws IOException {
        projectDir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        assertTrue(Files.isDirectory(projectDir.resolve("src/main/java")),
                "run this test from the project folder; looked in " + projectDir);

        fileProblems = new ArrayList<>();
        bundles = new LinkedHashMap<>();
        for (String baseName : Messages.BUNDLES) {
            Map<Language, Properties> byLanguage = new LinkedHashMap<>();
            for (Language language : Language.values()) {
                byLanguage.put(language, loadProperties(bundleFile(baseName, language)));
            }
            bundles.put(baseName, byLanguage);
        }

        literals = new TreeMap<>();
        Path sources = projectDir.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = sources.relativize(file).toString();
                for (String literal : JavaSource.stringLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
                    literals.computeIfAbsent(literal, l -> new TreeSet<>()).add(relative);
                }
            }
        }
        assertTrue(literals.containsKey("state.done"), "the source scan found no literals; is it broken?");
    }

    // ---------------------------------------------------------------------------------------------------
    // The files themselves

    @Test
    void bundleFilesAreValidUtf8WithoutDuplicateKeys() {
        assertNothingWrong("Problems in the .properties files", fileProblems);
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfTheBaseLanguage() {
        List<String> problems = new ArrayList<>();
        bundles.forEach((baseName, byLanguage) -> {
            Set<String> baseKeys = keys(byLanguage.get(BASE));
            for (Language language : Language.values()) {
                if (language == BASE) {
                    continue;
                }
                Set<String> keys = keys(byLanguage.get(language));
                Path file = relativeBundleFile(baseName, language);
                difference(baseKeys, keys).forEach(key -> problems.add(file + ": missing " + key
                        + " (in " + relativeBundleFile(baseName, BASE) + ")"));
                difference(keys, baseKeys).forEach(key -> problems.add(file + ": " + key + " is not in "
                        + relativeBundleFile(baseName, BASE)));
            }
        });
        assertNothingWrong("Keys differ between the languages", problems);
    }

    @Test
    void noValueIsBlank() {
        List<String> problems = new ArrayList<>();
        forEachEntry((baseName, language, key, value) -> {
            if (value.isBlank()) {
                problems.add(relativeBundleFile(baseName, language) + ": " + key + " is blank");
            }
        });
        assertNothingWrong("Blank texts", problems);
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        // Messages.get() asks the bundles in order: a key in two bundles would silently hide one text.
        Map<String, List<String>> bundlesByKey = new TreeMap<>();
        bundles.forEach((baseName, byLanguage) -> keys(byLanguage.get(BASE))
                .forEach(key -> bundlesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(baseName)));
        List<String> problems = bundlesByKey.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " is in " + e.getValue()).toList();
        assertNothingWrong("Keys defined in more than one bundle", problems);
    }

    // ---------------------------------------------------------------------------------------------------
    // Keys and code

    @Test
    void everyKeyIsUsedByTheCode() {
        Set<String> dynamic = dynamicKeys();
        List<String> unused = new ArrayList<>();
        bundles.forEach((baseName, byLanguage) -> {
            for (String key : keys(byLanguage.get(BASE))) {
                boolean used = literals.containsKey(key)
                        || dynamic.contains(key)
                        // StartupProblemDialog: messages.get(key + ".title") with key = "problem.notSqlite" …
                        || key.endsWith(".title") && literals.containsKey(key.substring(0, key.length() - ".title".length()));
                if (!used) {
                    unused.add(relativeBundleFile(baseName, BASE) + ": " + key);
                }
            }
        });
        assertNothingWrong("Keys that no code uses (remove them from every language, or use them)", unused);
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        Set<String> allKeys = allBaseKeys();
        Set<String> firstSegments = allKeys.stream().map(BundleKeysTest::firstSegment).collect(Collectors.toSet());
        Set<String> dynamic = dynamicKeys();
        List<String> missing = new ArrayList<>();
        literals.forEach((literal, files) -> {
            boolean looksLikeAKey = KEY_LIKE.matcher(literal).matches() && firstSegments.contains(firstSegment(literal));
            boolean buildsAKey = dynamic.stream().anyMatch(key -> key.startsWith(literal + "."));
            if (looksLikeAKey && !buildsAKey && !allKeys.contains(literal)) {
                missing.add("\"" + literal + "\" in " + files);
            }
        });
        assertNothingWrong("Keys named in the code but missing from "
                + Messages.BUNDLES.stream().map(name -> relativeBundleFile(name, BASE).toString()).toList(), missing);
    }

    @Test
    void everyKeyTheCodeBuildsExists() {
        Set<String> allKeys = allBaseKeys();
        List<String> missing = dynamicKeys().stream().filter(key -> !allKeys.contains(key)).sorted().toList();
        assertNothingWrong("Keys built from StepDefinition and Language but missing from the bundles", missing);
    }

    @Test
    void everyRefusalReasonHasAHeadingAndAnExplanation() {
        // StartupProblemDialog shows problem.<reason> and problem.<reason>.title, e.g. NOT_SQLITE -> notSqlite
        Set<String> allKeys = allBaseKeys();
        List<String> missing = new ArrayList<>();
        for (UnreadableJournalException.Reason reason : UnreadableJournalException.Reason.values()) {
            String key = "problem." + camelCase(reason.name());
            for (String needed : List.of(key, key + ".title")) {
                if (!allKeys.contains(needed)) {
                    missing.add(needed + " (for " + reason + ")");
                }
            }
        }
        assertNothingWrong("Texts missing for the start-up problem dialog", missing);
    }

    @Test
    void keysUsedWithFormatHaveArgumentsAndKeysUsedWithGetHaveNone() {
        // get() shows the text as written: a {0} would appear literally. format() needs a pattern.
        Map<String, String> baseTexts = new TreeMap<>();
        bundles.values().forEach(byLanguage -> byLanguage.get(BASE).forEach((k, v) -> baseTexts.put((String) k, (String) v)));
        List<String> problems = new ArrayList<>();
        for (Call call : JavaSource.messageCalls(projectDir.resolve("src/main/java"))) {
            String text = baseTexts.get(call.key());
            if (text == null) {
                continue; // a missing key is reported by everyKeyTheCodeNamesExists
            }
            boolean hasArguments = ARGUMENT.matcher(text).find();
            if (call.method().equals("get") && hasArguments) {
                problems.add(call + ": the text has arguments, so it needs format(): " + text);
            } else if (call.method().equals("format") && !hasArguments) {
                problems.add(call + ": the text has no arguments, so it needs get(): " + text);
            }
        }
        assertNothingWrong("get()/format() do not fit the texts", problems);
    }

    // ---------------------------------------------------------------------------------------------------
    // MessageFormat patterns

    @Test
    void messageFormatPatternsParseAndUseTheSameArgumentsInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        forEachEntry((baseName, language, key, value) -> {
            String where = relativeBundleFile(baseName, language) + ": " + key;
            if (!ARGUMENT.matcher(value).find()) {
                if (value.contains("''")) {
                    problems.add(where + " has no arguments, so it is shown as written: '' would appear twice");
                }
                return;
            }
            try {
                new MessageFormat(value, language.locale());
            } catch (IllegalArgumentException e) {
                problems.add(where + " is not a valid MessageFormat pattern: " + e.getMessage());
                return;
            }
            if (Pattern.compile("(?<!')'(?!')").matcher(value).find()) {
                problems.add(where + " has a single ' which MessageFormat swallows; write ''");
            }
            String baseValue = bundles.get(baseName).get(BASE).getProperty(key);
            if (baseValue != null && language != BASE
                    && !argumentsUsed(value, language).equals(argumentsUsed(baseValue, BASE))) {
                problems.add(where + " uses arguments " + argumentsUsed(value, language) + " but "
                        + BASE + " uses " + argumentsUsed(baseValue, BASE));
            }
        });
        assertNothingWrong("MessageFormat problems", problems);
    }

    /** The argument indexes a pattern actually uses (also those with a number or date format). */
    private static Set<Integer> argumentsUsed(String pattern, Language language) {
        java.text.Format[] formats = new MessageFormat(pattern, language.locale()).getFormatsByArgumentIndex();
        Set<Integer> used = new TreeSet<>();
        // getFormatsByArgumentIndex has one slot per index up to the highest used; a slot is used when the
        // pattern names it, which a plain {n} shows only through the marker formatting below
        Object[] markers = new Object[Math.max(10, formats.length)];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = i < formats.length && formats[i] != null ? (Object) Integer.valueOf(0) : "\u27e6" + i + "\u27e7";
        }
        String formatted = new MessageFormat(pattern, language.locale()).format(markers);
        for (int i = 0; i < markers.length; i++) {
            if (i < formats.length && formats[i] != null) {
                used.add(i);
            } else if (formatted.contains((String) markers[i])) {
                used.add(i);
            }
        }
        return used;
    }

    // ---------------------------------------------------------------------------------------------------
    // Messages itself

    @Test
    void englishStaysEnglishOnAGermanSystem() {
        Locale previous = Locale.getDefault();
        try {
            for (Locale german : List.of(Locale.GERMAN, Locale.GERMANY, Locale.forLanguageTag("de-CH"))) {
                Locale.setDefault(german);
                Messages english = new Messages(Language.ENGLISH);
                assertEquals(englishText("state.done"), english.get("state.done"), "default locale " + german);
                assertEquals(englishText("step.1.title"), english.stepTitle(1), "default locale " + german);
            }
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void germanIsGermanOnAnEnglishSystem() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            Messages german = new Messages(Language.GERMAN);
            assertEquals(text("org.netjournal.i18n.messages", Language.GERMAN, "state.done"), german.get("state.done"));
            assertEquals(text("org.netjournal.i18n.guide", Language.GERMAN, "step.1.title"), german.stepTitle(1));
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void formatFillsInTheArguments() {
        assertEquals(new MessageFormat(englishText("navigator.overall"), Locale.ENGLISH).format(new Object[] {3, 7}),
                new Messages(Language.ENGLISH).format("navigator.overall", 3, 7));
        String german = new Messages(Language.GERMAN).format("navigator.overall", 3, 7);
        assertTrue(german.contains("3") && german.contains("7"), german);
    }

    @Test
    void anUnknownKeyIsReportedNotReturned() {
        MissingResourceException e = assertThrows(MissingResourceException.class,
                () -> new Messages(Language.ENGLISH).get("no.such.key"));
        assertEquals("no.such.key", e.getKey());
    }

    // ---------------------------------------------------------------------------------------------------
    // Helpers

    /** Keys the code builds at run time rather than naming them in a literal. */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new TreeSet<>();
        for (int number = 1; number <= StepDefinition.COUNT; number++) {
            for (String part : List.of("title", "summary", "guidance", "notesPrompt")) {
                keys.add("step." + number + "." + part); // Messages.stepTitle, NavigatorView, StepPage
            }
        }
        for (StepDefinition step : StepDefinition.values()) {
            for (String itemKey : step.builtInItemKeys()) {
                keys.add("step." + step.number() + ".item." + itemKey); // StepPage
            }
        }
        for (Language language : Language.values()) {
            keys.add("language." + language.code()); // MainWindow's language menu
        }
        // ContactLabels names the contact enums by their stored codes
        for (org.netjournal.domain.ComfortStage stage : org.netjournal.domain.ComfortStage.values()) {
            keys.add("stage." + stage.code());
        }
        for (org.netjournal.domain.InteractionKind kind : org.netjournal.domain.InteractionKind.values()) {
            keys.add("interaction." + kind.code());
        }
        for (org.netjournal.domain.Network network : org.netjournal.domain.Network.values()) {
            keys.add("network." + network.code());
        }
        keys.addAll(org.netjournal.domain.NetworkGuide.allKeys()); // the network catalogue and checklists
        for (org.netjournal.domain.Cadence.Kind cadence : org.netjournal.domain.Cadence.Kind.values()) {
            keys.add("cadence." + cadence.code());
        }
        for (org.netjournal.domain.FocusGroup group : org.netjournal.domain.FocusGroup.values()) {
            keys.add("focusGroup." + group.code()); // ui/shared/strategy names the groups by their stored codes
        }
        for (org.netjournal.domain.StarterText starter : org.netjournal.domain.StarterText.values()) {
            keys.add("starter." + starter.code() + ".title"); // StarterTexts, StarterOffer
            keys.add("starter." + starter.code() + ".text");
        }
        return keys;
    }

    private static Set<String> allBaseKeys() {
        Set<String> keys = new TreeSet<>();
        bundles.values().forEach(byLanguage -> keys.addAll(keys(byLanguage.get(BASE))));
        return keys;
    }

    private static String englishText(String key) {
        for (String baseName : Messages.BUNDLES) {
            String value = text(baseName, BASE, key);
            if (value != null) {
                return value;
            }
        }
        throw new AssertionError("no English text for " + key);
    }

    private static String text(String baseName, Language language, String key) {
        return bundles.get(baseName).get(language).getProperty(key);
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static String firstSegment(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** NOT_SQLITE -> notSqlite, NEWER_VERSION -> newerVersion. */
    private static String camelCase(String constant) {
        String[] words = constant.toLowerCase(Locale.ROOT).split("_");
        StringBuilder result = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            result.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return result.toString();
    }

    private static Path bundleFile(String baseName, Language language) {
        return projectDir.resolve(relativeBundleFile(baseName, language));
    }

    private static Path relativeBundleFile(String baseName, Language language) {
        String suffix = language == BASE ? "" : "_" + language.code();
        return Path.of("src/main/resources", baseName.replace('.', '/') + suffix + ".properties");
    }

    /** Reads a .properties file as strict UTF-8 (as ResourceBundle does), noting bad bytes and duplicate keys. */
    private static Properties loadProperties(Path file) throws IOException {
        Path relative = projectDir.relativize(file);
        if (!Files.isRegularFile(file)) {
            fileProblems.add(relative + " does not exist");
            return new Properties();
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            fileProblems.add(relative + " is not valid UTF-8: " + e);
            content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        }
        Properties properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                Object previous = super.put(key, value);
                if (previous != null) {
                    fileProblems.add(relative + ": " + key + " is defined twice");
                }
                return previous;
            }
        };
        try {
            properties.load(new StringReader(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @FunctionalInterface
    private interface EntryVisitor {
        void visit(String baseName, Language language, String key, String value);
    }

    private static void forEachEntry(EntryVisitor visitor) {
        bundles.forEach((baseName, byLanguage) -> byLanguage.forEach((language, properties) -> {
            for (String key : keys(properties)) {
                visitor.visit(baseName, language, key, properties.getProperty(key));
            }
        }));
    }

    private static void assertNothingWrong(String heading, List<String> problems) {
        if (!problems.isEmpty()) {
            String report = heading + " (" + problems.size() + "):\n  " + String.join("\n  ", problems);
            System.err.println(report);
            fail(report);
        }
    }

    /** A call such as {@code messages.get("state.done")} found in the sources. */
    record Call(String file, int line, String method, String key) {
        @Override
        public String toString() {
            return file + ":" + line + " " + method + "(\"" + key + "\")";
        }
    }

    /** Just enough of a Java lexer to find string literals, skipping comments and char literals. */
    static final class JavaSource {

        private static final Pattern MESSAGE_CALL =
                Pattern.compile("\\bmessages\\s*\\.\\s*(get|format)\\s*\\(\\s*\"([^\"\\\\]*)\"\\s*[,)]");

        private JavaSource() {
        }

        static List<String> stringLiterals(String source) {
            List<String> found = new ArrayList<>();
            int i = 0;
            int n = source.length();
            while (i < n) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    int end = source.indexOf('\n', i);
                    i = end < 0 ? n : end + 1;
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i + 2);
                    i = end < 0 ? n : end + 2;
                } else if (source.startsWith("\"\"\"", i)) { // text block
                    int end = i + 3;
                    while (end < n && !source.startsWith("\"\"\"", end)) {
                        end += source.charAt(end) == '\\' ? 2 : 1;
                    }
                    found.add(source.substring(Math.min(i + 3, n), Math.min(end, n)));
                    i = end + 3;
                } else if (c == '"' || c == '\'') {
                    int end = i + 1;
                    while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
                        end += source.charAt(end) == '\\' ? 2 : 1;
                    }
                    if (c == '"') {
                        found.add(source.substring(i + 1, Math.min(end, n)));
                    }
                    i = end + 1;
                } else {
                    i++;
                }
            }
            return found;
        }

        /** {@code messages.get("…")} and {@code messages.format("…", …)} calls with a literal key. */
        static List<Call> messageCalls(Path sources) {
            List<Call> calls = new ArrayList<>();
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int line = 0; line < lines.size(); line++) {
                        Matcher matcher = MESSAGE_CALL.matcher(lines.get(line));
                        while (matcher.find()) {
                            calls.add(new Call(sources.relativize(file).toString(), line + 1, matcher.group(1),
                                    matcher.group(2)));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return calls;
        }
    }

    @Test
    void theLexerFindsLiteralsButNotCommentsOrChars() {
        String source = """
                // "in.a.comment"
                /* "in.block.comment" */
                char quote = '"'; char escaped = '\\'';
                String a = "menu.file", b = "with \\" escaped quote";
                String url = "http://not/a/comment";
                """;
        assertEquals(List.of("menu.file", "with \\\" escaped quote", "http://not/a/comment"),
                JavaSource.stringLiterals(source));
    }
}
