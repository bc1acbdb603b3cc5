package org.netjournal.app;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.io.ImportMessage;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalHealth;
import org.netjournal.storage.JournalPointer;
import org.netjournal.storage.LostJournalException;
import org.netjournal.storage.UnreadableJournalException;
import org.netjournal.ui.StartupProblemDialog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The launcher's one argument parser (picocli) and what its commands share. Without a command the window opens
 * ({@link #windowOptions}); the commands ({@link ImportCommand}, {@link ExportCommand}, {@link BackupCommand},
 * {@link CheckCommand}, see the README, "Command line") run without a window. Messages go to stderr in
 * English; data (an export without {@code --out}) to stdout as UTF-8. Exit status: {@link #OK}, {@link #BAD_INPUT}
 * (a file or journal that cannot be used), {@link #USAGE} (wrong arguments: the message and the usage of the command
 * that was given). {@code --help} (or {@code help COMMAND}) shows the help of each command.
 */
@Command(name = "netjournal", customSynopsis = "netjournal [--data-dir DIR]",
        description = "open the window", footerHeading = "%n", usageHelpWidth = Cli.HELP_WIDTH,
        footer = {"A command's own help: netjournal COMMAND --help",
                "Exit status: 0 success, 1 the file or the journal cannot be used, 2 wrong usage."})
final class Cli {

    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;

    /** How wide the help is: a terminal's 80 columns would break most lines in two. */
    static final int HELP_WIDTH = 110;
    /** How wide the left column of the help (a command's synopsis) is. */
    private static final int SYNOPSIS_WIDTH = 45;

    /** The options the window understands when no command is given. */
    record WindowOptions(Optional<String> dataDir) {
    }

    private final Map<String, String> environment;
    private final OutputStream out;
    private final PrintStream err;
    private final Messages messages = new Messages(Language.ENGLISH);

    @Spec
    private CommandSpec spec;

    private String dataDir;

    @Mixin
    private HelpOption help;

    Cli(Map<String, String> environment, OutputStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the journal's folder (default: $NETJOURNAL_HOME, else the usual data folder)")
    private void setDataDir(String folder) {
        if (folder.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--data-dir needs a folder");
        }
        dataDir = folder;
    }

    /**
     * The window's options when the arguments name no command (and ask for no help), else empty: then {@link #run}
     * runs the command or explains what is wrong with the arguments.
     */
    static Optional<WindowOptions> windowOptions(List<String> args) {
        if (args.isEmpty()) {
            return Optional.of(new WindowOptions(Optional.empty())); // the usual start: nothing to parse
        }
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        Cli cli = new Cli(Map.of(), OutputStream.nullOutputStream(), nowhere);
        try {
            ParseResult parsed = cli.commandLine().parseArgs(args.toArray(String[]::new));
            if (parsed.subcommand() != null || parsed.isUsageHelpRequested()) {
                return Optional.empty();
            }
            return Optional.of(new WindowOptions(Optional.ofNullable(cli.dataDir)));
        } catch (ParameterException wrong) {
            return Optional.empty(); // run() says what is wrong
        }
    }

    /** True when the arguments ask for more than the window's own options (then {@link #run} handles them). */
    static boolean wantsCommand(List<String> args) {
        return windowOptions(args).isEmpty();
    }

    /** Runs the command in {@code args} and returns the exit status. */
    int run(List<String> args) {
        CommandLine commandLine = commandLine();
        int status = commandLine.execute(args.toArray(String[]::new));
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return status;
    }

    /** Without a command (only reached through {@link #run}: the launcher opens the window instead). */
    private Integer noCommand() {
        throw new ParameterException(spec.commandLine(), "no command given");
    }

    private CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(CommandSpec.forAnnotatedObject(this));
        commandLine.addSubcommand(new ImportCommand(this))
                .addSubcommand(new ExportCommand(this))
                .addSubcommand(new BackupCommand(this))
                .addSubcommand(new CheckCommand(this))
                .addSubcommand(new CommandLine.HelpCommand());
        commandLine.setExpandAtFiles(false) // "@name" is a file's name, not a file of more arguments
                .setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
                .setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(err, true))
                .setExecutionStrategy(parsed -> {
                    if (CommandLine.executeHelpRequest(parsed) != null) {
                        return OK;
                    }
                    if (parsed.subcommand() == null) {
                        return noCommand();
                    }
                    return new CommandLine.RunLast().execute(parsed);
                })
                .setParameterExceptionHandler(this::wrongUsage)
                .setExecutionExceptionHandler((failed, failing, parsed) -> journalOrOtherProblem(failed));
        showCommandsInTheUsage(commandLine);
        return commandLine;
    }

    /**
     * The top-level help lists every command with its synopsis and what it does, in one table, so that one screen
     * says how to use NetJournal from a terminal.
     */
    private static void showCommandsInTheUsage(CommandLine root) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = root.getHelpSectionMap();
        sections.put(UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING, help -> "Usage:%n".formatted());
        sections.put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, help -> {
            StringBuilder table = new StringBuilder(commandRow(help, help.commandSpec().usageMessage()));
            for (CommandLine command : root.getSubcommands().values()) {
                if (command.getCommandSpec().usageMessage().customSynopsis().length > 0) { // not "help"
                    table.append(commandRow(help, command.getCommandSpec().usageMessage()));
                }
            }
            return table.append(commandRow(help, "netjournal --help", "show this help")).toString();
        });
        sections.remove(UsageMessageSpec.SECTION_KEY_DESCRIPTION);
        sections.remove(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING);
        sections.remove(UsageMessageSpec.SECTION_KEY_COMMAND_LIST);
        root.getCommandSpec().usageMessage().optionListHeading("%nOptions:%n");
        root.getSubcommands().values().forEach(command -> command.getCommandSpec().usageMessage()
                .descriptionHeading("%n").optionListHeading("%nOptions:%n"));
    }

    private static String commandRow(Help help, UsageMessageSpec usage) {
        return commandRow(help, usage.customSynopsis()[0], String.join(" ", usage.description()));
    }

    /** A synopsis too long for its column gets a line of its own, the description the lines below it. */
    private static String commandRow(Help help, String synopsis, String description) {
        Help.TextTable table = Help.TextTable.forColumns(help.colorScheme(),
                new Help.Column(SYNOPSIS_WIDTH, 2, Help.Column.Overflow.SPAN),
                new Help.Column(HELP_WIDTH - SYNOPSIS_WIDTH, 0, Help.Column.Overflow.WRAP));
        if (synopsis.length() + 2 > SYNOPSIS_WIDTH) {
            return "  " + synopsis + "%n".formatted() + commandRow(help, "", description);
        }
        table.addRowValues(synopsis, description);
        return table.toString();
    }

    /** Picocli's words, except for a word that is no command. */
    private static String problem(ParameterException wrong) {
        if (wrong instanceof UnmatchedArgumentException unmatched && wrong.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return "unknown command: " + unmatched.getUnmatched().get(0);
        }
        return wrong.getMessage();
    }

    private int wrongUsage(ParameterException wrong, String[] args) {
        PrintWriter usage = wrong.getCommandLine().getErr();
        usage.println("netjournal: " + problem(wrong));
        wrong.getCommandLine().usage(usage);
        usage.flush();
        return USAGE;
    }

    // ---------------------------------------------------------------------------------------------------
    // What the commands share

    Messages messages() {
        return messages;
    }

    /** Data (an export, a report) as UTF-8; the caller flushes. */
    OutputStream out() {
        return out;
    }

    PrintStream printOut() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    PrintStream err() {
        return err;
    }

    /** The folder named by --data-dir, NETJOURNAL_HOME or the default, or where its journal was moved to. */
    DataFolder journalFolder() throws UnreadableJournalException {
        return JournalPointer.follow(DataFolder.resolve(dataDir, environment));
    }

    String text(ImportMessage message) {
        return messages.format(message.key(), message.argsArray());
    }

    /**
     * What a command let through: a journal that cannot be opened or looks lost (neither changed by the command),
     * else the problem in one line, never a stack trace.
     */
    private int journalOrOtherProblem(Exception failed) {
        if (failed instanceof UnreadableJournalException unusable) {
            return journalProblem(unusable);
        }
        if (failed instanceof LostJournalException lost) {
            return lostJournal(lost.assessment()); // changed by nothing until the user chose in the app
        }
        return fail(describe(failed));
    }

    private int journalProblem(UnreadableJournalException unusable) {
        String reason = StartupProblemDialog.reasonKey(unusable.reason());
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
    int lostJournal(JournalHealth.Assessment health) {
        err.println("netjournal: the journal " + health.journal() + " looks lost: the file is empty (schema 0)"
                + (health.uncleanEnd() ? " and the last NetJournal did not close it" : "") + ".");
        health.newestBackup().ifPresentOrElse(newest -> err.println("  Newest backup: " + newest.file() + " ("
                        + LocalDateTime.ofInstant(newest.modified(), ZoneId.systemDefault()).withNano(0) + ", "
                        + newest.sizeBytes() + " bytes)"),
                () -> err.println("  No backup was found in the backups folder."));
        err.println("  NetJournal has not changed it. Start NetJournal to restore the newest backup or to start fresh.");
        return BAD_INPUT;
    }

    int fail(String message) {
        err.println("netjournal: " + message);
        return BAD_INPUT;
    }

    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** A wrong argument found after parsing: said like a parse error, with the command's usage, status 2. */
    static ParameterException wrongArgument(CommandSpec command, String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
