package org.netjournal.domain;

import java.util.Optional;

/**
 * One line of a chosen network's checklists (step 3): the profile items (account, photo, headline, about,
 * experience) and the privacy items (who sees my connections, my contact details, my activity; found by e-mail or
 * phone; two-factor sign-in). Which of them a network has, and where to find each, is {@link NetworkGuide}'s.
 */
public enum NetworkCheck {
    ACCOUNT("account", false),
    PHOTO("photo", false),
    HEADLINE("headline", false),
    ABOUT("about", false),
    EXPERIENCE("experience", false),
    CONNECTIONS("connections", true),
    CONTACT_DETAILS("contact-details", true),
    ACTIVITY("activity", true),
    SEARCHABLE("searchable", true),
    TWO_FACTOR("two-factor", true);

    private final String code;
    private final boolean privacy;

    NetworkCheck(String code, boolean privacy) {
        this.code = code;
        this.privacy = privacy;
    }

    /** Stable code used in the database and in exports. */
    public String code() {
        return code;
    }

    /** True for the privacy checklist, false for the profile checklist. */
    public boolean isPrivacy() {
        return privacy;
    }

    public static Optional<NetworkCheck> fromCode(String code) {
        for (NetworkCheck check : values()) {
            if (check.code.equals(code)) {
                return Optional.of(check);
            }
        }
        return Optional.empty();
    }
}
