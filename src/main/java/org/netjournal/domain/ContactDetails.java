package org.netjournal.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What contact files say about a person beyond first and last name: the other parts of a vCard {@code N}
 * (middle names, prefix such as "Dr.", suffix such as "Jr."), whether the contact is an organisation rather
 * than a person (Apple's {@code X-ABShowAs:COMPANY}, vCard 4.0 {@code KIND:org}), and every e-mail address and
 * phone number in the file's order. Kept apart from the first name on purpose: drafts greet people with
 * {@code {firstName}}, which must be the given name only ("Hi James", not "Hi James Robert").
 *
 * <p>Blank addresses are dropped; an address given twice (e-mail ignoring case) is kept once, the first wins.
 */
public record ContactDetails(String middleName, String namePrefix, String nameSuffix, boolean organisation,
                             List<ContactChannel> emails, List<ContactChannel> phones) {

    public static final ContactDetails NONE = new ContactDetails("", "", "", false, List.of(), List.of());

    public ContactDetails {
        middleName = Objects.requireNonNullElse(middleName, "").strip();
        namePrefix = Objects.requireNonNullElse(namePrefix, "").strip();
        nameSuffix = Objects.requireNonNullElse(nameSuffix, "").strip();
        emails = distinct(emails, true);
        phones = distinct(phones, false);
    }

    private static List<ContactChannel> distinct(List<ContactChannel> channels, boolean ignoreCase) {
        List<ContactChannel> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ContactChannel channel : Objects.requireNonNullElse(channels, List.<ContactChannel>of())) {
            if (channel == null || channel.value().isEmpty()) {
                continue;
            }
            String key = ignoreCase ? channel.value().toLowerCase(Locale.ROOT) : channel.value();
            if (seen.add(key)) {
                result.add(channel);
            }
        }
        return List.copyOf(result);
    }

    /** The preferred e-mail address, else the first one, else "". */
    public String primaryEmail() {
        return emails.stream().filter(ContactChannel::preferred).findFirst()
                .or(() -> emails.stream().findFirst()).map(ContactChannel::value).orElse("");
    }

    /** These details with {@code email} among the e-mail addresses (first, when it was not there yet). */
    public ContactDetails withPrimaryEmail(String email) {
        String value = Objects.requireNonNullElse(email, "").strip();
        if (value.isEmpty() || emails.stream().anyMatch(channel -> channel.value().equalsIgnoreCase(value))) {
            return this;
        }
        List<ContactChannel> all = new ArrayList<>();
        all.add(ContactChannel.of(value));
        all.addAll(emails);
        return withChannels(all, phones);
    }

    public ContactDetails withChannels(List<ContactChannel> newEmails, List<ContactChannel> newPhones) {
        return new ContactDetails(middleName, namePrefix, nameSuffix, organisation, newEmails, newPhones);
    }

    public ContactDetails withOrganisation(boolean isOrganisation) {
        return new ContactDetails(middleName, namePrefix, nameSuffix, isOrganisation, emails, phones);
    }
}
