package org.netjournal.app;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a second start of NetJournal hands over to the one that has the journal open: it connects to a Unix-domain
 * socket in the data folder ({@value #SOCKET_NAME}), says "front", and the running app brings its window to the
 * front and answers "ok" once it has. The second start then ends without opening a window of its own.
 *
 * <p>A Unix-domain socket is a file in the (private, 0700) data folder, not a network connection: nothing
 * listens on any address, not even loopback. A socket rather than a watched file because the answer tells the
 * second start that the request arrived, and file watching on macOS polls every few seconds.
 */
final class FrontRequests implements AutoCloseable {

    static final String SOCKET_NAME = "netjournal.sock";
    /** How long a second start waits for the running app's answer before it explains instead. */
    static final Duration PATIENCE = Duration.ofSeconds(2);
    /** The running app answers only after its window came to the front, within this time. */
    private static final long ANSWER_MILLIS = 1_500;
    /** Linux allows 107 bytes for a socket's path, macOS 103; a longer data folder gets no socket. */
    private static final int MAX_SOCKET_PATH_BYTES = 100;
    private static final String REQUEST = "front\n";
    private static final String ANSWER = "ok\n";
    private static final Logger LOG = Logger.getLogger(FrontRequests.class.getName());

    private final ServerSocketChannel server;
    private final Path socket;
    private final Thread thread;

    private FrontRequests(ServerSocketChannel server, Path socket, Thread thread) {
        this.server = server;
        this.socket = socket;
        this.thread = thread;
    }

    /**
     * Listens in {@code folder} (whose journal this process holds locked, so no other NetJournal listens there; a
     * socket file left by a crash is replaced). For each request {@code bringToFront} runs on {@code uiThread}; the
     * answer goes out once it ran.
     */
    static FrontRequests listen(Path folder, Executor uiThread, Runnable bringToFront) throws IOException {
        Path socket = socketFile(folder);
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH_BYTES) {
            throw new IOException("the data folder's path is too long for a socket: " + socket);
        }
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            privateToUser(socket);
        } catch (IOException | RuntimeException failed) {
            server.close();
            throw failed;
        }
        Thread thread = new Thread(() -> serve(server, uiThread, bringToFront), "netjournal-front-requests");
        thread.setDaemon(true);
        thread.start();
        return new FrontRequests(server, socket, thread);
    }

    private static void serve(ServerSocketChannel server, Executor uiThread, Runnable bringToFront) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                if (!REQUEST.equals(readLine(client, Duration.ofMillis(500)))) {
                    continue; // not one of ours, or too slow: no answer
                }
                CountDownLatch done = new CountDownLatch(1);
                uiThread.execute(() -> {
                    try {
                        bringToFront.run();
                    } finally {
                        done.countDown();
                    }
                });
                if (done.await(ANSWER_MILLIS, TimeUnit.MILLISECONDS)) {
                    client.write(ByteBuffer.wrap(ANSWER.getBytes(StandardCharsets.US_ASCII)));
                }
            } catch (ClosedChannelException closed) {
                return; // closed with the window
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException oneRequest) {
                LOG.log(Level.FINE, "A front request failed", oneRequest);
            }
        }
    }

    /**
     * Asks the NetJournal that has the journal in {@code folder} open to come to the front. True only when it
     * answered that it did, within {@code patience}; false at once when nothing listens there.
     */
    static boolean ask(Path folder, Duration patience) {
        Path socket = socketFile(folder);
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket)); // refused at once for a socket left by a crash
            channel.write(ByteBuffer.wrap(REQUEST.getBytes(StandardCharsets.US_ASCII)));
            return ANSWER.equals(readLine(channel, patience));
        } catch (IOException | RuntimeException noAnswer) {
            LOG.log(Level.FINE, "No NetJournal answered at " + socket, noAnswer);
            return false;
        }
    }

    /**
     * Asks again and again for {@code patience}: a NetJournal that is still starting holds the journal before it
     * listens. True as soon as it answered.
     */
    static boolean askUntilAnswered(Path folder, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            if (ask(folder, Duration.ofNanos(left))) {
                return true;
            }
            Thread.sleep(Math.min(100, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))));
        }
    }

    static Path socketFile(Path folder) {
        return folder.toAbsolutePath().resolve(SOCKET_NAME);
    }

    /** Reads one short line (or less, if the peer ends early); null when nothing complete came in time. */
    private static String readLine(SocketChannel channel, Duration patience) throws IOException {
        channel.configureBlocking(false);
        ByteBuffer buffer = ByteBuffer.allocate(16);
        long deadline = System.nanoTime() + patience.toNanos();
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (buffer.hasRemaining()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return null;
                }
                selector.select(left);
                selector.selectedKeys().clear();
                if (channel.read(buffer) < 0 || containsNewline(buffer)) {
                    break;
                }
            }
        }
        channel.configureBlocking(true);
        buffer.flip();
        return StandardCharsets.US_ASCII.decode(buffer).toString();
    }

    private static boolean containsNewline(ByteBuffer buffer) {
        for (int i = 0; i < buffer.position(); i++) {
            if (buffer.get(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The folder is already private; the socket file is made so too (where the file system knows POSIX modes). */
    private static void privateToUser(Path socket) throws IOException {
        try {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the socket file inherits the folder's access list
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the front-request socket", e);
        }
        thread.interrupt();
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Removing the front-request socket", e);
        }
    }
}
