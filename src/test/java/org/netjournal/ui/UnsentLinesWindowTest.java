package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Post;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.PostRepository;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.storage.StrategyRepository;
import org.netjournal.ui.models.UnsentLines;

/**
 * The "add" boxes that wait for a button (step 6's new post idea, step 5's person for the list) never lose a word:
 * what is typed is in the file within the autosave's second, after Ctrl+Q and after SIGTERM, and back in the box at
 * the next start; adding clears it in the file too.
 */
class UnsentLinesWindowTest extends WindowTest {

    private static final String IDEA = UnsentLines.Box.POST_IDEA.setting();
    private static final String TARGET = UnsentLines.Box.TARGET_NAME.setting();

    /** The setting as the file holds it now, read beside the running app (empty when it is not there). */
    private static Optional<String> inFile(Path dataDir, String key) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:"
                + new DataFolder(dataDir).databaseFile());
             PreparedStatement select = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (Exception busy) {
            return Optional.empty();
        }
    }

    private void typeInto(String query, String text) {
        app.robot.clickOn(app.<Node>reveal(query)).write(text);
    }

    @Test
    void typedWordsReachTheFileComeBackAfterQuittingAndAddingClearsThem() throws Exception {
        long lena;
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            lena = new ContactRepository(db).save(Contact.named("Lena", "Quiet Berg")).id();
        }
        app = new AppDriver(dataDir).start();
        showStep(6);
        typeInto("#newPostIdea", "Three things I learned");
        AppDriver.waitUntil(() -> inFile(dataDir, IDEA).equals(Optional.of("Three things I learned")),
                "the idea in the file while the app runs");
        showStep(5);
        typeInto("#targetName", "Lena Quiet");
        app.robot.write(" Berg"); // and Ctrl+Q at once: the quit writes what the autosave has not yet
        app.quit();

        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            SettingsRepository settings = new SettingsRepository(db);
            assertEquals(Optional.of("Three things I learned"), settings.get(IDEA));
            assertEquals(Optional.of("Lena Quiet Berg"), settings.get(TARGET));
            assertEquals(List.of(), new PostRepository(db).list(), "typed, not added");
        }

        app = new AppDriver(dataDir).start();
        showStep(6);
        AppDriver.waitUntil(() -> app.<TextField>find("#newPostIdea").getText().equals("Three things I learned"),
                "the idea back in its box");
        app.robot.clickOn(app.<Node>reveal("#addPostIdea"));
        AppDriver.waitUntil(() -> app.<TextField>find("#newPostIdea").getText().isEmpty(), "the idea added");
        showStep(5);
        AppDriver.waitUntil(() -> app.<TextField>find("#targetName").getText().equals("Lena Quiet Berg"),
                "the name back in its box");
        app.robot.clickOn(app.<Node>reveal("#addTarget"));
        AppDriver.waitUntil(() -> app.<TextField>find("#targetName").getText().isEmpty(), "the person added");
        app.waitUntilSaved();
        app.quit();

        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            SettingsRepository settings = new SettingsRepository(db);
            assertEquals(Optional.of(""), settings.get(IDEA), "adding clears the unsent line");
            assertEquals(Optional.of(""), settings.get(TARGET));
            assertEquals(List.of("Three things I learned"),
                    new PostRepository(db).list().stream().map(Post::text).toList());
            assertEquals(1, new ContactRepository(db).findAll().size(), "the contact of that name, not a second one");
            assertTrue(new StrategyRepository(db).targets().stream().anyMatch(mark -> mark.contactId() == lena),
                    "on the list");
        }
    }

    @Test
    void wordsTypedJustBeforeSigtermAreInTheFile() throws Exception {
        Path dir = dataDir.resolve("term");
        Process child = TypingCrashHarness.startHeadless(Typist.class, dir);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals(Typist.TYPED));
            assertEquals(Typist.TYPED, line, () -> "the typist never typed: " + errors(dir));
            child.destroy(); // SIGTERM, as at logout or shutdown, right after the last key
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the app did not end");
        } finally {
            child.destroyForcibly();
        }
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dir))) {
            assertEquals(Optional.of(Typist.TEXT), new SettingsRepository(db).get(IDEA), () -> errors(dir));
        }
    }

    private static String errors(Path dir) {
        try {
            return Files.readString(dir.resolveSibling(dir.getFileName() + "-typist.err"));
        } catch (Exception none) {
            return "";
        }
    }

    /** The child app: types a new post idea on step 6 and says so, then waits to be ended. */
    public static final class Typist {

        static final String TYPED = "TYPED";
        static final String TEXT = "An idea typed right before the end";

        public static void main(String[] args) throws Exception {
            AppDriver app = new AppDriver(Path.of(args[0])).start();
            app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
            AppDriver.waitUntil(() -> app.robot.lookup("#newPostIdea").tryQuery().isPresent(), "step 6");
            app.robot.clickOn(app.<Node>reveal("#newPostIdea")).write(TEXT);
            AppDriver.waitUntil(() -> app.<TextField>find("#newPostIdea").getText().equals(TEXT), "typed");
            System.out.println(TYPED);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
