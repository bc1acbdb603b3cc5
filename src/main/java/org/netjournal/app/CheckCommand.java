package org.netjournal.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalCheck;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.UnreadableJournalException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code netjournal check}: integrity, schema version, size and rows per table; writes nothing. */
@Command(name = "check", usageHelpWidth = Cli.HELP_WIDTH, customSynopsis = "netjournal [--data-dir DIR] check",
        description = {"check the journal without changing it: integrity, schema version, size and rows per table"})
final class CheckCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    private HelpOption help;

    CheckCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws UnreadableJournalException {
        DataFolder folder = cli.journalFolder();
        Optional<JournalCheck.Report> report;
        try {
            report = JournalCheck.run(folder);
        } catch (IOException | RuntimeException failed) {
            return cli.fail("cannot check the journal: " + Cli.describe(failed));
        }
        if (report.isEmpty()) {
            return cli.fail("there is no journal in " + folder.path());
        }
        JournalCheck.Report found = report.get();
        if (found.health().looksLost()) {
            return cli.lostJournal(found.health());
        }
        PrintStream print = cli.printOut();
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
        return Cli.OK;
    }
}
