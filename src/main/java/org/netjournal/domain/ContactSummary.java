package org.netjournal.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One table row: everything the contacts table shows and filters on. Text fields are never null (empty when
 * unknown); {@code networks} keeps the order of {@link Network}; {@code lastInteraction} is null when nothing
 * was logged yet. "Next due" is derived here, never stored.
 */
public record ContactSummary(long id, String firstName, String lastName, String company, String role,
                             Set<Network> networks, ComfortStage stage, Cadence cadence, List<String> tags,
                             String notes, String email, List<String> profileUrls, LocalDate lastInteraction,
                             LocalDate addedOn) {

    public ContactSummary {
        firstName = Objects.requireNonNullElse(firstName, "");
        lastName = Objects.requireNonNullElse(lastName, "");
        company = Objects.requireNonNullElse(company, "");
        role = Objects.requireNonNullElse(role, "");
        networks = NetworkSets.shared(networks);
        stage = Objects.requireNonNullElse(stage, ComfortStage.OBSERVE);
        cadence = Objects.requireNonNullElse(cadence, Cadence.NONE);
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
        notes = Objects.requireNonNullElse(notes, "");
        email = Objects.requireNonNullElse(email, "");
        profileUrls = List.copyOf(Objects.requireNonNullElse(profileUrls, List.of()));
    }

    /**
     * The row for {@code contact} (e.g. right after saving it) given its last interaction (null when none).
     * {@code addedOn} is the day of {@link Contact#createdAt()} in the system time zone.
     */
    public static ContactSummary of(Contact contact, LocalDate lastInteraction) {
        Set<Network> networks = EnumSet.noneOf(Network.class);
        List<String> urls = new ArrayList<>(contact.profiles().size());
        for (ProfileLink profile : contact.profiles()) {
            networks.add(profile.network());
            urls.add(profile.url());
        }
        return new ContactSummary(contact.id(), contact.firstName(), contact.lastName(), contact.company(),
                contact.role(), networks, contact.stage(), contact.cadence(), contact.tags(), contact.notes(),
                contact.email(), urls, lastInteraction, LocalDate.ofInstant(contact.createdAt(), ZoneId.systemDefault()));
    }

    /**
     * By last name, then first name, ignoring case and diacritics (see {@link ContactFilter#FOLDED_ORDER});
     * names equal that way are ordered by their exact text, then by id.
     */
    public static final Comparator<ContactSummary> BY_NAME = (a, b) -> {
        int order = ContactFilter.compareFoldedOnly(a.lastName, b.lastName);
        if (order == 0) {
            order = ContactFilter.compareFoldedOnly(a.firstName, b.firstName);
        }
        if (order == 0) {
            order = a.lastName.compareTo(b.lastName);
        }
        if (order == 0) {
            order = a.firstName.compareTo(b.firstName);
        }
        return order != 0 ? order : Long.compare(a.id, b.id);
    };

    /** Most overdue first; contacts without a cadence (never due) last. */
    public static final Comparator<ContactSummary> BY_NEXT_DUE = Comparator
            .comparing((ContactSummary s) -> s.nextDue().orElse(LocalDate.MAX))
            .thenComparing(BY_NAME);

    /**
     * Initials only, e.g. "A. S." for Anna Schmidt: what leaves the journal when the user chooses not to put names
     * into a calendar that syncs to a cloud service. "?" when the contact has no name.
     */
    public String initials() {
        StringBuilder initials = new StringBuilder();
        for (String part : fullName().split("\\s+")) {
            if (!part.isEmpty()) {
                initials.append(initials.isEmpty() ? "" : " ").appendCodePoint(part.codePointAt(0)).append('.');
            }
        }
        return initials.isEmpty() ? "?" : initials.toString();
    }

    public String fullName() {
        return (firstName.strip() + " " + lastName.strip()).strip();
    }

    /** Last interaction (else the day the contact was added) plus the cadence; empty without a cadence. */
    public Optional<LocalDate> nextDue() {
        return ContactRules.nextDue(cadence, lastInteraction, addedOn);
    }

    /** Next due today or earlier. */
    public boolean isDueNow(LocalDate today) {
        return ContactRules.isDueNow(nextDue(), today);
    }

    /** Due within {@link ContactRules#DUE_WINDOW_DAYS} days of {@code today}, overdue included. */
    public boolean isDue(LocalDate today) {
        return ContactRules.isDue(nextDue(), today);
    }

    /** A copy with another last interaction, e.g. after logging one. */
    public ContactSummary withLastInteraction(LocalDate date) {
        return new ContactSummary(id, firstName, lastName, company, role, networks, stage, cadence, tags, notes,
                email, profileUrls, date, addedOn);
    }
}
