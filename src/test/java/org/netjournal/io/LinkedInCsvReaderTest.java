package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;

class LinkedInCsvReaderTest {

    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
    private static final String ROW = "Anna,Schmidt,https://www.linkedin.com/in/anna-schmidt,,\"Acme, Inc.\",CEO,12 Mar 2024";

    @TempDir
    Path temp;

    private final LinkedInCsvReader reader = new LinkedInCsvReader(Fixtures.NOW);

    private List<ImportCandidate> readFile(Path file) throws Exception {
        return reader.read(ImportPlanner.readText(file));
    }

    @Test
    void readsARealExportWithBomCrlfAndTheNotesPreamble() throws Exception {
        List<ImportCandidate> rows = readFile(Fixtures.copy("connections-2024.csv", temp));

        assertEquals(4, rows.size());
        Contact anna = rows.get(0).contact();
        assertEquals("Anna", anna.firstName()); // no BOM left in the first cell of the file
        assertEquals("Schmidt", anna.lastName());
        assertEquals("Müller, Lange & Partner", anna.company()); // quoted comma
        assertEquals("Head of People", anna.role());
        assertEquals("", anna.email()); // empty e-mail
        assertEquals(List.of(new ProfileLink(Network.LINKEDIN, "https://www.linkedin.com/in/anna-schmidt-4a1b2c")),
                anna.profiles());
        assertEquals(LocalDate.of(2024, 3, 12), anna.connectedOn());
        assertEquals(ComfortStage.CONNECT, anna.stage());
        assertEquals(ContactSource.LINKEDIN, anna.source());
        assertEquals(Fixtures.NOW, anna.createdAt());
        assertEquals(5, rows.get(0).position(), "line of the row in the file");

        Contact juergen = rows.get(1).contact();
        assertEquals("Jürgen", juergen.firstName());
        assertEquals("juergen.weiss@example.de", juergen.email());
        assertEquals("Senior Engineer, Optics", juergen.role());
        assertEquals(LocalDate.of(2023, 1, 3), juergen.connectedOn());

        Contact chloe = rows.get(2).contact();
        assertEquals("O'Brien", chloe.lastName());
        assertEquals("The \"Quiet\" Company", chloe.company()); // "" inside a quoted field
        assertEquals("Founder\nWriter", chloe.role()); // a line break inside a field (CRLF made \n)
        assertEquals(7, rows.get(2).position());

        assertEquals(9, rows.get(3).position(), "lines counted across the multi-line field");
        assertEquals(LocalDate.of(2021, 12, 1), rows.get(3).contact().connectedOn());
        assertTrue(rows.stream().allMatch(row -> row.warnings().isEmpty()));
    }

    @ParameterizedTest(name = "preamble of {0} lines")
    @ValueSource(ints = {0, 1, 2, 4, 9})
    void findsTheHeaderAfterAPreambleOfAnyLength(int preambleLines) throws Exception {
        StringBuilder text = new StringBuilder();
        if (preambleLines > 0) {
            text.append("Notes:\r\n");
            for (int i = 1; i < preambleLines; i++) {
                text.append(i % 2 == 1 ? "\"A quoted note, with a comma,\r\nand a second line\"\r\n" : "\r\n");
            }
        }
        text.append(HEADER).append("\r\n").append(ROW).append("\r\n");

        List<ImportCandidate> rows = readFile(Fixtures.write(temp, "c.csv", text.toString(), true));

        assertEquals(1, rows.size());
        assertEquals("Acme, Inc.", rows.get(0).contact().company());
        assertTrue(ImportFormat.detect(text.toString()) == ImportFormat.LINKEDIN_CSV);
    }

    @Test
    void aPreambleWithQuotedCommasAndLineBreaksIsNotMistakenForTheHeader() throws Exception {
        String text = "Notes:\n\"First Name, Last Name and URL are\nexplained here, \"\"quoted\"\"\"\n\n"
                + HEADER + "\n" + ROW + "\n";
        List<ImportCandidate> rows = reader.read(text);
        assertEquals(1, rows.size());
        assertEquals("Anna Schmidt", rows.get(0).contact().fullName());
        assertEquals(6, rows.get(0).position());
    }

    @Test
    void readsAnOldExportWithoutUrlWithColumnsInAnotherOrderAndAnExtraColumn() throws Exception {
        List<ImportCandidate> rows = readFile(Fixtures.copy("connections-old.csv", temp));

        assertEquals(2, rows.size());
        Contact anna = rows.get(0).contact();
        assertEquals("Müller, Lange & Partner", anna.company());
        assertEquals("Head of People", anna.role());
        assertEquals(List.of(), anna.profiles());
        assertEquals(LocalDate.of(2019, 3, 12), anna.connectedOn());
        Contact farid = rows.get(1).contact();
        assertEquals("farid@example.org", farid.email());
        assertEquals("CTO", farid.role());
        assertEquals(LocalDate.of(2019, 7, 30), farid.connectedOn()); // ISO dates too
        assertEquals(4, rows.get(1).position());
    }

    @Test
    void rowsWithoutNameOrWithANonHttpUrlAreErrorsAndBadDatesAndEmailsAreWarnings() throws Exception {
        List<ImportCandidate> rows = readFile(Fixtures.copy("connections-problems.csv", temp));

        assertEquals(3, rows.size(), "the line of commas only is skipped, the row LinkedIn blanked too: " + rows);
        ImportCandidate gina = rows.get(0);
        assertFalse(gina.isError());
        assertNull(gina.contact().connectedOn());
        assertEquals(List.of(ImportMessage.of("import.warning.dateNotUnderstood", "someday")), gina.warnings());

        ImportCandidate hank = rows.get(1);
        assertEquals(ImportMessage.of("import.error.urlNotHttp", "ftp://files.example.com/hank"), hank.error());
        assertEquals("Hank Moody", hank.label());
        assertEquals(7, hank.position());

        ImportCandidate ivy = rows.get(2);
        assertEquals("", ivy.contact().email());
        assertEquals(List.of(ImportMessage.of("import.warning.emailInvalid", "not-an-email")), ivy.warnings());
    }

    @Test
    void datesInBothSpellings() {
        assertEquals(LocalDate.of(2024, 3, 12), LinkedInCsvReader.parseDate("12 Mar 2024").orElseThrow());
        assertEquals(LocalDate.of(2024, 3, 2), LinkedInCsvReader.parseDate("2 mar 2024").orElseThrow());
        assertEquals(LocalDate.of(2023, 9, 30), LinkedInCsvReader.parseDate("30 Sep 2023").orElseThrow());
        assertEquals(LocalDate.of(2023, 9, 30), LinkedInCsvReader.parseDate("30 September 2023").orElseThrow());
        assertEquals(LocalDate.of(2024, 3, 12), LinkedInCsvReader.parseDate("2024-03-12").orElseThrow());
        assertTrue(LinkedInCsvReader.parseDate("12 Mär 2024").isEmpty());
        assertTrue(LinkedInCsvReader.parseDate("31 Feb 2024").isEmpty());
    }

    @Test
    void aQuoteThatIsNeverClosedKeepsTheRowsBeforeAndReportsTheLine() throws Exception {
        String text = HEADER + "\n" + ROW + "\nBen,\"Okafor,,,,,\n";
        List<ImportCandidate> rows = reader.read(text);
        assertEquals(2, rows.size());
        assertEquals("Anna Schmidt", rows.get(0).contact().fullName());
        assertEquals("import.error.csvBroken", rows.get(1).error().key());
        assertEquals(3, rows.get(1).position());
    }

    @Test
    void aHeaderOnlyFileHasNoRowsAndTextWithoutHeaderIsRefused() throws Exception {
        assertEquals(List.of(), reader.read("\uFEFFNotes:\r\n\"x\"\r\n\r\n" + HEADER + "\r\n"));
        UnsupportedFileException e = assertThrows(UnsupportedFileException.class,
                () -> reader.read("Name,Mail\nAnna,anna@example.com\n"));
        assertEquals("import.unsupported.unknownFormat", e.reason().key());
    }

    @Test
    void tenThousandRowsAreAllRead() {
        // speed is measured by bench/linkedin-import.sh, never asserted in a unit test
        StringBuilder text = new StringBuilder("Notes:\r\n\"x\"\r\n\r\n").append(HEADER).append("\r\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("First").append(i).append(",Last,https://www.linkedin.com/in/p").append(i)
                    .append(",,\"Company, ").append(i).append("\",Role,12 Mar 2024\r\n");
        }
        List<ImportCandidate> rows = assertDoesNotThrowRead(text.toString());
        assertEquals(10_000, rows.size());
        assertEquals("Company, 9999", rows.get(9_999).contact().company());
    }

    private List<ImportCandidate> assertDoesNotThrowRead(String text) {
        try {
            return reader.read(text);
        } catch (UnsupportedFileException e) {
            throw new AssertionError(e);
        }
    }
}
