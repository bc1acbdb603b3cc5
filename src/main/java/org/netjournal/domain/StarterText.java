package org.netjournal.domain;

import java.util.Optional;

/**
 * The example drafts NetJournal offers to start with (issue 16, point 7): the hardest first words of a shy
 * networker. Their titles and texts are in the resource bundles ({@code starter.<code>.title}/{@code .text}), so a
 * starter is written in the language of the window at the time it is added; from then on it is a draft like any
 * other, marked as an example until the user edits it.
 */
public enum StarterText {
    REQUEST_COLLEAGUE("request-colleague"),
    REQUEST_NOT_MET_YET("request-not-met"),
    THANK_YOU_COMMENT("thank-you-comment"),
    INTRODUCE_IN_GROUP("introduce-in-group"),
    ENJOYED_YOUR_TALK("enjoyed-talk");

    private final String code;

    StarterText(String code) {
        this.code = code;
    }

    /** Stable code used in the database and in exports. */
    public String code() {
        return code;
    }

    public static Optional<StarterText> fromCode(String code) {
        for (StarterText starter : values()) {
            if (starter.code.equalsIgnoreCase(code)) {
                return Optional.of(starter);
            }
        }
        return Optional.empty();
    }
}
