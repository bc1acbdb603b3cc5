package org.netjournal.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The duplicate keys of a contact, used by imports to recognise people already in the journal.
 *
 * <p>Three kinds of key, in priority order: the normalised <b>profile URL</b> (every profile of the contact gives
 * one), the lower-case <b>e-mail</b>, the normalised <b>full name</b>. Two contacts are the same person when,
 * for the highest-priority kind that <em>both</em> have, they share a key. So two people with different LinkedIn
 * URLs are different even with equal names; a contact imported from an old export without URLs still matches
 * the same person from a newer export with URL (by e-mail, else by name); and the common case of the design
 * ("profile URL, else e-mail, else full name") falls out of it.
 */
public final class ContactKeys {

    /** The kinds of key, highest priority first. */
    public enum Kind { URL, EMAIL, NAME }

    /** One key: its kind and its normalised value. */
    public record Key(Kind kind, String value) {
    }

    private ContactKeys() {
    }

    /** All keys of a contact: one per profile URL, then the e-mail, then the name (each when present). */
    public static List<Key> keysOf(Contact contact) {
        return keysOf(contact.profiles().stream().map(ProfileLink::url).toList(), contact.email(),
                contact.fullName());
    }

    /** All keys of a table row, the same way as {@link #keysOf(Contact)}. */
    public static List<Key> keysOf(ContactSummary summary) {
        return keysOf(summary.profileUrls(), summary.email(), summary.fullName());
    }

    /** All keys from the raw parts: profile URLs, e-mail and full name (blank parts give no key). */
    public static List<Key> keysOf(Collection<String> profileUrls, String email, String fullName) {
        Set<Key> keys = new LinkedHashSet<>();
        for (String url : profileUrls) {
            urlKey(url).ifPresent(value -> keys.add(new Key(Kind.URL, value)));
        }
        emailKey(email).ifPresent(value -> keys.add(new Key(Kind.EMAIL, value)));
        nameKey(fullName).ifPresent(value -> keys.add(new Key(Kind.NAME, value)));
        return List.copyOf(keys);
    }

    /** The best key: the first profile URL, else the e-mail, else the name. Empty for a contact without any. */
    public static Optional<Key> bestKey(List<Key> keys) {
        return keys.stream().min((a, b) -> a.kind().compareTo(b.kind()));
    }

    /** The keys grouped by kind, for {@link #sameContact(Map, Map)}. */
    public static Map<Kind, Set<String>> byKind(Collection<Key> keys) {
        Map<Kind, Set<String>> grouped = new EnumMap<>(Kind.class);
        for (Key key : keys) {
            grouped.computeIfAbsent(key.kind(), k -> new LinkedHashSet<>()).add(key.value());
        }
        return grouped;
    }

    /**
     * The first kind both contacts have keys of, or empty when they have no kind in common (then they can
     * never be matched).
     */
    public static Optional<Kind> firstCommonKind(Map<Kind, Set<String>> a, Map<Kind, Set<String>> b) {
        for (Kind kind : Kind.values()) {
            if (has(a, kind) && has(b, kind)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Same person: for the first kind of key both have, they share a key (see the class comment). */
    public static boolean sameContact(Map<Kind, Set<String>> a, Map<Kind, Set<String>> b) {
        return firstCommonKind(a, b).map(kind -> {
            Set<String> mine = a.get(kind);
            return b.get(kind).stream().anyMatch(mine::contains);
        }).orElse(false);
    }

    public static boolean sameContact(Contact a, Contact b) {
        return sameContact(byKind(keysOf(a)), byKind(keysOf(b)));
    }

    private static boolean has(Map<Kind, Set<String>> keys, Kind kind) {
        Set<String> values = keys.get(kind);
        return values != null && !values.isEmpty();
    }

    /**
     * A profile URL without its scheme, {@code www.}, query, fragment and trailing slash, host in lower case,
     * path percent-decoded (as written, not lower-cased). LinkedIn's country hosts ({@code de.linkedin.com}) are
     * the same profile as {@code linkedin.com}. Empty for blank text; text that is no URL is used as it is.
     */
    public static Optional<String> urlKey(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String text = url.strip();
        String host;
        String path;
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null) {
                // "www.xing.com/profile/x" without a scheme: read it as if it had one
                uri = uri.getScheme() == null ? new URI("https://" + text) : uri;
            }
            host = uri.getHost();
            path = uri.getPath();
            if (uri.getPort() > 0 && uri.getPort() != 80 && uri.getPort() != 443 && host != null) {
                host = host + ":" + uri.getPort();
            }
        } catch (URISyntaxException notAUrl) {
            host = null;
            path = null;
        }
        if (host == null) {
            return Optional.of(text.toLowerCase(Locale.ROOT));
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.endsWith(".linkedin.com")) {
            host = "linkedin.com";
        }
        path = path == null ? "" : path;
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return Optional.of(host + path);
    }

    /** The e-mail in lower case without surrounding spaces; empty for blank text. */
    public static Optional<String> emailKey(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(email.strip().toLowerCase(Locale.ROOT));
    }

    /** The name in lower case with runs of white space collapsed to one space; diacritics are kept. */
    public static Optional<String> nameKey(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(fullName.replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT));
    }

    /** The keys of several profile URLs, in order and without repeats. */
    public static List<String> urlKeys(Collection<String> urls) {
        List<String> result = new ArrayList<>();
        for (String url : urls) {
            urlKey(url).filter(key -> !result.contains(key)).ifPresent(result::add);
        }
        return result;
    }
}
