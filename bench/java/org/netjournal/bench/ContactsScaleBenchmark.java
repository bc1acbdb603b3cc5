package org.netjournal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactFilter;
import org.netjournal.domain.ContactImport;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.ImportProgress;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.JournalSql;
import org.netjournal.storage.SearchRepository;

/**
 * Contacts at scale (issue 4, point 7): 50,000 contacts and 200,000 interactions in a temporary journal.
 * Times the import, then loading, sorting and filtering-as-you-type, each against a baseline measured in the
 * same run on the same machine: a plain JDBC {@code SELECT * FROM contact} read into a list. Then full-text
 * search (issue 7) against a {@code LIKE} scan, and the import once more without the search index's triggers,
 * to show what keeping the index costs.
 *
 * <p>Not a test (no {@code *Test} name, so {@code mvn verify} does not run it). Run it with
 * {@code bench/contacts.sh} (arguments: contacts, interactions, rounds). Other benchmarks can reuse the data
 * set through {@link #generate} and {@link #createJournal}.
 */
public final class ContactsScaleBenchmark {

    public static final int CONTACTS = 50_000;
    public static final int INTERACTIONS = 200_000;
    public static final long SEED = 20_260_401L;

    private static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 6, 1);

    private static final String[] FIRST_NAMES = {"Anna", "Hannah", "Joanna", "Annika", "Marianne", "Jürgen",
            "Zoë", "Björn", "Łukasz", "François", "Ada", "Grace", "Lee", "Mohammed", "Fatma", "Søren", "Chloé",
            "Ines", "Lars", "Sven", "Giulia", "Marco", "Aiko", "Priya", "Olu", "Mateo", "Sofia", "Noah", "Emma",
            "Liam", "Mia", "Jonas", "Lea", "Felix", "Sara", "David", "Elena", "Tomasz", "Kateřina", "Ngozi"};
    private static final String[] LAST_NAMES = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
            "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
            "Lovelace", "Hopper", "Svensson", "Nowak", "Kowalski", "García", "Rossi", "Dubois", "Øberg",
            "Yılmaz", "Tanaka", "Okafor", "Patel", "Smith", "Johnson", "Brown", "Taylor", "Jansen", "de Vries",
            "Novák", "Horváth", "Popescu", "Ivanova", "O'Brien"};
    private static final String[] COMPANIES = {"ACME GmbH", "Initech", "Globex", "Umbrella AG", "Stark Industries",
            "Wayne Enterprises", "Café Ærø", "Nordic AB", "Soylent", "Hooli", "Pied Piper", "Vandelay Industries",
            "Müller & Söhne KG", "Tyrell", "Cyberdyne", "Oscorp", "Aperture", "Black Mesa", "Massive Dynamic", ""};
    private static final String[] ROLES = {"Engineer", "Head of Sales", "CTO", "Recruiter", "Product Manager",
            "Designer", "Data Scientist", "Founder", "Marketing Lead", "Consultant", "Teacher", "Researcher", ""};
    private static final String[] TAGS = {"berlin", "munich", "hamburg", "python", "java", "design", "recruiter",
            "conference", "alumni", "mentor", "vip", "startup", "podcast", "meetup", "former colleague", "client",
            "speaker", "writer", "remote", "hiring", "ux", "data", "cloud", "ai", "sales", "marketing", "ngo",
            "university", "book club", "sports"};
    private static final String[] NOTE_WORDS = {"met", "at", "the", "conference", "talked", "about", "hiring",
            "remote", "work", "introduced", "by", "a", "friend", "follow", "up", "on", "her", "his", "their",
            "post", "about", "networking", "introverts", "coffee", "next", "month", "shared", "an", "article",
            "Zürich", "Köln", "recommendation", "project", "launch", "podcast", "guest", "mentor", "program"};
    private static final InteractionKind[] KINDS = InteractionKind.values();

    private ContactsScaleBenchmark() {
    }

    // ---------------------------------------------------------------------------------------------------
    // The data set (reusable)

    /**
     * A deterministic data set: {@code contacts} people with names, companies, roles, 1–2 profiles, 0–3 tags,
     * notes of 0–25 words, e-mail for about 40 %, every cadence; {@code interactions} spread randomly over
     * them and over the three years before 1 June 2026. The same seed gives the same data.
     */
    public static List<ContactImport> generate(int contacts, int interactions, long seed) {
        Random random = new Random(seed);
        int[] perContact = new int[contacts];
        for (int i = 0; i < interactions; i++) {
            perContact[random.nextInt(contacts)]++;
        }
        List<ContactImport> items = new ArrayList<>(contacts);
        for (int c = 0; c < contacts; c++) {
            String first = pick(random, FIRST_NAMES);
            String last = pick(random, LAST_NAMES);
            String slug = (first + "-" + last + "-" + c).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
            List<ProfileLink> profiles = new ArrayList<>(2);
            profiles.add(ProfileLink.of("https://www.linkedin.com/in/" + slug));
            if (random.nextInt(4) == 0) {
                profiles.add(ProfileLink.of(switch (random.nextInt(4)) {
                    case 0 -> "https://www.xing.com/profile/" + slug;
                    case 1 -> "https://x.com/" + slug;
                    case 2 -> "https://www.instagram.com/" + slug;
                    default -> "https://mastodon.social/@" + slug;
                }));
            }
            List<String> tags = new ArrayList<>(3);
            for (int t = random.nextInt(4); t > 0; t--) {
                String tag = pick(random, TAGS);
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            StringBuilder notes = new StringBuilder();
            for (int w = random.nextInt(26); w > 0; w--) {
                notes.append(notes.length() == 0 ? "" : " ").append(pick(random, NOTE_WORDS));
            }
            String email = random.nextInt(10) < 4 ? slug + "@example.org" : "";
            Cadence cadence = switch (random.nextInt(6)) {
                case 0, 1 -> Cadence.NONE;
                case 2 -> Cadence.TWO_WEEKS;
                case 3 -> Cadence.MONTHLY;
                case 4 -> Cadence.QUARTERLY;
                default -> Cadence.everyDays(7 + random.nextInt(180));
            };
            Instant created = REFERENCE_DAY.minusDays(random.nextInt(3 * 365)).atStartOfDay().toInstant(ZoneOffset.UTC);
            LocalDate connected = random.nextBoolean() ? REFERENCE_DAY.minusDays(random.nextInt(3000)) : null;
            Contact contact = new Contact(0, first, last, pick(random, COMPANIES), pick(random, ROLES), profiles,
                    email, random.nextInt(5) == 0 ? "Introduced at a " + pick(random, TAGS) + " event" : "", tags,
                    ComfortStage.values()[random.nextInt(3)], cadence, notes.toString(),
                    random.nextBoolean() ? ContactSource.LINKEDIN : ContactSource.MANUAL, connected, created);
            List<Interaction> history = new ArrayList<>(perContact[c]);
            for (int i = 0; i < perContact[c]; i++) {
                InteractionKind kind = KINDS[random.nextInt(KINDS.length)];
                history.add(new Interaction(0, 0, REFERENCE_DAY.minusDays(random.nextInt(3 * 365)), kind,
                        random.nextInt(5) == 0 ? null : Network.LINKEDIN,
                        random.nextInt(3) == 0 ? "" : "Note " + i + " " + pick(random, NOTE_WORDS), null));
            }
            items.add(new ContactImport(contact, history, null));
        }
        return items;
    }

    /** A journal in {@code folder} filled with {@link #generate}'s data set (open: close it when done). */
    public static JournalDatabase createJournal(Path folder, int contacts, int interactions, long seed)
            throws Exception {
        JournalDatabase db = JournalDatabase.open(new DataFolder(folder));
        new ContactRepository(db).importContacts(generate(contacts, interactions, seed), ImportProgress.NONE);
        return db;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    // ---------------------------------------------------------------------------------------------------
    // The benchmark

    public static void main(String[] args) throws Exception {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : CONTACTS;
        int interactions = args.length > 1 ? Integer.parseInt(args[1]) : INTERACTIONS;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Path folder = Files.createTempDirectory("netjournal-contacts-bench");
        try {
            run(folder, contacts, interactions, rounds);
        } finally {
            deleteRecursively(folder);
        }
    }

    private static void run(Path folder, int contacts, int interactions, int rounds) throws Exception {
        System.out.printf(Locale.ROOT, "Contacts at scale: %,d contacts, %,d interactions, %d rounds; Java %s, %s %s, %d CPUs%n",
                contacts, interactions, rounds, System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());
        System.out.println("load average at start: " + loadAverage() + " (timings are wall clock: other work skews them)");

        long t0 = System.nanoTime();
        List<ContactImport> items = generate(contacts, interactions, SEED);
        double generateMs = millis(t0);

        try (JournalDatabase db = JournalDatabase.open(new DataFolder(folder))) {
            ContactRepository repository = new ContactRepository(db);
            int[] reports = new int[1];
            ImportProgress counting = new ImportProgress() {
                @Override
                public void report(int done, int total) {
                    reports[0]++;
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            long cpu1 = THREADS.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            repository.importContacts(items, counting);
            double importMs = millis(t1);
            double importCpuMs = (THREADS.getCurrentThreadCpuTime() - cpu1) / 1e6;
            long rows = countRows(db);
            System.out.printf(Locale.ROOT, "generate data set         %9.1f ms%n", generateMs);
            System.out.printf(Locale.ROOT, "import (one transaction)  %9.1f ms  %,.0f contacts/s, %,.0f rows/s "
                    + "(%,d rows incl. profiles, tags, interactions; %d progress reports)%n",
                    importMs, contacts / (importMs / 1000), rows / (importMs / 1000), rows, reports[0]);
            System.out.printf(Locale.ROOT, "import CPU time           %9.1f ms  %,.0f rows/s of CPU (the rest: waiting for "
                    + "the disk's fsync or for other processes)%n", importCpuMs, rows / (importCpuMs / 1000));
            System.out.printf(Locale.ROOT, "journal file %,d KiB (+ %,d KiB write-ahead log before checkpoint)%n",
                    kib(folder.resolve(DataFolder.DATABASE_FILE_NAME)),
                    kib(folder.resolve(DataFolder.DATABASE_FILE_NAME + "-wal")));
            importWithoutSearchIndex(folder.resolve("without-search-index"), items, importMs, importCpuMs);
            items = null; // let the generated data go before measuring the rest

            // cold: the first time, as the user opening the Contacts area after start
            long c0 = System.nanoTime();
            List<Object[]> coldBaseline = selectAllContacts(db);
            double coldBaselineMs = millis(c0);
            long c1 = System.nanoTime();
            List<ContactSummary> summaries = repository.summaries();
            double coldSummariesMs = millis(c1);
            check(coldBaseline.size() == contacts && summaries.size() == contacts, "row counts");

            Timing baseline = median(rounds, () -> selectAllContacts(db).size());
            Timing summariesMs = median(rounds, () -> repository.summaries().size());

            System.out.println();
            System.out.printf(Locale.ROOT, "%-46s %16s %16s %16s%n", "", "wall median", "wall min", "CPU median");
            System.out.printf(Locale.ROOT, "%-46s %9s %6s %9s %6s %9s %6s%n", "operation (" + contacts + " rows)",
                    "ms", "x base", "ms", "x base", "ms", "x base");
            line("baseline: SELECT * FROM contact into a list", baseline, baseline);
            line("summaries() (table load)", summariesMs, baseline);
            System.out.printf(Locale.ROOT, "%-46s %9.1f %6.2f   (one run, against the first baseline run: %.1f ms)%n",
                    "summaries() first run (cold JIT)", coldSummariesMs, coldSummariesMs / coldBaselineMs, coldBaselineMs);

            line("findAll() (every field, for export)", median(Math.max(3, rounds / 3), () -> repository.findAll().size()),
                    baseline);
            line("allInteractions() (200k rows, for export)",
                    median(Math.max(3, rounds / 3), () -> repository.allInteractions().size()), baseline);

            LocalDate today = REFERENCE_DAY;
            Comparator<ContactSummary> byNameIgnoringCase = Comparator
                    .comparing(ContactSummary::lastName, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(ContactSummary::firstName, String.CASE_INSENSITIVE_ORDER);
            java.text.Collator collator = java.text.Collator.getInstance(Locale.GERMAN);
            Comparator<ContactSummary> byNameCollator = Comparator.comparing(ContactSummary::fullName, collator);
            // what a TableColumn without its own comparator does for Strings: Collator.getInstance() per compare
            Comparator<ContactSummary> byNameFxDefault = (a, b) ->
                    java.text.Collator.getInstance().compare(a.fullName(), b.fullName());
            line("sort by name: ContactSummary.BY_NAME", median(rounds, () -> sorted(summaries, ContactSummary.BY_NAME)), baseline);
            line("sort by name: String.CASE_INSENSITIVE_ORDER", median(rounds, () -> sorted(summaries, byNameIgnoringCase)), baseline);
            line("sort by name: one shared Collator", median(rounds, () -> sorted(summaries, byNameCollator)), baseline);
            line("sort by name: TableColumn default comparator", median(Math.min(rounds, 5), () -> sorted(summaries, byNameFxDefault)), baseline);
            line("sort by next due: ContactSummary.BY_NEXT_DUE", median(rounds, () -> sorted(summaries, ContactSummary.BY_NEXT_DUE)), baseline);
            line("sort by stage", median(rounds, () -> sorted(summaries, Comparator.comparing(ContactSummary::stage))), baseline);

            for (String typed : List.of("a", "an", "ann", "anna", "anna mü")) {
                int[] matches = new int[1];
                Timing ms = median(rounds, () -> {
                    ContactFilter filter = ContactFilter.of(typed, null, false, null, today);
                    matches[0] = (int) summaries.stream().filter(filter).count();
                    return matches[0];
                });
                line(String.format(Locale.ROOT, "filter \"%s\" (%,d match)", typed, matches[0]), ms, baseline);
            }
            int[] due = new int[1];
            Timing dueMs = median(rounds, () -> {
                due[0] = (int) summaries.stream().filter(ContactFilter.of(null, null, true, null, today)).count();
                return due[0];
            });
            line(String.format(Locale.ROOT, "quick filter due (%,d match)", due[0]), dueMs, baseline);
            Timing combinedMs = median(rounds, () -> (int) summaries.stream()
                    .filter(ContactFilter.of("anna", ComfortStage.LIKE, true, "berlin", today)).count());
            line("text + stage + due + tag", combinedMs, baseline);

            searches(db, rounds);
        }
        System.out.println("load average at end: " + loadAverage());
    }

    /**
     * The same import into a second journal whose search triggers were dropped: the journal as it was before the
     * full-text index (version 3), measured in the same run, so the ratio shows what the triggers cost.
     */
    private static void importWithoutSearchIndex(Path folder, List<ContactImport> items, double withIndexMs,
                                                 double withIndexCpuMs) throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(folder))) {
            JournalSql.inTransaction(db, connection -> {
                List<String> triggers = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'");
                     ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        triggers.add(rs.getString(1));
                    }
                }
                for (String trigger : triggers) {
                    try (PreparedStatement drop = connection.prepareStatement("DROP TRIGGER " + trigger)) {
                        drop.executeUpdate(); // names read from the schema just above, not input
                    }
                }
                return null;
            });
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            new ContactRepository(db).importContacts(items, ImportProgress.NONE);
            double ms = millis(start);
            double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            System.out.printf(Locale.ROOT, "import without the search index's triggers: %9.1f ms wall, %9.1f ms CPU; "
                    + "with them %.2fx wall, %.2fx CPU%n", ms, cpuMs, withIndexMs / ms, withIndexCpuMs / cpuMs);
        }
    }

    /** Hits per kind the search window asks for. */
    private static final int SEARCH_PER_KIND = 5;

    /**
     * Typical searches (prefix while typing, a full word, an umlaut read both ways, two words, no hit) through
     * {@link SearchRepository}: median and 95th percentile, against a baseline of the same run: a {@code LIKE}
     * scan of the contacts' name, company and notes for the same text (what search would cost without an index).
     */
    private static void searches(JournalDatabase db, int rounds) throws Exception {
        SearchRepository search = new SearchRepository(db);
        int searchRounds = Math.max(rounds, 40); // enough runs for a 95th percentile
        System.out.println();
        System.out.printf(Locale.ROOT, "%-40s %8s %9s %9s %9s %9s %9s%n", "search (" + SEARCH_PER_KIND + " per kind)",
                "hits", "median ms", "p95 ms", "CPU ms", "LIKE ms", "x LIKE");
        for (String typed : List.of("a", "mü", "ann", "anna", "müller", "mueller", "anna berlin", "köln mentor",
                "xylophon")) {
            int[] hits = new int[1];
            Timing ms = median(searchRounds, () -> {
                hits[0] = search.search(typed, SEARCH_PER_KIND).groups().stream()
                        .mapToInt(org.netjournal.domain.SearchResults.Group::total).sum();
                return hits[0];
            });
            String like = "%" + typed.split(" ")[0] + "%";
            Timing scan = median(searchRounds, () -> likeScan(db, like));
            System.out.printf(Locale.ROOT, "%-40s %,8d %9.2f %9.2f %9.2f %9.2f %9.2f%n", "\"" + typed + "\"", hits[0],
                    ms.median(), ms.p95(), ms.cpu(), scan.median(), ms.median() / scan.median());
        }
    }

    /** The baseline for search: contacts whose name, company or notes contain {@code pattern}, by a table scan. */
    private static int likeScan(JournalDatabase db, String pattern) throws Exception {
        return JournalSql.read(db, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM contact WHERE first_name "
                    + "LIKE ?1 OR last_name LIKE ?1 OR company LIKE ?1 OR notes LIKE ?1")) {
                select.setString(1, pattern);
                int count = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        count++;
                    }
                }
                return count;
            }
        });
    }

    private static int sorted(List<ContactSummary> rows, Comparator<ContactSummary> order) {
        ContactSummary[] copy = rows.toArray(new ContactSummary[0]);
        Arrays.sort(copy, order);
        return copy.length;
    }

    /** The baseline: every column of every contact, read through JDBC into a list. */
    private static List<Object[]> selectAllContacts(JournalDatabase db) throws Exception {
        return JournalSql.read(db, connection -> {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM contact");
                 ResultSet rs = select.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    private static long countRows(JournalDatabase db) throws Exception {
        return JournalSql.read(db, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT (SELECT COUNT(*) FROM contact) "
                    + "+ (SELECT COUNT(*) FROM contact_profile) + (SELECT COUNT(*) FROM contact_tag) "
                    + "+ (SELECT COUNT(*) FROM interaction)");
                 ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Median and fastest wall time, and median CPU time of the measuring thread, of {@code rounds} runs after
     * {@code rounds / 3 + 2} warm-up runs. CPU time hardly changes when other processes compete for the CPUs.
     */
    private static Timing median(int rounds, Callable<Integer> work) throws Exception {
        int sink = 0;
        for (int i = 0; i < rounds / 3 + 2; i++) {
            sink += work.call();
        }
        double[] times = new double[rounds];
        double[] cpu = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long startCpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += work.call();
            times[i] = millis(start);
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
        }
        if (sink == 42) {
            System.out.print(""); // keeps the results alive
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        return new Timing(middle(times), times[0], middle(cpu), times[(int) Math.ceil(rounds * 0.95) - 1]);
    }

    private static double middle(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Wall median (what the user typically gets), wall minimum and CPU median (both: cost without interference),
     * and the wall time 95 % of the runs stayed within.
     */
    private record Timing(double median, double min, double cpu, double p95) {
    }

    /**
     * CPU time of the current thread in ns, through java.management by reflection: the test sources are
     * compiled inside the app's module, which does not (and should not) require java.management.
     */
    private static final class Cpu {
        private static final Object BEAN;
        private static final java.lang.reflect.Method CURRENT_THREAD_CPU_TIME;

        static {
            try {
                BEAN = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                        .invoke(null);
                CURRENT_THREAD_CPU_TIME = Class.forName("java.lang.management.ThreadMXBean")
                        .getMethod("getCurrentThreadCpuTime");
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        long getCurrentThreadCpuTime() {
            try {
                return (Long) CURRENT_THREAD_CPU_TIME.invoke(BEAN);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final Cpu THREADS = new Cpu();

    private static void line(String what, Timing timing, Timing baseline) {
        System.out.printf(Locale.ROOT, "%-46s %9.1f %6.2f %9.1f %6.2f %9.1f %6.2f%n", what, timing.median(),
                timing.median() / baseline.median(), timing.min(), timing.min() / baseline.min(), timing.cpu(),
                timing.cpu() / baseline.cpu());
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Benchmark sanity check failed: " + what);
        }
    }

    /** The 1-, 5- and 15-minute load averages on Linux; "n/a" elsewhere. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException notLinux) {
            return "n/a";
        }
    }

    private static long kib(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) / 1024 : 0;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
