package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactImport;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.io.ImportPreview.Row;
import org.netjournal.io.ImportPreview.Status;

class ImportPlannerTest {

    @TempDir
    Path temp;

    private final ImportPlanner planner = new ImportPlanner(Fixtures.CLOCK);

    /** A pretend journal: contacts with ids, as the storage layer would return them. */
    private final Map<Long, Contact> journal = new HashMap<>();
    private final Map<Long, List<Interaction>> interactions = new HashMap<>();

    private List<ContactSummary> summaries() {
        return journal.values().stream().map(c -> ContactSummary.of(c, null)).toList();
    }

    private ExistingContacts existing() {
        return ExistingContacts.of(id -> Optional.ofNullable(journal.get(id)),
                id -> interactions.getOrDefault(id, List.of()));
    }

    /** Writes the plan into the pretend journal as the repository would (ids assigned on insert). */
    private void apply(List<ContactImport> plan) {
        for (ContactImport item : plan) {
            long id = item.updateExistingId() != null ? item.updateExistingId() : journal.size() + 1L;
            journal.put(id, item.contact().withId(id));
        }
    }

    private ImportPreview preview(String fixture) throws Exception {
        return planner.preview(Fixtures.copy(fixture, temp), summaries());
    }

    private static Contact contact(String first, String last, String email, String... urls) {
        return new Contact(0, first, last, "", "", java.util.Arrays.stream(urls).map(ProfileLink::of).toList(),
                email, "", List.of(), ComfortStage.OBSERVE, Cadence.NONE, "", ContactSource.MANUAL, null,
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    // ---------------------------------------------------------------------------------------------------
    // Recognising the file

    @Test
    void theFormatComesFromTheContentNotTheName() throws Exception {
        String vcard = Fixtures.text("xing-30.vcf");
        Path named = Fixtures.write(temp, "contacts.csv", "\r\n \r\n" + vcard, true);
        ImportPreview preview = planner.preview(named, List.of());
        assertEquals(ImportFormat.VCARD, preview.format());
        assertEquals("Petra Wagner", preview.rows().get(0).candidate().label());
        assertEquals(3, preview.rows().get(0).candidate().position());
        Path lowerCase = Fixtures.write(temp, "lower.vcf", "begin:vcard\nversion:3.0\nfn:Jo Lee\nend:vcard\n", false);
        assertEquals("Jo Lee", planner.preview(lowerCase, List.of()).rows().get(0).candidate().label());
        assertEquals(ImportFormat.LINKEDIN_CSV, preview("connections-2024.csv").format());
        Path json = Fixtures.write(temp, "export.txt",
                "  \n{\"format\":\"netjournal\",\"version\":1,\"contacts\":[{\"firstName\":\"A\"}]}", true);
        assertEquals(ImportFormat.JSON, planner.preview(json, List.of()).format());
    }

    @Test
    void filesOfTheWrongKindAreRefusedWithAClearReason() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertRefused(Files.write(temp.resolve("photo.csv"), png), "import.unsupported.unknownFormat");
        assertRefused(Fixtures.write(temp, "text.csv", "Dear Anna,\nthank you for the coffee, see you soon!\n", false),
                "import.unsupported.unknownFormat");
        assertRefused(Fixtures.write(temp, "other.csv", "Name,E-Mail,Phone\nAnna,a@example.com,123\n", false),
                "import.unsupported.unknownFormat");
        assertRefused(Fixtures.write(temp, "outlook.csv", "First Name,Middle Name,Last Name,Title,Company,"
                + "E-mail Address\r\nAnna,,Schmidt,,Acme,anna@example.com\r\n", true), "import.unsupported.unknownFormat");
        assertRefused(Files.write(temp.resolve("empty.vcf"), new byte[0]), "import.unsupported.empty");
        assertRefused(Fixtures.write(temp, "blank.csv", " \r\n\r\n", true), "import.unsupported.empty");
        assertRefused(Fixtures.write(temp, "other.json", "{\"contacts\": []}", false),
                "import.unsupported.notNetJournal");
        assertRefused(Fixtures.write(temp, "cut.json", "{\"format\":\"netjournal\",\"version\":1,\"contacts\":[{\"first",
                false), "import.unsupported.damagedJson");
        UnsupportedFileException newer = assertRefused(Fixtures.write(temp, "newer.json",
                "{\"format\":\"netjournal\",\"version\":2,\"contacts\":[]}", false), "import.unsupported.newerJson");
        assertEquals(List.of("2"), newer.reason().args());
    }

    @Test
    void linksWithoutSchemeFromEveryImporterGetHttpsAsInTheForm() throws Exception {
        Path linkedIn = Fixtures.write(temp, "Connections.csv", "First Name,Last Name,URL,Email Address,Company,"
                + "Position,Connected On\r\nPetra,Klein, linkedin.com/in/petra-klein ,,Acme,CTO,12 Mar 2024\r\n"
                + "Hank,Hill,ftp://files.example.com/hank,,,,\r\n", true);
        List<Row> rows = planner.preview(linkedIn, List.of()).rows();
        assertEquals(List.of(new ProfileLink(Network.LINKEDIN, "https://linkedin.com/in/petra-klein")),
                rows.get(0).candidate().contact().profiles());
        assertEquals(Status.NEW, rows.get(0).status());
        assertEquals(ImportMessage.of("import.error.urlNotHttp", "ftp://files.example.com/hank"),
                rows.get(1).candidate().error(), "only what cannot be a link is refused");

        Path vcard = Fixtures.write(temp, "petra.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Klein;Petra;;;\r\n"
                + "FN:Petra Klein\r\nURL: www.xing.com/profile/Petra_Klein \r\nEND:VCARD\r\n", true);
        assertEquals(List.of(new ProfileLink(Network.XING, "https://www.xing.com/profile/Petra_Klein")),
                planner.preview(vcard, List.of()).rows().get(0).candidate().contact().profiles());

        Path json = Fixtures.write(temp, "export.json", "{\"format\":\"netjournal\",\"version\":1,\"contacts\":"
                + "[{\"firstName\":\"Petra\",\"profiles\":[{\"network\":\"other\",\"url\":\"linkedin.com/in/pk\"}]}]}",
                false);
        assertEquals(List.of(new ProfileLink(Network.LINKEDIN, "https://linkedin.com/in/pk")),
                planner.preview(json, List.of()).rows().get(0).candidate().contact().profiles());
    }

    @Test
    void filesOverFiftyMegabytesAreRefusedBeforeReading() throws Exception {
        Path big = temp.resolve("Connections.csv");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ImportPlanner.MAX_FILE_BYTES + 1);
        }
        UnsupportedFileException e = assertRefused(big, "import.unsupported.tooLarge");
        assertEquals(List.of("51", "50"), e.reason().args());
    }

    private UnsupportedFileException assertRefused(Path file, String key) {
        UnsupportedFileException e = assertThrows(UnsupportedFileException.class,
                () -> planner.preview(file, List.of()), file.toString());
        assertEquals(key, e.reason().key(), file.toString());
        return e;
    }

    // ---------------------------------------------------------------------------------------------------
    // Duplicates

    @Test
    void rowsAreNewDuplicateOfTheJournalOrErrors() throws Exception {
        journal.put(7L, contact("Anna", "Schmidt", "", "https://linkedin.com/in/anna-schmidt-4a1b2c/").withId(7));
        journal.put(8L, contact("Gina", "Lopez", "", "https://www.linkedin.com/in/someone-else").withId(8));

        ImportPreview preview = preview("connections-2024.csv");
        assertEquals("connections-2024.csv", preview.fileName());
        Row anna = preview.rows().get(0);
        assertEquals(Status.DUPLICATE, anna.status());
        assertEquals(7L, anna.existingId());
        assertEquals("Anna Schmidt", anna.matchedName());
        assertEquals(ImportMessage.of("import.duplicate.existing", "Anna Schmidt"), anna.reason());
        assertEquals(List.of(Status.DUPLICATE, Status.NEW, Status.NEW, Status.NEW),
                preview.rows().stream().map(Row::status).toList());
        assertNull(preview.rows().get(1).reason());

        ImportPreview problems = preview("connections-problems.csv");
        assertEquals(List.of(Status.NEW, Status.ERROR, Status.NEW),
                problems.rows().stream().map(Row::status).toList(), "Gina's URL differs: another person");
        assertEquals(1, problems.hiddenRows(), "the row LinkedIn blanked is no error");
        assertEquals("import.error.urlNotHttp", problems.rows().get(1).reason().key());
        assertEquals(1, problems.errorCount());
    }

    @Test
    void aSecondOccurrenceInTheFileIsADuplicateOfTheFirst() throws Exception {
        ImportPreview preview = preview("connections-dupes.csv");

        List<Row> rows = preview.rows();
        assertEquals(Status.NEW, rows.get(0).status());
        assertEquals(Status.DUPLICATE, rows.get(1).status(), "http, de.linkedin.com and a trailing slash: same URL");
        assertNull(rows.get(1).existingId());
        assertEquals(0, rows.get(1).earlierRow());
        assertEquals(ImportMessage.of("import.duplicate.earlierLine", "2", "Karl Meier"), rows.get(1).reason());
        assertEquals(Status.NEW, rows.get(2).status(), "same name, different profile: another Karl Meier");

        assertEquals(2, planner.plan(preview).size(), "imported once");
    }

    @Test
    void reImportingANewerExportShowsOnlyTheNewPeople() throws Exception {
        apply(planner.plan(preview("connections-2024.csv")));
        assertEquals(4, journal.size());

        ImportPreview newer = preview("connections-2024-11.csv");

        List<String> newNames = newer.rows().stream().filter(row -> row.status() == Status.NEW)
                .map(row -> row.candidate().contact().fullName()).toList();
        assertEquals(List.of("Dana Kovač", "Emil Nyström"), newNames);
        assertEquals(4, newer.duplicateCount());
        assertEquals(2, planner.plan(newer).size());
    }

    @Test
    void anOldExportWithoutUrlsStillMatchesTheNewerOneByName() throws Exception {
        apply(planner.plan(preview("connections-old.csv")));

        ImportPreview newer = preview("connections-2024.csv");

        assertEquals(Status.DUPLICATE, newer.rows().get(0).status(), "Anna had no URL yet: matched by name");
        assertEquals(3, newer.newCount());
    }

    @Test
    void theFirstKindOfKeyBothHaveDecides() throws Exception {
        journal.put(1L, contact("Karl", "Meier", "karl@example.com", "https://www.linkedin.com/in/karl-meier").withId(1));
        journal.put(2L, contact("Lena", "Ross", "lena@example.com").withId(2));
        journal.put(3L, contact("Mia", "Wong", "").withId(3));
        String csv = "First Name,Last Name,URL,Email Address\n"
                + "Karl,Meier,https://www.linkedin.com/in/karl-meier-2,karl@example.com\n" // other URL: other person
                + "Lena,Ross,https://www.linkedin.com/in/lena,LENA@example.com\n" // journal has no URL: e-mail
                + "Lena,Roß,,lena@example.com\n" // same e-mail, name spelt differently
                + "Mia,  WONG,https://www.linkedin.com/in/mia,\n" // only the name in common
                + "Mia,Wong,,mia@example.com\n";

        List<Row> rows = planner.preview("c.csv", csv, summaries()).rows();

        assertEquals(Status.NEW, rows.get(0).status());
        assertEquals(2L, rows.get(1).existingId());
        assertEquals(2L, rows.get(2).existingId());
        assertEquals(3L, rows.get(3).existingId());
        assertEquals(3L, rows.get(4).existingId());
    }

    // ---------------------------------------------------------------------------------------------------
    // Planning

    @Test
    void skipImportsOnlyTheNewRows() throws Exception {
        journal.put(7L, contact("Anna", "Schmidt", "", "https://linkedin.com/in/anna-schmidt-4a1b2c").withId(7));

        List<ContactImport> plan = planner.plan(preview("connections-2024.csv"), DuplicatePolicy.SKIP, existing());

        assertEquals(List.of("Jürgen Weiß", "Chloé O'Brien", "Ben Okafor"),
                plan.stream().map(item -> item.contact().fullName()).toList());
        assertTrue(plan.stream().allMatch(item -> item.updateExistingId() == null));
    }

    @Test
    void updateMergesIntoTheJournalsContactWithoutLoweringItsStage() throws Exception {
        apply(planner.plan(preview("connections-2024.csv")));
        long juergenId = journal.values().stream().filter(c -> c.firstName().equals("Jürgen")).findFirst()
                .orElseThrow().id();
        Contact curated = journal.get(juergenId);
        journal.put(juergenId, new Contact(juergenId, curated.firstName(), curated.lastName(), curated.company(),
                curated.role(), curated.profiles(), "", "Met at Photonics fair", List.of("Optics"),
                ComfortStage.MESSAGE, Cadence.MONTHLY, "Likes hiking.", ContactSource.LINKEDIN,
                LocalDate.of(2023, 1, 3), curated.createdAt()));

        List<ContactImport> plan = planner.plan(preview("connections-2024-11.csv"), DuplicatePolicy.UPDATE,
                existing());

        assertEquals(6, plan.size(), "4 updates and 2 inserts");
        ContactImport update = plan.stream().filter(item -> Long.valueOf(juergenId).equals(item.updateExistingId()))
                .findFirst().orElseThrow();
        Contact merged = update.contact();
        assertEquals(juergenId, merged.id());
        assertEquals("Trumpf", merged.company(), "a newer export knows the new job");
        assertEquals("Lead Engineer", merged.role());
        assertEquals(ComfortStage.MESSAGE, merged.stage(), "never lowered to CONNECT");
        assertEquals(Cadence.MONTHLY, merged.cadence());
        assertEquals("Met at Photonics fair", merged.howWeMet());
        assertEquals("juergen.weiss@example.de", merged.email(), "blank e-mail filled from the file");
        assertEquals(List.of("Optics"), merged.tags());
        assertEquals("Likes hiking.", merged.notes());
        assertEquals(curated.createdAt(), merged.createdAt());
        assertEquals(2, plan.stream().filter(item -> item.updateExistingId() == null).count());
    }

    @Test
    void mergeUnitesProfilesTagsAndNotes() {
        Contact base = new Contact(5, "Emi", "Nakamura", "Kaizen", "Dev", List.of(ProfileLink.of(
                "https://www.linkedin.com/in/emi")), "emi@example.jp", "", List.of("Mentors"), ComfortStage.COMMENT,
                Cadence.NONE, "Talk about docs.", ContactSource.MANUAL, null, Instant.EPOCH);
        Contact incoming = new Contact(0, "Emi", "Nakamura", "", "", List.of(
                ProfileLink.of("http://linkedin.com/in/emi/"), ProfileLink.of("https://instagram.com/emi")),
                "other@example.jp", "", List.of("mentors", "Berlin"), ComfortStage.LIKE, Cadence.QUARTERLY,
                "Podcast idea.", ContactSource.VCARD, LocalDate.of(2024, 1, 1), Fixtures.NOW);

        Contact merged = ImportPlanner.merge(base, incoming);

        assertEquals(5, merged.id());
        assertEquals("Kaizen", merged.company(), "a blank company in the file keeps ours");
        assertEquals(List.of("https://www.linkedin.com/in/emi", "https://instagram.com/emi"),
                merged.profiles().stream().map(ProfileLink::url).toList());
        assertEquals(List.of("Mentors", "Berlin"), merged.tags());
        assertEquals("Talk about docs.\n\nPodcast idea.", merged.notes());
        assertEquals("Talk about docs.\n\nPodcast idea.", ImportPlanner.merge(merged, incoming).notes(),
                "not appended twice");
        assertEquals(ComfortStage.COMMENT, merged.stage());
        assertEquals(Cadence.QUARTERLY, merged.cadence(), "we had none");
        assertEquals("emi@example.jp", merged.email());
        assertEquals(ContactSource.MANUAL, merged.source());
        assertEquals(LocalDate.of(2024, 1, 1), merged.connectedOn());
    }

    @Test
    void updateMergesDuplicatesWithinTheFileIntoTheFirstRow() throws Exception {
        String csv = "First Name,Last Name,URL,Email Address,Company\n"
                + "Karl,Meier,https://www.linkedin.com/in/karl-meier,,\n"
                + "Karl,Meier,https://linkedin.com/in/karl-meier,karl@example.com,Acme\n";
        ImportPreview preview = planner.preview("c.csv", csv, List.of());

        List<ContactImport> plan = planner.plan(preview, DuplicatePolicy.UPDATE, existing());

        assertEquals(1, plan.size());
        assertNull(plan.get(0).updateExistingId());
        assertEquals("karl@example.com", plan.get(0).contact().email());
        assertEquals("Acme", plan.get(0).contact().company());
    }

    @Test
    void updateAddsOnlyInteractionsTheContactDoesNotHaveYet() throws Exception {
        Contact anna = contact("Anna", "Schmidt", "", "https://www.linkedin.com/in/anna").withId(3);
        journal.put(3L, anna);
        Interaction liked = new Interaction(11, 3, LocalDate.of(2024, 5, 1), InteractionKind.LIKED, Network.LINKEDIN,
                "Post about hiring", null);
        interactions.put(3L, List.of(liked));
        Interaction met = new Interaction(12, 3, LocalDate.of(2024, 6, 1), InteractionKind.MET, null, "Coffee", null);
        java.io.StringWriter json = new java.io.StringWriter();
        JsonJournalWriter.write(json, List.of(anna), List.of(liked, met), Fixtures.NOW);

        ImportPreview preview = planner.preview("export.json", json.toString(), summaries());
        assertEquals(Status.DUPLICATE, preview.rows().get(0).status());
        List<ContactImport> plan = planner.plan(preview, DuplicatePolicy.UPDATE, existing());

        assertEquals(1, plan.size());
        assertEquals(3L, plan.get(0).updateExistingId());
        List<Interaction> added = plan.get(0).interactions();
        assertEquals(1, added.size());
        assertEquals(InteractionKind.MET, added.get(0).kind());
        assertEquals(List.of(), planner.plan(preview).stream().flatMap(i -> i.interactions().stream()).toList(),
                "skip adds nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"apple-30.vcf", "google-30.vcf", "outlook-21.vcf", "vcard-40.vcf", "xing-30.vcf"})
    void everyVCardFixtureCanBePreviewedAndPlanned(String fixture) throws Exception {
        ImportPreview preview = preview(fixture);
        assertEquals(ImportFormat.VCARD, preview.format());
        List<ContactImport> plan = planner.plan(preview);
        assertEquals(preview.newCount(), plan.size());
        List<String> names = new ArrayList<>();
        plan.forEach(item -> names.add(item.contact().fullName()));
        assertTrue(names.stream().noneMatch(String::isBlank), names.toString());
    }

    @Test
    void tenThousandRowsAgainstFiftyThousandContactsArePreviewed() throws Exception {
        // correctness at scale only: speed is measured by bench/linkedin-import.sh, never asserted in a unit test
        List<ContactSummary> existing = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            existing.add(ContactSummary.of(contact("P" + i, "Person", i % 3 == 0 ? "p" + i + "@example.com" : "",
                    i % 2 == 0 ? "https://www.linkedin.com/in/p" + i : "https://www.xing.com/profile/P" + i)
                    .withId(i + 1), null));
        }
        StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append('P').append(i * 7).append(",Person,https://www.linkedin.com/in/p").append(i * 7)
                    .append(",,Acme,Role,12 Mar 2024\r\n");
        }
        ImportPreview preview = planner.preview("Connections.csv", csv.toString(), existing);
        List<ContactImport> plan = planner.plan(preview);
        assertEquals(10_000, preview.rows().size());
        assertEquals(preview.newCount(), plan.size());
        assertTrue(preview.duplicateCount() > 0 && preview.newCount() > 0);
    }

    @Test
    void jsonRowsAreComparedWithTheJournalButNotWithEachOther() throws Exception {
        journal.put(1L, contact("Anna", "Schmidt", "").withId(1));
        java.io.StringWriter json = new java.io.StringWriter();
        JsonJournalWriter.write(json, List.of(contact("Anna", "Schmidt", "").withId(1),
                contact("Tom", "Berg", "").withId(2), contact("Tom", "Berg", "").withId(3)), List.of(), Fixtures.NOW);

        ImportPreview preview = planner.preview("x.json", json.toString(), summaries());

        assertEquals(List.of(Status.DUPLICATE, Status.NEW, Status.NEW),
                preview.rows().stream().map(Row::status).toList(), "two people may share a name in a journal");
    }
}
