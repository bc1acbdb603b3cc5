package org.netjournal.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * View → Zoom: the text size as a percentage of the theme's, 80–200 % in steps of 10. JavaFX on Linux scales a
 * window only by whole numbers, so people on HiDPI screens need this in between. AtlantaFX sizes paddings and
 * controls from the root's font size, so setting that one size scales the whole window.
 */
public record TextSize(int percent) {

    public static final int MIN = 80;
    public static final int MAX = 200;
    public static final int STEP = 10;
    public static final TextSize NORMAL = new TextSize(100);
    static final String SETTING = "text.size";
    /** AtlantaFX Primer's root font size. */
    private static final double BASE_PX = 14;

    public TextSize {
        percent = Math.max(MIN, Math.min(MAX, percent));
    }

    public static TextSize fromSettings(Map<String, String> settings) {
        try {
            return Optional.ofNullable(settings.get(SETTING)).map(Integer::parseInt).map(TextSize::new)
                    .orElse(NORMAL);
        } catch (NumberFormatException unreadable) {
            return NORMAL;
        }
    }

    public Map<String, String> toSettings() {
        return Map.of(SETTING, Integer.toString(percent));
    }

    public TextSize larger() {
        return new TextSize(percent + STEP);
    }

    public TextSize smaller() {
        return new TextSize(percent - STEP);
    }

    /** The inline style for a window's root node; empty at 100 %, so the theme's own size applies. */
    public String rootStyle() {
        return percent == 100 ? "" : String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                BASE_PX * percent / 100);
    }
}
