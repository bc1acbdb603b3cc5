package org.netjournal.ui.common;

import javafx.beans.InvalidationListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import java.util.function.Function;
import javafx.util.StringConverter;

/** The text of choices the user picks from a list (combo boxes), never types: one converter for all of them. */
public final class PickedChoices {

    private PickedChoices() {
    }

    /**
     * Shows each choice of {@code combo} as {@code toText} says, always whole: the box is never narrower than its
     * longest choice (a German "Hat einen Beitrag gelikt" is not cut to "Hat ein…").
     */
    public static <T> void show(ComboBox<T> combo, Function<T, String> toText) {
        combo.setConverter(labelledBy(toText));
        InvalidationListener fit = changed -> combo.setMinWidth(widest(combo, toText));
        combo.getItems().addListener(fit);
        combo.itemsProperty().addListener(fit);
        combo.skinProperty().addListener(fit);
        combo.promptTextProperty().addListener(fit);
        fit.invalidated(null);
    }

    private static <T> double widest(ComboBox<T> combo, Function<T, String> toText) {
        Font font = combo.lookup(".list-cell") instanceof Labeled cell ? cell.getFont() : Font.getDefault();
        double widest = TextWidth.of(combo.getPromptText(), font);
        for (T item : combo.getItems()) {
            widest = Math.max(widest, TextWidth.of(toText.apply(item), font));
        }
        double arrow = combo.lookup(".arrow-button") instanceof Region button ? button.prefWidth(-1) : 32;
        double padding = combo.lookup(".list-cell") instanceof Region cell
                ? cell.snappedLeftInset() + cell.snappedRightInset() : 24;
        return Math.ceil(widest + arrow + padding + combo.snappedLeftInset() + combo.snappedRightInset() + 4);
    }

    /** Shows each choice as {@code toText} says; {@code toText} also gets the empty value (null). */
    public static <T> StringConverter<T> labelledBy(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
