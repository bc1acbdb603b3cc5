package org.netjournal.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.netjournal.domain.ContactImport;
import org.netjournal.io.DuplicatePolicy;
import org.netjournal.io.ExistingContacts;
import org.netjournal.io.ImportPlanner;
import org.netjournal.io.ImportPreview;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.ImportProgress;
import org.netjournal.storage.JournalDatabase;

/**
 * Importing a 10,000-row LinkedIn {@code Connections.csv}: preview (parse, validate, find duplicates) and the
 * import itself, each as a ratio against a baseline measured in the same run: Commons CSV reading the same file
 * into records with no checks of ours. Not a test; run it with {@code bench/linkedin-import.sh}.
 */
public final class LinkedInImportBenchmark {

    private static final String[] FIRST = {"Anna", "Jonas", "Priya", "Lena", "Marco", "Jürgen", "Zoë", "Tom", "Aylin",
        "Chen", "Sofia", "Noah"};
    private static final String[] LAST = {"Müller", "Weber", "Shah", "Schulz", "Rossi", "Weiß", "Becker", "Yılmaz",
        "Wang", "García", "O'Brien", "Nguyen"};
    private static final String[] COMPANY = {"Acme GmbH", "Northwind", "Globex, Inc.", "Initech", "Umbrella \"AG\"",
        "Café Ærø"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private LinkedInImportBenchmark() {
    }

    /** Writes a realistic export: BOM, CRLF, a "Notes:" preamble, quoted commas and quotes, empty e-mails. */
    static Path writeConnections(Path file, int rows, long seed) throws Exception {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("\uFEFFNotes:\r\n\"When exporting your connection data, you may notice "
                + "that some of the email addresses are missing.\"\r\n\r\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
        for (int i = 0; i < rows; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String company = COMPANY[random.nextInt(COMPANY.length)];
            String email = random.nextInt(4) == 0 ? first.toLowerCase() + i + "@example.org" : "";
            csv.append(first).append(',').append(last).append(',')
                    .append("https://www.linkedin.com/in/").append(first.toLowerCase()).append('-').append(i)
                    .append(',').append(email).append(',')
                    .append('"').append(company.replace("\"", "\"\"")).append('"').append(',')
                    .append("\"Lead, ").append(i % 7 == 0 ? "Talent\nPartner" : "Engineering").append('"').append(',')
                    .append(String.format("%02d %s %d", 1 + random.nextInt(28), MONTHS[random.nextInt(12)],
                            2015 + random.nextInt(11)))
                    .append("\r\n");
        }
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path work = Files.createTempDirectory("netjournal-linkedin-bench");
        Path file = writeConnections(work.resolve("Connections.csv"), rows, 7L);
        System.out.printf("Connections.csv with %,d rows (%,d bytes)%n", rows, Files.size(file));

        List<Long> baseline = new ArrayList<>();
        List<Long> preview = new ArrayList<>();
        List<Long> importing = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // baseline: Commons CSV reads the same file into records, nothing else
            long start = System.nanoTime();
            int records = 0;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (CSVRecord ignored : CSVFormat.DEFAULT.parse(reader)) {
                    records++;
                }
            }
            baseline.add(System.nanoTime() - start);
            if (records < rows) {
                throw new IllegalStateException("baseline read " + records + " records");
            }

            Path folder = work.resolve("journal-" + round);
            try (JournalDatabase database = JournalDatabase.open(new DataFolder(folder))) {
                ContactRepository contacts = new ContactRepository(database);
                start = System.nanoTime();
                ImportPreview planned = new ImportPlanner().preview(file, contacts.summaries());
                preview.add(System.nanoTime() - start);

                start = System.nanoTime();
                List<ContactImport> plan = new ImportPlanner().plan(planned, DuplicatePolicy.SKIP,
                        ExistingContacts.NONE);
                int written = contacts.importContacts(plan, ImportProgress.NONE);
                importing.add(System.nanoTime() - start);
                if (written != planned.newCount()) {
                    throw new IllegalStateException(written + " written, " + planned.newCount() + " planned");
                }
            }
        }
        long base = median(baseline);
        System.out.printf("%-44s %8.1f ms  1.00%n", "baseline: Commons CSV reads the file", base / 1e6);
        report("preview (parse, check, find duplicates)", median(preview), base);
        report("import in one transaction (plan + write)", median(importing), base);
        report("preview + import", median(preview) + median(importing), base);
        System.out.printf("medians of %d rounds; the first round includes warm-up%n", rounds);
    }

    private static void report(String what, long nanos, long base) {
        System.out.printf("%-44s %8.1f ms  %.2f%n", what, nanos / 1e6, (double) nanos / base);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
