package org.netjournal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.ContactValidation;

/**
 * Issue 6, point 7: private by construction. The real app starts (headless) under {@code strace} and must
 * not create a single IPv4/IPv6 socket; the code has no way to open a link or a connection; the only URLs
 * it keeps (profile links) are http(s).
 */
class NoNetworkTest {

    @TempDir
    Path temp;

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static boolean straceWorks() {
        try {
            Process probe = new ProcessBuilder("strace", "-f", "-qq", "-e", "trace=none", "true")
                    .redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void theRealAppStartsShowsItsJournalAndQuitsWithoutOneInternetSocket() throws Exception {
        boolean strace = straceWorks();
        if (onCi()) {
            assertTrue(strace, "strace is needed in CI (.ci/run installs it) and must be allowed to trace");
        }
        assumeTrue(strace, "strace is not installed or may not trace here: the no-network check is skipped "
                + "(it runs in CI, where .ci/run installs strace)");
        Path trace = temp.resolve("trace.txt");
        Path output = temp.resolve("app.txt");
        List<String> command = new ArrayList<>(List.of("strace", "-f", "-qq", "-e",
                "trace=socket,connect,bind,listen,accept,accept4,sendto,sendmsg,sendmmsg",
                "-o", trace.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dnetjournal.startupProbe=true",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--data-dir", temp.resolve("data").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process app = builder.start();
        assertTrue(app.waitFor(120, TimeUnit.SECONDS), "the app did not quit after its first frame");
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, app.exitValue(), printed);
        assertTrue(printed.contains(StartupProbe.OUTPUT_PREFIX), "the window was shown with the journal: " + printed);
        assertTrue(Files.exists(temp.resolve("data").resolve("netjournal.db")), "the journal was opened");

        List<String> calls = Files.readAllLines(trace, StandardCharsets.UTF_8);
        assertFalse(calls.isEmpty(), "strace saw the process");
        assertEquals(List.of(), internetUse(calls), "the network was used");
    }

    /**
     * Calls that reach the network: any connect, bind, listen, accept or send on an IPv4/IPv6 (or packet) socket.
     * Creating a socket alone is not: when the JDK loads its networking library (libnet, e.g. for a
     * {@code jar:} URL) its {@code JNI_OnLoad} probes IPv4, IPv6 and SO_REUSEPORT support by opening and
     * closing a TCP socket that is never connected, bound or written; those three are allowed, nothing else.
     */
    static List<String> internetUse(List<String> calls) {
        java.util.regex.Pattern created = java.util.regex.Pattern.compile(
                "socket\\((AF_INET6?|AF_PACKET)[^)]*\\)\\s*=\\s*(\\d+)");
        java.util.Set<String> internetFds = new java.util.HashSet<>();
        // the one socket NetJournal listens on: a Unix-domain socket file in the data folder (second start)
        java.util.regex.Pattern handOver = java.util.regex.Pattern.compile(
                "bind\\((\\d+), \\{sa_family=AF_UNIX, sun_path=\"[^\"]*/" + FrontRequests.SOCKET_NAME + "\"");
        java.util.Set<String> handOverFds = new java.util.HashSet<>();
        List<String> used = new ArrayList<>();
        for (String line : calls) {
            java.util.regex.Matcher socket = created.matcher(line);
            if (socket.find()) {
                internetFds.add(socket.group(2));
                continue;
            }
            java.util.regex.Matcher boundForHandOver = handOver.matcher(line);
            if (boundForHandOver.find()) {
                handOverFds.add(boundForHandOver.group(1));
                continue;
            }
            java.util.regex.Matcher call = java.util.regex.Pattern
                    .compile("(connect|bind|listen|accept4?|sendto|sendmsg|sendmmsg)\\((\\d+)").matcher(line);
            if (!call.find() || line.contains("AF_UNIX")) {
                continue;
            }
            boolean listensForHandOver = call.group(1).equals("listen") && handOverFds.contains(call.group(2));
            if (line.contains("AF_INET") || line.contains("AF_PACKET") || internetFds.contains(call.group(2))
                    || call.group(1).equals("listen") && !listensForHandOver) {
                used.add(line);
            }
        }
        return used;
    }

    @Test
    void theTraceCheckFindsAConnection() {
        List<String> probesOnly = List.of("41 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 46",
                "41 socket(AF_INET6, SOCK_STREAM, IPPROTO_IP) = 46",
                "42 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 7",
                "42 connect(7, {sa_family=AF_UNIX, sun_path=\"/run/x\"}, 110) = 0");
        assertEquals(List.of(), internetUse(probesOnly));
        List<String> connecting = new ArrayList<>(probesOnly);
        connecting.add("43 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 51");
        connecting.add("43 connect(51, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr(\"1.2.3.4\")}, 16) = 0");
        connecting.add("43 sendto(51, \"GET /\", 5, 0, NULL, 0) = 5");
        assertEquals(2, internetUse(connecting).size());
        assertEquals(1, internetUse(List.of("44 sendto(9, \"x\", 1, 0, {sa_family=AF_INET6, sin6_port=htons(53)}, 28) = 1")).size());
        // listening on the second-start socket in the data folder is no network; listening on anything else is
        List<String> handOver = List.of("45 socket(AF_UNIX, SOCK_STREAM, 0) = 12",
                "45 bind(12, {sa_family=AF_UNIX, sun_path=\"/home/a/.local/share/netjournal/netjournal.sock\"}, 110) = 0",
                "45 listen(12, 50) = 0");
        assertEquals(List.of(), internetUse(handOver));
        assertEquals(1, internetUse(List.of("46 listen(13, 50) = 0")).size());
    }

    /** Ways to reach the network or hand a link to a browser; none of them may appear in the app's code. */
    private static final List<String> FORBIDDEN = List.of("HostServices", "showDocument", "java.awt.Desktop",
            "Desktop.getDesktop", "java.net.http", "HttpClient", "HttpURLConnection", "openConnection(",
            "openStream(", "new Socket(", "ServerSocket", "SocketChannel", "DatagramSocket", "xdg-open",
            "rundll32", "\"open\"", "InetAddress", "WebView", "javafx.web");

    @Test
    void theCodeHasNoWayToOpenALinkOrAConnection() throws IOException {
        Path sources = Path.of("src", "main", "java");
        assumeTrue(Files.isDirectory(sources), "run from the project folder");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (String forbidden : FORBIDDEN) {
                    if (text.contains(forbidden)) {
                        found.add(sources.relativize(file) + ": " + forbidden);
                    }
                }
            }
        }
        // NetJournal opens no links at all (Hyperlinks in the window navigate inside the app). Should a feature
        // ever open profile links in the browser, it must go through one place that accepts only http(s)
        // (ContactValidation.isHttpUrl) and this list must name that place as the one exception.
        // The one exception today: Settings shows the data folder in the file manager, and FolderOpener
        // hands over only an existing local folder's path, never a URL.
        String folderOpener = Path.of("org", "netjournal", "ui", "settings", "FolderOpener.java").toString();
        found.removeAll(List.of(folderOpener + ": xdg-open", folderOpener + ": \"open\""));
        // and the second start hands over to the open window over a Unix-domain socket file (never IP)
        Path frontRequests = Path.of("org", "netjournal", "app", "FrontRequests.java");
        String handOverCode = Files.readString(sources.resolve(frontRequests), StandardCharsets.UTF_8);
        assertFalse(handOverCode.contains("INET") || handOverCode.contains("InetSocketAddress"), "Unix-domain only");
        assertTrue(handOverCode.contains("ServerSocketChannel.open(StandardProtocolFamily.UNIX)")
                && handOverCode.contains("SocketChannel.open(StandardProtocolFamily.UNIX)"), "Unix-domain only");
        found.removeAll(List.of(frontRequests + ": ServerSocket", frontRequests + ": SocketChannel"));
        assertEquals(List.of(), found);
    }

    @Test
    void theOnlyUrlsNetJournalKeepsAreHttpOrHttps() {
        for (String good : List.of("https://www.linkedin.com/in/anna", "http://example.com/x", " HTTPS://Example.com ")) {
            assertTrue(ContactValidation.isHttpUrl(good), good);
        }
        for (String bad : List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://files.example.com/x",
                "mailto:anna@example.com", "data:text/html,<script>", "smb://server/share", "https:", "//example.com",
                "jar:file:/x.jar!/", "vbscript:x", "", "   ")) {
            assertFalse(ContactValidation.isHttpUrl(bad), bad);
        }
    }
}
