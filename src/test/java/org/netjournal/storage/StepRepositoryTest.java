package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.StepDefinition;
import org.netjournal.domain.StepRecord;
import org.netjournal.domain.StepState;

/** Notes, done marks and checklists, written to a real journal and read back after reopening it. */
class StepRepositoryTest {

    @TempDir
    Path temp;

    private DataFolder folder() {
        return new DataFolder(temp.resolve("data"));
    }

    /** Runs {@code work} against a freshly opened journal and closes it again, like one app session. */
    private <T> T session(RepositoryWork<T> work) throws Exception {
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            return work.apply(new StepRepository(db));
        }
    }

    @FunctionalInterface
    private interface RepositoryWork<T> {
        T apply(StepRepository steps) throws Exception;
    }

    // ---------------------------------------------------------------------------------------------------
    // Built-in items

    @Test
    void ensureBuiltInItemsCreatesEveryStepsItemsInOrder() throws Exception {
        List<StepRecord> loaded = session(steps -> {
            steps.ensureBuiltInItems();
            return steps.loadAll();
        });

        assertEquals(StepDefinition.COUNT, loaded.size());
        for (StepDefinition definition : StepDefinition.values()) {
            StepRecord step = loaded.get(definition.number() - 1);
            assertEquals(definition.number(), step.number());
            assertEquals(definition.builtInItemKeys(), step.items().stream().map(ChecklistItem::builtInKey).toList(),
                    "built-in items of step " + definition.number());
            for (ChecklistItem item : step.items()) {
                assertTrue(item.isBuiltIn());
                assertNull(item.text());
                assertFalse(item.checked());
                assertEquals(definition.number(), item.stepNumber());
            }
        }
    }

    @Test
    void ensureBuiltInItemsIsIdempotent() throws Exception {
        int expected = Stream.of(StepDefinition.values()).mapToInt(step -> step.builtInItemKeys().size()).sum();
        session(steps -> {
            steps.ensureBuiltInItems();
            assertEquals(expected, itemCount(steps));
            steps.ensureBuiltInItems();
            assertEquals(expected, itemCount(steps));
            return null;
        });
        session(steps -> {
            steps.ensureBuiltInItems(); // the app runs it at every start
            assertEquals(expected, itemCount(steps));
            return null;
        });
    }

    @Test
    void aBuiltInItemMissingFromAnOlderJournalIsAddedBackBeforeTheUsersOwnItems() throws Exception {
        StepDefinition step = StepDefinition.CREATE_ACCOUNTS;
        String missing = step.builtInItemKeys().get(1);
        try (JournalDatabase db = JournalDatabase.open(folder())) {
            StepRepository steps = new StepRepository(db);
            steps.ensureBuiltInItems();
            steps.addItem(step.number(), "My own item");
            // an older release did not know this item yet
            db.read(connection -> {
                try (var delete = connection.prepareStatement("DELETE FROM checklist_item WHERE builtin_key = ?")) {
                    delete.setString(1, missing);
                    return delete.executeUpdate();
                }
            });
        }

        List<String> labels = session(steps -> {
            steps.ensureBuiltInItems();
            return labels(steps.load(step.number()));
        });

        List<String> expected = new ArrayList<>(step.builtInItemKeys());
        expected.add("My own item");
        assertEquals(expected, labels);
    }

    // ---------------------------------------------------------------------------------------------------
    // Notes

    @Test
    void notesRoundTrip() throws Exception {
        session(steps -> {
            steps.saveNotes(1, "First thoughts");
            steps.saveNotes(1, "Second thoughts"); // overwrites
            steps.saveNotes(7, "Fun!");
            return null;
        });
        List<StepRecord> loaded = session(StepRepository::loadAll);

        assertEquals("Second thoughts", loaded.get(0).notes());
        assertEquals("Fun!", loaded.get(6).notes());
        for (int i = 1; i < 6; i++) {
            assertEquals("", loaded.get(i).notes(), "untouched step " + (i + 1) + " has empty notes");
        }
    }

    @Test
    void aOneMegabyteNoteRoundTripsExactly() throws Exception {
        String chunk = "Line with ASCII, Umlaute äöüß, emoji 😀👨‍👩‍👧‍👦🇩🇪, العربية, עברית, 日本語, e\u0301, tabs\tand \"quotes\" 'and' "
                + "\\backslashes\\ %_ wildcards;\r\n";
        StringBuilder big = new StringBuilder();
        while (big.length() < 1_048_576) {
            big.append(chunk).append(big.length()).append('\n');
        }
        String note = big.toString();

        session(steps -> {
            steps.saveNotes(3, note);
            return null;
        });
        assertSameText(note, session(steps -> steps.load(3).notes()));
    }

    static Stream<Arguments> trickyTexts() {
        return Stream.of(
                named("emoji", "Smile 😀, thumbs 👍🏽, heart ❤️"),
                named("emoji ZWJ sequences and flags", "👨‍👩‍👧‍👦 family, 👩🏽‍💻 coder, 🏳️‍🌈 flag, 🇩🇪🇺🇦🇯🇵 flags, 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland"),
                named("Arabic (RTL)", "مرحبا بالعالم، هذه ملاحظاتي عن التواصل"),
                named("Hebrew (RTL) mixed with LTR", "שלום עולם – LinkedIn ‏(2024)‏ ‎ok‎"),
                named("CJK", "人脉很重要。ネットワーキングは大切です。인맥은 중요합니다."),
                named("combining marks (not normalised)", "Cafe\u0301, n\u0303, a\u0308 vs \u00e4, Z\u0351\u0352\u0353algo"),
                named("control characters without NUL", controlCharacters()),
                named("SQL-looking text", "'); DROP TABLE step;--"),
                named("more SQL-looking text", "Robert'); DELETE FROM checklist_item WHERE 1=1; -- \" ` ' ''"),
                named("surrounding white space", "  \n\tindented and trailing  \n\n"),
                named("empty", ""));
    }

    private static Arguments named(String name, String text) {
        return Arguments.of(Named.of(name, text));
    }

    private static String controlCharacters() {
        StringBuilder text = new StringBuilder("controls:");
        for (char c = 1; c < 0x20; c++) {
            text.append(c);
        }
        return text.append("\u007f\u0085\u00a0\u200b\u200e\u200f\u2028\u2029\ufeff end").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trickyTexts")
    void trickyTextRoundTripsExactlyAfterReopening(String text) throws Exception {
        long itemId = session(steps -> {
            steps.saveNotes(5, text);
            return text.isBlank() ? -1L : steps.addItem(5, text).id();
        });

        StepRecord reloaded = session(steps -> steps.load(5));

        assertSameText(text, reloaded.notes());
        if (itemId >= 0) {
            ChecklistItem item = reloaded.items().stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
            assertSameText(text.strip(), item.text()); // items keep their text without surrounding white space
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Checklists

    @Test
    void addTickRenameAndRemoveRoundTripAfterReopening() throws Exception {
        int step = StepDefinition.CHOOSE_NETWORKS.number();
        long[] ids = session(steps -> {
            steps.ensureBuiltInItems();
            ChecklistItem keep = steps.addItem(step, "  Ask Maria about Xing  ");
            ChecklistItem rename = steps.addItem(step, "Look at Mastodon");
            ChecklistItem remove = steps.addItem(step, "Delete me");
            assertEquals("Ask Maria about Xing", keep.text(), "the text is stripped");
            assertFalse(keep.isBuiltIn());
            assertFalse(keep.checked());
            assertTrue(keep.position() < rename.position() && rename.position() < remove.position(),
                    "new items go to the end");
            return new long[] {keep.id(), rename.id(), remove.id()};
        });
        session(steps -> {
            steps.setChecked(ids[0], true);
            steps.renameItem(ids[1], "  Look at Bluesky ");
            steps.removeItem(ids[2]);
            long firstBuiltIn = steps.load(step).items().get(0).id();
            steps.setChecked(firstBuiltIn, true);
            return null;
        });

        StepRecord reloaded = session(steps -> steps.load(step));

        List<String> expectedLabels = new ArrayList<>(StepDefinition.CHOOSE_NETWORKS.builtInItemKeys());
        expectedLabels.addAll(List.of("Ask Maria about Xing", "Look at Bluesky"));
        assertEquals(expectedLabels, labels(reloaded));
        assertEquals(List.of(true, false, true, false),
                reloaded.items().stream().map(ChecklistItem::checked).toList());
        assertEquals(List.of(ids[0], ids[1]),
                reloaded.items().stream().filter(i -> !i.isBuiltIn()).map(ChecklistItem::id).toList());

        session(steps -> {
            steps.setChecked(ids[0], false);
            return null;
        });
        boolean stillTicked = session(steps -> steps.load(step).items().get(2).checked());
        assertFalse(stillTicked, "unticking is saved too");
    }

    @Test
    void renameAndRemoveLeaveBuiltInItemsAlone() throws Exception {
        int step = StepDefinition.SIGHTSEEING.number();
        session(steps -> {
            steps.ensureBuiltInItems();
            for (ChecklistItem builtIn : steps.load(step).items()) {
                steps.renameItem(builtIn.id(), "Hijacked label");
                steps.removeItem(builtIn.id());
            }
            return null;
        });

        StepRecord reloaded = session(steps -> steps.load(step));
        assertEquals(StepDefinition.SIGHTSEEING.builtInItemKeys(), labels(reloaded));
        reloaded.items().forEach(item -> assertNull(item.text(), "a built-in item has no text of its own"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\t", "\n", " \t\r\n ", "\u2003"})
    void blankItemTextIsRejected(String blank) throws Exception {
        session(steps -> {
            ChecklistItem existing = steps.addItem(1, "Existing");
            int before = itemCount(steps);

            assertThrows(IllegalArgumentException.class, () -> steps.addItem(1, blank));
            assertThrows(IllegalArgumentException.class, () -> steps.renameItem(existing.id(), blank));

            assertEquals(before, itemCount(steps), "nothing was added");
            assertEquals("Existing", steps.load(1).items().get(0).text(), "nothing was renamed");
            return null;
        });
    }

    @Test
    void itemsOnlyExistForRealSteps() throws Exception {
        session(steps -> {
            assertThrows(StorageException.class, () -> steps.addItem(StepDefinition.COUNT + 1, "Nowhere"));
            assertThrows(java.util.NoSuchElementException.class, () -> steps.load(StepDefinition.COUNT + 1));
            assertEquals(0, itemCount(steps));
            return null;
        });
    }

    // ---------------------------------------------------------------------------------------------------
    // Done mark and derived state

    @Test
    void markedDoneRoundTrips() throws Exception {
        session(steps -> {
            steps.setMarkedDone(3, true);
            steps.setMarkedDone(6, true);
            return null;
        });
        assertEquals(List.of(false, false, true, false, false, true, false),
                session(steps -> steps.loadAll().stream().map(StepRecord::markedDone).toList()));

        session(steps -> {
            steps.setMarkedDone(6, false);
            return null;
        });
        assertEquals(List.of(false, false, true, false, false, false, false),
                session(steps -> steps.loadAll().stream().map(StepRecord::markedDone).toList()));
    }

    @Test
    void theStateIsDerivedCorrectlyAfterReloading() throws Exception {
        session(steps -> {
            steps.ensureBuiltInItems();
            steps.saveNotes(1, "Because I want a new job.");                        // notes only
            for (ChecklistItem item : steps.load(2).items()) {                       // every item ticked
                steps.setChecked(item.id(), true);
            }
            steps.setMarkedDone(3, true);                                            // marked, nothing ticked
            steps.setChecked(steps.load(4).items().get(0).id(), true);               // one of three ticked
            steps.saveNotes(6, "  \n\t ");                                           // blank notes
            ChecklistItem own = steps.addItem(7, "Own item");                        // built-ins + own, all ticked
            steps.setChecked(own.id(), true);
            for (ChecklistItem item : steps.load(7).items()) {
                steps.setChecked(item.id(), true);
            }
            return null;
        });

        List<StepState> states = session(steps -> steps.loadAll().stream().map(StepRecord::state).toList());

        assertEquals(List.of(
                StepState.IN_PROGRESS,  // 1
                StepState.DONE,         // 2
                StepState.DONE,         // 3
                StepState.IN_PROGRESS,  // 4
                StepState.NOT_STARTED,  // 5
                StepState.NOT_STARTED,  // 6
                StepState.DONE), states); // 7
    }

    // ---------------------------------------------------------------------------------------------------
    // Helpers

    private static int itemCount(StepRepository steps) throws SQLException {
        return steps.loadAll().stream().mapToInt(step -> step.items().size()).sum();
    }

    /** The built-in key for built-in items, the text for the user's own. */
    private static List<String> labels(StepRecord step) {
        return step.items().stream().map(item -> item.isBuiltIn() ? item.builtInKey() : item.text()).toList();
    }

    /** Like assertEquals for strings, but says where two long texts first differ instead of printing them. */
    static void assertSameText(String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        if (actual == null) {
            fail("expected " + expected.length() + " chars but got null");
        }
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        fail("texts differ at char " + i + " (expected length " + expected.length() + ", actual "
                + actual.length() + "): expected " + around(expected, i) + " but was " + around(actual, i));
    }

    private static String around(String text, int index) {
        int from = Math.max(0, index - 10);
        int to = Math.min(text.length(), index + 10);
        StringBuilder escaped = new StringBuilder("\"");
        text.substring(from, to).codePoints().forEach(cp -> escaped.append(
                cp < 0x20 || cp > 0x7e ? String.format("\\u{%X}", cp) : Character.toString(cp)));
        return escaped.append('"').toString();
    }
}
