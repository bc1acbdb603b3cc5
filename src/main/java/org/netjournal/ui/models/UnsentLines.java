package org.netjournal.ui.models;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.ui.common.Autosave;

/**
 * The one-line "add" boxes whose words wait for a button (the post planner's new idea, step 5's name of a person
 * to put on the list): what is typed there is kept like any typed text, through the window's {@link Autosave}
 * into the journal's settings, so it survives a page change, Ctrl+Q, a close and an ended process, and is back in
 * the box at the next start. Adding clears the box and with it the stored line.
 *
 * <p>The lines live as long as the window: step pages are rebuilt each time they are shown and bind to them again.
 */
public final class UnsentLines {

    /** An add box and the setting its unsent line is kept under. */
    public enum Box {
        POST_IDEA,
        TARGET_NAME;

        /** The setting the line is kept under (names the file keeps: never rename them). */
        public String setting() {
            return switch (this) {
                case POST_IDEA -> "unsentPostIdea";
                case TARGET_NAME -> "unsentTargetName";
            };
        }
    }

    /** The autosave key of one box's line. */
    private record Key(Box box) {
    }

    private final SettingsRepository settings;
    private final Autosave autosave;
    private final Map<Box, StringProperty> lines = new EnumMap<>(Box.class);

    /** @param stored the journal's settings as read when it was opened (the lines kept by the last run) */
    public UnsentLines(SettingsRepository settings, Map<String, String> stored, Autosave autosave) {
        this.settings = settings;
        this.autosave = autosave;
        for (Box box : Box.values()) {
            StringProperty line = new SimpleStringProperty(stored.getOrDefault(box.setting(), ""));
            line.addListener((obs, old, text) -> edited(box, text));
            lines.put(box, line);
        }
    }

    /** The line of {@code box} as typed and not added yet. */
    public StringProperty line(Box box) {
        return lines.get(box);
    }

    /** Keeps what {@code field} holds as the unsent line of {@code box}, written at once when the field is left. */
    public void keep(TextField field, Box box) {
        field.textProperty().bindBidirectional(lines.get(box));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                autosave.flush();
            }
        });
    }

    private void edited(Box box, String text) {
        autosave.edited(new Key(box), () -> {
            settings.put(box.setting(), text);
            return null;
        }, ignored -> { });
    }
}
