package org.netjournal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-over between a second start and the running NetJournal, over the socket in the data folder. */
class FrontRequestsTest {

    private static final Executor SAME_THREAD = Runnable::run;

    @TempDir
    Path folder;

    @Test
    void aRequestBringsTheWindowToTheFrontAndIsAnswered() throws Exception {
        AtomicInteger broughtToFront = new AtomicInteger();
        try (FrontRequests listening = FrontRequests.listen(folder, SAME_THREAD, broughtToFront::incrementAndGet)) {
            assertTrue(FrontRequests.ask(folder, Duration.ofSeconds(2)));
            assertTrue(FrontRequests.ask(folder, Duration.ofSeconds(2)));
            assertEquals(2, broughtToFront.get());
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(FrontRequests.socketFile(folder))));
        }
        assertFalse(Files.exists(FrontRequests.socketFile(folder)), "the socket file goes with the window");
    }

    @Test
    void withoutARunningNetJournalTheAnswerIsNoAtOnce() throws Exception {
        long start = System.nanoTime();
        assertFalse(FrontRequests.ask(folder, Duration.ofSeconds(2)));
        // a socket file left behind by a crash: nobody listens, the connection is refused at once
        try (ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            crashed.bind(UnixDomainSocketAddress.of(FrontRequests.socketFile(folder)));
        } // closing a socket leaves its file, as a crash does
        assertTrue(Files.exists(FrontRequests.socketFile(folder)));
        assertFalse(FrontRequests.ask(folder, Duration.ofSeconds(2)));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1_000, "no waiting for nobody");
    }

    @Test
    void aNetJournalWhoseWindowDoesNotRespondIsNotTakenForAnAnswer() throws Exception {
        Executor stuckUiThread = work -> { }; // the work never runs, as on a UI thread that hangs
        try (FrontRequests listening = FrontRequests.listen(folder, stuckUiThread, () -> { })) {
            assertFalse(FrontRequests.ask(folder, Duration.ofSeconds(2)));
        }
    }

    @Test
    void aStartingNetJournalIsWaitedForWithinThePatience() throws Exception {
        AtomicInteger broughtToFront = new AtomicInteger();
        AtomicReference<FrontRequests> started = new AtomicReference<>();
        Thread lateStarter = new Thread(() -> {
            try {
                Thread.sleep(500);
                started.set(FrontRequests.listen(folder, SAME_THREAD, broughtToFront::incrementAndGet));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        lateStarter.start();
        assertTrue(FrontRequests.askUntilAnswered(folder, Duration.ofSeconds(2)));
        assertEquals(1, broughtToFront.get());
        lateStarter.join();
        started.get().close();
    }
}
