package org.netjournal.domain;

import java.util.List;
import java.util.Objects;

/**
 * A contact the user dealt with in a session, and how. Saving the session logs one {@link Interaction} of
 * {@code kind} on the contact (dated the session's day), which may raise the contact's comfort stage.
 */
public record TouchedContact(long contactId, InteractionKind kind) {

    /** The kind used when the user does not pick one. */
    public static final InteractionKind DEFAULT_KIND = InteractionKind.COMMENTED;

    public TouchedContact {
        if (contactId <= 0) {
            throw new IllegalArgumentException("A touched contact needs a saved contact id, not " + contactId);
        }
        kind = Objects.requireNonNullElse(kind, DEFAULT_KIND);
    }

    public static TouchedContact of(long contactId) {
        return new TouchedContact(contactId, DEFAULT_KIND);
    }

    /** The same kind for every contact, in the given order. */
    public static List<TouchedContact> all(List<Long> contactIds, InteractionKind kind) {
        return contactIds.stream().map(id -> new TouchedContact(id, kind)).toList();
    }
}
