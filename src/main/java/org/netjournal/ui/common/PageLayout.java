package org.netjournal.ui.common;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The shared frame of a scrolling page (content centred at the top, at most a readable width, same padding) and
 * the icon tile its header starts with.
 */
public final class PageLayout {

    private PageLayout() {
    }

    public static void centre(ScrollPane scroll, Region content, double maxWidth) {
        content.setPadding(new Insets(26, 32, 32, 32));
        // in em, so the column grows with View → Zoom (14 px is the theme's text size at 100 %)
        content.setStyle(String.format(Locale.ROOT, "-fx-max-width: %.2fem;", maxWidth / 14));
        StackPane centred = new StackPane(content);
        StackPane.setAlignment(content, Pos.TOP_CENTER);
        scroll.setContent(centred);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-page-scroll");
    }

    /** The large icon on its tinted tile at the start of a page's header. */
    public static StackPane iconTile(Ikon icon) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("page-icon");
        StackPane tile = new StackPane(glyph);
        tile.getStyleClass().add("page-icon-tile");
        return tile;
    }

    /** A card's quiet hint ("nothing due"): wrapped, never cut short. */
    public static Label cardHint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("card-hint");
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A section's small, muted explanation under its heading: wrapped, never cut short. */
    public static Label sectionHint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }
}
