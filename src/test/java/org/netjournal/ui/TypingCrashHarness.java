package org.netjournal.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.netjournal.domain.Contact;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.StepRepository;

/**
 * Continuous typing against the end of the process (issue 11, point 1): a child JVM runs the real app headless
 * (Monocle, as the UI tests do), types a character every {@value #KEY_MILLIS} ms into step 2's notes and into a
 * contact's company field, without any pause, and reports each key once the editor has it. The parent ends it
 * with SIGKILL (no hook runs: only what the autosave wrote is there) or SIGTERM (the shutdown hook writes the
 * rest), then opens the journal file and counts what is in it. Used by {@code ContinuousTypingCrashTest} and by
 * the typing part of {@code bench/crash.sh}.
 */
public final class TypingCrashHarness {

    static final int KEY_MILLIS = 40;
    static final String TEXT = "The quick brown fox jumps over the lazy dog. ".repeat(60);
    /** The same keys for the company field without spaces: the form stores it trimmed, as typed otherwise. */
    static final String COMPANY_TEXT = TEXT.replace(' ', '_');
    private static final String READY = "READY";
    private static final String END = " $";

    /** What one run typed and what the file held afterwards (characters of {@link #TEXT}). */
    public record Outcome(int typedAtEnd, int typedOneSecondBeforeEnd, int notesInFile, int companyInFile,
                          boolean notesIsPrefix, boolean companyIsPrefix) {

        /** Characters typed before the end that are not in the file, the worse of the two fields. */
        public int charactersLost() {
            return Math.max(typedAtEnd - notesInFile, typedAtEnd - companyInFile);
        }
    }

    private TypingCrashHarness() {
    }

    /** Starts the typing app on {@code dir}, lets it type for {@code typingMillis}, then ends it. */
    public static Outcome run(Path dir, long typingMillis, boolean kill) throws Exception {
        Process child = startHeadless(Child.class, dir);
        List<long[]> reports = Collections.synchronizedList(new ArrayList<>()); // {nanos, typed}
        long[] readyAt = {0};
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals(READY + END)) {
                        readyAt[0] = System.nanoTime();
                    } else if (line.startsWith("TYPED ") && line.endsWith(END)) {
                        reports.add(new long[] {System.nanoTime(),
                                Integer.parseInt(line.substring(6, line.length() - END.length()))});
                    }
                }
            } catch (IOException ignored) {
                // closed by the end of the process
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (reports.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (reports.isEmpty()) {
            child.destroyForcibly();
            throw new IllegalStateException("the typing app never started typing: "
                    + Files.readString(dir.resolveSibling(dir.getFileName() + "-typist.err")));
        }
        Thread.sleep(typingMillis);
        long end = System.nanoTime();
        if (kill) {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally, no close()
        } else {
            child.destroy(); // SIGTERM, as at logout or shutdown
        }
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new IllegalStateException("the typing app did not end");
        }
        reader.join(10_000);
        int typedAtEnd = 0;
        int typedBefore = 0;
        synchronized (reports) {
            for (long[] report : reports) {
                if (report[0] <= end) {
                    typedAtEnd = (int) report[1];
                }
                if (report[0] <= end - TimeUnit.SECONDS.toNanos(1)) {
                    typedBefore = (int) report[1];
                }
            }
        }
        try (JournalDatabase database = JournalDatabase.open(new DataFolder(dir))) {
            String notes = orEmpty(new StepRepository(database).load(2).notes());
            List<Contact> contacts = new ContactRepository(database).findAll();
            String company = contacts.isEmpty() ? "" : contacts.get(0).company();
            return new Outcome(typedAtEnd, typedBefore, notes.length(), company.length(),
                    TEXT.startsWith(notes), COMPANY_TEXT.startsWith(company));
        }
    }

    /**
     * Starts {@code main} (which drives the real app on {@code dir}) in a child JVM, headless as the UI tests run;
     * its errors go to {@code dir}'s sibling {@code <name>-typist.err}.
     */
    static Process startHeadless(Class<?> main, Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Dtestfx.robot=glass", "-Dtestfx.headless=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), main.getName(),
                dir.toString())
                .redirectError(dir.resolveSibling(dir.getFileName() + "-typist.err").toFile());
        builder.environment().remove("DISPLAY");
        return builder.start();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The typing app: the real window, a contact and step 2's notes, a key every {@value #KEY_MILLIS} ms. */
    public static final class Child {

        public static void main(String[] args) throws Exception {
            AppDriver app = new AppDriver(Path.of(args[0])).start();
            app.robot.clickOn("#areaList > #area-contacts");
            AppDriver.waitUntil(() -> app.robot.lookup("#newContact").tryQuery().isPresent(), "contacts");
            app.robot.clickOn("#newContact");
            app.robot.clickOn("#firstName").write("Typist");
            app.waitUntilSaved();
            TextField company = app.find("#company");
            app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
            AppDriver.waitUntil(() -> app.robot.lookup("#stepPage2").tryQuery().isPresent(), "step 2");
            TextArea notes = app.robot.lookup("#stepPage2 #notes").queryAs(TextArea.class);
            app.waitUntilSaved();
            report(READY);
            // a key every KEY_MILLIS, on the UI thread as key events would arrive; never a pause
            long next = System.nanoTime();
            for (int typed = 1; typed < TEXT.length(); typed++) {
                int length = typed;
                Platform.runLater(() -> {
                    notes.appendText(TEXT.substring(length - 1, length));
                    company.appendText(COMPANY_TEXT.substring(length - 1, length));
                    report("TYPED " + length);
                });
                next += TimeUnit.MILLISECONDS.toNanos(KEY_MILLIS);
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    TimeUnit.NANOSECONDS.sleep(sleep);
                }
            }
            Thread.sleep(Long.MAX_VALUE);
        }

        private static void report(String line) {
            System.out.println(line + END);
            System.out.flush();
        }
    }
}
