package org.netjournal.domain;

import java.util.Optional;

/**
 * The groups of people step 5 asks the user to think of: first those they already know, later people and
 * companies outside their own field. A target contact may belong to one of them (or to none: simply "on my list").
 */
public enum FocusGroup {
    COLLEAGUES("colleagues"),
    FRIENDS("friends"),
    ACQUAINTANCES("acquaintances"),
    OUTSIDE_MY_FIELD("outside-field"),
    COMPANIES("companies");

    private final String code;

    FocusGroup(String code) {
        this.code = code;
    }

    /** Stable code used in the database and in exports. */
    public String code() {
        return code;
    }

    public static Optional<FocusGroup> fromCode(String code) {
        for (FocusGroup group : values()) {
            if (group.code.equalsIgnoreCase(code)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
