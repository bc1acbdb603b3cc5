package org.netjournal.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.netjournal.domain.ContactImport;
import org.netjournal.domain.CountingJournalSink;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.storage.MyNetworkRepository;
import org.netjournal.io.ImportCandidate;
import org.netjournal.io.ImportFormat;
import org.netjournal.io.ImportMessage;
import org.netjournal.io.ImportPlanner;
import org.netjournal.io.ImportPreview;
import org.netjournal.io.JsonRestoreReader;
import org.netjournal.io.LeftOut;
import org.netjournal.io.UnsupportedFileException;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.ImportProgress;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.JournalRestore;
import org.netjournal.storage.JournalSnapshots;
import org.netjournal.storage.LostJournalException;
import org.netjournal.storage.UnreadableJournalException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code netjournal import FILE}: contacts from a LinkedIn CSV, a vCard file or a NetJournal JSON export (recognised
 * from the content); a full JSON export into an empty journal restores all of it.
 */
@Command(name = "import", usageHelpWidth = Cli.HELP_WIDTH, customSynopsis = "netjournal [--data-dir DIR] import FILE",
        description = {"import contacts from FILE: a LinkedIn Connections.csv, a vCard file (.vcf) or a NetJournal "
                + "JSON export (recognised from the content); people already in the journal are skipped. A full "
                + "JSON export into an empty journal restores all of it, in one go"})
final class ImportCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(paramLabel = "FILE", description = "the file to import")
    private String fileName;

    @Mixin
    private HelpOption help;

    ImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws UnreadableJournalException, LostJournalException {
        PrintStream err = cli.err();
        Path file = Path.of(fileName);
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
            return cli.fail(file + ": " + cli.text(unsupported.reason()));
        } catch (IOException unreadable) {
            return cli.fail("cannot read " + file + ": " + Cli.describe(unreadable));
        }
        DataFolder folder = cli.journalFolder();
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder)) {
            if (fullExport || unrestorable != null) {
                // a full export: restored as a whole into an empty journal, else only its contacts are merged
                List<String> notEmpty = new JournalSnapshots(database).emptinessProblems();
                if (notEmpty.isEmpty()) {
                    if (unrestorable != null) {
                        return cli.fail(file + ": " + cli.text(unrestorable.reason()) + " Nothing was imported.");
                    }
                    return restore(database, file);
                }
                err.println("note: " + file.getFileName() + " is a full journal export. Its sessions, goals, drafts, "
                        + "wins, step notes and settings are restored only into an empty journal, and this one is "
                        + "not empty (" + String.join(", ", notEmpty) + "), so only its contacts are merged.");
                err.println("  To restore everything, import it into a new folder: netjournal --data-dir NEW-FOLDER "
                        + "import " + file);
                if (tooLargeForImport != null) {
                    return cli.fail(file + ": " + cli.text(tooLargeForImport.reason()));
                }
            }
            return importContacts(database, file, text);
        } catch (UnsupportedFileException unsupported) {
            return cli.fail(file + ": " + cli.text(unsupported.reason()));
        } catch (IOException | RuntimeException failed) {
            return cli.fail("the import failed, nothing was imported: " + Cli.describe(failed));
        }
    }

    private int restore(JournalDatabase database, Path file) throws IOException {
        CountingJournalSink[] counted = new CountingJournalSink[1];
        try {
            JournalRestore.intoEmpty(database, restore -> {
                counted[0] = new CountingJournalSink(restore);
                try {
                    JsonRestoreReader.restore(file, counted[0]);
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable); // said by the caller; nothing is written
                }
            });
        } catch (UnsupportedFileException notRestorable) {
            return cli.fail(file + ": " + cli.text(notRestorable.reason()) + " Nothing was imported.");
        }
        JournalSnapshot.Counts counts = counted[0].counts();
        if (counted[0].networksChosenFromNames()) { // a file from before step 2: say what the restore chose
            counts = counts.withNetworks(new MyNetworkRepository(database).list().size());
        }
        cli.printOut().printf("Restored the whole journal from %s: %s%n", file.getFileName(), counts.summary());
        return Cli.OK;
    }

    private int importContacts(JournalDatabase database, Path file, String text) throws UnsupportedFileException {
        PrintStream err = cli.err();
        ContactRepository contacts = new ContactRepository(database);
        ImportPlanner planner = new ImportPlanner();
        ImportPreview preview = planner.preview(String.valueOf(file.getFileName()), text, contacts.summaries());
        List<ContactImport> items = planner.plan(preview);
        for (ImportPreview.Row row : preview.rows()) {
            ImportCandidate candidate = row.candidate();
            String where = file.getFileName() + ", " + positionText(candidate) + labelText(candidate) + ": ";
            if (row.status() == ImportPreview.Status.ERROR) {
                err.println(where + "not imported: " + cli.text(candidate.error()));
            }
            for (ImportMessage warning : candidate.warnings()) {
                if (!LeftOut.isCount(warning)) { // counts are added up below
                    err.println(where + "warning: " + cli.text(warning));
                }
            }
        }
        List<ImportMessage> leftOut = LeftOut.summary(preview.rows().stream().map(ImportPreview.Row::candidate)
                .toList());
        if (preview.hiddenRows() > 0) {
            err.println(file.getFileName() + ": " + cli.messages().format("import.hiddenByLinkedIn",
                    preview.hiddenRows()));
        }
        if (!leftOut.isEmpty()) {
            err.println(file.getFileName() + ": " + cli.messages().format("import.leftOut.summary",
                    String.join(", ", leftOut.stream().map(cli::text).toList())));
        }
        contacts.importContacts(items, ImportProgress.NONE);
        cli.printOut().printf("Imported %d new, skipped %d duplicate%s, %d errors (%s, %s)%n", items.size(),
                preview.duplicateCount(), preview.duplicateCount() == 1 ? "" : "s", preview.errorCount(),
                file.getFileName(), cli.messages().get(preview.format().messageKey()));
        return Cli.OK;
    }

    private String positionText(ImportCandidate candidate) {
        return cli.text(candidate.positionMessage()).toLowerCase(Locale.ROOT);
    }

    private static String labelText(ImportCandidate candidate) {
        return candidate.label().isBlank() ? "" : " (" + candidate.label() + ")";
    }
}
