package org.netjournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.material2.Material2OutlinedALIkonHandler;
import org.kordamp.ikonli.material2.Material2OutlinedMZIkonHandler;
import org.kordamp.ikonli.material2.Material2RoundALIkonHandler;

/**
 * Where the icon font is read from: the file the installed app's launcher names (read in place by JavaFX, nothing
 * copied to the temporary folder), else the font inside Ikonli's module (a development run, or a file gone missing).
 * That a killed installed app leaves nothing in the temporary folder is checked on the package by .ci/package.
 */
class IconFontsTest {

    @TempDir
    Path dir;

    private final IkonHandler outlined = new Material2OutlinedALIkonHandler();
    private final String inTheModule = outlined.getFontResource().toExternalForm();

    @AfterEach
    void forgetTheFile() {
        System.clearProperty(IconFonts.FONT_FILE_PROPERTY);
    }

    @Test
    void theFileTheLauncherNamesIsReadInPlace() throws Exception {
        Path font = Files.write(dir.resolve("MaterialIcons-Outlined.ttf"), new byte[] {0, 1, 0, 0});
        System.setProperty(IconFonts.FONT_FILE_PROPERTY, font.toString());

        assertEquals(font.toUri().toString(), IconFonts.fontLocation(outlined));
        assertTrue(IconFonts.fontLocation(outlined).startsWith("file:"));
    }

    @Test
    void withoutTheFileTheFontComesFromTheModule() {
        assertEquals(inTheModule, IconFonts.fontLocation(outlined));

        System.setProperty(IconFonts.FONT_FILE_PROPERTY, dir.resolve("gone.ttf").toString());
        assertEquals(inTheModule, IconFonts.fontLocation(outlined));

        System.setProperty(IconFonts.FONT_FILE_PROPERTY, " ");
        assertEquals(inTheModule, IconFonts.fontLocation(outlined));

        System.setProperty(IconFonts.FONT_FILE_PROPERTY, dir.toString()); // a folder is no font file
        assertEquals(inTheModule, IconFonts.fontLocation(outlined));
    }

    @Test
    void bothOutlinedFamiliesAreOneFontAndNoOtherIsLoaded() {
        assertEquals(inTheModule, new Material2OutlinedMZIkonHandler().getFontResource().toExternalForm(),
                "the shipped file stands for both outlined families");
        assertTrue(IconFonts.isOutlined(new Material2OutlinedMZIkonHandler()));
        assertFalse(IconFonts.isOutlined(new Material2RoundALIkonHandler()));
    }
}
