package org.netjournal.domain;

import java.util.Optional;

/** What happened between the user and a contact, and which rung of the comfort ladder it stands for. */
public enum InteractionKind {
    VIEWED_PROFILE("viewed-profile", ComfortStage.OBSERVE),
    LIKED("liked", ComfortStage.LIKE),
    COMMENTED("commented", ComfortStage.COMMENT),
    REQUEST_SENT("request-sent", ComfortStage.CONNECT),
    CONNECTED("connected", ComfortStage.CONNECT),
    MESSAGED("messaged", ComfortStage.MESSAGE),
    MET("met", ComfortStage.MEET),
    OTHER("other", null);

    private final String code;
    private final ComfortStage rung;

    InteractionKind(String code, ComfortStage rung) {
        this.code = code;
        this.rung = rung;
    }

    public String code() {
        return code;
    }

    /** The comfort stage this kind of interaction reaches; empty for "other". */
    public Optional<ComfortStage> rung() {
        return Optional.ofNullable(rung);
    }

    public static Optional<InteractionKind> fromCode(String code) {
        for (InteractionKind kind : values()) {
            if (kind.code.equalsIgnoreCase(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
