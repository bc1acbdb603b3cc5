package org.netjournal.ui.settings;

import javafx.scene.layout.Region;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.netjournal.files.FolderWarning;
import org.netjournal.i18n.Messages;

/**
 * The words for {@link FolderWarning}s, and the notice at start that shows the ones not yet put away. The notice
 * does not block the window (the user may go on typing) and is remembered once put away ("Don't show again"); a
 * warning that others can read a folder is told once.
 */
public final class FolderWarnings {

    private FolderWarnings() {
    }

    /** One paragraph per warning. */
    public static String text(Messages messages, List<FolderWarning> warnings) {
        return warnings.stream().map(warning -> text(messages, warning)).collect(Collectors.joining("\n\n"));
    }

    static String text(Messages messages, FolderWarning warning) {
        return switch (warning.kind()) {
            case SYNCED -> {
                var synced = warning.synced().orElseThrow();
                yield messages.format("settings.folderWarning.synced", synced.service().displayName(),
                        synced.root().toString(), warning.folder().toString());
            }
            case READABLE_BY_OTHERS -> messages.format("settings.folderWarning.readable", warning.folder().toString());
        };
    }

    /** The settings that remember {@code warnings} as seen (see {@link FolderWarning#dismissalSetting()}). */
    public static Map<String, String> seen(List<FolderWarning> warnings) {
        Map<String, String> settings = new LinkedHashMap<>();
        warnings.forEach(warning -> settings.put(warning.dismissalSetting(), LocalDate.now().toString()));
        return settings;
    }

    /**
     * Shows {@code warnings} over {@code owner} without blocking it. {@code remember} gets the settings to store:
     * at once for the warnings told only once, and for all when the user chooses "Don't show again".
     */
    public static void showAtStart(Window owner, Messages messages, List<FolderWarning> warnings,
                                   Consumer<Map<String, String>> remember) {
        List<FolderWarning> once = warnings.stream()
                .filter(warning -> warning.kind() == FolderWarning.Kind.READABLE_BY_OTHERS).toList();
        if (!once.isEmpty()) {
            remember.accept(seen(once));
        }
        ButtonType dismiss = new ButtonType(messages.get("settings.folderWarning.dismiss"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("settings.folderWarning.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert notice = new Alert(Alert.AlertType.WARNING, text(messages, warnings), dismiss, later);
        notice.initOwner(owner);
        notice.initModality(Modality.NONE); // the window stays usable: a warning, not a question
        notice.setTitle("NetJournal");
        notice.setHeaderText(messages.get("settings.folderWarning.title"));
        notice.getDialogPane().setId("folderWarning");
        notice.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        notice.setOnHidden(event -> {
            if (notice.getResult() == dismiss) {
                remember.accept(seen(warnings));
            }
        });
        notice.show();
    }
}
