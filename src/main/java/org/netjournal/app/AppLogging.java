package org.netjournal.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends the app's log, with stack traces, to {@code netjournal.log} in the data folder (see {@link PrivateLogHandler}). */
final class AppLogging {

    private static final Logger APP_LOGGER = Logger.getLogger("org.netjournal");
    private static Handler handler;
    private static Path current;
    static final long LIMIT_BYTES = 1_000_000;

    private AppLogging() {
    }

    static synchronized void configure(Path logFile) {
        if (logFile.equals(current)) {
            return;
        }
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        try {
            // at most 1 MB and one older file: enough to diagnose, never filling the disk; private (0600)
            Handler next = new PrivateLogHandler(logFile, LIMIT_BYTES);
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

    static synchronized void close() {
        for (Handler h : APP_LOGGER.getHandlers()) {
            h.flush();
        }
    }
}
