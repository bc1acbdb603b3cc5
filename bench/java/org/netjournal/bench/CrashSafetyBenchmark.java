package org.netjournal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.netjournal.storage.CrashHarness;
import org.netjournal.ui.TypingCrashHarness;

/**
 * Crash safety, 200 kills (issue 6, points 1 and 8): a writer JVM is killed with SIGKILL at random moments;
 * after each kill the journal must pass {@code integrity_check} and hold every write reported as saved.
 * Prints kills survived, rows checked and how long a write takes until the call returns (committed with
 * {@code synchronous=FULL}, i.e. on disk: the durability latency).
 *
 * <p>Then typing without pauses (issue 11): the real app in a child JVM types a key every 40 ms into step notes
 * and a contact field and is killed with SIGKILL at a random moment 1–4 s into the typing (see
 * {@link TypingCrashHarness}); prints the characters typed before the kill that are not in the file (median and
 * worst per kill). Each of these runs starts the whole app, so they take about ten seconds each.
 *
 * <pre>bench/crash.sh [KILLS [MAX_LIFE_MS [TYPING_KILLS]]]      (defaults 200, 600 and 200)</pre>
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
        int typingKills = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        boolean typingKept = typingKills == 0 || typing(typingKills, new Random(seed), dir);
        System.exit(figures.failures().isEmpty() && typingKept ? 0 : 1);
    }

    /** SIGKILLs of the real app while it types without pauses; true when no kill lost more than the last second. */
    private static boolean typing(int kills, Random random, Path dir) throws Exception {
        long start = System.nanoTime();
        List<Integer> lost = new ArrayList<>();
        int typed = 0;
        int overOneSecond = 0;
        for (int run = 1; run <= kills; run++) {
            long life = 1_000 + random.nextInt(3_000);
            TypingCrashHarness.Outcome outcome = TypingCrashHarness.run(dir.resolve("typing-" + run), life, true);
            lost.add(Math.max(0, outcome.charactersLost()));
            typed += outcome.typedAtEnd();
            boolean kept = outcome.notesIsPrefix() && outcome.companyIsPrefix()
                    && Math.min(outcome.notesInFile(), outcome.companyInFile()) >= outcome.typedOneSecondBeforeEnd();
            if (!kept) {
                overOneSecond++;
                System.out.println("  FAILED typing run " + run + ": " + outcome);
            }
        }
        Collections.sort(lost);
        System.out.printf(Locale.ROOT, "Typing without pauses (a key every 40 ms into step notes and a contact field), "
                + "%d kills with SIGKILL 1-4 s into the typing:%n", kills);
        System.out.printf(Locale.ROOT, "  characters typed before the kill and not in the file, per kill: median %d, "
                + "worst %d (of %.0f typed on average; 25 characters = 1 s)%n", lost.get(lost.size() / 2),
                lost.get(lost.size() - 1), typed / (double) kills);
        System.out.printf(Locale.ROOT, "  kills that lost more than the last second: %d of %d; total %.1f s%n",
                overOneSecond, kills, (System.nanoTime() - start) / 1e9);
        return overOneSecond == 0;
    }
}
