package org.netjournal.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reusable text (connection request, first comment) for one network or any ({@code network == null}).
 * {@code id} is 0 before saving. The text may hold placeholders that {@link #fill(Contact)} replaces:
 * {@value #FIRST_NAME}, {@value #LAST_NAME}, {@value #FULL_NAME} and {@value #COMPANY}. Placeholders are
 * matched exactly (case-sensitive); anything else in braces is left alone.
 */
public record Draft(long id, Network network, String title, String text) {

    public static final String FIRST_NAME = "{firstName}";
    public static final String LAST_NAME = "{lastName}";
    public static final String FULL_NAME = "{fullName}";
    public static final String COMPANY = "{company}";

    /** Every placeholder {@link #fill(Contact)} knows, in the order the UI offers them. */
    public static final List<String> PLACEHOLDERS = List.of(FIRST_NAME, LAST_NAME, FULL_NAME, COMPANY);

    public Draft {
        title = Objects.requireNonNullElse(title, "");
        text = Objects.requireNonNullElse(text, "");
    }

    public static Draft of(Network network, String title, String text) {
        return new Draft(0, network, title, text);
    }

    /**
     * The text with the contact's values in place of the placeholders (stripped; an empty value when the
     * contact has none, e.g. a company card has no first name).
     */
    public String fill(Contact contact) {
        Map<String, String> values = Map.of(FIRST_NAME, contact.firstName().strip(),
                LAST_NAME, contact.lastName().strip(), FULL_NAME, contact.fullName(),
                COMPANY, contact.company().strip());
        // one pass over the text: a value that itself looks like a placeholder is not replaced again
        StringBuilder filled = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            String placeholder = text.charAt(i) == '{' ? placeholderAt(i) : null;
            if (placeholder == null) {
                filled.append(text.charAt(i++));
            } else {
                filled.append(values.get(placeholder));
                i += placeholder.length();
            }
        }
        return filled.toString();
    }

    private String placeholderAt(int index) {
        for (String placeholder : PLACEHOLDERS) {
            if (text.startsWith(placeholder, index)) {
                return placeholder;
            }
        }
        return null;
    }

    /** Whether the text uses any placeholder (otherwise "Copy for …" needs no contact). */
    public boolean hasPlaceholders() {
        return PLACEHOLDERS.stream().anyMatch(text::contains);
    }

    public Draft withId(long newId) {
        return new Draft(newId, network, title, text);
    }
}
