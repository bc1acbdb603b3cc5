package org.netjournal.storage;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out one instance per distinct value while a long list is read, so that the 50,000 rows of the contact
 * table share their repeated first names, companies, roles, tag lists and days instead of holding a copy each (on
 * the decade-old journal that is about a third of the table's memory). Meant for one read: drop it afterwards.
 * Values must be immutable; values of different types never meet, since they are never equal.
 */
final class SharedValues {

    private final Map<Object, Object> known = new HashMap<>();

    /** The first value read that equals {@code value} ({@code value} itself when it is new); null stays null. */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null) {
            return null;
        }
        Object first = known.putIfAbsent(value, value);
        return first == null ? value : (T) first;
    }

    /** As {@link #of}, for a text that repeats little (e-mail, notes): only the empty text is shared. */
    static String emptyShared(String text) {
        return text != null && text.isEmpty() ? "" : text;
    }
}
