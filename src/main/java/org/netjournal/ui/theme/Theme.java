package org.netjournal.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.Optional;
import javafx.application.Application;

/**
 * The looks the user can choose: follow the system, or always light or dark (AtlantaFX Primer).
 * {@link #SYSTEM} shows what {@link SystemThemeDetector} last found; detecting runs a small command, so it
 * happens on a background thread and is handed in with {@link #setSystemPrefersDark}.
 */
public enum Theme {
    SYSTEM("system"),
    LIGHT("light"),
    DARK("dark");

    /** New journals follow the system. */
    public static final Theme DEFAULT = SYSTEM;

    // written and read on the JavaFX thread only
    private static boolean systemPrefersDark;
    // the look last given to JavaFX (null: none yet); JavaFX thread only
    private static Boolean appliedDark;

    private final String code;

    Theme(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** True when this choice shows the dark look right now. */
    public boolean showsDark() {
        return this == DARK || this == SYSTEM && systemPrefersDark;
    }

    public void apply() {
        boolean dark = showsDark();
        if (appliedDark != null && appliedDark == dark) {
            return; // setting the same stylesheet again would parse it again (at start: tens of milliseconds)
        }
        appliedDark = dark;
        Application.setUserAgentStylesheet(stylesheet(dark));
    }

    /**
     * The theme without the rules of controls the app never shows ({@link TrimmedTheme}, made by the build); AtlantaFX's
     * whole stylesheet only when started from classes that skipped that build step (an IDE's own compiler).
     * Both are pre-parsed binary CSS: a faster start than parsing text.
     */
    public static String stylesheet(boolean dark) {
        URL trimmed = TrimmedTheme.binary(dark);
        if (trimmed != null) {
            return trimmed.toExternalForm();
        }
        return dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
    }

    /** What the system prefers, as detected; call {@link #apply()} afterwards to show it. */
    public static void setSystemPrefersDark(boolean dark) {
        systemPrefersDark = dark;
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
