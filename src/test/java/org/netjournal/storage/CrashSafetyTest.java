package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, point 1: a writer in a child JVM is killed with SIGKILL 20 times at random moments; after each
 * kill the journal passes {@code integrity_check} and holds every write reported before the kill. The
 * 200-kill version with figures is {@code org.netjournal.bench.CrashSafetyBenchmark}.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void twentyKillsLoseNothingThatWasReportedSaved() throws Exception {
        long seed = Long.getLong("netjournal.crashSeed", System.nanoTime());
        CrashHarness.Figures figures = new CrashHarness(dir, seed, 400).run(20);
        assertEquals(java.util.List.of(), figures.failures(), "seed " + seed);
        assertEquals(20, figures.survived());
        assertTrue(figures.writesReported() > 20, "the writers wrote: " + figures);
        assertTrue(figures.rowsChecked() > 7 * 20, "rows were checked: " + figures);
    }
}
