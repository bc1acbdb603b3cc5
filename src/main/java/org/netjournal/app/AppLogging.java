package org.netjournal.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends the app's log, with stack traces, to {@code netjournal.log} in the data folder. */
final class AppLogging {

    private static final Logger APP_LOGGER = Logger.getLogger("org.netjournal");
    private static FileHandler handler;
    private static Path current;

    private AppLogging() {
    }

    static synchronized void configure(Path logFile) {
        if (logFile.equals(current)) {
            return;
        }
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        try {
            // one file of at most 1 MB (started afresh when full): enough to diagnose, never filling the disk
            FileHandler next = new FileHandler(logFile.toString(), 1_000_000, 1, true);
            restrictToOwner(logFile);
            next.setFormatter(new SimpleFormatter());
            next.setLevel(Level.INFO);
            if (handler != null) {
                APP_LOGGER.removeHandler(handler);
                handler.close();
            }
            handler = next;
            current = logFile;
            APP_LOGGER.addHandler(handler);
            APP_LOGGER.setLevel(Level.INFO);
        } catch (IOException e) {
            // logging is a help, not a reason to refuse to start: fall back to the console
            Logger.getLogger(AppLogging.class.getName()).log(Level.WARNING, "Cannot write " + logFile, e);
        }
    }

    /** The log may quote the user's text in error messages: private like the journal (0600). */
    private static void restrictToOwner(Path logFile) {
        try {
            if (logFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                java.nio.file.Files.setPosixFilePermissions(logFile,
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            Logger.getLogger(AppLogging.class.getName()).log(Level.FINE, "Cannot restrict " + logFile, e);
        }
    }

    static synchronized void close() {
        for (Handler h : APP_LOGGER.getHandlers()) {
            h.flush();
        }
    }
}
