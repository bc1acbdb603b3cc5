package org.netjournal.app;

import java.util.Map;
import java.util.Optional;
import org.netjournal.ui.theme.Theme;

/**
 * The light or dark look the system was last seen to prefer, kept in the journal's settings. Asking the system runs
 * a small command (gsettings, reg, defaults) whose start costs the window tens of milliseconds on a small machine;
 * with the answer of the last start at hand, the first frame takes that look and the system is asked again after it
 * (the look changes then only if the system's choice changed in between).
 */
final class SystemLook {

    static final String SETTING = "system.look";
    private static final String DARK = "dark";
    private static final String LIGHT = "light";

    private SystemLook() {
    }

    /**
     * What the window can show without asking the system first: empty when the journal follows the system's look and
     * has not seen it yet (the system must be asked before the first frame, or the window would change its look
     * right after it). A journal with a theme of its own needs no answer: light is as good as any.
     */
    static Optional<Boolean> knownPreference(Map<String, String> settings) {
        Theme theme = Optional.ofNullable(settings.get(NetJournalApp.THEME_SETTING)).flatMap(Theme::fromCode)
                .orElse(Theme.DEFAULT);
        if (theme != Theme.SYSTEM) {
            return Optional.of(false);
        }
        String seen = settings.get(SETTING);
        if (DARK.equals(seen)) {
            return Optional.of(true);
        }
        return LIGHT.equals(seen) ? Optional.of(false) : Optional.empty();
    }

    /** The setting that remembers {@code prefersDark}. */
    static Map<String, String> remembered(boolean prefersDark) {
        return Map.of(SETTING, prefersDark ? DARK : LIGHT);
    }

    /** True when {@code settings} already remember {@code prefersDark} (nothing to write). */
    static boolean remembers(Map<String, String> settings, boolean prefersDark) {
        return (prefersDark ? DARK : LIGHT).equals(settings.get(SETTING));
    }
}
