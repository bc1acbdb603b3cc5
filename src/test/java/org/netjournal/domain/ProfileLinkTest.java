package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule for profile links, typed or imported: repair what is obvious, refuse what cannot be a link. */
class ProfileLinkTest {

    @Test
    void aLinkWithoutSchemeGetsHttpsAndItsNetwork() {
        assertEquals(Optional.of(new ProfileLink(Network.LINKEDIN, "https://linkedin.com/in/petra-klein")),
                ProfileLink.parse("linkedin.com/in/petra-klein"));
        assertEquals(Optional.of(new ProfileLink(Network.XING, "https://www.xing.com/profile/y")),
                ProfileLink.parse("www.xing.com/profile/y"));
        assertEquals(Optional.of(new ProfileLink(Network.LINKEDIN, "https://LinkedIn.com/in/x")),
                ProfileLink.parse(" LinkedIn.com/in/x \t"));
        assertEquals(Optional.of(new ProfileLink(Network.X, "https://x.com/ada")), ProfileLink.parse("//x.com/ada"));
        assertEquals(Optional.of(new ProfileLink(Network.MASTODON, "https://mastodon.social:443/@ada?x=1")),
                ProfileLink.parse("mastodon.social:443/@ada?x=1"));
    }

    @Test
    void aLinkWithSchemeIsKeptAsTypedButTrimmed() {
        assertEquals(Optional.of(new ProfileLink(Network.LINKEDIN, "http://www.linkedin.com/in/emi")),
                ProfileLink.parse("  http://www.linkedin.com/in/emi\n"));
        assertEquals(Optional.of(new ProfileLink(Network.OTHER, "HTTPS://Example.com")),
                ProfileLink.parse("HTTPS://Example.com"));
    }

    @Test
    void onlyWhatCannotBeALinkIsRefused() {
        for (String bad : List.of("", "   ", "Petra Klein", "linkedin.com/in/petra klein", "hello",
                "javascript:alert(1)", "file:///etc/passwd", "mailto:anna@example.com", "ftp://files.example.com/x",
                "data:text/html,<script>", "https://", "linkedin .com/in/x", "anna@example.com")) {
            assertEquals(Optional.empty(), ProfileLink.parse(bad), bad);
            assertTrue(bad.isBlank() || ContactValidation.checkProfileUrl(bad).isPresent(), bad);
        }
    }

    @Test
    void aNetworkNamedByTheSourceIsKeptWhenRepaired() {
        assertEquals(Optional.of(new ProfileLink(Network.XING, "https://people.example.org/emi")),
                new ProfileLink(Network.XING, "people.example.org/emi").repaired());
        assertEquals(Optional.of(new ProfileLink(Network.LINKEDIN, "https://linkedin.com/in/x")),
                new ProfileLink(Network.OTHER, " linkedin.com/in/x").repaired());
        assertEquals(Optional.empty(), new ProfileLink(Network.OTHER, "javascript:alert(1)").repaired());
    }

    @Test
    void aContactIsStorableWithANameACompanyOrAValidEmail() {
        assertEquals(Optional.empty(), ContactValidation.checkIdentity("", "Klein", "", ""));
        assertEquals(Optional.empty(), ContactValidation.checkIdentity(" ", "", "Acme", ""));
        assertEquals(Optional.empty(), ContactValidation.checkIdentity(null, null, null, "petra@acme.example"));
        assertEquals(Optional.of("validation.identityRequired"),
                ContactValidation.checkIdentity(" ", "\t", "", "petra at acme"));
        assertEquals(Optional.of("validation.identityRequired"), ContactValidation.checkIdentity(null, null, null,
                null));
    }
}
