package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.ui.help.ThirdPartyLibraries.Library;

/** The help page (F1) and the About dialog (Help → About NetJournal), through the real window. */
class HelpWindowTest extends WindowTest {

    private List<String> labelTexts(String container) {
        return app.robot.lookup(container).lookup((Node node) -> node instanceof Label).queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
    }

    private boolean anyLabelContains(String container, String text) {
        return labelTexts(container).stream().anyMatch(label -> label.contains(text));
    }

    @Test
    void f1OpensTheHelpWithShortcutsTheOpenJournalBackupsAndExports() throws Exception {
        app = new AppDriver(dataDir).start();
        app.robot.push(KeyCode.F1);
        AppDriver.waitUntil(() -> app.robot.lookup("#helpPage").tryQuery().isPresent(), "the help page");

        for (String section : List.of("#helpShortcuts", "#helpData", "#helpBackup", "#helpTransfer")) {
            assertTrue(app.robot.lookup(section).tryQuery().isPresent(), section);
        }
        assertTrue(labelTexts("#helpShortcuts").containsAll(List.of("Keyboard shortcuts", "Log a new session",
                "Search the whole journal", "Open the settings", "Save the session")), labelTexts("#helpShortcuts").toString());
        // key caps, e.g. [Ctrl] + [N], and the session dialog's Ctrl+Enter
        List<String> caps = app.robot.lookup("#helpShortcutTable .key-cap").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(caps.containsAll(List.of("Ctrl", "1", "7", "N", "I", "F", ",", "F1", "Q")), caps.toString());
        assertTrue(app.robot.lookup("#helpSessionShortcuts .key-cap").queryAllAs(Label.class).stream()
                .map(Label::getText).toList().containsAll(List.of("Ctrl", "Enter", "Esc")));

        // the journal this window has open, and that this is not the usual folder (the test chose --data-dir)
        TextField path = app.find("#helpDataFile");
        assertEquals(dataDir.resolve("netjournal.db").toAbsolutePath().normalize().toString(), path.getText());
        Label where = app.find("#helpDataWhere");
        assertTrue(where.getText().contains("--data-dir") && where.getText().contains("NETJOURNAL_HOME"),
                where.getText());
        assertTrue(anyLabelContains("#helpData", dataDir.resolve("backups").toAbsolutePath().normalize().toString()));
        assertTrue(anyLabelContains("#helpDefaultFolders", "%APPDATA%\\NetJournal"));

        // the menu names are the menus' own
        assertTrue(anyLabelContains("#helpBackup", "File \u2192 Back up now"), labelTexts("#helpBackup").toString());
        assertTrue(anyLabelContains("#helpBackup", "File \u2192 Restore from a backup\u2026"));
        assertTrue(anyLabelContains("#helpBackup", "7 newest daily copies"), labelTexts("#helpBackup").toString());
        assertTrue(anyLabelContains("#helpBackup", "netjournal check"));
        assertTrue(anyLabelContains("#helpTransfer", "File \u2192 Export journal"));
        assertTrue(anyLabelContains("#helpExportFormats", "sessions-csv"));

        // the contents links scroll the long page to their section
        ScrollPane scroll = app.find("#helpPage");
        assertEquals(0, scroll.getVvalue(), 0.001);
        app.robot.clickOn("Importing and exporting");
        AppDriver.waitUntil(() -> scroll.getVvalue() > 0.3, "the page to scroll to the import section");

        // leaving and coming back through the navigator works as before
        app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        AppDriver.waitUntil(() -> app.robot.lookup("#helpPage").tryQuery().isEmpty(), "step 2 instead of help");
        app.quit();
    }

    @Test
    void theAboutDialogShowsTheVersionTheRuntimeAndEveryLibraryWithItsLicence() throws Exception {
        app = new AppDriver(dataDir).start();
        app.robot.clickOn("Help").clickOn("About NetJournal");
        AppDriver.waitUntil(() -> app.robot.lookup("#aboutDialog").tryQuery().isPresent(), "the About dialog");

        String pom = Files.readString(Path.of(System.getProperty("basedir", "")).resolve("pom.xml"),
                StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("<artifactId>netjournal</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(version.find());
        Label versionLabel = app.find("#aboutVersion");
        AppDriver.waitUntil(() -> ("Version " + version.group(1)).equals(versionLabel.getText()),
                "the version from the build");
        Label runtime = app.find("#aboutRuntime");
        assertTrue(runtime.getText().contains(System.getProperty("java.version")), runtime.getText());
        Label licence = app.find("#aboutLicence");
        assertTrue(licence.getText().contains("Apache License 2.0"), licence.getText());
        // it fits the smallest screen the window is made for (960×640, a title bar of about 30 px): the list and
        // the licence text give way, they scroll
        javafx.scene.layout.Region pane = app.find("#aboutDialog");
        double least = pane.minHeight(pane.getWidth());
        assertTrue(least <= 600, "the About dialog needs at least " + least + " px");

        TableView<Library> libraries = app.find("#aboutLibraries");
        AppDriver.waitUntil(() -> !libraries.getItems().isEmpty(), "the library list");
        List<String> names = libraries.getItems().stream().map(Library::name).toList();
        assertTrue(names.containsAll(List.of("JavaFX", "ControlsFX", "AtlantaFX", "Ikonli", "SQLite JDBC (with SQLite)",
                "Apache Commons CSV", "ez-vcard", "vinnie", "Gson")), names.toString());
        Library controlsFx = libraries.getItems().stream().filter(l -> l.name().equals("ControlsFX")).findFirst()
                .orElseThrow();
        assertEquals("BSD 3-Clause License", controlsFx.licence());

        // the first library's licence text is shown at once; choosing another shows its text
        TextArea text = app.find("#aboutLicenceText");
        Label licenceHeading = app.find("#aboutLicenceHeading");
        AppDriver.waitUntil(() -> text.getText().contains("\"CLASSPATH\" EXCEPTION TO THE GPL"), "JavaFX's licence");
        assertTrue(licenceHeading.getText().contains("JavaFX"), licenceHeading.getText());
        app.robot.clickOn("ControlsFX");
        AppDriver.waitUntil(() -> text.getText().contains("Redistribution and use"), "ControlsFX's licence text");
        assertTrue(licenceHeading.getText().contains("ControlsFX (BSD 3-Clause License)"), licenceHeading.getText());
        assertFalse(text.getText().contains("CLASSPATH"));

        app.robot.clickOn("#aboutClose");
        AppDriver.waitUntil(() -> app.robot.lookup("#aboutDialog").tryQuery().isEmpty(), "the dialog to close");
        app.quit();
    }

    @Test
    void inGermanTheHelpNamesTheKeysAsOnAGermanKeyboard() throws Exception {
        app = new AppDriver(dataDir).start();
        app.robot.clickOn("View").clickOn("Language").clickOn("Deutsch");
        AppDriver.waitUntil(() -> app.robot.lookup("Datei").tryQuery().isPresent(), "the German window");
        app.robot.push(KeyCode.F1);
        AppDriver.waitUntil(() -> app.robot.lookup("#helpPage").tryQuery().isPresent(), "the help page");
        assertTrue(labelTexts("#helpShortcuts").contains("Tastenkürzel"));
        List<String> caps = app.robot.lookup("#helpShortcuts .key-cap").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(caps.containsAll(List.of("Strg", "Entf", "Umschalt")), caps.toString());
        assertFalse(caps.contains("Ctrl"), caps.toString());
        assertTrue(anyLabelContains("#helpBackup", "Datei \u2192 Jetzt sichern"), labelTexts("#helpBackup").toString());
        app.quit();
    }
}
