package org.netjournal.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.netjournal.ui.help.ThirdPartyLibraries.Artifact;
import org.netjournal.ui.help.ThirdPartyLibraries.Library;

/**
 * The About dialog's library list is the truth about what ships: it names exactly the jars of the run-time
 * class path (written by the maven-dependency-plugin to {@code target/runtime-classpath.txt} before the tests),
 * with their versions, and each licence text is there and is the licence it claims to be.
 */
class ThirdPartyLibrariesTest {

    /** A phrase every text of a licence contains, by the start of the licence's name in the list. */
    private static final Map<String, String> LICENCE_MARKERS = Map.of(
            "Apache License 2.0", "Apache License",
            "MIT License", "Permission is hereby granted, free of charge",
            "BSD 3-Clause License", "Neither the name of",
            "BSD 2-Clause License", "Redistribution and use in source and binary forms",
            "GPL 2.0 with Classpath Exception", "\"CLASSPATH\" EXCEPTION TO THE GPL");

    private static Path projectDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    private static List<Path> runtimeJars() throws Exception {
        Path listing = projectDir().resolve("target/runtime-classpath.txt");
        assertTrue(Files.isRegularFile(listing), listing + " is written by the maven-dependency-plugin (pom.xml); "
                + "run the tests through Maven");
        List<Path> jars = new ArrayList<>();
        for (String entry : Files.readString(listing, StandardCharsets.UTF_8).strip().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                jars.add(Path.of(entry.strip()));
            }
        }
        assertTrue(jars.size() > 5, "the run-time class path looks empty: " + jars);
        return jars;
    }

    /** A jar in a Maven repository sits in {@code group/as/folders/artifact/version/}. */
    private static boolean isJarOf(Path jar, Artifact artifact) {
        Path expected = Path.of(artifact.group().replace('.', File.separatorChar), artifact.artifact(),
                artifact.version());
        return jar.getParent() != null && jar.getParent().endsWith(expected)
                && jar.getFileName().toString().startsWith(artifact.artifact() + "-" + artifact.version());
    }

    @Test
    void theListNamesExactlyTheJarsShippedAtRunTime() throws Exception {
        List<Artifact> listed = ThirdPartyLibraries.load().stream().flatMap(library -> library.artifacts().stream())
                .toList();
        List<String> problems = new ArrayList<>();
        for (Path jar : runtimeJars()) {
            if (listed.stream().noneMatch(artifact -> isJarOf(jar, artifact))) {
                problems.add("shipped but not in " + ThirdPartyLibraries.LIST_RESOURCE + " (add it with its licence): "
                        + jar.getFileName());
            }
        }
        List<Path> jars = runtimeJars();
        for (Artifact artifact : listed) {
            if (jars.stream().noneMatch(jar -> isJarOf(jar, artifact))) {
                problems.add("listed but not shipped (removed, or another version?): " + artifact);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyLibraryHasItsLicenceTextAndTheTextIsThatLicence() throws Exception {
        List<Library> libraries = ThirdPartyLibraries.load();
        assertTrue(libraries.stream().map(Library::name).toList().containsAll(List.of("JavaFX", "ControlsFX",
                "AtlantaFX", "Ikonli", "Apache Commons CSV", "ez-vcard", "vinnie")), libraries.toString());
        for (Library library : libraries) {
            String marker = LICENCE_MARKERS.get(library.licence());
            assertTrue(marker != null, library.name() + ": no known licence name: " + library.licence());
            String text = ThirdPartyLibraries.licenceText(library);
            assertTrue(text.contains(marker), library.name() + ": " + library.licenceFile()
                    + " does not read like the " + library.licence() + " (missing \"" + marker + "\")");
            assertTrue(library.website().startsWith("https://"), library.name() + ": " + library.website());
        }
    }

    /** NOTICE at the top of the repository names every shipped library with the version and licence the list gives. */
    @Test
    void theNoticeFileNamesEveryShippedLibrary() throws Exception {
        String notice = Files.readString(projectDir().resolve("NOTICE"), StandardCharsets.UTF_8);
        assertTrue(notice.contains("Apache License, Version 2.0"), "NOTICE names NetJournal's own licence");
        List<String> missing = new ArrayList<>();
        for (Library library : ThirdPartyLibraries.load()) {
            String line = "- " + library.name() + " " + library.version() + ", " + library.licence();
            if (!notice.contains(line)) {
                missing.add(line);
            }
        }
        assertTrue(missing.isEmpty(), "NOTICE lacks (or has another version or licence of):\n" + String.join("\n", missing));
        assertTrue(Files.readString(projectDir().resolve("LICENSE"), StandardCharsets.UTF_8)
                .contains("Apache License\n                           Version 2.0, January 2004"), "LICENSE is Apache-2.0");
    }

    @Test
    void theVersionIsTheOneMavenBuilt() throws Exception {
        String pom = Files.readString(projectDir().resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("<artifactId>netjournal</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(version.find(), "the project version in pom.xml");
        assertEquals(version.group(1), ThirdPartyLibraries.appVersion());
    }

    @Test
    void jarsOfOneLibraryBecomeOneEntry() {
        List<Library> libraries = ThirdPartyLibraries.parse("""
                # comment
                a.b:one:1.0 | Lib | MIT License | mit.txt | https://example.org
                a.b:two:1.0 | Lib | MIT License | mit.txt | https://example.org

                c:d:2 | Other | Apache License 2.0 | apache.txt | https://example.com
                """);
        assertEquals(List.of("Lib", "Other"), libraries.stream().map(Library::name).toList());
        assertEquals(List.of(new Artifact("a.b", "one", "1.0"), new Artifact("a.b", "two", "1.0")),
                libraries.get(0).artifacts());
    }

    @Test
    void aLibraryWhoseJarsDisagreeOrABrokenLineIsRefused() {
        IllegalArgumentException versions = assertThrows(IllegalArgumentException.class, () ->
                ThirdPartyLibraries.parse("""
                        a:one:1.0 | Lib | MIT License | mit.txt | https://example.org
                        a:two:1.1 | Lib | MIT License | mit.txt | https://example.org
                        """));
        assertTrue(versions.getMessage().contains("line 2"), versions.getMessage());
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class, () ->
                ThirdPartyLibraries.parse("a:one | Lib | MIT License\n"));
        assertTrue(broken.getMessage().toLowerCase(Locale.ROOT).contains("line 1"), broken.getMessage());
    }
}
