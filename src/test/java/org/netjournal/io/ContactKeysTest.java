package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactKeys;
import org.netjournal.domain.ContactKeys.Key;
import org.netjournal.domain.ContactKeys.Kind;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.ProfileLink;

/** The duplicate keys (domain), tested with the import code that relies on them. */
class ContactKeysTest {

    @Test
    void urlKeysIgnoreSchemeWwwQueryFragmentAndTrailingSlash() {
        String key = "linkedin.com/in/anna-schmidt";
        for (String url : List.of("https://www.linkedin.com/in/anna-schmidt", "http://linkedin.com/in/anna-schmidt/",
                "https://WWW.LinkedIn.com/in/anna-schmidt?trk=people#about", "https://de.linkedin.com/in/anna-schmidt",
                "  www.linkedin.com/in/anna-schmidt  ")) {
            assertEquals(Optional.of(key), ContactKeys.urlKey(url), url);
        }
        assertEquals(Optional.of("linkedin.com/in/jürgen"), ContactKeys.urlKey("https://www.linkedin.com/in/j%C3%BCrgen"));
        assertEquals(Optional.of("xing.com/profile/Anna_Schmidt"),
                ContactKeys.urlKey("https://www.xing.com/profile/Anna_Schmidt"), "path case kept");
        assertEquals(Optional.empty(), ContactKeys.urlKey("  "));
        assertEquals(Optional.of("example.com:8080/p/a b"), ContactKeys.urlKey("http://me@Example.com:8080/p/a%20b/"));
        assertEquals(Optional.of("example.com/p"), ContactKeys.urlKey("https://example.com:443/p?x=1"));
        assertEquals(Optional.of("example.com"), ContactKeys.urlKey("https://www.example.com/"));
        assertEquals(Optional.of("example.com/%zz"), ContactKeys.urlKey("https://example.com/%zz"));
        assertEquals(Optional.of("x-apple:emi_n"), ContactKeys.urlKey("x-apple:Emi_N"));
    }

    @Test
    void emailAndNameKeys() {
        assertEquals(Optional.of("anna@example.com"), ContactKeys.emailKey(" Anna@Example.COM "));
        assertEquals(Optional.of("jürgen weiß"), ContactKeys.nameKey("  Jürgen \u00a0  WEISS ".replace("SS", "ß")));
        assertEquals(Optional.empty(), ContactKeys.nameKey(""));
    }

    @Test
    void keysOfContactsAndSummariesAgree() {
        Contact anna = new Contact(4, "Anna", " Schmidt", "", "", List.of(
                ProfileLink.of("https://www.linkedin.com/in/anna"), ProfileLink.of("https://xing.com/profile/anna")),
                "Anna@example.com", "", List.of(), ComfortStage.OBSERVE, Cadence.NONE, "", ContactSource.MANUAL,
                null, Instant.EPOCH);
        List<Key> keys = ContactKeys.keysOf(anna);
        assertEquals(List.of(new Key(Kind.URL, "linkedin.com/in/anna"), new Key(Kind.URL, "xing.com/profile/anna"),
                new Key(Kind.EMAIL, "anna@example.com"), new Key(Kind.NAME, "anna schmidt")), keys);
        assertEquals(keys, ContactKeys.keysOf(ContactSummary.of(anna, null)));
        assertEquals(Optional.of(new Key(Kind.URL, "linkedin.com/in/anna")), ContactKeys.bestKey(keys));
    }

    @Test
    void theFirstKindBothHaveDecides() {
        Contact withUrl = Contact.named("Karl", "Meier");
        Contact a = new Contact(0, "Karl", "Meier", "", "", List.of(ProfileLink.of("https://linkedin.com/in/k1")),
                "", "", List.of(), null, null, "", null, null, null);
        Contact b = new Contact(0, "Karl", "Meier", "", "", List.of(ProfileLink.of("https://linkedin.com/in/k2")),
                "", "", List.of(), null, null, "", null, null, null);
        assertFalse(ContactKeys.sameContact(a, b), "different profiles: different people");
        assertTrue(ContactKeys.sameContact(a, withUrl), "no URL on one side: the name decides");
        assertTrue(ContactKeys.sameContact(a, a));
    }
}
