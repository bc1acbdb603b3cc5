package org.netjournal.app;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalPointer;
import org.netjournal.storage.UnreadableJournalException;

/**
 * Entry point. A plain class (not the {@link Application}) so that a class-path launch works too and so
 * that command-line commands ({@link Cli}: {@code import}, {@code export}, {@code --help}) run without
 * starting JavaFX. Without a command the window opens.
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * A second start on a journal that is open already asks that NetJournal to come to the front and ends, without
     * a window or a dialog of its own. Costs a normal start one look for a file.
     */
    private static boolean handedOver(DataFolder folder) {
        try {
            return FrontRequests.ask(JournalPointer.follow(folder).path(), FrontRequests.PATIENCE);
        } catch (UnreadableJournalException movedAway) {
            return false; // the normal start explains it
        }
    }

    public static void main(String[] rawArgs) {
        StartupProbe.mark("main");
        // macOS used to add a "process serial number" argument when an app was started from the Finder
        String[] args = Arrays.stream(rawArgs).filter(arg -> !arg.startsWith("-psn_")).toArray(String[]::new);
        List<String> arguments = List.of(args);
        Optional<Cli.WindowOptions> window = Cli.windowOptions(arguments);
        if (window.isEmpty()) { // a command, help or wrong usage
            int status = new Cli(System.getenv(), System.out, System.err).run(arguments);
            System.out.flush();
            System.exit(status);
        }
        DataFolder folder = NetJournalApp.dataFolder(window.get());
        if (handedOver(folder)) {
            System.exit(0); // the NetJournal that has this journal open came to the front: nothing more to do
        }
        EarlyOpen.begin(folder);
        GpuProbe.skipWhereHopeless();
        try {
            Application.launch(NetJournalApp.class, args);
        } catch (RuntimeException | Error windowFailed) { // Error: e.g. JavaFX's native libraries cannot load
            // e.g. no display: JavaFX has printed its details; say it in one line and end, not hang or trace twice
            EarlyOpen.abandon();
            System.err.println("netjournal: the window could not start: " + windowFailed.getMessage());
            System.err.println("netjournal: the commands work without a window (netjournal --help)");
            System.exit(1);
        }
    }
}
