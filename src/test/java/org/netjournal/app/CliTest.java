package org.netjournal.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netjournal.storage.DataFolder;

/** The command line: real journals in temp folders, real files, exit statuses 0/1/2. */
class CliTest {

    @TempDir
    Path temp;

    private String stdout;
    private String stderr;

    private Path dataDir() {
        return temp.resolve("data");
    }

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(Map.of(), out, new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return status;
    }

    private int inJournal(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir().toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private Path fixture(String name) throws Exception {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/org/netjournal/io/" + name))) {
            Path file = temp.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    @Test
    void onlyWindowOptionsOpenTheWindowEverythingElseIsACommand() {
        assertFalse(Cli.wantsCommand(List.of()));
        assertFalse(Cli.wantsCommand(List.of("--data-dir", "/tmp/x")));
        assertFalse(Cli.wantsCommand(List.of("--data-dir=/tmp/x")));
        assertTrue(Cli.wantsCommand(List.of("--data-dir", "/tmp/x", "export", "--format", "json")));
        assertTrue(Cli.wantsCommand(List.of("--help")));
        assertTrue(Cli.wantsCommand(List.of("--bogus")));
    }

    @Test
    void helpGoesToStdoutWithStatusZero() {
        assertEquals(0, run("--help"));
        assertTrue(stdout.contains("import FILE") && stdout.contains("export --format json|csv|vcard"), stdout);
        assertEquals(0, run("--data-dir", "x", "import", "--help"));
        assertEquals(0, run("help"));
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (String command : List.of("import", "export", "backup", "check")) {
            assertEquals(0, run(command, "--help"), command);
            assertTrue(stdout.startsWith("Usage: netjournal [--data-dir DIR] " + command), stdout);
            assertFalse(stdout.contains("open the window"), "only this command's help: " + stdout);
            assertEquals("", stderr);
            assertEquals(0, run("help", command), command);
            assertTrue(stdout.startsWith("Usage: netjournal [--data-dir DIR] " + command), stdout);
        }
        assertEquals(0, run("export", "-h"));
        assertTrue(stdout.contains("--format") && stdout.contains("sessions-csv") && stdout.contains("--out"), stdout);
        assertFalse(Files.exists(dataDir()), "help creates no journal");
    }

    @Test
    void wrongUsageNamesTheProblemAndShowsTheUsageOfThatCommand() {
        assertEquals(2, run("frobnicate"));
        assertTrue(stderr.startsWith("netjournal: unknown command: frobnicate"), stderr);
        assertEquals(2, run("export", "--format", "pdf"));
        assertTrue(stderr.startsWith("netjournal: unknown export format: pdf"), stderr);
        assertTrue(stderr.contains("Usage: netjournal [--data-dir DIR] export --format"), stderr);
        assertFalse(stderr.contains("import FILE"), "the usage of export only: " + stderr);
        assertEquals(2, run("--data-dir="));
        assertTrue(stderr.startsWith("netjournal: --data-dir needs a folder"), stderr);
        assertEquals(2, run());
        assertTrue(stderr.startsWith("netjournal: no command given"), stderr);
        assertTrue(Cli.wantsCommand(List.of("--data-dir=")), "a blank folder is wrong usage, not the window");
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "import", "import a.csv b.csv", "import --update a.csv", "export",
            "export --format", "export --format pdf", "export --format json --out", "export --format json extra",
            "--data-dir", "--verbose export --format json", "backup --bogus", "backup --out",
            "check extra"})
    void wrongUsageIsStatusTwoWithTheUsageOnStderr(String args) throws Exception {
        assertEquals(2, run(args.split(" ")), args);
        assertTrue(stderr.startsWith("netjournal: "), stderr);
        assertTrue(stderr.contains("Usage:"), stderr);
        assertEquals("", stdout);
        assertFalse(Files.exists(dataDir()), "nothing created");
    }

    @Test
    void importThenExportThenReimport() throws Exception {
        Path csv = fixture("connections-2024.csv");

        assertEquals(0, inJournal("import", csv.toString()), stderr);
        assertEquals("Imported 4 new, skipped 0 duplicates, 0 errors (connections-2024.csv, LinkedIn connections (CSV))"
                + System.lineSeparator(), stdout);

        assertEquals(0, inJournal("export", "--format", "json"), stderr);
        assertTrue(stdout.contains("\"firstName\": \"Jürgen\""), stdout);
        assertTrue(stdout.contains("\"url\": \"https://www.linkedin.com/in/anna-schmidt-4a1b2c\""), stdout);
        assertEquals("", stderr);

        Path newer = fixture("connections-2024-11.csv");
        assertEquals(0, inJournal("import", newer.toString()), stderr);
        assertTrue(stdout.startsWith("Imported 2 new, skipped 4 duplicates, 0 errors"), stdout);

        Path json = temp.resolve("backup.json");
        assertEquals(0, inJournal("export", "--format=json", "--out", json.toString()));
        assertEquals("", stdout);
        assertTrue(stderr.contains("Exported the whole journal (6 contacts, 0 interactions, 0 sessions"), stderr);
        assertTrue(Files.readString(json).contains("\"lastName\": \"Nyström\""));

        // the JSON export goes into another (empty) journal, complete
        assertEquals(0, run("--data-dir", temp.resolve("other").toString(), "import", json.toString()), stderr);
        assertTrue(stdout.startsWith("Restored the whole journal from backup.json: 6 contacts,"), stdout);
        assertEquals(0, run("--data-dir", temp.resolve("other").toString(), "export", "--format", "csv"));
        assertEquals(7, stdout.split("\r\n").length, "header and 6 rows: " + stdout);
        assertTrue(stdout.startsWith("First Name,Last Name,Company,"), stdout);
    }

    @Test
    void errorRowsAreListedOnStderrWithTheirLines() throws Exception {
        assertEquals(0, inJournal("import", fixture("connections-problems.csv").toString()));
        assertTrue(stdout.startsWith("Imported 2 new, skipped 0 duplicates, 1 errors"), stdout);
        assertTrue(stderr.contains("connections-problems.csv: 1 connection is hidden by LinkedIn"), stderr);
        assertTrue(stderr.contains("line 7 (Hank Moody): not imported: The profile address \u201cftp://files.example.com/hank\u201d"),
                stderr);
        assertTrue(stderr.contains("line 5 (Gina Lopez): warning: The date \u201csomeday\u201d was not understood"), stderr);
    }

    @Test
    void vcardExportToStdoutIsUtf8() throws Exception {
        assertEquals(0, inJournal("import", fixture("outlook-21.vcf").toString()));
        assertFalse(stderr.contains("not imported"), "the company card is imported as the company: " + stderr);
        assertEquals(0, inJournal("export", "--format", "vcard"));
        assertTrue(stdout.contains("FN:Dr. Jürgen Müller-Lüdenscheidt"), "with the prefix from N: " + stdout);
    }

    @Test
    void aFileOfTheWrongKindIsStatusOneAndTouchesNoJournal() throws Exception {
        Path png = Files.write(temp.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertEquals(1, inJournal("import", png.toString()));
        assertTrue(stderr.contains("NetJournal does not recognise this file"), stderr);
        assertFalse(Files.exists(dataDir()), "the journal is not even created");

        assertEquals(1, inJournal("import", temp.resolve("missing.csv").toString()));
        assertTrue(stderr.contains("cannot read") && stderr.contains("no such file"), stderr);

        Path empty = Files.write(temp.resolve("empty.csv"), new byte[0]);
        assertEquals(1, inJournal("import", empty.toString()));
        assertTrue(stderr.contains("The file is empty"), stderr);
    }

    @Test
    void aGarbageOrNewerJournalIsRefusedAndLeftByteIdentical() throws Exception {
        Path csv = fixture("connections-2024.csv");
        DataFolder folder = new DataFolder(dataDir());
        Files.createDirectories(dataDir());
        byte[] garbage = "This is my shopping list, not a database.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.databaseFile(), garbage);

        assertEquals(1, inJournal("import", csv.toString()));
        assertTrue(stderr.contains("cannot open the journal") && stderr.contains("not a journal database"), stderr);
        assertTrue(stderr.contains("NetJournal has not changed this file"), stderr);
        assertEquals(1, inJournal("export", "--format", "json"));
        assertEquals("", stdout);
        assertArrayEquals(garbage, Files.readAllBytes(folder.databaseFile()));
    }

    @Test
    void sessionsExportAsMarkdownOrSessionsCsvWhileCsvStaysTheContacts() throws Exception {
        try (org.netjournal.storage.JournalDatabase database =
                     org.netjournal.storage.JournalDatabase.open(new DataFolder(dataDir()))) {
            long anna = new org.netjournal.storage.ContactRepository(database)
                    .save(org.netjournal.domain.Contact.named("Anna", "Müller")).id();
            new org.netjournal.storage.SessionRepository(database).save(org.netjournal.domain.Session
                    .startingAt(java.time.LocalDateTime.of(2026, 11, 29, 14, 30))
                    .withCount(org.netjournal.domain.ActionKind.COMMENTS, 2)
                    .withTexts("ok, \"good\"", "two\nlines", null)
                    .withTouched(List.of(org.netjournal.domain.TouchedContact.of(anna))));
        }
        assertEquals(0, inJournal("export", "--format", "markdown"), stderr);
        assertTrue(stdout.startsWith("# Networking journal\n\n## Week 48"), stdout);
        assertTrue(stdout.contains("- **What you did:** 2 comments\n"), stdout);
        assertTrue(stdout.contains("Anna Müller (Commented)"), stdout);

        assertEquals(0, inJournal("export", "--format=sessions-csv"), stderr);
        assertEquals(2, stdout.split("\r\n").length, "header and one row (two lines in the notes): " + stdout);
        assertTrue(stdout.startsWith("Start,Week,Duration Minutes,"), stdout);
        assertTrue(stdout.contains("2026-11-29 14:30,2026-W48,,,0,2,0,0,0,0,,,\"ok, \"\"good\"\"\",\"two\nlines\",,Anna Müller (commented)"),
                stdout);

        assertEquals(0, inJournal("export", "--format", "csv"), stderr);
        assertTrue(stdout.startsWith("First Name,Last Name,Company,"), "csv is still the contacts: " + stdout);

        Path md = temp.resolve("journal.md");
        assertEquals(0, inJournal("export", "--format", "markdown", "--out", md.toString()));
        assertTrue(stderr.contains("Exported 1 session to"), stderr);
        assertTrue(Files.readString(md).contains("## Week 48"));
        try (var leftovers = Files.list(temp)) {
            assertTrue(leftovers.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void aFailedExportLeavesNoHalfFile() throws Exception {
        Path target = temp.resolve("no-such-folder").resolve("out.json");
        assertEquals(1, inJournal("export", "--format", "json", "--out", target.toString()));
        assertTrue(stderr.contains("cannot write"), stderr);
        assertFalse(Files.exists(target));
    }

    /** The real launcher in its own JVM without a display: commands never start JavaFX. */
    @Test
    void theLauncherRunsCommandsWithoutJavaFx() throws Exception {
        Path csv = fixture("connections-2024.csv");
        assertEquals(0, launch("--data-dir", dataDir().toString(), "import", csv.toString()));
        assertEquals(0, launch("--data-dir=" + dataDir(), "export", "--format", "vcard", "--out",
                temp.resolve("all.vcf").toString()));
        assertTrue(Files.readString(temp.resolve("all.vcf")).contains("FN:Chloé O'Brien"));
        assertEquals(1, launch("--data-dir", dataDir().toString(), "import", temp.resolve("nope.csv").toString()));
        assertEquals(2, launch("--data-dir", dataDir().toString(), "export"));
        assertEquals(2, launch("--data-dir"));
    }

    private int launch(String... args) throws Exception {
        return ChildLauncher.run(temp.resolve("launcher.log"), args);
    }
}
