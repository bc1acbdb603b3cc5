package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the journal lives: command line over environment over the per-OS default. */
class DataFolderTest {

    @TempDir
    Path temp;

    // ---------------------------------------------------------------------------------------------------
    // resolve(): precedence

    @Test
    void theDataDirArgumentWinsOverTheEnvironment() {
        Path fromArgument = temp.resolve("from-argument");
        Map<String, String> environment = Map.of(DataFolder.ENVIRONMENT_VARIABLE, temp.resolve("from-env").toString(),
                "XDG_DATA_HOME", temp.resolve("xdg").toString());

        assertEquals(fromArgument, DataFolder.resolve(fromArgument.toString(), environment).path());
    }

    @Test
    void theEnvironmentVariableWinsOverTheDefault() {
        Path fromEnvironment = temp.resolve("from-env");
        Map<String, String> environment = Map.of(DataFolder.ENVIRONMENT_VARIABLE, fromEnvironment.toString(),
                "XDG_DATA_HOME", temp.resolve("xdg").toString(), "APPDATA", temp.resolve("appdata").toString());

        assertEquals(fromEnvironment, DataFolder.resolve(null, environment).path());
        assertEquals(fromEnvironment, DataFolder.resolve("", environment).path(), "an empty argument is no argument");
        assertEquals(fromEnvironment, DataFolder.resolve("   ", environment).path(), "a blank argument is no argument");
    }

    @Test
    void withoutArgumentAndVariableTheOsDefaultIsUsed() {
        Map<String, String> environment = Map.of(DataFolder.ENVIRONMENT_VARIABLE, " ");
        Path expected = DataFolder.defaultLocation(environment, System.getProperty("os.name"),
                Path.of(System.getProperty("user.home"))).toAbsolutePath().normalize();

        assertEquals(expected, DataFolder.resolve(null, environment).path());
        assertEquals(expected, DataFolder.resolve(null, Map.of()).path());
    }

    @Test
    void aRelativeFolderIsMadeAbsoluteAndNormalised() {
        DataFolder folder = DataFolder.resolve("some/./where/../journal", Map.of());

        assertTrue(folder.path().isAbsolute(), folder.toString());
        assertEquals(Path.of("some", "journal").toAbsolutePath(), folder.path());
    }

    @Test
    void theFilesLiveInsideTheFolder() {
        DataFolder folder = new DataFolder(temp);

        assertEquals(temp.resolve("netjournal.db"), folder.databaseFile());
        assertEquals(temp.resolve("netjournal.log"), folder.logFile());
        assertEquals(temp, folder.nativeLibraryFolder().getParent());
    }

    // ---------------------------------------------------------------------------------------------------
    // defaultLocation(): per OS

    @Test
    void linuxUsesXdgDataHome() {
        Path home = temp.resolve("home");
        Path xdg = temp.resolve("xdg-data");

        assertEquals(xdg.resolve("netjournal"),
                DataFolder.defaultLocation(Map.of("XDG_DATA_HOME", xdg.toString()), "Linux", home));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgDataHome() {
        Path home = temp.resolve("home");
        Path expected = home.resolve(".local").resolve("share").resolve("netjournal");

        assertEquals(expected, DataFolder.defaultLocation(Map.of(), "Linux", home), "unset");
        assertEquals(expected, DataFolder.defaultLocation(Map.of("XDG_DATA_HOME", ""), "Linux", home), "empty");
        assertEquals(expected, DataFolder.defaultLocation(Map.of("XDG_DATA_HOME", "  "), "Linux", home), "blank");
    }

    @Test
    void linuxIgnoresARelativeXdgDataHome() {
        // the XDG spec: "If an implementation encounters a relative path in any of these variables it should
        // consider the path invalid and ignore it."
        Path home = temp.resolve("home");

        assertEquals(home.resolve(".local/share/netjournal"),
                DataFolder.defaultLocation(Map.of("XDG_DATA_HOME", "relative/data"), "Linux", home));
    }

    @Test
    void otherUnixLikeSystemsBehaveLikeLinux() {
        Path home = temp.resolve("home");

        assertEquals(home.resolve(".local/share/netjournal"), DataFolder.defaultLocation(Map.of(), "FreeBSD", home));
    }

    @Test
    void windowsUsesAppData() {
        Path home = temp.resolve("home");
        Path appData = temp.resolve("AppData").resolve("Roaming");

        assertEquals(appData.resolve("NetJournal"),
                DataFolder.defaultLocation(Map.of("APPDATA", appData.toString()), "Windows 11", home));
        assertEquals(appData.resolve("NetJournal"),
                DataFolder.defaultLocation(Map.of("APPDATA", appData.toString()), "Windows Server 2022", home));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderInTheHome() {
        Path home = temp.resolve("home");

        assertEquals(home.resolve("AppData/Roaming/NetJournal"), DataFolder.defaultLocation(Map.of(), "Windows 10", home));
    }

    @Test
    void windowsIgnoresXdgDataHome() {
        Path home = temp.resolve("home");
        Map<String, String> environment = Map.of("XDG_DATA_HOME", temp.resolve("xdg").toString());

        assertEquals(home.resolve("AppData/Roaming/NetJournal"), DataFolder.defaultLocation(environment, "Windows 10", home));
    }

    @Test
    void macOsUsesApplicationSupport() {
        Path home = temp.resolve("home");
        Map<String, String> environment = Map.of("XDG_DATA_HOME", temp.resolve("xdg").toString(),
                "APPDATA", temp.resolve("appdata").toString());

        assertEquals(home.resolve("Library/Application Support/NetJournal"),
                DataFolder.defaultLocation(environment, "Mac OS X", home));
    }
}
