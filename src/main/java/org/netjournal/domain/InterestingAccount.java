package org.netjournal.domain;

import java.util.Objects;

/**
 * An account, page or hashtag worth following, noted while looking around (step 4): a name or handle, the network
 * (null when any or unknown), a link and why it is interesting. {@code id} is 0 before saving.
 *
 * <p>The link is kept as typed when it is no web address ("#introverts", "@anna"), and gets {@code https://} when
 * it is one without ({@link ContactValidation#profileUrl}): a note is never refused.
 */
public record InterestingAccount(long id, String name, Network network, String link, String why) {

    public InterestingAccount {
        name = Objects.requireNonNullElse(name, "").strip();
        link = Objects.requireNonNullElse(link, "").strip();
        link = ContactValidation.profileUrl(link).orElse(link);
        why = Objects.requireNonNullElse(why, "").strip();
        if (name.isEmpty() && link.isEmpty()) {
            throw new IllegalArgumentException("An interesting account needs a name, a handle or a link");
        }
    }

    public static InterestingAccount of(String name, Network network, String link, String why) {
        return new InterestingAccount(0, name, network, link, why);
    }

    /** What lists show: the name, else the link. */
    public String label() {
        return name.isEmpty() ? link : name;
    }

    public InterestingAccount withId(long newId) {
        return new InterestingAccount(newId, name, network, link, why);
    }
}
