package org.netjournal.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.Post;
import org.netjournal.domain.WeeklyReview;
import org.netjournal.domain.Session;
import org.netjournal.domain.Strategy;
import java.time.Instant;
import org.netjournal.io.CalendarExport;
import org.netjournal.io.CalendarReminders;
import org.netjournal.io.ContactExporter;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.ui.shared.coach.CalendarExportFlow;
import org.netjournal.io.JournalExporter;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.GoalRepository;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.JournalSnapshots;
import org.netjournal.storage.LostJournalException;
import org.netjournal.storage.MyNetworkRepository;
import org.netjournal.storage.PostRepository;
import org.netjournal.storage.WeeklyReviewRepository;
import org.netjournal.storage.SessionRepository;
import org.netjournal.storage.StrategyRepository;
import org.netjournal.storage.UnreadableJournalException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code netjournal export --format json|csv|vcard|markdown|sessions-csv|ics [--initials] [--out FILE]}: the whole
 * journal (json), its contacts (csv, vcard), its session journal (markdown, sessions-csv) or the reminders for a
 * calendar (ics), to FILE or stdout.
 */
@Command(name = "export", usageHelpWidth = Cli.HELP_WIDTH,
        customSynopsis = "netjournal [--data-dir DIR] export --format json|csv|vcard|markdown|sessions-csv|ics [--initials] [--out FILE]",
        description = {"json: the whole journal (steps, contacts, interactions, sessions, goals, drafts, wins, "
                + "settings; re-importable); csv, vcard: the contacts; markdown (readable, by calendar week) or "
                + "sessions-csv (one row per session): the session journal; ics: the follow-ups and the weekly session "
                + "slot for a calendar (--initials: initials instead of names); to FILE or stdout"})
final class ExportCommand implements Callable<Integer> {

    private final Cli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "json, csv, vcard, markdown, sessions-csv or ics")
    private String formatCode;

    @Option(names = "--initials", description = "ics: initials instead of names (calendars sync to cloud services)")
    private boolean initials;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "the file to write (written next to it and moved into place); without it: stdout")
    private String outFile;

    @Mixin
    private HelpOption help;

    ExportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws UnreadableJournalException, LostJournalException {
        if ("ics".equals(formatCode)) {
            return exportCalendar();
        }
        Optional<JournalExporter.Format> journalFormat = JournalExporter.Format.fromCode(formatCode);
        Optional<ContactExporter.Format> format = ContactExporter.Format.fromCode(formatCode);
        if (format.isEmpty() && journalFormat.isEmpty()) {
            throw Cli.wrongArgument(spec, "unknown export format: " + formatCode
                    + " (json, csv, vcard, markdown, sessions-csv or ics)");
        }
        if (outFile != null && outFile.isBlank()) {
            throw Cli.wrongArgument(spec, "--out needs a file");
        }
        if (journalFormat.isPresent()) {
            return exportSessions(journalFormat.get());
        }
        DataFolder folder = cli.journalFolder();
        List<Contact> all;
        List<Interaction> interactions;
        JournalSnapshot journal = null; // json: the whole journal
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder)) {
            if (format.get() == ContactExporter.Format.JSON) {
                journal = new JournalSnapshots(database).read();
                all = journal.contacts();
                interactions = journal.interactions();
            } else {
                ContactRepository contacts = new ContactRepository(database);
                all = contacts.findAll();
                interactions = contacts.allInteractions();
            }
        } catch (IOException | RuntimeException failed) {
            return cli.fail("cannot read the journal: " + Cli.describe(failed));
        }
        ContactExporter exporter = new ContactExporter();
        if (outFile == null) {
            try {
                export(exporter, format.get(), journal, all, interactions, cli.out());
                cli.out().flush();
                return Cli.OK;
            } catch (IOException failed) {
                return cli.fail("the export could not be written: " + Cli.describe(failed));
            }
        }
        Path target = Path.of(outFile).toAbsolutePath();
        JournalSnapshot wholeJournal = journal;
        List<Contact> contacts = all;
        List<Interaction> contactInteractions = interactions;
        try {
            // written next to the target and moved into place: a failed export never leaves half a file
            JournalExporter.writeFile(target, file -> export(exporter, format.get(), wholeJournal, contacts,
                    contactInteractions, file));
            cli.err().println(journal != null ? "Exported the whole journal (" + journal.summary() + ") to " + target
                    : "Exported " + all.size() + " contacts to " + target);
            return Cli.OK;
        } catch (IOException failed) {
            return cli.fail("cannot write " + target + ": " + Cli.describe(failed));
        }
    }

    private static void export(ContactExporter exporter, ContactExporter.Format format, JournalSnapshot journal,
                               List<Contact> contacts, List<Interaction> interactions, OutputStream out)
            throws IOException {
        if (journal != null) {
            exporter.exportJournal(journal, out);
        } else {
            exporter.export(format, contacts, interactions, out);
        }
    }

    /**
     * {@code export --format ics}: the follow-ups and the weekly session slot (as chosen in the app, else the last
     * day of the week at 19:00), under the journal's calendar id, so a re-export updates the same events.
     */
    private int exportCalendar() throws UnreadableJournalException, LostJournalException {
        if (outFile != null && outFile.isBlank()) {
            throw Cli.wrongArgument(spec, "--out needs a file");
        }
        DataFolder folder = cli.journalFolder();
        CalendarReminders.Words words = CalendarExportFlow.words(cli.messages());
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder)) {
            ContactRepository contacts = new ContactRepository(database);
            SettingsRepository settings = new SettingsRepository(database);
            CalendarExport.WeeklySlot slot = CalendarReminders.slot(settings.loadAll(),
                    new GoalRepository(database).weekStart());
            LocalDate today = LocalDate.now();
            if (outFile == null) {
                CalendarReminders.write(contacts, settings, initials, slot, words, cli.out(), today, Instant.now());
                cli.out().flush();
                return Cli.OK;
            }
            Path target = Path.of(outFile).toAbsolutePath();
            int[] count = new int[1];
            JournalExporter.writeFile(target, out -> count[0] = CalendarReminders.write(contacts, settings, initials,
                    slot, words, out, today, Instant.now()));
            cli.err().println("Exported " + count[0] + (count[0] == 1 ? " follow-up" : " follow-ups")
                    + " and the weekly session to " + target);
            return Cli.OK;
        } catch (IOException | RuntimeException failed) {
            return cli.fail("cannot export the reminders: " + Cli.describe(failed));
        }
    }

    /** {@code export --format markdown|sessions-csv}: the session journal, in English. */
    private int exportSessions(JournalExporter.Format format)
            throws UnreadableJournalException, LostJournalException {
        DataFolder folder = cli.journalFolder();
        List<Session> sessions;
        Map<Long, String> names = new HashMap<>();
        DayOfWeek weekStart;
        Strategy strategy;
        List<MyNetwork> myNetworks;
        List<Post> posts;
        List<WeeklyReview> reviews;
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder)) {
            sessions = new SessionRepository(database).all();
            strategy = new StrategyRepository(database).load();
            myNetworks = new MyNetworkRepository(database).list();
            posts = new PostRepository(database).list();
            reviews = new WeeklyReviewRepository(database).list();
            weekStart = new GoalRepository(database).weekStart();
            for (Contact contact : new ContactRepository(database).findAll()) {
                names.put(contact.id(), contact.fullName());
            }
        } catch (IOException | RuntimeException failed) {
            return cli.fail("cannot read the journal: " + Cli.describe(failed));
        }
        JournalExporter exporter = new JournalExporter(cli.messages(), LocalDate.now()).withStrategy(strategy)
                .withNetworks(myNetworks).withPosts(posts).withReviews(reviews);
        if (outFile == null) {
            try {
                exporter.export(format, sessions, names, weekStart, cli.out());
                cli.out().flush();
                return Cli.OK;
            } catch (IOException failed) {
                return cli.fail("the export could not be written: " + Cli.describe(failed));
            }
        }
        Path target = Path.of(outFile).toAbsolutePath();
        try {
            JournalExporter.writeFile(target, stream -> exporter.export(format, sessions, names, weekStart, stream));
            cli.err().println("Exported " + sessions.size() + (sessions.size() == 1 ? " session" : " sessions")
                    + " to " + target);
            return Cli.OK;
        } catch (IOException failed) {
            return cli.fail("cannot write " + target + ": " + Cli.describe(failed));
        }
    }
}
