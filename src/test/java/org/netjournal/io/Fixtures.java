package org.netjournal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.netjournal.domain.Contact;

/** The fixture files of this package, copied to real files, and small helpers for the io tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Fixtures() {
    }

    /** Copies the fixture {@code name} into {@code folder} and returns the copy. */
    static Path copy(String name, Path folder) throws IOException {
        try (InputStream in = Objects.requireNonNull(Fixtures.class.getResourceAsStream(name), name)) {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.copy(in, file);
            return file;
        }
    }

    static String text(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(Fixtures.class.getResourceAsStream(name), name)) {
            return FileText.decode(in.readAllBytes());
        }
    }

    /** Writes {@code text} as UTF-8 (after an optional BOM) to a new file in {@code folder}. */
    static Path write(Path folder, String name, String text, boolean bom) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        return Files.write(folder.resolve(name), bytes);
    }

    static List<Contact> contacts(List<ImportCandidate> candidates) {
        return candidates.stream().filter(c -> !c.isError()).map(ImportCandidate::contact).toList();
    }

    static Contact named(List<ImportCandidate> candidates, String fullName) {
        return contacts(candidates).stream().filter(c -> c.fullName().equals(fullName)).findFirst()
                .orElseThrow(() -> new AssertionError("no contact " + fullName + " in " + contacts(candidates)));
    }
}
