package org.netjournal.ui.help;

import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.BackupService;
import org.netjournal.storage.DataFolder;
import org.netjournal.ui.AreaPage;
import org.netjournal.ui.common.PageLayout;

/**
 * The help page in the editor area (Help → Help, F1): keyboard shortcuts, where the journal lives, backing up
 * and restoring, importing and exporting. Every statement here describes what the code does (the menus, the
 * shortcuts in MainWindow and the dialogs, the backup rules in BackupService, the commands in Cli); menu
 * names are taken from the menus' own texts so the two cannot drift apart.
 *
 * <p>Longer than 400 lines because it builds the help text section by section; each section is a few lines of
 * layout, kept together so the order reads like the page.
 */
public final class HelpPage implements AreaPage {

    private static final String STYLESHEET = HelpPage.class.getResource("help-page.css").toExternalForm();
    private static final double KEY_COLUMN_WIDTH = 210;
    /** Where a section keeps its heading text for the contents links. */
    private static final Object HEADING = new Object();

    private final Messages messages;
    private final KeyCaps keys;
    private final Path dataFile;
    private final Map<String, String> environment;
    private final ScrollPane root = new ScrollPane();
    private final VBox content = new VBox(18);

    /** {@code dataFile} is the journal this window has open; {@code environment} decides the usual folder. */
    public HelpPage(Messages messages, Path dataFile, Map<String, String> environment) {
        this.messages = messages;
        this.keys = new KeyCaps(messages, System.getProperty("os.name", ""));
        this.dataFile = dataFile.toAbsolutePath().normalize();
        this.environment = environment;

        // what to do first; where the file lives, environment variables and paths last
        List<Region> sections = List.of(
                section("helpStart", "help.start.title", Material2OutlinedMZ.PLAY_CIRCLE_OUTLINE, gettingStarted()),
                section("helpShortcuts", "help.shortcuts.title", Material2OutlinedAL.KEYBOARD, shortcuts()),
                section("helpBackup", "help.backup.title", Material2OutlinedAL.BACKUP, backups()),
                section("helpTransfer", "help.transfer.title", Material2OutlinedAL.IMPORT_EXPORT, importExport()),
                section("helpData", "help.data.title", Material2OutlinedAL.FOLDER_OPEN, dataFolder()));
        content.getChildren().add(header());
        content.getChildren().add(contents(sections));
        content.getChildren().addAll(sections);
        content.getStyleClass().add("help-page");
        PageLayout.centre(root, content, 860);
        root.getStylesheets().add(STYLESHEET);
        root.setId("helpPage");
    }

    @Override
    public Region root() {
        return root;
    }

    // ---------------------------------------------------------------------------------------------------
    // Frame

    private Region header() {
        StackPane tile = PageLayout.iconTile(Material2OutlinedAL.HELP_OUTLINE);
        Label title = new Label(messages.get("help.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = paragraph(messages.get("help.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        VBox titles = new VBox(4, title, intro);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(16, tile, titles);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** Links to the sections: the page is long, and a user who pressed F1 usually wants one part of it. */
    private Region contents(List<Region> sections) {
        FlowPane links = new FlowPane(4, 2);
        links.setId("helpContents");
        links.getStyleClass().add("help-contents");
        for (Region section : sections) {
            Hyperlink link = new Hyperlink((String) section.getProperties().get(HEADING));
            link.setOnAction(event -> scrollTo(section));
            links.getChildren().add(link);
        }
        return links;
    }

    private Region section(String id, String titleKey, Ikon icon, List<Node> body) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("help-heading-icon");
        Label heading = new Label(messages.get(titleKey), glyph);
        heading.getStyleClass().addAll(Styles.TITLE_3, "help-heading");
        VBox section = new VBox(10);
        section.getChildren().add(heading);
        section.getChildren().addAll(body);
        section.setId(id);
        section.getStyleClass().add("help-section");
        section.getProperties().put(HEADING, heading.getText());
        return section;
    }

    private void scrollTo(Region section) {
        Bounds page = root.getContent().getLayoutBounds();
        Bounds at = root.getContent().sceneToLocal(section.localToScene(section.getLayoutBounds()));
        double range = page.getHeight() - root.getViewportBounds().getHeight();
        if (range > 0) {
            root.setVvalue(Math.max(0, Math.min(1, at.getMinY() / range)));
        }
        section.requestFocus();
    }

    // ---------------------------------------------------------------------------------------------------
    // Keyboard shortcuts

    private List<Node> shortcuts() {
        String ctrl = keys.shortcut();
        GridPane anywhere = shortcutTable("helpShortcutTable");
        addShortcut(anywhere, keys.alternatives("\u2026", List.of(keys.combination(ctrl, "1"),
                keys.combination(ctrl, "7"))), "help.shortcuts.steps");
        addShortcut(anywhere, keys.combination(ctrl, "N"), "help.shortcuts.newSession");
        addShortcut(anywhere, keys.combination(ctrl, "I"), "help.shortcuts.import");
        addShortcut(anywhere, keys.combination(ctrl, "F"), "help.shortcuts.search");
        addShortcut(anywhere, keys.combination(ctrl, ","), "help.shortcuts.settings");
        addShortcut(anywhere, keys.combination("F1"), "help.shortcuts.help");
        addShortcut(anywhere, keys.combination(ctrl, "Q"), "help.shortcuts.quit");

        addShortcut(anywhere, keys.alternatives("/", List.of(keys.combination(ctrl, "+"),
                keys.combination(ctrl, "\u2212"))), "help.shortcuts.zoom");
        addShortcut(anywhere, keys.combination(ctrl, "0"), "help.shortcuts.zoomReset");
        addShortcut(anywhere, keys.combination(ctrl, "B"), "help.shortcuts.sidebar");
        addShortcut(anywhere, keys.combination("Alt"), "help.shortcuts.menus");

        GridPane session = shortcutTable("helpSessionShortcuts");
        addShortcut(session, keys.combination(ctrl, messages.get("help.key.enter")), "help.shortcuts.saveSession");
        addShortcut(session, keys.combination(messages.get("help.key.esc")), "help.shortcuts.cancelSession");

        GridPane lists = shortcutTable("helpListShortcuts");
        addShortcut(lists, keys.combination(messages.get("help.key.enter")), "help.shortcuts.editSession");
        addShortcut(lists, keys.combination(messages.get("help.key.delete")), "help.shortcuts.deleteSession");
        addShortcut(lists, keys.combination(messages.get("help.key.esc")), "help.shortcuts.clearFilter");
        addShortcut(lists, keys.alternatives("/", List.of(keys.combination(messages.get("help.key.tab")),
                keys.combination(keys.shift(), messages.get("help.key.tab")))), "help.shortcuts.tab");

        return List.of(paragraph(messages.get("help.shortcuts.intro")), anywhere,
                subheading(messages.get("help.shortcuts.sessionTitle")), session,
                subheading(messages.get("help.shortcuts.listsTitle")), lists);
    }

    // ---------------------------------------------------------------------------------------------------
    // Getting started: what to do, in the order a new user does it

    private List<Node> gettingStarted() {
        return List.of(paragraph(messages.get("help.start.intro")),
                bullets(messages.get("help.start.steps"), messages.get("help.start.session"),
                        messages.get("help.start.contacts"), messages.get("help.start.goals"),
                        messages.get("help.start.saved")));
    }

    private static GridPane shortcutTable(String id) {
        GridPane table = new GridPane();
        table.setId(id);
        table.getStyleClass().add("help-shortcuts");
        table.setHgap(20);
        table.setVgap(8);
        // the same key column in all three tables, so their descriptions line up
        ColumnConstraints keyColumn = new ColumnConstraints();
        keyColumn.setMinWidth(KEY_COLUMN_WIDTH);
        table.getColumnConstraints().add(keyColumn);
        return table;
    }

    private void addShortcut(GridPane table, HBox keysNode, String descriptionKey) {
        int row = table.getRowCount();
        keysNode.setMinWidth(Region.USE_PREF_SIZE);
        Label description = paragraph(messages.get(descriptionKey));
        GridPane.setHgrow(description, Priority.ALWAYS);
        table.addRow(row, keysNode, description);
    }

    // ---------------------------------------------------------------------------------------------------
    // Where the journal lives

    private List<Node> dataFolder() {
        List<Node> body = new ArrayList<>();
        body.add(paragraph(messages.get("help.data.intro")));

        TextField path = new TextField(dataFile.toString());
        path.setEditable(false);
        path.setId("helpDataFile");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button copy = new Button(messages.get("help.data.copy"), new FontIcon(Material2OutlinedAL.CONTENT_COPY));
        copy.setId("helpCopyPath");
        copy.setOnAction(event -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(dataFile.toString());
            Clipboard.getSystemClipboard().setContent(clip);
            copy.setText(messages.get("help.data.copied"));
            PauseTransition back = new PauseTransition(Duration.seconds(2));
            back.setOnFinished(done -> copy.setText(messages.get("help.data.copy")));
            back.play();
        });
        HBox pathRow = new HBox(8, path, copy);
        pathRow.setAlignment(Pos.CENTER_LEFT);
        body.add(pathRow);

        Path folder = dataFile.getParent();
        Path usual = DataFolder.defaultLocation(environment, System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", "."))).toAbsolutePath().normalize();
        Label where = paragraph(messages.get(usual.equals(folder) ? "help.data.usual" : "help.data.notUsual"));
        where.setId("helpDataWhere");
        body.add(where);
        body.add(paragraph(messages.format("help.data.nextToIt", folder.resolve("backups").toString())));

        body.add(subheading(messages.get("help.data.defaultsTitle")));
        GridPane defaults = table("helpDefaultFolders");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String here = os.contains("win") ? "Windows" : os.contains("mac") ? "macOS" : "Linux";
        addFolderRow(defaults, "Linux", "~/.local/share/netjournal", here);
        addFolderRow(defaults, "", messages.get("help.data.xdg"), here);
        addFolderRow(defaults, "Windows", "%APPDATA%\\NetJournal", here);
        addFolderRow(defaults, "macOS", "~/Library/Application Support/NetJournal", here);
        body.add(defaults);

        body.add(subheading(messages.get("help.data.otherTitle")));
        body.add(paragraph(messages.get("help.data.other")));
        body.add(code("netjournal --data-dir ~/Documents/netjournal\nNETJOURNAL_HOME=~/Documents/netjournal netjournal"));
        body.add(paragraph(messages.get("help.data.move")));
        body.add(paragraph(messages.get("help.data.private")));
        return body;
    }

    private void addFolderRow(GridPane table, String system, String folder, String thisSystem) {
        int row = table.getRowCount();
        Label systemLabel = new Label(system);
        systemLabel.getStyleClass().add(Styles.TEXT_BOLD);
        systemLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label folderLabel = system.isEmpty() ? paragraph(folder) : code(folder);
        HBox folderCell = new HBox(10, folderLabel);
        folderCell.setAlignment(Pos.CENTER_LEFT);
        if (system.equals(thisSystem)) {
            Label badge = new Label(messages.get("help.data.thisComputer"));
            badge.getStyleClass().addAll("help-badge", Styles.TEXT_SMALL);
            folderCell.getChildren().add(badge);
        }
        table.addRow(row, systemLabel, folderCell);
    }

    // ---------------------------------------------------------------------------------------------------
    // Backups

    private List<Node> backups() {
        String file = messages.get("help.placeholder.file");
        return List.of(
                paragraph(messages.format("help.backup.automatic", BackupService.KEEP_DAILY, BackupService.KEEP_WEEKLY)),
                paragraph(messages.format("help.backup.now", menuPath("menu.file", "menu.backupNow"))),
                paragraph(messages.format("help.backup.restore", menuPath("menu.file", "menu.restore"))),
                subheading(messages.get("help.commandLine")),
                commandTable("helpBackupCommands",
                        "netjournal backup [--out " + file + "]", messages.get("help.backup.cliBackup"),
                        "netjournal check", messages.get("help.backup.cliCheck")),
                paragraph(messages.get("help.commandLine.closed")));
    }

    // ---------------------------------------------------------------------------------------------------
    // Import and export

    private List<Node> importExport() {
        String ctrl = keys.shortcut();
        String file = messages.get("help.placeholder.file");
        String format = messages.get("help.placeholder.format");
        List<Node> body = new ArrayList<>();
        body.add(subheading(messages.get("help.transfer.importTitle")));
        body.add(paragraph(messages.format("help.transfer.import", menuPath("menu.file", "menu.import"),
                ctrl + "+I")));
        body.add(bullets(messages.get("help.transfer.linkedin"), messages.get("help.transfer.vcard"),
                messages.get("help.transfer.json")));
        body.add(paragraph(messages.get("help.transfer.preview")));

        body.add(subheading(messages.get("help.transfer.exportTitle")));
        body.add(paragraph(messages.format("help.transfer.export", menuPath("menu.file", "journal.menu.export"))));

        body.add(subheading(messages.get("help.commandLine")));
        body.add(commandTable("helpTransferCommands",
                "netjournal export --format " + format + " [--out " + file + "]",
                messages.get("help.transfer.cliExport"),
                "netjournal import " + file, messages.get("help.transfer.cliImport")));
        body.add(paragraph(messages.get("help.transfer.cliFormats")));
        GridPane formats = table("helpExportFormats");
        for (String code : List.of("json", "csv", "vcard", "markdown", "sessions-csv")) {
            Label name = code(code);
            Label description = paragraph(messages.get(formatKey(code)));
            GridPane.setValignment(name, VPos.TOP);
            GridPane.setValignment(description, VPos.TOP);
            formats.addRow(formats.getRowCount(), name, description);
        }
        body.add(formats);
        body.add(code("netjournal export --format json --out ~/netjournal.json\n"
                + "netjournal import ~/Downloads/Connections.csv"));
        body.add(paragraph(messages.get("help.commandLine.closed")));
        return body;
    }

    /** Commands and what they do, side by side: {@code command, description, command, description …}. */
    private GridPane commandTable(String id, String... commandsAndDescriptions) {
        GridPane commands = table(id);
        for (int i = 0; i + 1 < commandsAndDescriptions.length; i += 2) {
            Label command = code(commandsAndDescriptions[i]);
            Label description = paragraph(commandsAndDescriptions[i + 1]);
            GridPane.setValignment(command, VPos.TOP);
            GridPane.setValignment(description, VPos.TOP);
            commands.addRow(commands.getRowCount(), command, description);
        }
        return commands;
    }

    private static GridPane table(String id) {
        GridPane table = new GridPane();
        table.setId(id);
        table.getStyleClass().add("help-table");
        table.setHgap(16);
        table.setVgap(8);
        return table;
    }

    private static String formatKey(String format) {
        return switch (format) {
            case "json" -> "help.transfer.format.json";
            case "csv" -> "help.transfer.format.csv";
            case "vcard" -> "help.transfer.format.vcard";
            case "markdown" -> "help.transfer.format.markdown";
            default -> "help.transfer.format.sessionsCsv";
        };
    }

    // ---------------------------------------------------------------------------------------------------
    // Text pieces

    /** "File → Back up now", from the menus' own texts. */
    private String menuPath(String... keys) {
        List<String> names = new ArrayList<>();
        for (String key : keys) {
            names.add(messages.menuName(key));
        }
        return String.join(" \u2192 ", names);
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines push the page down instead of being cut
        label.getStyleClass().add("help-text");
        return label;
    }

    private static Label subheading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TITLE_4, "help-subheading");
        return label;
    }

    private static Label code(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("help-code");
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMinWidth(Region.USE_PREF_SIZE); // a command is never cut; the description beside it wraps
        return label;
    }

    private static VBox bullets(String... items) {
        VBox list = new VBox(6);
        for (String item : items) {
            Label dot = new Label("\u2022");
            dot.setMinWidth(Region.USE_PREF_SIZE);
            Label text = paragraph(item);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, dot, text);
            list.getChildren().add(row);
        }
        return list;
    }
}
