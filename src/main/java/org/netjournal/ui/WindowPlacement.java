package org.netjournal.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: where the user left it, unless that place is no longer on any screen (a monitor
 * was unplugged), in which case the default size centred on the primary screen.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    public static final double DEFAULT_WIDTH = 1320;
    public static final double DEFAULT_HEIGHT = 840;
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 600;
    /** How much of the title bar must be on a screen for the window to be reachable. */
    private static final double GRIP = 80;

    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";

    public static Optional<WindowPlacement> fromSettings(Map<String, String> settings) {
        try {
            return Optional.of(new WindowPlacement(
                    Double.parseDouble(settings.get(X)), Double.parseDouble(settings.get(Y)),
                    Double.parseDouble(settings.get(WIDTH)), Double.parseDouble(settings.get(HEIGHT)),
                    Boolean.parseBoolean(settings.get(MAXIMIZED))));
        } catch (NullPointerException | NumberFormatException missing) {
            return Optional.empty();
        }
    }

    public Map<String, String> toSettings() {
        return Map.of(X, Double.toString(x), Y, Double.toString(y), WIDTH, Double.toString(width),
                HEIGHT, Double.toString(height), MAXIMIZED, Boolean.toString(maximized));
    }

    /**
     * The saved placement if its title bar is reachable on one of {@code screens} (visual bounds), else the
     * default centred on {@code primary}. Sizes are clamped to the screen and the minimum.
     */
    public static WindowPlacement choose(Optional<WindowPlacement> saved, List<Rectangle2D> screens,
                                         Rectangle2D primary) {
        if (saved.isPresent()) {
            WindowPlacement s = saved.get();
            Rectangle2D titleBar = new Rectangle2D(s.x, s.y, Math.max(1, s.width), 30);
            for (Rectangle2D screen : screens) {
                if (overlap(titleBar, screen) >= GRIP) {
                    double width = clamp(s.width, MIN_WIDTH, Math.max(MIN_WIDTH, screen.getWidth()));
                    double height = clamp(s.height, MIN_HEIGHT, Math.max(MIN_HEIGHT, screen.getHeight()));
                    double y = clamp(s.y, screen.getMinY(), Math.max(screen.getMinY(), screen.getMaxY() - GRIP));
                    return new WindowPlacement(s.x, y, width, height, s.maximized);
                }
            }
        }
        double width = Math.min(DEFAULT_WIDTH, Math.max(MIN_WIDTH, primary.getWidth() - 40));
        double height = Math.min(DEFAULT_HEIGHT, Math.max(MIN_HEIGHT, primary.getHeight() - 40));
        return new WindowPlacement(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height,
                saved.map(WindowPlacement::maximized).orElse(false));
    }

    private static double overlap(Rectangle2D bar, Rectangle2D screen) {
        if (!bar.intersects(screen)) {
            return 0;
        }
        double left = Math.max(bar.getMinX(), screen.getMinX());
        double right = Math.min(bar.getMaxX(), screen.getMaxX());
        double top = Math.max(bar.getMinY(), screen.getMinY());
        double bottom = Math.min(bar.getMaxY(), screen.getMaxY());
        return bottom > top ? right - left : 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
