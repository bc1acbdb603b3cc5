package org.netjournal.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.material2.Material2OutlinedALIkonHandler;
import org.kordamp.ikonli.material2.Material2OutlinedMZIkonHandler;

/**
 * Loads only the icon font NetJournal draws with, from a file where the installed app has one.
 * <ul>
 *   <li>When the first icon is made, Ikonli loads the font of every icon family it finds: for Material 2 that is
 *       four fonts (filled, outlined, round and sharp, ≈ 1 MB), ≈ 25 ms of the first frame, where every icon of the
 *       app is an outlined one ({@code ArchitectureTest.onlyOutlinedIconsAreDrawn} keeps it so). Ikonli makes its
 *       resolver once, with the font loader of its first caller: calling {@link #useOnlyTheOutlinedFont()} before any
 *       icon exists makes that ours.</li>
 *   <li>A font inside the app's modules reaches JavaFX as a stream, which JavaFX copies to a temporary file
 *       ({@code /tmp/+JXF…tmp}) and deletes only when the app ends normally: every start that was killed or crashed
 *       left one behind. The installed app ships the font as a file beside its launcher and names it in the
 *       {@value #FONT_FILE_PROPERTY} property; JavaFX reads a file in place. Without it (a development run) the font
 *       comes from the module as before.</li>
 * </ul>
 */
public final class IconFonts {

    /** The outlined Material icon font as a file (set by the installed app's launcher). */
    public static final String FONT_FILE_PROPERTY = "netjournal.iconFont";
    /** Ikonli's own size for the fonts it loads; icons set their own size. */
    private static final double LOAD_SIZE = 16;
    /** By the font's location: both outlined families (A–L, M–Z) are one font file. */
    private static final Map<String, Font> LOADED = new ConcurrentHashMap<>();

    private IconFonts() {
    }

    /** Call before the first icon is made (later it changes nothing: every font is loaded already). */
    public static void useOnlyTheOutlinedFont() {
        IkonResolverProvider.getInstance(handler -> {
            if (isOutlined(handler)) {
                String inTheModule = handler.getFontResource().toExternalForm();
                handler.setFont(LOADED.computeIfAbsent(fontLocation(handler), location -> {
                    Font font = Font.loadFont(location, LOAD_SIZE);
                    // a shipped file that is not a font: the module's copy still draws the icons
                    return font != null || location.equals(inTheModule) ? font : Font.loadFont(inTheModule, LOAD_SIZE);
                }));
            }
        });
    }

    /** The shipped font file when there is one, else the font inside Ikonli's module. */
    static String fontLocation(IkonHandler handler) {
        String file = System.getProperty(FONT_FILE_PROPERTY);
        if (file != null && !file.isBlank() && Files.isRegularFile(Path.of(file))) {
            return Path.of(file).toUri().toString();
        }
        return handler.getFontResource().toExternalForm();
    }

    static boolean isOutlined(IkonHandler handler) {
        return handler instanceof Material2OutlinedALIkonHandler || handler instanceof Material2OutlinedMZIkonHandler;
    }
}
