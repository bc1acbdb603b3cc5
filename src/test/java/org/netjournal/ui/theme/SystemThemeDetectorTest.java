package org.netjournal.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the system's light or dark choice from what its settings tools print. */
class SystemThemeDetectorTest {

    @Test
    void gnomeColorScheme() {
        assertEquals(Optional.of(true), SystemThemeDetector.gnomeColorSchemePrefersDark("'prefer-dark'\n"));
        assertEquals(Optional.of(false), SystemThemeDetector.gnomeColorSchemePrefersDark("'prefer-light'\n"));
        assertEquals(Optional.empty(), SystemThemeDetector.gnomeColorSchemePrefersDark("'default'\n"));
        assertEquals(Optional.empty(), SystemThemeDetector.gnomeColorSchemePrefersDark(""));
    }

    @Test
    void gtkThemeNames() {
        assertTrue(SystemThemeDetector.themeNameIsDark("'Adwaita-dark'\n"));
        assertTrue(SystemThemeDetector.themeNameIsDark("'Yaru-Dark'"));
        assertTrue(SystemThemeDetector.themeNameIsDark("Adwaita:dark"));
        assertFalse(SystemThemeDetector.themeNameIsDark("'Adwaita'\n"));
        assertFalse(SystemThemeDetector.themeNameIsDark("'Yaru'"));
    }

    @Test
    void windowsRegistry() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertEquals(Optional.of(true), SystemThemeDetector.windowsPrefersDark(dark));
        assertEquals(Optional.of(false), SystemThemeDetector.windowsPrefersDark(dark.replace("0x0", "0x1")));
        assertEquals(Optional.empty(), SystemThemeDetector.windowsPrefersDark("ERROR: The system was unable to find"
                + " the specified registry key or value.\r\n"));
        assertEquals(Optional.empty(), SystemThemeDetector.windowsPrefersDark(dark.replace("0x0", "zero")));
    }

    @Test
    void macInterfaceStyle() {
        assertTrue(SystemThemeDetector.macPrefersDark("Dark\n"));
        assertFalse(SystemThemeDetector.macPrefersDark("Light\n"));
    }

    /** A fake system: answers per command, and remembers what was asked. */
    private static final class FakeSystem implements SystemThemeDetector.CommandRunner {
        final Map<String, SystemThemeDetector.Output> answers;
        final List<String> asked = new ArrayList<>();

        FakeSystem(Map<String, SystemThemeDetector.Output> answers) {
            this.answers = answers;
        }

        @Override
        public Optional<SystemThemeDetector.Output> run(List<String> command) {
            String line = String.join(" ", command);
            asked.add(line);
            return answers.entrySet().stream().filter(answer -> line.endsWith(answer.getKey()))
                    .map(Map.Entry::getValue).findFirst();
        }
    }

    private static SystemThemeDetector.Output ok(String text) {
        return new SystemThemeDetector.Output(0, text);
    }

    @Test
    void linuxAsksTheColorSchemeFirstThenTheGtkThemeAndHonoursGtkThemeOverride() {
        FakeSystem preferDark = new FakeSystem(Map.of("color-scheme", ok("'prefer-dark'\n"),
                "gtk-theme", ok("'Adwaita'\n")));
        assertTrue(SystemThemeDetector.systemPrefersDark("Linux", Map.of(), preferDark));
        assertEquals(1, preferDark.asked.size(), "the colour scheme answered; no second question");

        FakeSystem olderDesktop = new FakeSystem(Map.of("color-scheme", ok("'default'\n"),
                "gtk-theme", ok("'Adwaita-dark'\n")));
        assertTrue(SystemThemeDetector.systemPrefersDark("Linux", Map.of(), olderDesktop));

        assertFalse(SystemThemeDetector.systemPrefersDark("Linux", Map.of("GTK_THEME", "Adwaita"), preferDark),
                "GTK_THEME overrides the desktop setting");
        assertTrue(SystemThemeDetector.systemPrefersDark("Linux", Map.of("GTK_THEME", "Adwaita:dark"),
                new FakeSystem(Map.of())));
    }

    @Test
    void anythingMissingOrFailingMeansLight() {
        FakeSystem nothingInstalled = new FakeSystem(Map.of());
        for (String os : List.of("Linux", "Windows 11", "Mac OS X", "FreeBSD")) {
            assertFalse(SystemThemeDetector.systemPrefersDark(os, Map.of(), nothingInstalled), os);
        }
        FakeSystem failing = new FakeSystem(Map.of("color-scheme", new SystemThemeDetector.Output(1, "'prefer-dark'"),
                "AppleInterfaceStyle", new SystemThemeDetector.Output(1, "The domain/default pair does not exist")));
        assertFalse(SystemThemeDetector.systemPrefersDark("Linux", Map.of(), failing));
        assertFalse(SystemThemeDetector.systemPrefersDark("Mac OS X", Map.of(), failing));
    }

    @Test
    void windowsAndMacAskTheirOwnTools() {
        FakeSystem windows = new FakeSystem(Map.of("AppsUseLightTheme",
                ok("    AppsUseLightTheme    REG_DWORD    0x0\r\n")));
        assertTrue(SystemThemeDetector.systemPrefersDark("Windows 10", Map.of(), windows));
        assertTrue(windows.asked.get(0).startsWith("reg query HKCU\\"), windows.asked.toString());

        FakeSystem mac = new FakeSystem(Map.of("AppleInterfaceStyle", ok("Dark\n")));
        assertTrue(SystemThemeDetector.systemPrefersDark("Mac OS X", Map.of(), mac));
        assertEquals(List.of("defaults read -g AppleInterfaceStyle"), mac.asked);
    }

    @Test
    void onlyTheSystemChoiceFollowsTheDetection() {
        Theme.setSystemPrefersDark(true);
        try {
            assertTrue(Theme.SYSTEM.showsDark());
            assertFalse(Theme.LIGHT.showsDark());
            assertTrue(Theme.DARK.showsDark());
            Theme.setSystemPrefersDark(false);
            assertFalse(Theme.SYSTEM.showsDark());
            assertTrue(Theme.DARK.showsDark());
            assertEquals(Theme.SYSTEM, Theme.DEFAULT, "new journals follow the system");
            assertEquals(Optional.of(Theme.SYSTEM), Theme.fromCode("system"));
        } finally {
            Theme.setSystemPrefersDark(false);
        }
    }
}
