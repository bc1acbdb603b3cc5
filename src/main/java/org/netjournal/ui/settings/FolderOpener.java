package org.netjournal.ui.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Shows a local folder in the system's file manager. The one place where NetJournal hands something to
 * another program: only an existing folder on this computer, given as a plain path (never a URL), so it
 * cannot become a way to open a link. Starting the program runs on a background thread.
 */
public final class FolderOpener {

    private FolderOpener() {
    }

    /** The command that shows {@code folder} on {@code osName}. */
    static List<String> command(String osName, Path folder) {
        String os = osName.toLowerCase(Locale.ROOT);
        String path = folder.toAbsolutePath().normalize().toString();
        if (os.contains("win")) {
            return List.of("explorer.exe", path);
        }
        if (os.contains("mac")) {
            return List.of("open", path);
        }
        return List.of("xdg-open", path);
    }

    /** Starts the file manager on {@code folder}; does not wait for it. */
    public static void open(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("Not a folder: " + folder);
        }
        new ProcessBuilder(command(System.getProperty("os.name", ""), folder))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
