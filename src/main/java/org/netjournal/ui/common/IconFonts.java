package org.netjournal.ui.common;

import org.kordamp.ikonli.FontLoader;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;
import org.kordamp.ikonli.material2.Material2OutlinedALIkonHandler;
import org.kordamp.ikonli.material2.Material2OutlinedMZIkonHandler;

/**
 * Loads only the icon font NetJournal draws with. When the first icon is made, Ikonli loads the font of every icon
 * family it finds: for Material 2 that is four fonts (filled, outlined, round and sharp, ≈ 1 MB, each copied to a
 * temporary file by JavaFX), ≈ 25 ms of the first frame, where every icon of the app is an outlined one
 * ({@code ArchitectureTest.onlyOutlinedIconsAreDrawn} keeps it so). Ikonli makes its resolver once, with the font
 * loader of its first caller: calling {@link #useOnlyTheOutlinedFont()} before any icon exists makes that ours.
 */
public final class IconFonts {

    private IconFonts() {
    }

    /** Call before the first icon is made (later it changes nothing: every font is loaded already). */
    public static void useOnlyTheOutlinedFont() {
        FontLoader javaFx = new JavaFXFontLoader();
        IkonResolverProvider.getInstance(handler -> {
            if (isOutlined(handler)) {
                javaFx.loadFont(handler);
            }
        });
    }

    static boolean isOutlined(IkonHandler handler) {
        return handler instanceof Material2OutlinedALIkonHandler || handler instanceof Material2OutlinedMZIkonHandler;
    }
}
