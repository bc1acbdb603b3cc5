package org.netjournal.domain;

import java.util.Objects;

/** A piece of a shown text; {@code highlighted} when it is a word the search matched. */
public record TextSpan(String text, boolean highlighted) {

    public TextSpan {
        Objects.requireNonNull(text, "text");
    }
}
