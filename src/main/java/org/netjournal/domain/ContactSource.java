package org.netjournal.domain;

import java.util.Optional;

/** Where a contact came from. */
public enum ContactSource {
    MANUAL("manual"), LINKEDIN("linkedin"), VCARD("vcard"), JSON("json"),
    /** An address book's CSV export (Google Contacts, Outlook, Thunderbird). */
    CSV("csv");

    private final String code;

    ContactSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ContactSource> fromCode(String code) {
        for (ContactSource source : values()) {
            if (source.code.equalsIgnoreCase(code)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
