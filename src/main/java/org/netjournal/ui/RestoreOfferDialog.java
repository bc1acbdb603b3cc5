package org.netjournal.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.JournalHealth;

/**
 * Offers a backup in place of a journal that lost its content ({@link JournalHealth.Assessment#looksLost()}) or
 * that is damaged: says what was found and which backup is the newest (its date and size), and restores it, another
 * chosen copy, or (for a lost journal) starts fresh. Restoring is the default; starting fresh never is. The dialog
 * stays open while the choice is carried out and until the journal is shown, since closing the last window would
 * end the app.
 */
public final class RestoreOfferDialog {

    private static final long MEGABYTE = 1024L * 1024L;

    private final Messages messages;
    private final Alert alert;
    private final Label problem = new Label();
    private final Optional<JournalHealth.Backup> newest;
    private final List<Button> choices = new ArrayList<>();
    private Consumer<Path> onRestore = backup -> { };
    private Runnable onStartFresh = () -> { };

    private RestoreOfferDialog(Messages messages, Alert.AlertType type, String heading, String found,
                               List<JournalHealth.Backup> backups, boolean offerFreshStart, String cancelKey,
                               Window owner) {
        this.messages = messages;
        this.newest = backups.stream().findFirst();
        ButtonType cancel = new ButtonType(messages.get(cancelKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert = new Alert(type, "", cancel);
        alert.setTitle("NetJournal");
        alert.setHeaderText(heading);
        if (owner != null) {
            alert.initOwner(owner);
            alert.initModality(Modality.WINDOW_MODAL);
        }
        alert.getDialogPane().setId("restoreOffer");
        ((Button) alert.getDialogPane().lookupButton(cancel)).setId("restoreOfferCancel");

        Label explanation = new Label(found);
        explanation.setWrapText(true);
        explanation.setId("restoreOfferFound");
        VBox content = new VBox(10, explanation);
        newest.ifPresentOrElse(backup -> {
            Label newestLabel = new Label(messages.format("restoreOffer.newest", when(backup), size(backup)));
            newestLabel.setId("restoreOfferNewest");
            newestLabel.setWrapText(true);
            TextField location = new TextField(backup.file().toString());
            location.setEditable(false); // selectable, so the path can be copied
            location.setId("restoreOfferBackup");
            content.getChildren().addAll(newestLabel, location);
        }, () -> content.getChildren().add(wrapped(messages.get("restoreOffer.noBackup"))));
        content.getChildren().add(wrapped(messages.get("restoreOffer.keptAside")));
        problem.setWrapText(true);
        problem.setId("restoreOfferProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setManaged(false);
        problem.setVisible(false);
        content.getChildren().add(problem);

        // The choices, one under the other with their whole labels (long in German for a button bar); they are
        // carried out while the dialog stays open. Enter restores the newest backup, or opens the chooser when there
        // is none; it never starts fresh.
        newest.ifPresent(backup -> choice("restoreOffer.restoreNewest", "restoreNewestBackup",
                () -> onRestore.accept(backup.file())));
        choice("restoreOffer.choose", "chooseBackup", () -> chooseBackup(backups));
        if (offerFreshStart) {
            choice("restoreOffer.startFresh", "startFresh", () -> onStartFresh.run());
        }
        choices.get(0).setDefaultButton(true);
        alert.setOnShown(event -> choices.get(0).requestFocus()); // not on Quit/Cancel, the dialog's own button
        VBox choiceList = new VBox(8);
        choiceList.getChildren().addAll(choices);
        choiceList.setPadding(new Insets(6, 0, 0, 0));
        content.getChildren().add(choiceList);
        content.setPrefWidth(560);
        alert.getDialogPane().setContent(content);
    }

    /** A journal that was not opened because it looks lost: restore the newest backup, another one, or start fresh. */
    public static RestoreOfferDialog forLostJournal(Messages messages, JournalHealth.Assessment found) {
        String what = messages.get(found.uncleanEnd() ? "restoreOffer.lostUnclean" : "restoreOffer.lostEmpty")
                + "\n\n" + messages.get("restoreOffer.lostCause");
        return new RestoreOfferDialog(messages, Alert.AlertType.WARNING, messages.get("restoreOffer.lostTitle"), what,
                found.backups(), true, "problem.quit", null);
    }

    /** Offered from the damaged-journal dialog ({@code owner}): restore the newest backup or another one. */
    public static RestoreOfferDialog forDamagedJournal(Messages messages, List<JournalHealth.Backup> backups,
                                                       Window owner) {
        // a choice of what to restore, not a yes/no question: restoring keeps the damaged file, nothing is destroyed
        return new RestoreOfferDialog(messages, Alert.AlertType.INFORMATION,
                messages.get("restoreOffer.damagedTitle"), messages.get("restoreOffer.damaged"), backups, false,
                "restoreOffer.cancel", owner);
    }

    /** What to do with the backup the user chose; called on the JavaFX thread. */
    public void setOnRestore(Consumer<Path> onRestore) {
        this.onRestore = onRestore;
    }

    /** What to do when the user chose a new, empty journal. */
    public void setOnStartFresh(Runnable onStartFresh) {
        this.onStartFresh = onStartFresh;
    }

    public void show() {
        alert.show();
    }

    public void close() {
        alert.close();
    }

    /** While a choice is carried out the choices are disabled; a failure enables them again with the reason. */
    public void showWorking() {
        problem.setVisible(false);
        problem.setManaged(false);
        setActionsDisabled(true);
    }

    public void showFailure(String reason) {
        problem.setText(messages.format("restoreOffer.failed", reason));
        problem.setVisible(true);
        problem.setManaged(true);
        setActionsDisabled(false);
    }

    private void setActionsDisabled(boolean disabled) {
        choices.forEach(choice -> choice.setDisable(disabled));
    }

    private void choice(String textKey, String id, Runnable action) {
        Button button = new Button(messages.get(textKey));
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(event -> action.run());
        choices.add(button);
    }

    private void chooseBackup(List<JournalHealth.Backup> backups) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("restore.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("restore.filter"), "*.db"),
                new FileChooser.ExtensionFilter(messages.get("importDialog.allFiles"), "*"));
        backups.stream().findFirst().map(backup -> backup.file().getParent().toFile())
                .filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File picked = chooser.showOpenDialog(alert.getDialogPane().getScene().getWindow());
        if (picked != null) {
            onRestore.accept(picked.toPath());
        }
    }

    private Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private String when(JournalHealth.Backup backup) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.language().locale()).format(backup.modified().atZone(ZoneId.systemDefault()));
    }

    private String size(JournalHealth.Backup backup) {
        return backup.sizeBytes() >= MEGABYTE
                ? messages.format("restoreOffer.sizeMb", backup.sizeBytes() / (double) MEGABYTE)
                : messages.format("restoreOffer.sizeKb", Math.max(1, (backup.sizeBytes() + 1023) / 1024));
    }
}
