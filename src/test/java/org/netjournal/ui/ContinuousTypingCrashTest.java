package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, point 1, against a real process end: the real app in a child JVM, typing without any pause into step
 * notes and a contact's company (see {@link TypingCrashHarness}). Killed with SIGKILL after 3 s, the file holds at
 * least everything typed up to one second before the kill (the autosave's maximum wait); ended with SIGTERM it
 * holds everything (the shutdown hook).
 */
class ContinuousTypingCrashTest {

    @TempDir
    Path temp;

    @Test
    void killedWhileTypingWithoutPauseLosesAtMostTheLastSecond() throws Exception {
        TypingCrashHarness.Outcome outcome = TypingCrashHarness.run(temp.resolve("kill"), 3_000, true);
        assertInTheFile(outcome.typedOneSecondBeforeEnd(), outcome);
    }

    @Test
    void endedWithSigtermWhileTypingLosesNothing() throws Exception {
        TypingCrashHarness.Outcome outcome = TypingCrashHarness.run(temp.resolve("term"), 3_000, false);
        assertInTheFile(outcome.typedAtEnd(), outcome);
    }

    private static void assertInTheFile(int typed, TypingCrashHarness.Outcome outcome) {
        assertTrue(typed > 20, "typing went on: " + outcome);
        assertTrue(outcome.notesIsPrefix() && outcome.companyIsPrefix(), "what is stored was typed: " + outcome);
        assertTrue(outcome.notesInFile() >= typed, "notes: " + outcome);
        assertTrue(outcome.companyInFile() >= typed, "company: " + outcome);
    }
}
