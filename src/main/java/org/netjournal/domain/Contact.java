package org.netjournal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A target contact. {@code id} is 0 before the contact is saved. Text fields are never null (empty when
 * unknown); {@code connectedOn} may be null.
 */
public record Contact(long id, String firstName, String lastName, String company, String role,
                      List<ProfileLink> profiles, String email, String howWeMet, List<String> tags,
                      ComfortStage stage, Cadence cadence, String notes, ContactSource source,
                      LocalDate connectedOn, Instant createdAt) {

    public Contact {
        firstName = Objects.requireNonNullElse(firstName, "");
        lastName = Objects.requireNonNullElse(lastName, "");
        company = Objects.requireNonNullElse(company, "");
        role = Objects.requireNonNullElse(role, "");
        profiles = List.copyOf(Objects.requireNonNullElse(profiles, List.of()));
        email = Objects.requireNonNullElse(email, "");
        howWeMet = Objects.requireNonNullElse(howWeMet, "");
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
        stage = Objects.requireNonNullElse(stage, ComfortStage.OBSERVE);
        cadence = Objects.requireNonNullElse(cadence, Cadence.NONE);
        notes = Objects.requireNonNullElse(notes, "");
        source = Objects.requireNonNullElse(source, ContactSource.MANUAL);
        createdAt = Objects.requireNonNullElse(createdAt, Instant.EPOCH);
    }

    /** A new, unsaved contact with just a name. */
    public static Contact named(String firstName, String lastName) {
        return new Contact(0, firstName, lastName, "", "", List.of(), "", "", List.of(), ComfortStage.OBSERVE,
                Cadence.NONE, "", ContactSource.MANUAL, null, Instant.now());
    }

    public String fullName() {
        return (firstName.strip() + " " + lastName.strip()).strip();
    }

    public Contact withId(long newId) {
        return new Contact(newId, firstName, lastName, company, role, profiles, email, howWeMet, tags, stage,
                cadence, notes, source, connectedOn, createdAt);
    }

    public Contact withProfiles(List<ProfileLink> newProfiles) {
        return new Contact(id, firstName, lastName, company, role, newProfiles, email, howWeMet, tags, stage,
                cadence, notes, source, connectedOn, createdAt);
    }

    public Contact withStage(ComfortStage newStage) {
        return new Contact(id, firstName, lastName, company, role, profiles, email, howWeMet, tags, newStage,
                cadence, notes, source, connectedOn, createdAt);
    }
}
