package org.netjournal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A target contact. {@code id} is 0 before the contact is saved. Text fields are never null (empty when
 * unknown); {@code connectedOn} may be null.
 *
 * <p>{@code email} is the contact's main e-mail address and always one of {@code details.emails()}: given alone,
 * it becomes the first of them; given blank, it is the preferred (else first) of them.
 */
public record Contact(long id, String firstName, String lastName, String company, String role,
                      List<ProfileLink> profiles, String email, String howWeMet, List<String> tags,
                      ComfortStage stage, Cadence cadence, String notes, ContactSource source,
                      LocalDate connectedOn, Instant createdAt, ContactDetails details) {

    public Contact {
        firstName = Objects.requireNonNullElse(firstName, "");
        lastName = Objects.requireNonNullElse(lastName, "");
        company = Objects.requireNonNullElse(company, "");
        role = Objects.requireNonNullElse(role, "");
        profiles = List.copyOf(Objects.requireNonNullElse(profiles, List.of()));
        email = Objects.requireNonNullElse(email, "").strip();
        howWeMet = Objects.requireNonNullElse(howWeMet, "");
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
        stage = Objects.requireNonNullElse(stage, ComfortStage.OBSERVE);
        cadence = Objects.requireNonNullElse(cadence, Cadence.NONE);
        notes = Objects.requireNonNullElse(notes, "");
        source = Objects.requireNonNullElse(source, ContactSource.MANUAL);
        createdAt = Objects.requireNonNullElse(createdAt, Instant.EPOCH);
        details = Objects.requireNonNullElse(details, ContactDetails.NONE);
        if (email.isEmpty()) {
            email = details.primaryEmail();
        } else {
            details = details.withPrimaryEmail(email);
        }
    }

    /** A contact without {@link ContactDetails} beyond {@code email}. */
    public Contact(long id, String firstName, String lastName, String company, String role,
                   List<ProfileLink> profiles, String email, String howWeMet, List<String> tags,
                   ComfortStage stage, Cadence cadence, String notes, ContactSource source,
                   LocalDate connectedOn, Instant createdAt) {
        this(id, firstName, lastName, company, role, profiles, email, howWeMet, tags, stage, cadence, notes, source,
                connectedOn, createdAt, ContactDetails.NONE);
    }

    /** A new, unsaved contact with just a name. */
    public static Contact named(String firstName, String lastName) {
        return new Contact(0, firstName, lastName, "", "", List.of(), "", "", List.of(), ComfortStage.OBSERVE,
                Cadence.NONE, "", ContactSource.MANUAL, null, Instant.now());
    }

    /**
     * A new, unsaved contact from a name typed in one field: the last word is the last name, the rest the first
     * name ("Anna Maria Berg"); a single word is the first name.
     */
    public static Contact namedAs(String typed) {
        String full = Objects.requireNonNullElse(typed, "").strip();
        int space = full.lastIndexOf(' ');
        return space > 0 ? named(full.substring(0, space).strip(), full.substring(space + 1)) : named(full, "");
    }

    /** First and last name: what duplicates are matched by and what lists show. */
    public String fullName() {
        return (firstName.strip() + " " + lastName.strip()).strip();
    }

    /** The name with prefix, middle names and suffix: "Dr. James Robert Richter Jr.". */
    public String displayName() {
        return Stream.of(details.namePrefix(), firstName.strip(), details.middleName(), lastName.strip(),
                        details.nameSuffix())
                .filter(part -> !part.isEmpty()).collect(Collectors.joining(" "));
    }

    public Contact withId(long newId) {
        return new Contact(newId, firstName, lastName, company, role, profiles, email, howWeMet, tags, stage,
                cadence, notes, source, connectedOn, createdAt, details);
    }

    public Contact withProfiles(List<ProfileLink> newProfiles) {
        return new Contact(id, firstName, lastName, company, role, newProfiles, email, howWeMet, tags, stage,
                cadence, notes, source, connectedOn, createdAt, details);
    }

    public Contact withStage(ComfortStage newStage) {
        return new Contact(id, firstName, lastName, company, role, profiles, email, howWeMet, tags, newStage,
                cadence, notes, source, connectedOn, createdAt, details);
    }

    /** This contact with other details; {@code email} follows the new details when it is not among them. */
    public Contact withDetails(ContactDetails newDetails) {
        ContactDetails next = Objects.requireNonNullElse(newDetails, ContactDetails.NONE);
        boolean kept = next.emails().stream().anyMatch(channel -> channel.value().equalsIgnoreCase(email));
        return new Contact(id, firstName, lastName, company, role, profiles, kept ? email : "", howWeMet, tags,
                stage, cadence, notes, source, connectedOn, createdAt, next);
    }
}
