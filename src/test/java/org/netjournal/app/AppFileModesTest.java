package org.netjournal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.netjournal.storage.FileModes.FILE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Contact;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.FileModes;
import org.netjournal.storage.JournalDatabase;

/** The log (and its older file), the socket a second start talks to and command-line exports are owner-only. */
class AppFileModesTest {

    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileModes.supported(temp), "POSIX permissions");
    }

    private static Map<String, String> modes(Path folder) throws IOException {
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                modes.put(file.getFileName().toString(), FileModes.mode(file));
            }
        }
        return modes;
    }

    @Test
    void theLogAndItsRotatedFileAreOwnerOnlyAlsoWhenASecondProcessWritesIt() throws Exception {
        Path log = temp.resolve("netjournal.log");
        PrivateLogHandler first = new PrivateLogHandler(log, 2_000);
        PrivateLogHandler second = new PrivateLogHandler(log, 2_000); // a second start, before it finds the lock
        for (PrivateLogHandler handler : List.of(first, second)) {
            handler.setFormatter(new SimpleFormatter());
        }
        for (int i = 0; i < 40; i++) {
            (i % 2 == 0 ? first : second).publish(new LogRecord(Level.WARNING, "line " + i + " about Anna's notes"));
        }
        first.close();
        second.close();

        assertEquals(Map.of("netjournal.log", FILE, "netjournal.log.1", FILE), modes(temp),
                "no lock files, no files of a second process, nothing readable by others");
        assertTrue(Files.size(log) <= 2_000 && Files.size(temp.resolve("netjournal.log.1")) <= 2_000);
        assertTrue(Files.readString(log).contains("line 39"), Files.readString(log));
    }

    @Test
    void theSocketASecondStartTalksToIsOwnerOnly() throws Exception {
        try (FrontRequests listening = FrontRequests.listen(temp, Runnable::run, () -> { })) {
            assertEquals(Map.of(FrontRequests.SOCKET_NAME, FILE), modes(temp));
        }
    }

    @Test
    void commandLineExportsAndBackupsAreOwnerOnly() throws Exception {
        Path data = temp.resolve("data");
        try (JournalDatabase database = JournalDatabase.open(new DataFolder(data))) {
            new ContactRepository(database).save(Contact.named("Anna", "Müller"));
        }
        Path desk = temp.resolve("desk");
        Files.createDirectories(desk);
        for (String format : List.of("json", "csv", "vcard", "markdown", "sessions-csv")) {
            assertEquals(0, cli(data, "export", "--format", format, "--out", desk.resolve("out." + format).toString()));
        }
        assertEquals(0, cli(data, "backup", "--out", desk.resolve("copy.db").toString()));
        assertEquals(0, cli(data, "backup"));

        Map<String, String> expected = new TreeMap<>();
        for (String format : List.of("json", "csv", "vcard", "markdown", "sessions-csv")) {
            expected.put("out." + format, FILE);
        }
        expected.put("copy.db", FILE);
        assertEquals(expected, modes(desk));
        assertEquals(Set.of(), FileModes.notPrivate(data));
    }

    private static int cli(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(Map.of(), new ByteArrayOutputStream(), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(all);
        if (status != 0) {
            System.err.println(err.toString(StandardCharsets.UTF_8));
        }
        return status;
    }
}
