package org.netjournal.domain;

import java.util.Optional;

/** The comfort ladder: small rungs from just looking to meeting. Ordered from lowest to highest. */
public enum ComfortStage {
    OBSERVE("observe"),
    LIKE("like"),
    COMMENT("comment"),
    CONNECT("connect"),
    MESSAGE("message"),
    MEET("meet");

    private final String code;

    ComfortStage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isHigherThan(ComfortStage other) {
        return compareTo(other) > 0;
    }

    public static Optional<ComfortStage> fromCode(String code) {
        for (ComfortStage stage : values()) {
            if (stage.code.equalsIgnoreCase(code)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
