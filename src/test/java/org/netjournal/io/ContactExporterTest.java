package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;

class ContactExporterTest {

    private final ContactExporter exporter = new ContactExporter(Fixtures.CLOCK);

    private final Contact emi = new Contact(1, "Emi", "Nakamura", "Kaizen Labs, Tokyo", "Developer Advocate",
            List.of(new ProfileLink(Network.LINKEDIN, "https://www.linkedin.com/in/emi"),
                    new ProfileLink(Network.OTHER, "https://emi.example.jp")),
            "emi@example.jp", "DevRelCon", List.of("Mentors", "Conference 2024"), ComfortStage.COMMENT,
            Cadence.MONTHLY, "Talk about \"docs\".\nAnd the podcast; Grüße", ContactSource.VCARD,
            LocalDate.of(2024, 3, 12), Instant.parse("2024-03-12T09:00:00Z"));
    private final Contact tom = new Contact(2, "Tom", "", "", "=HYPERLINK(\"http://evil\")", List.of(), "", "",
            List.of(), ComfortStage.OBSERVE, Cadence.NONE, "", ContactSource.MANUAL, null,
            Instant.parse("2026-01-01T00:00:00Z"));
    private final List<Interaction> interactions = List.of(
            new Interaction(1, 1, LocalDate.of(2026, 10, 1), InteractionKind.COMMENTED, Network.LINKEDIN, "", null),
            new Interaction(2, 1, LocalDate.of(2026, 11, 2), InteractionKind.LIKED, Network.LINKEDIN, "", null));

    private String export(ContactExporter.Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(format, List.of(emi, tom), interactions, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvHasAHeaderAndOneRowPerContact() throws Exception {
        String csv = export(ContactExporter.Format.CSV);

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(2, records.size());
        CSVRecord first = records.get(0);
        assertEquals(ContactExporter.CSV_HEADER, first.getParser().getHeaderNames());
        assertEquals("Kaizen Labs, Tokyo", first.get("Company"));
        assertEquals("https://www.linkedin.com/in/emi https://emi.example.jp", first.get("Profiles"));
        assertEquals("linkedin other", first.get("Networks"));
        assertEquals("Mentors, Conference 2024", first.get("Tags"));
        assertEquals("comment", first.get("Stage"));
        assertEquals("monthly", first.get("Cadence"));
        assertEquals("2026-11-02", first.get("Last Interaction"));
        assertEquals("2026-12-02", first.get("Next Due"));
        assertEquals("Talk about \"docs\".\nAnd the podcast; Grüße", first.get("Notes"));
        assertEquals("2024-03-12", first.get("Connected On"));
        assertEquals("2024-03-12", first.get("Added On"));
        CSVRecord second = records.get(1);
        assertEquals("", second.get("Next Due"), "no cadence: never due");
        assertEquals("'=HYPERLINK(\"http://evil\")", second.get("Role"), "no formula for spreadsheets");
        assertTrue(csv.contains("\r\n"));
    }

    @Test
    void vcardIsVersion30AndReadsBackTheSameContacts() throws Exception {
        String vcf = export(ContactExporter.Format.VCARD);

        assertTrue(vcf.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"), vcf);
        assertTrue(vcf.contains("URL;TYPE=linkedin:https://www.linkedin.com/in/emi"), vcf);
        List<ImportCandidate> read = new VCardReader(Fixtures.NOW).read(vcf);
        assertEquals(2, read.size());
        Contact back = read.get(0).contact();
        assertEquals(emi.firstName(), back.firstName());
        assertEquals(emi.lastName(), back.lastName());
        assertEquals(emi.company(), back.company());
        assertEquals(emi.role(), back.role());
        assertEquals(emi.email(), back.email());
        assertEquals(emi.profiles(), back.profiles());
        assertEquals(emi.tags(), back.tags());
        assertEquals(emi.notes(), back.notes());
        assertEquals("Tom", read.get(1).contact().fullName());
    }

    @Test
    void jsonIsTheLosslessFormat() throws Exception {
        String json = export(ContactExporter.Format.JSON);
        List<ImportCandidate> read = JsonContactReader.read(json);
        assertEquals(emi.withId(0), read.get(0).contact());
        assertEquals(interactions.stream().map(i -> i.withIds(0, 0)).toList(), read.get(0).interactions());
        assertEquals(tom.withId(0), read.get(1).contact());
    }

    @Test
    void formatCodes() {
        assertEquals(ContactExporter.Format.VCARD, ContactExporter.Format.fromCode("vCard").orElseThrow());
        assertEquals("vcf", ContactExporter.Format.VCARD.extension());
        assertTrue(ContactExporter.Format.fromCode("markdown").isEmpty());
    }
}
