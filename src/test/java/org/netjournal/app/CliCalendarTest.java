package org.netjournal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;

/** {@code netjournal export --format ics}: the follow-ups and the weekly slot, stable UIDs, initials on request. */
class CliCalendarTest {

    @TempDir
    Path temp;

    private String stderr;

    private Path dataDir() {
        return temp.resolve("data");
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir().toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(Map.of(), new ByteArrayOutputStream(), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(all);
        stderr = err.toString(StandardCharsets.UTF_8);
        return status;
    }

    private static Contact contact(String first, String last, ComfortStage stage, Cadence cadence) {
        return new Contact(0, first, last, "", "", List.of(), "", "", List.of(), stage, cadence, "",
                ContactSource.MANUAL, null, Instant.parse("2025-01-01T10:00:00Z"));
    }

    private void journalWithOneDueContact() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir()))) {
            ContactRepository contacts = new ContactRepository(db);
            long anna = contacts.save(contact("Anna", "Berg", ComfortStage.OBSERVE, Cadence.MONTHLY)).id();
            contacts.addInteraction(new Interaction(0, anna, LocalDate.now().minusDays(60), InteractionKind.MESSAGED,
                    null, "", null));
            contacts.save(contact("Omar", "Haddad", ComfortStage.MEET, Cadence.NONE)); // no rhythm: never due
        }
    }

    private ICalendar export(Path file, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", "--format", "ics", "--out", file.toString()));
        args.addAll(List.of(extra));
        assertEquals(0, run(args.toArray(String[]::new)), stderr);
        return Biweekly.parse(Files.readString(file)).first();
    }

    @Test
    void theFollowUpsAndTheWeeklySlotWithStableUids() throws Exception {
        journalWithOneDueContact();

        ICalendar first = export(temp.resolve("first.ics"));
        ICalendar second = export(temp.resolve("second.ics"));

        List<VEvent> events = first.getEvents();
        assertEquals(2, events.size(), "one follow-up and the weekly session");
        VEvent followUp = events.get(0);
        assertEquals("Get in touch with Anna Berg", followUp.getSummary().getValue());
        assertEquals("Suggest a call or coffee to Anna", followUp.getDescription().getValue(),
                "the message logged moved her up the ladder");
        VEvent session = events.get(1);
        assertEquals("Networking session", session.getSummary().getValue());
        assertEquals(java.time.DayOfWeek.SUNDAY, LocalDate.ofInstant(session.getDateStart().getValue().toInstant(),
                java.time.ZoneId.systemDefault()).getDayOfWeek(), "the last day of a week starting on Monday");
        assertEquals(List.of(followUp.getUid().getValue(), session.getUid().getValue()),
                second.getEvents().stream().map(event -> event.getUid().getValue()).toList(),
                "a re-export updates the same events");
        assertTrue(second.getEvents().get(0).getSequence().getValue() >= followUp.getSequence().getValue());
        assertTrue(stderr.contains("Exported 1 follow-up"), stderr);
    }

    @Test
    void initialsKeepTheNamesInTheJournal() throws Exception {
        journalWithOneDueContact();

        Path file = temp.resolve("initials.ics");
        ICalendar calendar = export(file, "--initials");

        assertEquals("Get in touch with A. B.", calendar.getEvents().get(0).getSummary().getValue());
        assertFalse(Files.readString(file).contains("Anna"), "no name leaves the journal");
    }

    /** The real launcher in its own JVM without a display: the calendar export needs no JavaFX toolkit. */
    @Test
    void theLauncherExportsTheCalendarWithoutADisplay() throws Exception {
        journalWithOneDueContact();
        Path log = temp.resolve("launcher.log");
        int status = ChildLauncher.run(log, "--data-dir", dataDir().toString(), "export", "--format", "ics", "--out",
                temp.resolve("launched.ics").toString());
        assertEquals(0, status, Files.readString(log));
        assertEquals(2, Biweekly.parse(Files.readString(temp.resolve("launched.ics"))).first().getEvents().size());
    }
}
