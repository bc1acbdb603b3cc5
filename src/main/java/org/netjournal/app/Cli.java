package org.netjournal.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netjournal.domain.Contact;
import org.netjournal.domain.CountingJournalSink;
import org.netjournal.domain.ContactImport;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.domain.Session;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.io.ContactExporter;
import org.netjournal.io.JournalExporter;
import org.netjournal.io.ImportCandidate;
import org.netjournal.io.ImportFormat;
import org.netjournal.io.ImportMessage;
import org.netjournal.io.ImportPlanner;
import org.netjournal.io.ImportPreview;
import org.netjournal.io.LeftOut;
import org.netjournal.io.JsonRestoreReader;
import org.netjournal.io.UnsupportedFileException;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.GoalRepository;
import org.netjournal.storage.SessionRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.ImportProgress;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.JournalRestore;
import org.netjournal.storage.JournalSnapshots;
import org.netjournal.storage.UnreadableJournalException;

/**
 * The commands of the launcher, run without a window (see {@code design.md}, "Command line"):
 * {@code netjournal [--data-dir DIR] import FILE} and
 * {@code export --format json|csv|vcard|markdown|sessions-csv [--out FILE]} ({@code csv} stays the contacts CSV),
 * {@code backup [--out FILE]} (a checked copy) and {@code check} (integrity, schema, size, rows; writes nothing).
 * Messages go to stderr in English; data (an export without {@code --out}) to stdout as UTF-8. Exit status:
 * {@link #OK}, {@link #BAD_INPUT} (a file or journal that cannot be used), {@link #USAGE} (wrong arguments).
 */
final class Cli {

    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage:
              netjournal [--data-dir DIR]                  open the window
              netjournal [--data-dir DIR] import FILE      import contacts from FILE: a LinkedIn Connections.csv,
                                                           a vCard file (.vcf) or a NetJournal JSON export
                                                           (recognised from the content); people already in
                                                           the journal are skipped. A full JSON export into
                                                           an empty journal restores all of it, in one go
              netjournal [--data-dir DIR] export --format json|csv|vcard [--out FILE]
                                                           json: the whole journal (steps, contacts,
                                                           interactions, sessions, goals, drafts, wins,
                                                           settings; re-importable); csv, vcard: the contacts;
                                                           to FILE or stdout
              netjournal [--data-dir DIR] export --format markdown|sessions-csv [--out FILE]
                                                           write the session journal: markdown (readable, by
                                                           calendar week) or sessions-csv (one row per session)
              netjournal [--data-dir DIR] backup [--out FILE]
                                                           write a checked copy of the journal to FILE
                                                           (default: a new file in the backups folder) and
                                                           print where it is
              netjournal [--data-dir DIR] check            check the journal without changing it: integrity,
                                                           schema version, size and rows per table
              netjournal --help                            show this help

            Options:
              --data-dir DIR   the journal's folder (default: $NETJOURNAL_HOME, else the usual data folder)

            Exit status: 0 success, 1 the file or the journal cannot be used, 2 wrong usage.
            """;

    private final Map<String, String> environment;
    private final OutputStream out;
    private final PrintStream err;
    private final Messages messages = new Messages(Language.ENGLISH);

    Cli(Map<String, String> environment, OutputStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    /** True when the arguments ask for more than the window's own options (then {@link #run} handles them). */
    static boolean wantsCommand(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data-dir")) {
                i++; // its value
            } else if (!arg.startsWith("--data-dir=")) {
                return true;
            }
        }
        return false;
    }

    /** The arguments, split: global options, the command and its own arguments. */
    private record Arguments(String dataDir, boolean help, String command, List<String> rest) {
    }

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Runs the command in {@code args} and returns the exit status. */
    int run(List<String> args) {
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (UsageException wrong) {
            return usage(wrong.getMessage());
        }
        if (arguments.help() || "help".equals(arguments.command())) {
            printHelp();
            return OK;
        }
        try {
            return switch (arguments.command()) {
                case "import" -> importFile(arguments);
                case "export" -> export(arguments);
                case "backup" -> backup(arguments);
                case "check" -> check(arguments);
                default -> usage("unknown command: " + arguments.command());
            };
        } catch (UsageException wrong) {
            return usage(wrong.getMessage());
        }
    }

    private static Arguments parse(List<String> args) throws UsageException {
        String dataDir = null;
        boolean help = false;
        String command = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data-dir")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--data-dir needs a folder");
                }
                dataDir = args.get(++i);
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = arg.substring("--data-dir=".length());
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (command == null && !arg.startsWith("-")) {
                command = arg;
            } else if (command == null) {
                throw new UsageException("unknown option: " + arg);
            } else {
                rest.add(arg);
            }
        }
        if (command == null && !help) {
            throw new UsageException("no command given");
        }
        if (dataDir != null && dataDir.isBlank()) {
            throw new UsageException("--data-dir needs a folder");
        }
        return new Arguments(dataDir, help, command, rest);
    }

    // ---------------------------------------------------------------------------------------------------
    // import FILE

    private int importFile(Arguments arguments) throws UsageException {
        List<String> files = new ArrayList<>();
        for (String arg : arguments.rest()) {
            if (arg.startsWith("-") && !arg.equals("-")) {
                throw new UsageException("unknown option for import: " + arg);
            }
            files.add(arg);
        }
        if (files.size() != 1) {
            throw new UsageException(files.isEmpty() ? "import needs a FILE" : "import takes one FILE");
        }
        Path file = Path.of(files.get(0));
        String text = null;
        boolean fullExport = false;
        UnsupportedFileException tooLargeForImport = null;
        UnsupportedFileException unrestorable = null;
        try {
            // recognise the file before the journal is opened (or created): a wrong file changes nothing
            try {
                text = ImportPlanner.readText(file);
            } catch (UnsupportedFileException tooLarge) {
                if (!"import.unsupported.tooLarge".equals(tooLarge.reason().key())) {
                    throw tooLarge;
                }
                // too large for a contact import, but a full export of a big journal may be restored (streamed)
                JsonRestoreReader.checkBackupSize(file, tooLarge);
                try {
                    if (!JsonRestoreReader.isFullExport(file)) {
                        throw tooLarge;
                    }
                } catch (UnsupportedFileException notABackup) {
                    throw tooLarge;
                }
                fullExport = true;
                tooLargeForImport = tooLarge;
            }
            if (text != null && ImportFormat.detect(text) == ImportFormat.JSON) {
                try {
                    fullExport = JsonRestoreReader.isFullExport(file);
                } catch (UnsupportedFileException notRestorable) {
                    unrestorable = notRestorable; // matters only if it is to be restored (below)
                }
            }
        } catch (UnsupportedFileException unsupported) {
            return fail(file + ": " + text(unsupported.reason()));
        } catch (IOException unreadable) {
            return fail("cannot read " + file + ": " + describe(unreadable));
        }
        DataFolder folder;
        try {
            folder = journalFolder(arguments);
        } catch (UnreadableJournalException movedAway) {
            return journalProblem(movedAway);
        }
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder)) {
            if (fullExport || unrestorable != null) {
                // a full export: restored as a whole into an empty journal, else only its contacts are merged
                List<String> notEmpty = new JournalSnapshots(database).emptinessProblems();
                if (notEmpty.isEmpty()) {
                    if (unrestorable != null) {
                        return fail(file + ": " + text(unrestorable.reason()) + " Nothing was imported.");
                    }
                    CountingJournalSink[] counted = new CountingJournalSink[1];
                    try {
                        JournalRestore.intoEmpty(database, restore -> {
                            counted[0] = new CountingJournalSink(restore);
                            try {
                                JsonRestoreReader.restore(file, counted[0]);
                            } catch (IOException unreadable) {
                                throw new UncheckedIOException(unreadable); // said below; nothing is written
                            }
                        });
                    } catch (UnsupportedFileException notRestorable) {
                        return fail(file + ": " + text(notRestorable.reason()) + " Nothing was imported.");
                    }
                    new PrintStream(out, true, StandardCharsets.UTF_8).printf(
                            "Restored the whole journal from %s: %s%n", file.getFileName(), counted[0].summary());
                    return OK;
                }
                err.println("note: " + file.getFileName() + " is a full journal export. Its sessions, goals, drafts, "
                        + "wins, step notes and settings are restored only into an empty journal, and this one is "
                        + "not empty (" + String.join(", ", notEmpty) + "), so only its contacts are merged.");
                err.println("  To restore everything, import it into a new folder: netjournal --data-dir NEW-FOLDER "
                        + "import " + file);
                if (tooLargeForImport != null) {
                    return fail(file + ": " + text(tooLargeForImport.reason()));
                }
            }
            ContactRepository contacts = new ContactRepository(database);
            ImportPlanner planner = new ImportPlanner();
            ImportPreview preview = planner.preview(String.valueOf(file.getFileName()), text, contacts.summaries());
            List<ContactImport> items = planner.plan(preview);
            for (ImportPreview.Row row : preview.rows()) {
                ImportCandidate candidate = row.candidate();
                String where = file.getFileName() + ", " + positionText(candidate) + labelText(candidate) + ": ";
                if (row.status() == ImportPreview.Status.ERROR) {
                    err.println(where + "not imported: " + text(candidate.error()));
                }
                for (ImportMessage warning : candidate.warnings()) {
                    if (!LeftOut.isCount(warning)) { // counts are added up below
                        err.println(where + "warning: " + text(warning));
                    }
                }
            }
            List<ImportMessage> leftOut = LeftOut.summary(preview.rows().stream().map(ImportPreview.Row::candidate)
                    .toList());
            if (preview.hiddenRows() > 0) {
                err.println(file.getFileName() + ": " + messages.format("import.hiddenByLinkedIn", preview.hiddenRows()));
            }
            if (!leftOut.isEmpty()) {
                err.println(file.getFileName() + ": " + messages.format("import.leftOut.summary",
                        String.join(", ", leftOut.stream().map(this::text).toList())));
            }
            contacts.importContacts(items, ImportProgress.NONE);
            new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8).printf(
                    "Imported %d new, skipped %d duplicate%s, %d errors (%s, %s)%n", items.size(),
                    preview.duplicateCount(), preview.duplicateCount() == 1 ? "" : "s", preview.errorCount(),
                    file.getFileName(),
                    messages.get(preview.format().messageKey()));
            return OK;
        } catch (UnreadableJournalException unusable) {
            return journalProblem(unusable);
        } catch (org.netjournal.storage.LostJournalException lost) {
            return lostJournal(lost.assessment()); // changed by nothing until the user chose in the app
        } catch (UnsupportedFileException unsupported) {
            return fail(file + ": " + text(unsupported.reason()));
        } catch (IOException | RuntimeException failed) {
            return fail("the import failed, nothing was imported: " + describe(failed));
        }
    }

    private String positionText(ImportCandidate candidate) {
        return text(candidate.positionMessage()).toLowerCase(java.util.Locale.ROOT);
    }

    private static String labelText(ImportCandidate candidate) {
        return candidate.label().isBlank() ? "" : " (" + candidate.label() + ")";
    }

    private String text(ImportMessage message) {
        return messages.format(message.key(), message.argsArray());
    }

    // ---------------------------------------------------------------------------------------------------
    // export --format F [--out FILE]

    private int export(Arguments arguments) throws UsageException {
        String formatCode = null;
        String outFile = null;
        List<String> rest = arguments.rest();
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--format") || arg.equals("--out") || arg.equals("-o")) {
                if (i + 1 >= rest.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                String value = rest.get(++i);
                if (arg.equals("--format")) {
                    formatCode = value;
                } else {
                    outFile = value;
                }
            } else if (arg.startsWith("--format=")) {
                formatCode = arg.substring("--format=".length());
            } else if (arg.startsWith("--out=")) {
                outFile = arg.substring("--out=".length());
            } else {
                throw new UsageException("unknown argument for export: " + arg);
            }
        }
        if (formatCode == null) {
            throw new UsageException("export needs --format json, csv, vcard, markdown or sessions-csv");
        }
        Optional<JournalExporter.Format> journalFormat = JournalExporter.Format.fromCode(formatCode);
        Optional<ContactExporter.Format> format = ContactExporter.Format.fromCode(formatCode);
        if (format.isEmpty() && journalFormat.isEmpty()) {
            throw new UsageException("unknown export format: " + formatCode
                    + " (json, csv, vcard, markdown or sessions-csv)");
        }
        if (outFile != null && outFile.isBlank()) {
            throw new UsageException("--out needs a file");
        }
        if (journalFormat.isPresent()) {
            return exportSessions(arguments, journalFormat.get(), outFile);
        }
        DataFolder folder;
        try {
            folder = journalFolder(arguments);
        } catch (UnreadableJournalException movedAway) {
            return journalProblem(movedAway);
        }
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
        } catch (UnreadableJournalException unusable) {
            return journalProblem(unusable);
        } catch (org.netjournal.storage.LostJournalException lost) {
            return lostJournal(lost.assessment()); // changed by nothing until the user chose in the app
        } catch (IOException | RuntimeException failed) {
            return fail("cannot read the journal: " + describe(failed));
        }
        ContactExporter exporter = new ContactExporter();
        if (outFile == null) {
            try {
                export(exporter, format.get(), journal, all, interactions, out);
                out.flush();
                return OK;
            } catch (IOException failed) {
                return fail("the export could not be written: " + describe(failed));
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
            err.println(journal != null ? "Exported the whole journal (" + journal.summary() + ") to " + target
                    : "Exported " + all.size() + " contacts to " + target);
            return OK;
        } catch (IOException failed) {
            return fail("cannot write " + target + ": " + describe(failed));
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

    /** {@code export --format markdown|sessions-csv}: the session journal, in English. */
    private int exportSessions(Arguments arguments, JournalExporter.Format format, String outFile) {
        DataFolder folder;
        try {
            folder = journalFolder(arguments);
        } catch (UnreadableJournalException movedAway) {
            return journalProblem(movedAway);
        }
        List<Session> sessions;
        List<org.netjournal.domain.Post> posts;
        Map<Long, String> names = new java.util.HashMap<>();
        java.time.DayOfWeek weekStart;
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder)) {
            sessions = new SessionRepository(database).all();
            posts = new org.netjournal.storage.PostRepository(database).list();
            weekStart = new GoalRepository(database).weekStart();
            for (Contact contact : new ContactRepository(database).findAll()) {
                names.put(contact.id(), contact.fullName());
            }
        } catch (UnreadableJournalException unusable) {
            return journalProblem(unusable);
        } catch (org.netjournal.storage.LostJournalException lost) {
            return lostJournal(lost.assessment()); // changed by nothing until the user chose in the app
        } catch (IOException | RuntimeException failed) {
            return fail("cannot read the journal: " + describe(failed));
        }
        JournalExporter exporter = new JournalExporter(messages, java.time.LocalDate.now()).withPosts(posts);
        if (outFile == null) {
            try {
                exporter.export(format, sessions, names, weekStart, out);
                out.flush();
                return OK;
            } catch (IOException failed) {
                return fail("the export could not be written: " + describe(failed));
            }
        }
        Path target = Path.of(outFile).toAbsolutePath();
        try {
            JournalExporter.writeFile(target, stream -> exporter.export(format, sessions, names, weekStart, stream));
            err.println("Exported " + sessions.size() + (sessions.size() == 1 ? " session" : " sessions") + " to "
                    + target);
            return OK;
        } catch (IOException failed) {
            return fail("cannot write " + target + ": " + describe(failed));
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // backup [--out FILE]

    private int backup(Arguments arguments) throws UsageException {
        String outFile = null;
        List<String> rest = arguments.rest();
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--out") || arg.equals("-o")) {
                if (i + 1 >= rest.size()) {
                    throw new UsageException(arg + " needs a file");
                }
                outFile = rest.get(++i);
            } else if (arg.startsWith("--out=")) {
                outFile = arg.substring("--out=".length());
            } else {
                throw new UsageException("unknown argument for backup: " + arg);
            }
        }
        if (outFile != null && outFile.isBlank()) {
            throw new UsageException("--out needs a file");
        }
        DataFolder folder;
        try {
            folder = journalFolder(arguments);
        } catch (UnreadableJournalException movedAway) {
            return journalProblem(movedAway);
        }
        if (!Files.exists(folder.databaseFile())) {
            return fail("there is no journal to back up in " + folder.path());
        }
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder)) {
            org.netjournal.storage.BackupService backups = org.netjournal.storage.BackupService.configured(database);
            Path target = outFile != null ? Path.of(outFile)
                    : backups.manualBackupFile(java.time.LocalDateTime.now());
            Path written = backups.backupTo(target);
            new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8).println(written);
            err.println("Backed up the journal (checked) to " + written);
            return OK;
        } catch (UnreadableJournalException unusable) {
            return journalProblem(unusable);
        } catch (org.netjournal.storage.LostJournalException lost) {
            return lostJournal(lost.assessment()); // changed by nothing until the user chose in the app
        } catch (IOException | RuntimeException failed) {
            return fail("the backup failed, no copy was written: " + describe(failed));
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // check

    private int check(Arguments arguments) throws UsageException {
        if (!arguments.rest().isEmpty()) {
            throw new UsageException("unknown argument for check: " + arguments.rest().get(0));
        }
        DataFolder folder;
        try {
            folder = journalFolder(arguments);
        } catch (UnreadableJournalException movedAway) {
            return journalProblem(movedAway);
        }
        Optional<org.netjournal.storage.JournalCheck.Report> report;
        try {
            report = org.netjournal.storage.JournalCheck.run(folder);
        } catch (UnreadableJournalException unusable) {
            return journalProblem(unusable);
        } catch (IOException | RuntimeException failed) {
            return fail("cannot check the journal: " + describe(failed));
        }
        if (report.isEmpty()) {
            return fail("there is no journal in " + folder.path());
        }
        org.netjournal.storage.JournalCheck.Report found = report.get();
        if (found.health().looksLost()) {
            return lostJournal(found.health());
        }
        PrintStream print = new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        print.println("Journal: " + found.file());
        print.println("Integrity: ok");
        if (found.health().uncleanEnd()) {
            print.println("Last end: not closed cleanly (a crash or a killed NetJournal); what was saved was recovered");
        }
        print.println("Schema version: " + found.schemaVersion() + (found.needsUpgrade()
                ? " (older than this NetJournal's " + JournalDatabase.SCHEMA_VERSION + "; upgraded when next opened)"
                : ""));
        print.println("Size: " + found.sizeBytes() + " bytes");
        found.rows().forEach((table, count) -> print.println("Rows in " + table + ": " + count));
        print.flush();
        return OK;
    }

    // ---------------------------------------------------------------------------------------------------
    // Messages

    /** The folder named by --data-dir, NETJOURNAL_HOME or the default, or where its journal was moved to. */
    private DataFolder journalFolder(Arguments arguments) throws UnreadableJournalException {
        return org.netjournal.storage.JournalPointer.follow(DataFolder.resolve(arguments.dataDir(), environment));
    }

    private int journalProblem(UnreadableJournalException unusable) {
        String reason = org.netjournal.ui.StartupProblemDialog.reasonKey(unusable.reason());
        // the window's text says the open NetJournal was asked to come to the front; a command does not ask
        String explanation = unusable.reason() == UnreadableJournalException.Reason.IN_USE
                ? messages.get("problem.inUse.cli") : messages.get(reason);
        err.println("netjournal: cannot open the journal " + unusable.file());
        err.println("  " + messages.get(reason + ".title") + ". " + explanation);
        err.println("  NetJournal has not changed this file. Use --data-dir to work with a journal in another folder.");
        err.println("  (" + unusable.getMessage() + ")");
        return BAD_INPUT;
    }

    /** An empty or schema-0 journal next to backups, or after an unclean end: not "ok, schema 0". */
    private int lostJournal(org.netjournal.storage.JournalHealth.Assessment health) {
        err.println("netjournal: the journal " + health.journal() + " looks lost: the file is empty (schema 0)"
                + (health.uncleanEnd() ? " and the last NetJournal did not close it" : "") + ".");
        health.newestBackup().ifPresentOrElse(newest -> err.println("  Newest backup: " + newest.file() + " ("
                        + java.time.LocalDateTime.ofInstant(newest.modified(), java.time.ZoneId.systemDefault())
                        .withNano(0) + ", " + newest.sizeBytes() + " bytes)"),
                () -> err.println("  No backup was found in the backups folder."));
        err.println("  NetJournal has not changed it. Start NetJournal to restore the newest backup or to start fresh.");
        return BAD_INPUT;
    }

    private int fail(String message) {
        err.println("netjournal: " + message);
        return BAD_INPUT;
    }

    private int usage(String problem) {
        err.println("netjournal: " + problem);
        err.print(USAGE_TEXT);
        err.flush();
        return USAGE;
    }

    private void printHelp() {
        PrintStream help = new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        help.print(USAGE_TEXT);
        help.flush();
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
