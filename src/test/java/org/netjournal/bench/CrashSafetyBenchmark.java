package org.netjournal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.netjournal.storage.CrashHarness;

/**
 * Crash safety, 200 kills (issue 6, points 1 and 8): a writer JVM is killed with SIGKILL at random moments;
 * after each kill the journal must pass {@code integrity_check} and hold every write reported as saved.
 * Prints kills survived, rows checked and how long a write takes until the call returns (committed with
 * {@code synchronous=FULL}, i.e. on disk: the durability latency).
 *
 * <pre>bench/crash.sh [KILLS [MAX_LIFE_MS]]      (defaults 200 and 600)</pre>
 */
public final class CrashSafetyBenchmark {

    private CrashSafetyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int maxLife = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        long seed = Long.getLong("netjournal.crashSeed", System.nanoTime());
        Path dir = Files.createTempDirectory("netjournal-crash");
        CrashHarness.Figures figures = new CrashHarness(dir, seed, maxLife).run(kills);
        List<Long> micros = new ArrayList<>(figures.writeMicros());
        Collections.sort(micros);
        System.out.printf(Locale.ROOT, "Crash test: seed %d, %d kills with SIGKILL, random moment within %d ms after the journal opened%n",
                seed, kills, maxLife);
        System.out.printf(Locale.ROOT, "  kills survived (integrity_check ok, nothing reported lost): %d of %d%n",
                figures.survived(), figures.kills());
        System.out.printf(Locale.ROOT, "  writes reported saved: %d; rows checked after the kills: %d%n",
                figures.writesReported(), figures.rowsChecked());
        if (!micros.isEmpty()) {
            System.out.printf(Locale.ROOT, "  write until returned (committed, fsynced): median %.2f ms, p99 %.2f ms, worst %.2f ms%n",
                    micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.99)) / 1000.0,
                    micros.get(micros.size() - 1) / 1000.0);
        }
        System.out.printf(Locale.ROOT, "  total %.1f s%n", figures.millisTotal() / 1000.0);
        figures.failures().forEach(failure -> System.out.println("  FAILED " + failure));
        System.exit(figures.failures().isEmpty() ? 0 : 1);
    }
}
