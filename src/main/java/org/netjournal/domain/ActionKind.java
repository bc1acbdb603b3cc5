package org.netjournal.domain;

import java.util.Optional;

/**
 * What the user counts in a session and sets weekly goals for. {@link #LOOKED_AROUND} is sightseeing (step 4:
 * accounts followed, profiles and pages looked at): it counts only for a goal set for it, never for posting goals.
 */
public enum ActionKind {
    POSTS("posts"),
    COMMENTS("comments"),
    LIKES("likes"),
    NEW_CONNECTIONS("new-connections"),
    MESSAGES("messages"),
    LOOKED_AROUND("looked-around");

    private final String code;

    ActionKind(String code) {
        this.code = code;
    }

    /** Stable code used in the database and in exports. */
    public String code() {
        return code;
    }

    public static Optional<ActionKind> fromCode(String code) {
        for (ActionKind kind : values()) {
            if (kind.code.equalsIgnoreCase(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
