package org.netjournal.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Optional;
import javafx.application.Application;

/** The two AtlantaFX looks the user can choose. */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private final String code;

    Theme(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS()); // pre-parsed binary CSS: faster start
    }

    public static Optional<Theme> fromCode(String code) {
        for (Theme theme : values()) {
            if (theme.code.equals(code)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
