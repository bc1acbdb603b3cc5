package org.netjournal.io;

import java.util.List;
import java.util.stream.Collectors;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannel;
import org.netjournal.domain.ProfileLink;

/** Every field of an imported contact as one text, so a test pins the whole mapping in one readable block. */
final class ContactFields {

    private ContactFields() {
    }

    static String of(Contact c) {
        return String.join("\n",
                "name: " + c.details().namePrefix() + " | " + c.firstName() + " | " + c.details().middleName() + " | "
                        + c.lastName() + " | " + c.details().nameSuffix() + (c.details().organisation() ? " (org)" : ""),
                "company: " + c.company(),
                "role: " + c.role(),
                "email: " + c.email(),
                "emails: " + channels(c.details().emails()),
                "phones: " + channels(c.details().phones()),
                "profiles: " + c.profiles().stream().map(ContactFields::profile).collect(Collectors.joining(", ")),
                "tags: " + String.join(", ", c.tags()),
                "notes: " + c.notes().replace("\n", "⏎"),
                "how we met: " + c.howWeMet(),
                "stage: " + c.stage().code() + ", cadence: " + c.cadence().code() + ", source: " + c.source().code()
                        + ", connected on: " + c.connectedOn());
    }

    private static String channels(List<ContactChannel> channels) {
        return channels.stream().map(ch -> (ch.label().isEmpty() ? "" : ch.label() + ": ") + ch.value()
                + (ch.preferred() ? " *" : "")).collect(Collectors.joining(", "));
    }

    private static String profile(ProfileLink link) {
        return link.network().code() + " " + link.url();
    }
}
