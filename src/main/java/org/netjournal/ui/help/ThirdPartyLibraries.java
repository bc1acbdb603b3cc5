package org.netjournal.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What the About dialog says about NetJournal itself and the libraries it ships: read from resources next to
 * this class ({@code build-info.properties}, filled in by Maven, and {@code third-party-libraries.txt} with
 * the licence texts in {@code licenses/}). Plain Java without JavaFX, so a unit test can hold the list against
 * the run-time dependencies of the build.
 */
public final class ThirdPartyLibraries {

    static final String LIST_RESOURCE = "third-party-libraries.txt";
    static final String BUILD_INFO_RESOURCE = "build-info.properties";
    static final String LICENCES_FOLDER = "licenses/";

    /** One jar: {@code group:artifact:version}. */
    public record Artifact(String group, String artifact, String version) {
    }

    /** A library as the user sees it (JavaFX is three jars); {@code licenceFile} is in {@code licenses/}. */
    public record Library(String name, String version, String licence, String licenceFile, String website,
                          List<Artifact> artifacts) {
    }

    private ThirdPartyLibraries() {
    }

    /** The libraries in the order of the list file. Reads a resource: call it off the JavaFX thread. */
    public static List<Library> load() throws IOException {
        return parse(readResource(LIST_RESOURCE));
    }

    /**
     * NetJournal's version as Maven built it; {@code null} when the resource was not filtered (run from an IDE
     * that copies resources as they are).
     */
    public static String appVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = open(BUILD_INFO_RESOURCE)) {
            properties.load(in);
        }
        String version = properties.getProperty("version", "").trim();
        return version.isEmpty() || version.contains("${") ? null : version;
    }

    /** The full licence text of {@code library}. Reads a resource: call it off the JavaFX thread. */
    public static String licenceText(Library library) throws IOException {
        return readResource(LICENCES_FOLDER + library.licenceFile());
    }

    /**
     * Parses the list: {@code group:artifact:version | name | licence | licence file | website} per line,
     * {@code #} comments. Lines with the same name become one library and must agree on everything but the jar.
     */
    static List<Library> parse(String text) {
        Map<String, Library> byName = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\|");
            String[] coordinates = fields[0].strip().split(":");
            if (fields.length != 5 || coordinates.length != 3) {
                throw new IllegalArgumentException(LIST_RESOURCE + " line " + lineNumber
                        + ": expected group:artifact:version | name | licence | licence file | website");
            }
            Artifact artifact = new Artifact(coordinates[0], coordinates[1], coordinates[2]);
            Library entry = new Library(fields[1].strip(), artifact.version(), fields[2].strip(), fields[3].strip(),
                    fields[4].strip(), List.of(artifact));
            Library earlier = byName.get(entry.name());
            if (earlier == null) {
                byName.put(entry.name(), entry);
                continue;
            }
            if (!earlier.version().equals(entry.version()) || !earlier.licence().equals(entry.licence())
                    || !earlier.licenceFile().equals(entry.licenceFile()) || !earlier.website().equals(entry.website())) {
                throw new IllegalArgumentException(LIST_RESOURCE + " line " + lineNumber + ": " + entry.name()
                        + " differs from its earlier line in version, licence or website");
            }
            List<Artifact> artifacts = new ArrayList<>(earlier.artifacts());
            artifacts.add(artifact);
            byName.put(entry.name(), new Library(earlier.name(), earlier.version(), earlier.licence(),
                    earlier.licenceFile(), earlier.website(), List.copyOf(artifacts)));
        }
        return List.copyOf(byName.values());
    }

    private static String readResource(String name) throws IOException {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = ThirdPartyLibraries.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }
}
