package org.netjournal.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small classes with one job: a file in src/main over {@value #MAX_LINES} lines says at its top why it is long
 * ("Longer than 400 lines because …"), so growing past the limit is a decision, not an accident. Runs from the
 * project folder, as Maven does.
 */
class LongFilesTest {

    static final int MAX_LINES = 400;
    static final String REASON = "Longer than 400 lines because";

    @Test
    void everyLongFileSaysWhy() throws IOException {
        List<String> unexplained;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            unexplained = files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    return lines.size() > MAX_LINES && lines.stream().noneMatch(line -> line.contains(REASON));
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }).map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(), unexplained, "files over " + MAX_LINES + " lines without \"" + REASON + " …\"");
    }
}
