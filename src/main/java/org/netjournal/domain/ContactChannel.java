package org.netjournal.domain;

import java.util.Objects;

/**
 * One e-mail address or phone number of a contact, with the label its address book gave it ("work", "cell",
 * empty when none) and whether the file marked it as the preferred one. Kept as written: a phone number is not
 * reformatted, so what the user sees is what their address book showed.
 */
public record ContactChannel(String value, String label, boolean preferred) {

    public ContactChannel {
        value = Objects.requireNonNullElse(value, "").strip();
        label = Objects.requireNonNullElse(label, "").strip();
    }

    /** An unlabelled, not preferred address or number. */
    public static ContactChannel of(String value) {
        return new ContactChannel(value, "", false);
    }
}
