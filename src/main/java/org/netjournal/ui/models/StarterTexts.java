package org.netjournal.ui.models;

import org.netjournal.domain.Draft;
import org.netjournal.domain.StarterText;
import org.netjournal.i18n.Messages;

/** The starter texts' words in the window's language (bundle {@code strategy}: {@code starter.<code>.*}). */
public final class StarterTexts {

    private StarterTexts() {
    }

    /** The starter as a new draft for any network, in the language of {@code messages}. */
    public static Draft draft(StarterText starter, Messages messages) {
        return Draft.of(null, messages.get("starter." + starter.code() + ".title"),
                messages.get("starter." + starter.code() + ".text"));
    }
}
