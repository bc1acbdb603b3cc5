package org.netjournal.ui.contacts;

import java.util.ArrayList;
import javafx.event.ActionEvent;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactImport;
import org.netjournal.i18n.Messages;
import org.netjournal.io.DuplicatePolicy;
import org.netjournal.io.ExistingContacts;
import org.netjournal.io.ImportMessage;
import org.netjournal.io.ImportPlanner;
import org.netjournal.io.ImportPreview;
import org.netjournal.io.LeftOut;
import org.netjournal.io.UnsupportedFileException;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.ImportProgress;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.DialogWindows;
import org.netjournal.ui.common.ColumnWidths;
import org.netjournal.ui.models.ContactsModel;

/**
 * Import of a LinkedIn export, a vCard file or our JSON: choose (or drop) a file, see every row as new,
 * duplicate or error with the reason, choose what happens to duplicates, then import in one transaction
 * with a progress bar that can be cancelled (nothing is written then).
 */
public final class ImportFlow {

    private final ContactsModel model;
    private final Messages messages;

    public ImportFlow(ContactsModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public void chooseAndPreview(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("importDialog.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("importDialog.supported"), "*.csv", "*.vcf", "*.vcard",
                        "*.json", "*.CSV", "*.VCF"),
                new FileChooser.ExtensionFilter(messages.get("importDialog.allFiles"), "*"));
        File file = chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            preview(file.toPath(), owner);
        }
    }

    /** Reads the file in the background and shows the preview. */
    public void preview(Path file, Node owner) {
        model.whenLoaded(() -> { // duplicates are found among every contact
            var existing = List.copyOf(model.contacts());
            Tasks.create(() -> new ImportPlanner().preview(file, existing))
                    .onSuccess(preview -> showPreview(preview, file, owner))
                    .onError(error -> showProblem(error, file, owner))
                    .runOn(model.runner());
        });
    }

    private String text(ImportMessage message) {
        return message == null ? "" : messages.format(message.key(), message.argsArray());
    }

    private void showProblem(Throwable error, Path file, Node owner) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        DialogWindows.prepare(alert, owner.getScene().getWindow());
        alert.setTitle(messages.get("importDialog.title"));
        alert.setHeaderText(messages.format("importDialog.cannotImport", file.getFileName().toString()));
        alert.setContentText(error instanceof UnsupportedFileException unsupported
                ? text(unsupported.reason()) : model.errors().describe(error));
        alert.getDialogPane().setId("importProblem");
        alert.show();
    }

    private void showPreview(ImportPreview preview, Path file, Node owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogWindows.prepare(dialog, owner.getScene().getWindow());
        dialog.setTitle(messages.get("importDialog.title"));
        dialog.setHeaderText(messages.format("importDialog.header", file.getFileName().toString(),
                messages.get(preview.format().messageKey())));
        dialog.getDialogPane().setId("importPreview");

        TableView<ImportPreview.Row> rows = new TableView<>();
        rows.setId("importRows");
        rows.getItems().setAll(preview.rows());
        TableColumn<ImportPreview.Row, String> status = new TableColumn<>(messages.get("importDialog.col.status"));
        status.setCellValueFactory(cell -> new ReadOnlyStringWrapper(messages.get(switch (cell.getValue().status()) {
            case NEW -> "importDialog.status.new";
            case DUPLICATE -> "importDialog.status.duplicate";
            case ERROR -> "importDialog.status.error";
        })));
        TableColumn<ImportPreview.Row, String> where = new TableColumn<>(messages.get("importDialog.col.where"));
        where.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text(cell.getValue().candidate().positionMessage())));
        TableColumn<ImportPreview.Row, String> name = new TableColumn<>(messages.get("importDialog.col.name"));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().candidate().label()));
        TableColumn<ImportPreview.Row, String> company = contactColumn("importDialog.col.company", Contact::company);
        TableColumn<ImportPreview.Row, String> position = contactColumn("importDialog.col.position", Contact::role);
        TableColumn<ImportPreview.Row, String> connected = contactColumn("importDialog.col.connectedOn",
                contact -> contact.connectedOn() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(messages.language().locale()).format(contact.connectedOn()));
        TableColumn<ImportPreview.Row, String> reason = new TableColumn<>(messages.get("importDialog.col.reason"));
        // an error or the duplicate it matches; for a new row, what was left out of it (e.g. a date not understood);
        // counts of photos and addresses left out are in the summary line instead
        reason.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().reason() != null
                ? text(cell.getValue().reason())
                : String.join("; ", cell.getValue().candidate().warnings().stream()
                        .filter(warning -> !LeftOut.isCount(warning)).map(this::text).toList())));
        status.setPrefWidth(100);
        where.setPrefWidth(90);
        name.setPrefWidth(180);
        reason.setPrefWidth(300);
        rows.getColumns().setAll(List.of(status, where, name, company, position, connected, reason));
        // at 960 px the names and reasons matter most: the connection date, the position and the row number give way
        ColumnWidths.givesWay(List.of(connected, position, where));
        ColumnWidths.fitToContent(rows);
        rows.setPrefSize(1000, 340);

        long newCount = preview.count(ImportPreview.Status.NEW);
        long duplicateCount = preview.count(ImportPreview.Status.DUPLICATE);
        long errorCount = preview.count(ImportPreview.Status.ERROR);
        Label counts = new Label(messages.format("importDialog.counts", newCount, duplicateCount, errorCount));
        counts.setId("importCounts");
        Label leftOut = new Label(leftOutText(preview));
        leftOut.setId("importLeftOut");
        leftOut.setWrapText(true);
        leftOut.setManaged(!leftOut.getText().isEmpty());
        leftOut.setVisible(!leftOut.getText().isEmpty());

        ToggleGroup policy = new ToggleGroup();
        RadioButton skip = new RadioButton(messages.get("importDialog.skipDuplicates"));
        skip.setToggleGroup(policy);
        skip.setSelected(true);
        skip.setId("skipDuplicates");
        RadioButton update = new RadioButton(messages.get("importDialog.updateDuplicates"));
        update.setToggleGroup(policy);
        update.setId("updateDuplicates");
        HBox policyRow = new HBox(16, new Label(messages.get("importDialog.duplicates")), skip, update);
        policyRow.setAlignment(Pos.CENTER_LEFT);
        policyRow.setDisable(duplicateCount == 0);

        ProgressBar progress = new ProgressBar(0);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        progress.setId("importProgress");
        Label progressText = new Label();
        progressText.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        VBox content = new VBox(10, counts, leftOut, rows, policyRow, progress, progressText);
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        ButtonType importType = new ButtonType(messages.get("importDialog.import"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
        Button importButton = (Button) dialog.getDialogPane().lookupButton(importType);
        importButton.setId("runImport");
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        importButton.setDisable(newCount == 0 && duplicateCount == 0);
        dialog.setResizable(true);
        dialog.getDialogPane().setPrefWidth(1060);
        dialog.getDialogPane().setMinWidth(560);

        AtomicBoolean running = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // keep the dialog open while importing, to show progress and allow cancel
            DuplicatePolicy chosen = update.isSelected() ? DuplicatePolicy.UPDATE : DuplicatePolicy.SKIP;
            running.set(true);
            importButton.setDisable(true);
            policyRow.setDisable(true);
            progress.setVisible(true);
            ImportProgress listener = new ImportProgress() {
                @Override
                public void report(int done, int total) {
                    Platform.runLater(() -> {
                        progress.setProgress(total == 0 ? 1 : (double) done / total);
                        progressText.setText(messages.format("importDialog.progress", done, total));
                    });
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }
            };
            model.saveStatus().writeStarted();
            Tasks.create(() -> {
                        // planning an update reads the journal's contacts, so it runs on the storage thread too
                        ContactRepository repository = model.repository();
                        List<ContactImport> plan = new ImportPlanner().plan(preview, chosen,
                                ExistingContacts.of(repository::find, repository::interactionsOf));
                        return repository.importContacts(plan, listener);
                    })
                    .onSuccess(written -> {
                        running.set(false);
                        model.saveStatus().writeSucceeded();
                        model.reload();
                        dialog.close();
                        long updated = Math.max(0, written - newCount);
                        long skipped = chosen == DuplicatePolicy.SKIP ? duplicateCount : 0;
                        summary(owner, messages.format("importDialog.done", newCount, updated, skipped, errorCount));
                    })
                    .onError(error -> {
                        running.set(false);
                        model.saveStatus().writeSucceeded(); // nothing was written: the transaction rolled back
                        dialog.close();
                        if (error instanceof CancellationException) {
                            summary(owner, messages.get("importDialog.cancelled"));
                        } else {
                            showProblem(error, file, owner);
                        }
                    })
                    .runOn(model.runner());
        });
        cancelButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (running.get()) {
                event.consume(); // the import is rolled back; the dialog closes when it has stopped
                cancelled.set(true);
                progressText.setText(messages.get("importDialog.cancelling"));
            }
        });
        dialog.setOnCloseRequest(event -> {
            if (running.get()) {
                event.consume();
                cancelled.set(true);
            }
        });
        dialog.show();
    }

    private TableColumn<ImportPreview.Row, String> contactColumn(String key, Function<Contact, String> value) {
        TableColumn<ImportPreview.Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().candidate().contact() == null
                ? "" : value.apply(cell.getValue().candidate().contact())));
        return column;
    }

    /**
     * "3 connections are hidden by LinkedIn …" and "Not imported, as NetJournal does not keep them: 2 photos, a
     * postal address.", each when it applies; else "".
     */
    private String leftOutText(ImportPreview preview) {
        List<String> lines = new ArrayList<>();
        if (preview.hiddenRows() > 0) {
            lines.add(messages.format("import.hiddenByLinkedIn", preview.hiddenRows()));
        }
        List<ImportMessage> leftOut = LeftOut.summary(preview.rows().stream().map(ImportPreview.Row::candidate).toList());
        if (!leftOut.isEmpty()) {
            lines.add(messages.format("import.leftOut.summary", String.join(", ", leftOut.stream().map(this::text)
                    .toList())));
        }
        return String.join("\n", lines);
    }

    private void summary(Node owner, String text) {
        Alert done = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        DialogWindows.prepare(done, owner.getScene().getWindow());
        done.setTitle(messages.get("importDialog.title"));
        done.setHeaderText(messages.get("importDialog.summary"));
        done.getDialogPane().setId("importSummary");
        done.show();
    }
}
