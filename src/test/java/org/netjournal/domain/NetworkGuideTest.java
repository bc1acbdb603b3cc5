package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The catalogue is complete: every built-in network has every text and checklist, in English and in German. */
class NetworkGuideTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NetworkGuideTest.class.getResourceAsStream("/org/netjournal/i18n/networks" + suffix
                + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyNetworkHasEveryTextInEveryLanguage() throws IOException {
        Properties english = bundle("");
        Properties german = bundle("_de");
        List<String> missing = new ArrayList<>();
        for (String key : NetworkGuide.allKeys()) {
            if (english.getProperty(key, "").isBlank()) {
                missing.add("en " + key);
            }
            if (german.getProperty(key, "").isBlank()) {
                missing.add("de " + key);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theGermanCatalogueIsWrittenInGermanNotCopied() throws IOException {
        Properties english = bundle("");
        Properties german = bundle("_de");
        for (Network network : NetworkGuide.catalogue()) {
            for (NetworkGuide.Aspect aspect : NetworkGuide.Aspect.values()) {
                String key = NetworkGuide.aboutKey(network, aspect);
                assertNotEquals(english.getProperty(key), german.getProperty(key), key);
            }
        }
    }

    @Test
    void theCatalogueHoldsTheGuidesNetworksAndTheNewerOnes() {
        assertEquals(List.of(Network.LINKEDIN, Network.XING, Network.FACEBOOK, Network.INSTAGRAM, Network.X,
                Network.PINTEREST, Network.MASTODON, Network.BLUESKY, Network.THREADS, Network.YOUTUBE,
                Network.TIKTOK), NetworkGuide.catalogue());
        assertThrows(IllegalArgumentException.class,
                () -> NetworkGuide.aboutKey(Network.OTHER, NetworkGuide.Aspect.PURPOSE));
    }

    @Test
    void everyNetworkHasAnAccountItemAndTheFivePrivacyItems() {
        for (Network network : Network.values()) {
            List<NetworkCheck> profile = NetworkGuide.profileChecks(network);
            assertEquals(NetworkCheck.ACCOUNT, profile.get(0), network.name());
            assertTrue(profile.contains(NetworkCheck.PHOTO), network.name());
            assertEquals(List.of(NetworkCheck.CONNECTIONS, NetworkCheck.CONTACT_DETAILS, NetworkCheck.ACTIVITY,
                    NetworkCheck.SEARCHABLE, NetworkCheck.TWO_FACTOR), NetworkGuide.privacyChecks(network));
        }
        assertTrue(NetworkGuide.profileChecks(Network.LINKEDIN).contains(NetworkCheck.EXPERIENCE));
        assertFalse(NetworkGuide.profileChecks(Network.INSTAGRAM).contains(NetworkCheck.HEADLINE));
        assertThrows(IllegalArgumentException.class,
                () -> NetworkGuide.whereKey(Network.TIKTOK, NetworkCheck.EXPERIENCE));
    }

    @Test
    void stableCodesOfTheOlderNetworksStay() {
        assertEquals("linkedin", Network.LINKEDIN.code());
        assertEquals("x", Network.X.code());
        assertEquals("other", Network.OTHER.code());
        assertEquals(Network.MASTODON, Network.fromCode("mastodon").orElseThrow());
        for (NetworkCheck check : NetworkCheck.values()) {
            assertEquals(check, NetworkCheck.fromCode(check.code()).orElseThrow());
        }
    }

    @Test
    void theNewerNetworksAreRecognisedFromTheirLinks() {
        assertEquals(Network.BLUESKY, Network.fromUrl("https://bsky.app/profile/ada.bsky.social"));
        assertEquals(Network.THREADS, Network.fromUrl("https://www.threads.net/@ada"));
        assertEquals(Network.THREADS, Network.fromUrl("https://www.threads.com/@ada"));
        assertEquals(Network.YOUTUBE, Network.fromUrl("https://www.youtube.com/@ada"));
        assertEquals(Network.YOUTUBE, Network.fromUrl("https://m.youtube.com/@ada"));
        assertEquals(Network.YOUTUBE, Network.fromUrl("https://youtu.be/abc"));
        assertEquals(Network.TIKTOK, Network.fromUrl("https://www.tiktok.com/@ada"));
        assertEquals(Network.MASTODON, Network.fromUrl("https://mastodon.social/@ada"));
        assertEquals(Network.MASTODON, Network.fromUrl("https://chaos.social/@ada"));
        assertEquals(Network.MASTODON, Network.fromUrl("https://mastodon.example.org/@ada"));
        // a /@name path alone is not Mastodon: Medium and many others use it too
        assertEquals(Network.OTHER, Network.fromUrl("https://medium.com/@ada"));
        assertEquals(Network.OTHER, Network.fromUrl("https://example.org/@ada"));
        assertEquals(Network.OTHER, Network.fromUrl("https://notyoutube.com/x"));
    }
}
