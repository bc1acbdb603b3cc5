package org.netjournal.ui.help;

import java.util.function.Function;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.netjournal.i18n.Messages;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.help.ThirdPartyLibraries.Library;
import org.netjournal.ui.common.DialogWindows;

/**
 * Help → About NetJournal: the icon, name and version, NetJournal's licence, the Java and JavaFX runtime, and
 * every library shipped with its version and licence; choosing a library shows its full licence text. The
 * version and the list are resources, read on the storage thread like every other file.
 */
public final class AboutDialog {

    private static final String ICON = "/org/netjournal/icons/netjournal-128.png";

    private final Messages messages;
    private final TaskRunner runner;
    private final Dialog<Void> dialog = new Dialog<>();
    private final Label version = new Label();
    private final Label runtime = new Label();
    private final TableView<Library> libraries = new TableView<>();
    private final Label licenceHeading = new Label();
    private final TextArea licenceText = new TextArea();
    private String appVersion;

    public AboutDialog(Messages messages, TaskRunner runner, Window owner) {
        this.messages = messages;
        this.runner = runner;
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(messages.get("about.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(HelpPage.class.getResource("help-page.css").toExternalForm());
        dialog.getDialogPane().setId("aboutDialog");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setMinWidth(720); // room for a licence text's 80 columns
        
        ButtonType copyType = new ButtonType(messages.get("about.copy"), ButtonBar.ButtonData.LEFT);
        ButtonType closeType = new ButtonType(messages.get("about.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(copyType, closeType);
        Button copy = (Button) dialog.getDialogPane().lookupButton(copyType);
        copy.setId("aboutCopy");
        copy.setGraphic(new FontIcon(Material2OutlinedAL.CONTENT_COPY));
        copy.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // copying does not close the dialog
            copyDetails();
            copy.setText(messages.get("about.copied"));
        });
        ((Button) dialog.getDialogPane().lookupButton(closeType)).setId("aboutClose");
    }

    /** Shows the dialog at once; the version and the library list fill in as soon as they are read. */
    public void show() {
        Tasks.create(() -> new Facts(ThirdPartyLibraries.appVersion(), ThirdPartyLibraries.load()))
                .onSuccess(this::fill)
                .onError(error -> libraries.setPlaceholder(new Label(messages.format("about.loadFailed",
                        String.valueOf(error.getMessage())))))
                .runOn(runner);
        dialog.show();
    }

    private record Facts(String version, List<Library> libraries) {
    }

    private VBox content() {
        ImageView icon = new ImageView(new Image(AboutDialog.class.getResource(ICON).toExternalForm(), 72, 72,
                true, true, true)); // loads in the background
        Label name = new Label("NetJournal");
        name.getStyleClass().add("about-name");
        version.setId("aboutVersion");
        version.setText(messages.get("about.loading"));
        Label tagline = new Label(messages.get("about.tagline"));
        tagline.setWrapText(true);
        tagline.setMinHeight(Region.USE_PREF_SIZE); // wraps rather than being cut short
        Label licence = new Label(messages.get("about.licence"));
        licence.setId("aboutLicence");
        licence.getStyleClass().add(Styles.TEXT_MUTED);
        licence.setWrapText(true);
        licence.setMinHeight(Region.USE_PREF_SIZE);
        runtime.setId("aboutRuntime");
        runtime.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        runtime.setText(messages.format("about.runtime", javaVersion(), javaFxVersion()));
        runtime.setWrapText(true);
        runtime.setMinHeight(Region.USE_PREF_SIZE);
        VBox titles = new VBox(3, name, version, tagline, licence, runtime);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(18, icon, titles);
        header.setAlignment(Pos.CENTER_LEFT);

        Label heading = new Label(messages.get("about.libraries"));
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox.setMargin(heading, new Insets(4, 0, 0, 0));

        libraries.setId("aboutLibraries");
        libraries.setPlaceholder(new Label(messages.get("about.loading")));
        libraries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the list and the licence text scroll: on a small screen (960×640) they give way so the dialog fits
        libraries.setPrefHeight(190);
        libraries.setMinHeight(110);
        libraries.getColumns().add(column(messages.get("about.col.library"), Library::name, 210));
        libraries.getColumns().add(column(messages.get("about.col.version"), Library::version, 90));
        libraries.getColumns().add(column(messages.get("about.col.licence"), Library::licence, 260));
        libraries.getSelectionModel().selectedItemProperty().addListener((obs, old, library) -> showLicence(library));

        // always in view below the list (no expanding): the dialog keeps one size that fits small screens
        licenceHeading.setId("aboutLicenceHeading");
        licenceHeading.getStyleClass().add(Styles.TEXT_BOLD);
        licenceText.setEditable(false);
        licenceText.setWrapText(false); // licence texts are laid out in lines of their own
        licenceText.setPrefRowCount(8);
        licenceText.setMinHeight(90);
        licenceText.setId("aboutLicenceText");
        licenceText.getStyleClass().add("about-licence-text");

        VBox content = new VBox(8, header, heading, libraries, licenceHeading, licenceText);
        content.setPadding(new Insets(16, 16, 4, 16));
        VBox.setVgrow(libraries, Priority.ALWAYS);
        VBox.setVgrow(licenceText, Priority.ALWAYS);
        return content;
    }

    private static TableColumn<Library, String> column(String title, Function<Library, String> value,
                                                       double width) {
        TableColumn<Library, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void fill(Facts facts) {
        appVersion = facts.version();
        version.setText(appVersion == null ? messages.get("about.versionUnknown")
                : messages.format("about.version", appVersion));
        libraries.getItems().setAll(facts.libraries());
        libraries.getSelectionModel().selectFirst(); // its licence text shows at once
    }

    private void showLicence(Library library) {
        if (library == null) {
            return;
        }
        licenceHeading.setText(messages.format("about.licenceTextFor", library.name(), library.licence()));
        Tasks.create(() -> ThirdPartyLibraries.licenceText(library))
                .onSuccess(text -> {
                    // the user may have picked another library meanwhile
                    if (library.equals(libraries.getSelectionModel().getSelectedItem())) {
                        licenceText.setText(library.website() + "\n\n" + text);
                        licenceText.positionCaret(0);
                    }
                })
                .onError(error -> licenceText.setText(messages.format("about.loadFailed",
                        String.valueOf(error.getMessage()))))
                .runOn(runner);
    }

    /** Version, runtime, system and libraries as plain text, for a bug report or a licence review. */
    private void copyDetails() {
        List<String> lines = new ArrayList<>();
        lines.add("NetJournal " + (appVersion == null ? messages.get("about.versionUnknown") : appVersion));
        lines.add("Java " + javaVersion() + ", JavaFX " + javaFxVersion());
        lines.add(System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "") + " ("
                + System.getProperty("os.arch", "") + ")");
        lines.add("");
        for (Library library : libraries.getItems()) {
            lines.add(library.name() + " " + library.version() + ": " + library.licence());
        }
        ClipboardContent clip = new ClipboardContent();
        clip.putString(String.join("\n", lines) + "\n");
        Clipboard.getSystemClipboard().setContent(clip);
    }

    private static String javaVersion() {
        String vendor = System.getProperty("java.vendor", "");
        String version = System.getProperty("java.runtime.version", System.getProperty("java.version", "?"));
        return vendor.isBlank() ? version : version + " (" + vendor + ")";
    }

    private static String javaFxVersion() {
        return System.getProperty("javafx.runtime.version", "?");
    }
}
