package org.netjournal.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds out whether the operating system is set to a dark look. JavaFX 21 has no API for it, so this asks
 * the system's own settings tools, which read local settings only: GNOME's {@code gsettings} on Linux, the
 * registry ({@code reg query}) on Windows, {@code defaults} on macOS. Anything that goes wrong means light.
 * Runs commands: call it on a background thread, never on the JavaFX thread.
 */
public final class SystemThemeDetector {

    private static final Logger LOG = Logger.getLogger(SystemThemeDetector.class.getName());
    private static final long TIMEOUT_MILLIS = 2_000;

    /** Runs a command and returns its exit status and standard output; a separate type so tests can fake it. */
    @FunctionalInterface
    public interface CommandRunner {
        Optional<Output> run(List<String> command);
    }

    public record Output(int exitStatus, String text) {
    }

    private SystemThemeDetector() {
    }

    /** True when the system prefers dark; false when it prefers light or cannot tell. */
    public static boolean systemPrefersDark() {
        return systemPrefersDark(System.getProperty("os.name", ""), System.getenv(), SystemThemeDetector::run);
    }

    static boolean systemPrefersDark(String osName, Map<String, String> environment, CommandRunner commands) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return commands.run(List.of("reg", "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v", "AppsUseLightTheme"))
                    .filter(output -> output.exitStatus() == 0)
                    .flatMap(output -> windowsPrefersDark(output.text())).orElse(false);
        }
        if (os.contains("mac")) {
            // prints "Dark" in dark mode; in light mode the key does not exist and the command fails
            return commands.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(output -> output.exitStatus() == 0 && macPrefersDark(output.text())).orElse(false);
        }
        String gtkTheme = environment.getOrDefault("GTK_THEME", "");
        if (!gtkTheme.isBlank()) {
            return themeNameIsDark(gtkTheme); // an explicit override wins over the desktop's setting
        }
        Optional<Boolean> colorScheme = commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface",
                        "color-scheme"))
                .filter(output -> output.exitStatus() == 0)
                .flatMap(output -> gnomeColorSchemePrefersDark(output.text()));
        if (colorScheme.isPresent()) {
            return colorScheme.get();
        }
        return commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .filter(output -> output.exitStatus() == 0)
                .map(output -> themeNameIsDark(output.text())).orElse(false);
    }

    /**
     * GNOME 42+: {@code 'prefer-dark'} is dark, {@code 'prefer-light'} light; {@code 'default'} says nothing
     * (older desktops then only have the GTK theme's name to go by), so it is empty.
     */
    static Optional<Boolean> gnomeColorSchemePrefersDark(String output) {
        String value = unquote(output);
        return switch (value) {
            case "prefer-dark" -> Optional.of(true);
            case "prefer-light" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** {@code 'Adwaita-dark'}, {@code Yaru-dark}, {@code Adwaita:dark}: dark themes say so in their name. */
    static boolean themeNameIsDark(String output) {
        return unquote(output).toLowerCase(Locale.ROOT).contains("dark");
    }

    /**
     * {@code reg query} prints e.g. {@code AppsUseLightTheme    REG_DWORD    0x0}: 0 means dark apps, 1 light.
     * Empty when the value is not in the output.
     */
    static Optional<Boolean> windowsPrefersDark(String output) {
        for (String line : output.split("\\R")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 3 && parts[0].equalsIgnoreCase("AppsUseLightTheme")
                    && parts[1].equalsIgnoreCase("REG_DWORD")) {
                try {
                    return Optional.of(Long.decode(parts[2]) == 0);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static boolean macPrefersDark(String output) {
        return output.strip().equalsIgnoreCase("dark");
    }

    private static String unquote(String output) {
        String value = output.strip();
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""))) {
            value = value.substring(1, value.length() - 1);
        }
        return value.strip();
    }

    /** Runs the command with a time limit; empty when it is not installed, fails to start or hangs. */
    private static Optional<Output> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            // wait first: the answers are one short line, far below what the pipe buffers
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            byte[] text;
            try (InputStream out = process.getInputStream()) {
                text = out.readNBytes(4096);
            }
            return Optional.of(new Output(process.exitValue(), new String(text, StandardCharsets.UTF_8)));
        } catch (IOException notInstalled) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Cannot ask the system for its theme", e);
            return Optional.empty();
        }
    }
}
