package org.netjournal.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that happened with a contact on a day. {@code id} is 0 before saving; {@code network} and
 * {@code sessionId} may be null (no network / not logged from a session).
 */
public record Interaction(long id, long contactId, LocalDate date, InteractionKind kind, Network network,
                          String note, Long sessionId) {

    public Interaction {
        Objects.requireNonNull(date);
        Objects.requireNonNull(kind);
        note = Objects.requireNonNullElse(note, "");
    }

    public Interaction withIds(long newId, long newContactId) {
        return new Interaction(newId, newContactId, date, kind, network, note, sessionId);
    }
}
