package org.netjournal.domain;

import java.util.Optional;

/** Where a planned post is: an idea, a draft being written, or posted (then it counts towards posting goals). */
public enum PostStatus {
    IDEA("idea"),
    DRAFT("draft"),
    POSTED("posted");

    private final String code;

    PostStatus(String code) {
        this.code = code;
    }

    /** Stable code used in the database and in exports. */
    public String code() {
        return code;
    }

    public static Optional<PostStatus> fromCode(String code) {
        for (PostStatus status : values()) {
            if (status.code.equalsIgnoreCase(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
