package org.netjournal.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a second start of NetJournal asks the running one to come to the front: it touches a file in the data
 * folder, which the running app watches. A file, not a socket, because NetJournal opens no network
 * connections at all, not even on the loopback interface.
 */
final class FrontRequests implements AutoCloseable {

    static final String FILE_NAME = "front-request";
    private static final Logger LOG = Logger.getLogger(FrontRequests.class.getName());

    private final WatchService watcher;
    private final Thread thread;

    private FrontRequests(WatchService watcher, Thread thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    /** Watches {@code folder}; {@code onRequest} runs on the watcher thread for every request. */
    static FrontRequests watch(Path folder, Runnable onRequest) throws IOException {
        WatchService watcher = FileSystems.getDefault().newWatchService();
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = watcher.take();
                    boolean requested = false;
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path changed && changed.toString().equals(FILE_NAME)) {
                            requested = true;
                        }
                    }
                    if (requested) {
                        onRequest.run();
                    }
                    if (!key.reset()) {
                        return;
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException stopped) {
                // closed with the window
            }
        }, "netjournal-front-requests");
        thread.setDaemon(true);
        thread.start();
        return new FrontRequests(watcher, thread);
    }

    /** Asks the NetJournal that has {@code folder} open to come to the front. */
    static void request(Path folder) {
        try {
            Files.writeString(folder.resolve(FILE_NAME), Instant.now().toString());
        } catch (IOException e) {
            LOG.log(Level.INFO, "Could not ask the running NetJournal to come to the front", e);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the watcher", e);
        }
        thread.interrupt();
    }
}
