package org.netjournal.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.netjournal.storage.BackupService;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.LostJournalException;
import org.netjournal.storage.UnreadableJournalException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code netjournal backup [--out FILE]}: a checked copy of the journal; prints where it is. */
@Command(name = "backup", usageHelpWidth = Cli.HELP_WIDTH, customSynopsis = "netjournal [--data-dir DIR] backup [--out FILE]",
        description = {"write a checked copy of the journal to FILE (default: a new file in the backups folder) and "
                + "print where it is"})
final class BackupCommand implements Callable<Integer> {

    private final Cli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "where the copy goes (default: a new file in the backups folder)")
    private String outFile;

    @Mixin
    private HelpOption help;

    BackupCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws UnreadableJournalException, LostJournalException {
        if (outFile != null && outFile.isBlank()) {
            throw Cli.wrongArgument(spec, "--out needs a file");
        }
        DataFolder folder = cli.journalFolder();
        if (!Files.exists(folder.databaseFile())) {
            return cli.fail("there is no journal to back up in " + folder.path());
        }
        try (JournalDatabase database = JournalDatabase.openUnlessLost(folder)) {
            BackupService backups = BackupService.configured(database);
            Path target = outFile != null ? Path.of(outFile) : backups.manualBackupFile(LocalDateTime.now());
            Path written = backups.backupTo(target);
            cli.printOut().println(written);
            cli.err().println("Backed up the journal (checked) to " + written);
            return Cli.OK;
        } catch (IOException | RuntimeException failed) {
            return cli.fail("the backup failed, no copy was written: " + Cli.describe(failed));
        }
    }
}
