package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.io.ImportPreview.Status;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.ImportProgress;
import org.netjournal.storage.JournalDatabase;

/** Export a real journal as JSON, import it into an empty one, and find every field again. */
class JsonRoundTripTest {

    @TempDir
    Path temp;

    /** A contact and its interactions as compared: without database ids. */
    record Exported(Contact contact, List<Interaction> interactions) {
    }

    @Test
    void everyContactFieldAndInteractionSurvivesExportAndImport() throws Exception {
        DataFolder source = new DataFolder(temp.resolve("source"));
        Path file = temp.resolve("netjournal-export.json");
        List<Exported> before;
        try (JournalDatabase db = JournalDatabase.open(source)) {
            ContactRepository contacts = new ContactRepository(db);
            fill(contacts);
            before = snapshot(contacts);
            try (OutputStream out = Files.newOutputStream(file)) {
                new ContactExporter(Fixtures.CLOCK).export(ContactExporter.Format.JSON, contacts.findAll(),
                        contacts.allInteractions(), out);
            }
        }
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n  \"format\": \"netjournal\",\n  \"version\": 1,"), json);
        assertTrue(json.contains("\"exportedAt\": \"2026-11-29T10:00:00Z\""), json);

        List<Exported> after;
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("target")))) {
            ContactRepository contacts = new ContactRepository(db);
            ImportPlanner planner = new ImportPlanner(Fixtures.CLOCK);
            ImportPreview preview = planner.preview(file, contacts.summaries());
            assertEquals(ImportFormat.JSON, preview.format());
            assertEquals(before.size(), preview.newCount(), "all new in an empty journal: " + preview.rows());
            contacts.importContacts(planner.plan(preview), ImportProgress.NONE);
            after = snapshot(contacts);

            ImportPreview again = planner.preview(file, contacts.summaries());
            assertEquals(before.size(), again.count(Status.DUPLICATE), "a second import finds them all");
        }

        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).contact(), after.get(i).contact(), "contact " + i);
            assertEquals(before.get(i).interactions(), after.get(i).interactions(), "interactions of contact " + i);
        }
    }

    @Test
    void unknownSectionsAndFieldsOfLaterVersionsAreSkipped() throws Exception {
        String json = """
                {"format": "netjournal", "version": 1, "exportedAt": "2030-01-01T00:00:00Z",
                 "sessions": [{"id": 1, "start": "2030-01-01T10:00", "counts": {"likes": 3}}],
                 "contacts": [{"firstName": "Ada", "lastName": "Lovelace", "pronouns": "she/her",
                               "stage": "meet", "cadence": "custom:10", "avatar": {"kind": "initials"},
                               "profiles": [{"network": "x", "url": "https://x.com/ada", "verified": true}],
                               "interactions": [{"date": "2029-12-01", "kind": "met", "network": null,
                                                 "sessionId": 1, "mood": [1, 2]}]}],
                 "goals": {"weekly": []}, "wins": []}
                """;
        List<ImportCandidate> rows = JsonContactReader.read(json);
        assertEquals(1, rows.size());
        Contact ada = rows.get(0).contact();
        assertEquals("Ada Lovelace", ada.fullName());
        assertEquals(ComfortStage.MEET, ada.stage());
        assertEquals(Cadence.everyDays(10), ada.cadence());
        assertEquals(ContactSource.JSON, ada.source(), "no source written: it came from JSON");
        assertEquals(List.of(new ProfileLink(Network.X, "https://x.com/ada")), ada.profiles());
        Interaction met = rows.get(0).interactions().get(0);
        assertEquals(LocalDate.of(2029, 12, 1), met.date());
        assertEquals(InteractionKind.MET, met.kind());
        assertEquals(null, met.network());
    }

    @Test
    void aContactWithAValueWeDoNotKnowIsAnErrorRowTheOthersAreImported() throws Exception {
        String json = """
                {"format": "netjournal", "version": 1, "contacts": [
                  {"firstName": "Ada", "stage": "befriended"},
                  {"firstName": "Bo", "connectedOn": "yesterday"},
                  {"firstName": "Cy", "interactions": [{"date": "2024-01-01", "kind": "waved"}]},
                  {"firstName": "", "lastName": " ", "email": "nobody-at-example.com"},
                  {"firstName": "Di", "profiles": [{"network": "other", "url": "javascript:alert(1)"}]},
                  {"firstName": "Ed", "tags": null, "profiles": null, "interactions": null, "notes": null}]}
                """;
        List<ImportCandidate> rows = JsonContactReader.read(json);
        assertEquals(ImportMessage.of("import.error.badValue", "stage", "befriended"), rows.get(0).error());
        assertEquals(ImportMessage.of("import.error.badValue", "connectedOn", "yesterday"), rows.get(1).error());
        assertEquals(ImportMessage.of("import.error.badValue", "kind", "waved"), rows.get(2).error());
        assertEquals(ImportMessage.of("import.error.noName"), rows.get(3).error());
        assertEquals("nobody-at-example.com", rows.get(3).label());
        assertEquals(ImportMessage.of("import.error.urlNotHttp", "javascript:alert(1)"), rows.get(4).error());
        assertEquals("Ed", rows.get(5).contact().fullName());
        assertEquals("", rows.get(5).contact().notes());
        assertEquals(6, rows.get(5).position());
    }

    private static void fill(ContactRepository contacts) {
        Contact emi = contacts.save(new Contact(0, "Emi", "Nakamura", "Kaizen Labs", "Developer Advocate",
                List.of(new ProfileLink(Network.LINKEDIN, "https://www.linkedin.com/in/eminakamura"),
                        new ProfileLink(Network.INSTAGRAM, "https://instagram.com/emi.codes"),
                        new ProfileLink(Network.OTHER, "https://mastodon.social/@emi")),
                "emi@example.jp", "Her talk at DevRelCon, \"docs people read\"", List.of("Mentors", "Conference 2024"),
                ComfortStage.COMMENT, Cadence.MONTHLY, "Line one\nLine two with ümlauts, emoji \uD83D\uDE42 and a tab\t.",
                ContactSource.VCARD, null, Instant.parse("2024-03-12T09:15:30.123Z")));
        Contact juergen = contacts.save(new Contact(0, "Jürgen", "Weiß", "Zeiss", "Senior Engineer, Optics",
                List.of(ProfileLink.of("https://www.linkedin.com/in/j%C3%BCrgen-wei%C3%9F")), "", "", List.of(),
                ComfortStage.CONNECT, Cadence.everyDays(45), "", ContactSource.LINKEDIN, LocalDate.of(2023, 1, 3),
                Instant.parse("2025-06-01T00:00:00Z")));
        contacts.save(new Contact(0, "Tom", "", "", "", List.of(), "", "", List.of("x"), ComfortStage.OBSERVE,
                Cadence.NONE, "", ContactSource.MANUAL, null, Instant.parse("2026-01-01T12:00:00Z")));
        contacts.save(new Contact(0, "", "Berg", "", "", List.of(), "", "", List.of(), ComfortStage.OBSERVE,
                Cadence.QUARTERLY, "", ContactSource.JSON, null, Instant.parse("2026-02-01T12:00:00Z")));
        contacts.save(new Contact(0, "Tom", "", "", "", List.of(), "", "", List.of(), ComfortStage.OBSERVE,
                Cadence.TWO_WEEKS, "The other Tom", ContactSource.MANUAL, null, Instant.parse("2026-03-01T12:00:00Z")));
        contacts.addInteraction(new Interaction(0, emi.id(), LocalDate.of(2024, 3, 14), InteractionKind.LIKED,
                Network.LINKEDIN, "", null));
        contacts.addInteraction(new Interaction(0, emi.id(), LocalDate.of(2024, 4, 2), InteractionKind.COMMENTED,
                Network.LINKEDIN, "Asked about \"the podcast\",\nshe answered.", null));
        contacts.addInteraction(new Interaction(0, juergen.id(), LocalDate.of(2025, 1, 1), InteractionKind.OTHER,
                null, "Christmas card", null));
        contacts.addInteraction(new Interaction(0, juergen.id(), LocalDate.of(2025, 1, 1), InteractionKind.OTHER,
                null, "Christmas card", null)); // the same twice is allowed and kept
    }

    private static List<Exported> snapshot(ContactRepository contacts) {
        List<Interaction> all = contacts.allInteractions();
        return contacts.findAll().stream()
                .sorted(Comparator.comparing(Contact::createdAt))
                .map(c -> new Exported(c.withId(0), all.stream().filter(i -> i.contactId() == c.id())
                        .map(i -> i.withIds(0, 0))
                        .sorted(Comparator.comparing(Interaction::date).thenComparing(Interaction::note))
                        .toList()))
                .toList();
    }
}
