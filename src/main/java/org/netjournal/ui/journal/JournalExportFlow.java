package org.netjournal.ui.journal;

import java.io.File;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.Session;
import org.netjournal.i18n.Messages;
import org.netjournal.io.JournalExporter;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.common.DialogWindows;

/**
 * File → Export journal: a file chooser for a Markdown journal (.md) or the sessions as CSV (.csv), written
 * on the storage thread from the sessions as the window shows them, then a message saying where it went.
 */
public final class JournalExportFlow {

    private final UiContext context;
    private final Messages messages;

    public JournalExportFlow(UiContext context) {
        this.context = context;
        this.messages = context.messages();
    }

    /** Asks where to write, then exports; the kind follows the chosen filter or the file's extension. */
    public void chooseAndExport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("journal.export.title"));
        FileChooser.ExtensionFilter markdown = new FileChooser.ExtensionFilter(
                messages.get("journal.export.markdown"), "*.md");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(messages.get("journal.export.csv"), "*.csv");
        chooser.getExtensionFilters().addAll(markdown, csv);
        chooser.setSelectedExtensionFilter(markdown);
        chooser.setInitialFileName("netjournal-" + LocalDate.now() + ".md");
        File home = new File(System.getProperty("user.home", "."));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        JournalExporter.Format format = formatFor(file.getName(), chooser.getSelectedExtensionFilter() == csv);
        Path target = file.toPath();
        String name = file.getName();
        if (!name.contains(".")) {
            target = target.resolveSibling(name + "." + format.extension());
        }
        export(target, format, owner, result -> { });
    }

    /** By the file's extension; without a known one, by the chosen filter. */
    static JournalExporter.Format formatFor(String fileName, boolean csvFilterChosen) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return JournalExporter.Format.SESSIONS_CSV;
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return JournalExporter.Format.MARKDOWN;
        }
        return csvFilterChosen ? JournalExporter.Format.SESSIONS_CSV : JournalExporter.Format.MARKDOWN;
    }

    /**
     * Writes the journal to {@code target} on the storage thread and tells the user how it went; {@code done}
     * gets null on success, else the error (tests wait for it).
     */
    public void export(Path target, JournalExporter.Format format, Window owner, Consumer<Throwable> done) {
        context.contacts().whenLoaded(() -> exportLoaded(target, format, owner, done)); // the contacts' names
    }

    private void exportLoaded(Path target, JournalExporter.Format format, Window owner, Consumer<Throwable> done) {
        List<Session> sessions = List.copyOf(context.journal().sessions().list());
        Map<Long, String> names = new HashMap<>();
        for (ContactSummary contact : context.contacts().contacts()) {
            names.put(contact.id(), contact.fullName());
        }
        DayOfWeek weekStart = context.journal().goals().weekStartProperty().get();
        LocalDate today = context.journal().goals().today();
        JournalExporter exporter = new JournalExporter(messages, today).withStrategy(context.strategy().snapshot())
                .withNetworks(List.copyOf(context.networks().all()))
                .withPosts(List.copyOf(context.journal().posts().posts()))
                .withReviews(context.journal().reviews().snapshot());
        Tasks.create(() -> {
            JournalExporter.writeFile(target, out -> exporter.export(format, sessions, names, weekStart, out));
            return sessions.size();
        }).onSuccess(count -> {
            tell(owner, Alert.AlertType.INFORMATION, messages.format("journal.export.done", count, target.toString()));
            done.accept(null);
        }).onError(error -> {
            tell(owner, Alert.AlertType.ERROR, messages.format("journal.export.failed",
                    context.journal().errors().describe(error)));
            done.accept(error);
        }).runOn(context.journal().runner());
    }

    private void tell(Window owner, Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text);
        DialogWindows.prepare(alert, owner);
        alert.setTitle(messages.get("journal.export.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("journalExported");
        alert.show();
    }
}
