package org.netjournal.io;

import java.util.List;
import java.util.Objects;

/**
 * A text for the user as a message key of the {@code messages} bundle and its {@link java.text.MessageFormat}
 * arguments, e.g. {@code import.error.noName}. The UI and the command line format it. Arguments are strings
 * (numbers too, already written out: line 1234 is not "1,234").
 */
public record ImportMessage(String key, List<Object> args) {

    public ImportMessage {
        Objects.requireNonNull(key);
        args = List.copyOf(args);
    }

    public static ImportMessage of(String key, Object... args) {
        return new ImportMessage(key, List.of(args));
    }

    /** The arguments as an array, as {@code Messages.format(key, args)} takes them. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
