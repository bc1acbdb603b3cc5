package org.netjournal.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** The text of choices the user picks from a list (combo boxes), never types: one converter for all of them. */
public final class PickedChoices {

    private PickedChoices() {
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
