package org.netjournal.app;

import java.util.List;
import javafx.application.Application;

/**
 * Entry point. A plain class (not the {@link Application}) so that a class-path launch works too and so
 * that command-line commands can later run without starting JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            CommandLine.parse(List.of(args));
        } catch (IllegalArgumentException wrongUsage) {
            System.err.println("netjournal: " + wrongUsage.getMessage());
            System.err.println("Usage: netjournal [--data-dir DIR]");
            System.exit(2);
        }
        Application.launch(NetJournalApp.class, args);
    }
}
