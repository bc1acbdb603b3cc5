package org.netjournal.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Session;
import org.netjournal.domain.TouchedContact;

/**
 * Crash test (issue 6, point 1). A child JVM ({@link Writer}) drives the storage code paths of typing and of
 * logging sessions and contacts as fast as it can and prints one line per write <em>after</em> the call
 * returned; the parent kills it with SIGKILL ({@link Process#destroyForcibly()} on Linux) at a random moment,
 * opens the journal like the app does, runs {@code PRAGMA integrity_check} and checks that every write
 * reported before the kill is there. Used by {@code CrashSafetyTest} (about 20 kills) and
 * {@code org.netjournal.bench.CrashSafetyBenchmark} (200).
 */
public final class CrashHarness {

    /** Notes grow as prefixes of this one text, so "nothing reported was lost" is a prefix check. */
    static final String NOTE_TEXT = noteText(400_000);
    static final String END = " $";

    /** What the runs found, for the test's assertions and the benchmark's figures. */
    public record Figures(int kills, int survived, long rowsChecked, long writesReported, List<String> failures,
                          List<Long> writeMicros, long millisTotal) {
    }

    private final Path dir;
    private final Random random;
    private final int maxLifeMillis;
    // what the children reported saved, over all runs
    private final int[] noteLength = new int[8];
    private final Map<Long, String> sessions = new HashMap<>();
    private final Map<Long, String> contacts = new HashMap<>();
    private final Map<Long, String> interactions = new HashMap<>();

    public CrashHarness(Path dir, long seed, int maxLifeMillis) {
        this.dir = dir;
        this.random = new Random(seed);
        this.maxLifeMillis = maxLifeMillis;
    }

    public Figures run(int kills) throws Exception {
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        long rowsChecked = 0;
        long reported = 0;
        int survived = 0;
        for (int run = 1; run <= kills; run++) {
            List<String> lines = runAndKill(run);
            for (String line : lines) {
                reported++;
                record(line, micros);
            }
            try {
                rowsChecked += verify();
                survived++;
            } catch (AssertionError | Exception e) {
                failures.add("run " + run + ": " + e);
            }
        }
        return new Figures(kills, survived, rowsChecked, reported, failures, new ArrayList<>(micros),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** Starts a writer, kills it with SIGKILL after a random time, returns the lines it completed. */
    private List<String> runAndKill(int run) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Writer.class.getName(), dir.toString(),
                String.valueOf(run), String.valueOf(random.nextLong()))
                .redirectError(dir.resolve("writer-" + run + ".err").toFile()).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.endsWith(END)) { // a line cut by the kill is not a report
                        lines.add(line.substring(0, line.length() - END.length()));
                    }
                }
            } catch (IOException ignored) {
                // the pipe closes with the kill
            }
        });
        reader.start();
        // wait until the journal is open (most kills then hit a write), then a random moment
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (lines.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        Thread.sleep(random.nextInt(maxLifeMillis));
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks, no close()
        if (!child.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the writer did not die");
        }
        reader.join(10_000);
        List<String> copy = new ArrayList<>(lines);
        if (copy.isEmpty() || !copy.get(0).equals(Writer.READY)) {
            String why = Files.exists(dir.resolve("writer-" + run + ".err"))
                    ? Files.readString(dir.resolve("writer-" + run + ".err")) : "";
            throw new IllegalStateException("run " + run + ": the writer never opened the journal. " + why);
        }
        return copy.subList(1, copy.size());
    }

    private void record(String line, List<Long> micros) {
        String[] parts = line.split(" ", 4);
        micros.add(Long.parseLong(parts[1]));
        switch (parts[0]) {
            case "NOTE" -> {
                String[] step = parts[2].split(":");
                int number = Integer.parseInt(step[0]);
                noteLength[number] = Math.max(noteLength[number], Integer.parseInt(step[1]));
            }
            case "SESSION" -> sessions.put(Long.parseLong(parts[2]), parts[3]);
            case "CONTACT" -> contacts.put(Long.parseLong(parts[2]), parts[3]);
            case "INTERACTION" -> interactions.put(Long.parseLong(parts[2]), parts[3]);
            default -> throw new IllegalStateException("unknown report " + line);
        }
    }

    /** Opens the journal as the app does and checks everything reported so far; returns the rows checked. */
    private long verify() throws Exception {
        long rows = 0;
        try (JournalDatabase database = JournalDatabase.open(new DataFolder(dir))) {
            String integrity = database.read(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
                    return rs.next() ? rs.getString(1) : "no answer";
                }
            });
            check("ok".equals(integrity), "integrity_check: " + integrity);
            StepRepository steps = new StepRepository(database);
            for (int number = 1; number <= 7; number++) {
                String notes = steps.load(number).notes();
                int stored = notes == null ? 0 : notes.length();
                check(stored >= noteLength[number] && NOTE_TEXT.startsWith(notes == null ? "" : notes),
                        "step " + number + ": " + stored + " characters stored, " + noteLength[number] + " reported");
                rows++;
            }
            SessionRepository sessionRepository = new SessionRepository(database);
            for (Map.Entry<Long, String> session : sessions.entrySet()) {
                Optional<Session> stored = sessionRepository.find(session.getKey());
                check(stored.isPresent() && session.getValue().equals(stored.get().notes()),
                        "session " + session.getKey() + " lost or changed: " + stored);
                rows++;
            }
            ContactRepository contactRepository = new ContactRepository(database);
            for (Map.Entry<Long, String> contact : contacts.entrySet()) {
                Optional<Contact> stored = contactRepository.find(contact.getKey());
                check(stored.isPresent() && contact.getValue().equals(stored.get().firstName()),
                        "contact " + contact.getKey() + " lost or changed");
                rows++;
            }
            Map<Long, String> storedInteractions = new HashMap<>();
            for (Interaction interaction : contactRepository.allInteractions()) {
                storedInteractions.put(interaction.id(), interaction.note());
            }
            for (Map.Entry<Long, String> interaction : interactions.entrySet()) {
                check(interaction.getValue().equals(storedInteractions.get(interaction.getKey())),
                        "interaction " + interaction.getKey() + " lost or changed");
                rows++;
            }
        }
        return rows;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /** Words with accents, emoji and right-to-left letters, as people type them. */
    static String noteText(int length) {
        String[] words = {"Met", "Anna", "at", "the", "meetup", "Grüße", "café", "🙂", "שלום", "follow-up",
                "coffee", "naïve", "👩‍💻", "résumé", "O'Brien", "\"quoted\"", "line\n"};
        StringBuilder text = new StringBuilder(length + 20);
        Random words64 = new Random(42);
        while (text.length() < length) {
            text.append(words[words64.nextInt(words.length)]).append(' ');
        }
        return text.toString();
    }

    /**
     * The child: opens the journal and writes until it is killed, one report line per returned write:
     * {@code KIND micros key value $}.
     */
    public static final class Writer {
        static final String READY = "READY";

        public static void main(String[] args) throws Exception {
            DataFolder folder = new DataFolder(Path.of(args[0]));
            int run = Integer.parseInt(args[1]);
            Random random = new Random(Long.parseLong(args[2]));
            JournalDatabase database = JournalDatabase.open(folder);
            StepRepository steps = new StepRepository(database);
            steps.ensureBuiltInItems();
            SessionRepository sessions = new SessionRepository(database);
            ContactRepository contacts = new ContactRepository(database);
            int[] lengths = new int[8];
            for (int number = 1; number <= 7; number++) {
                String notes = steps.load(number).notes();
                lengths[number] = notes == null ? 0 : notes.length();
            }
            List<Long> contactIds = new ArrayList<>();
            contacts.findAll().forEach(contact -> contactIds.add(contact.id()));
            report(READY);
            for (int op = 1; ; op++) {
                int kind = random.nextInt(10);
                long started = System.nanoTime();
                if (kind < 6) {
                    // typing: the editor saves the whole, longer text of one step
                    int number = 1 + random.nextInt(7);
                    int length = Math.min(NOTE_TEXT.length() - 1, lengths[number] + 1 + random.nextInt(40));
                    if (Character.isHighSurrogate(NOTE_TEXT.charAt(length - 1))) {
                        length++; // typing never leaves half an emoji (a lone surrogate is not UTF-8)
                    }
                    steps.saveNotes(number, NOTE_TEXT.substring(0, length));
                    lengths[number] = length;
                    report("NOTE " + micros(started) + " " + number + ":" + length);
                } else if (kind < 8) {
                    String notes = "run " + run + " op " + op + " — notes ✓ مرحبا";
                    Session session = Session.startingAt(LocalDateTime.of(2026, 1, 1, 9, 0).plusMinutes(op))
                            .withCount(ActionKind.COMMENTS, 1 + random.nextInt(5))
                            .withTexts("felt fine", notes, random.nextBoolean() ? "a win " + op : null);
                    if (!contactIds.isEmpty()) {
                        session = session.withTouched(List.of(
                                TouchedContact.of(contactIds.get(random.nextInt(contactIds.size())))));
                    }
                    Session saved = sessions.save(session);
                    report("SESSION " + micros(started) + " " + saved.id() + " " + notes);
                } else if (kind < 9 || contactIds.isEmpty()) {
                    String name = "R" + run + "O" + op + "Zoë";
                    Contact saved = contacts.save(Contact.named(name, "Crash-Test"));
                    contactIds.add(saved.id());
                    report("CONTACT " + micros(started) + " " + saved.id() + " " + name);
                } else {
                    String note = "met r" + run + " o" + op;
                    Interaction saved = contacts.addInteraction(new Interaction(0,
                            contactIds.get(random.nextInt(contactIds.size())), LocalDate.of(2026, 2, 1),
                            InteractionKind.MESSAGED, null, note, null));
                    report("INTERACTION " + micros(started) + " " + saved.id() + " " + note);
                }
            }
        }

        private static long micros(long started) {
            return TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started);
        }

        private static void report(String line) {
            System.out.println(line + END);
            System.out.flush();
        }
    }
}
