package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.netjournal.domain.ContactImport;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.ImportProgress;
import org.netjournal.storage.JournalDatabase;

/**
 * Issue 6, point 6: the CSV and vCard fixtures with random bytes flipped, inserted or deleted and lines
 * dropped, doubled or swapped. An import never fails with anything but {@link UnsupportedFileException} or
 * error rows, and never half-imports: the contact count grows by exactly the planned rows, or not at all.
 */
class MutatedImportTest {

    static final List<String> FIXTURES = List.of("connections-2024.csv", "connections-2024-11.csv",
            "connections-dupes.csv", "connections-old.csv", "connections-problems.csv", "apple-30.vcf",
            "google-30.vcf", "outlook-21.vcf", "vcard-40.vcf", "xing-30.vcf");

    private static Path dir;
    private static JournalDatabase database;

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("netjournal-mutated");
        database = JournalDatabase.open(new DataFolder(dir.resolve("journal")));
    }

    @AfterContainer
    static void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** One change to the file's bytes. */
    record Mutation(int kind, double where, int value) {
        byte[] apply(byte[] bytes) {
            if (bytes.length == 0) {
                return new byte[] {(byte) value};
            }
            int at = Math.min(bytes.length - 1, (int) (where * bytes.length));
            List<byte[]> lines = splitLines(bytes);
            int line = Math.min(lines.size() - 1, (int) (where * lines.size()));
            return switch (kind) {
                case 0 -> { // flip a bit
                    byte[] copy = bytes.clone();
                    copy[at] ^= (byte) (1 << (value & 7));
                    yield copy;
                }
                case 1 -> insert(bytes, at, new byte[] {(byte) value});
                case 2 -> concat(Arrays.copyOfRange(bytes, 0, at), Arrays.copyOfRange(bytes, at + 1, bytes.length));
                case 3 -> { // drop a line
                    lines.remove(line);
                    yield join(lines);
                }
                case 4 -> { // a line twice
                    lines.add(line, lines.get(line));
                    yield join(lines);
                }
                case 5 -> { // swap with the next line (e.g. a header that is no longer first, END before BEGIN)
                    if (line + 1 < lines.size()) {
                        byte[] swap = lines.get(line);
                        lines.set(line, lines.get(line + 1));
                        lines.set(line + 1, swap);
                    }
                    yield join(lines);
                }
                case 6 -> insert(bytes, at, JUNK[Math.floorMod(value, JUNK.length)].getBytes(StandardCharsets.UTF_8));
                default -> Arrays.copyOf(bytes, at); // cut short
            };
        }
    }

    static final String[] JUNK = {"\"", "\"\"\"", ",,,,,,,,,,,,", "\r\n", "\n\n\n", "BEGIN:VCARD\r\n", "END:VCARD\r\n",
            "\0\0\0", "\uFEFF", "N:;;;;\r\n", "FN:\r\n", "URL:javascript:alert(1)\r\n", "BDAY:0000-00-00\r\n",
            "=E2=82", ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=", "'; DROP TABLE contact; --",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n", "\u00e9\u0301\ud83d\ude00",
            "\\", "\t", "PHOTO;ENCODING=b:AAAA\r\n", " continued\r\n", "29 Feb 2023", "x".repeat(5000)};

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 255)).as(Mutation::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of(FIXTURES);
    }

    @Property(tries = 200)
    void aMutatedFileImportsWhollyOrNotAtAll(@ForAll("fixtures") String fixture,
                                             @ForAll("mutations") List<Mutation> mutations) throws Exception {
        byte[] bytes;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/org/netjournal/io/" + fixture))) {
            bytes = in.readAllBytes();
        }
        for (Mutation mutation : mutations) {
            bytes = mutation.apply(bytes);
        }
        Path file = dir.resolve("mutated-" + fixture);
        Files.write(file, bytes);
        ContactRepository contacts = new ContactRepository(database);
        int before = contacts.findAll().size();
        ImportPlanner planner = new ImportPlanner();
        ImportPreview preview;
        try {
            preview = planner.preview(file, contacts.summaries());
        } catch (UnsupportedFileException refused) {
            assertFalse(refused.reason().key().isBlank(), "a message for the user");
            assertEquals(before, contacts.findAll().size());
            return;
        }
        List<ContactImport> items = planner.plan(preview);
        for (ImportPreview.Row row : preview.rows()) {
            if (row.status() == ImportPreview.Status.ERROR) {
                assertFalse(row.candidate().error().key().isBlank(), "an error row says why");
            }
        }
        int imported = contacts.importContacts(items, ImportProgress.NONE);
        assertEquals(items.size(), imported);
        assertEquals(before + items.size(), contacts.findAll().size(), "all planned rows, no more, no fewer");
    }

    private static List<byte[]> splitLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i + 1));
                start = i + 1;
            }
        }
        if (start < bytes.length || lines.isEmpty()) {
            lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }

    private static byte[] join(List<byte[]> lines) {
        byte[] all = new byte[0];
        for (byte[] line : lines) {
            all = concat(all, line);
        }
        return all;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] piece) {
        return concat(concat(Arrays.copyOfRange(bytes, 0, at), piece), Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
