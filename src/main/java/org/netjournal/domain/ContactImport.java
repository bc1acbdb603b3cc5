package org.netjournal.domain;

import java.util.List;
import java.util.Objects;

/**
 * One contact to import: inserted when {@code updateExistingId} is null, else it replaces the fields of the
 * contact with that id. Its {@code interactions} are added (their ids and contact ids are ignored).
 */
public record ContactImport(Contact contact, List<Interaction> interactions, Long updateExistingId) {

    public ContactImport {
        Objects.requireNonNull(contact);
        interactions = List.copyOf(Objects.requireNonNullElse(interactions, List.of()));
    }

    /** A new contact without interactions. */
    public static ContactImport insert(Contact contact) {
        return new ContactImport(contact, List.of(), null);
    }
}
