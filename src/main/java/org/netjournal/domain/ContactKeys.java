package org.netjournal.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

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
     * the same profile as {@code linkedin.com}. Empty for blank text; text that is no URL is used as it is (in
     * lower case). Parsed by hand: it runs for every contact of the journal on each import preview.
     */
    public static Optional<String> urlKey(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String text = url.strip();
        String rest;
        int schemeEnd = text.indexOf("://");
        int colon = text.indexOf(':');
        int slash = text.indexOf('/');
        if (schemeEnd > 0 && colon == schemeEnd) {
            rest = text.substring(schemeEnd + 3);
        } else if (colon < 0 || slash >= 0 && slash < colon || isPort(text, colon)) {
            rest = text; // "www.xing.com/profile/x": a host without a scheme
        } else {
            return Optional.of(text.toLowerCase(Locale.ROOT)); // mailto:, x-apple:, … no web address
        }
        int hostEnd = indexOfAny(rest, "/?#", 0);
        String host = rest.substring(0, hostEnd < 0 ? rest.length() : hostEnd);
        host = host.substring(host.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (host.endsWith(":80") || host.endsWith(":443")) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        if (host.isEmpty()) {
            return Optional.of(text.toLowerCase(Locale.ROOT));
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.endsWith(".linkedin.com")) {
            host = "linkedin.com";
        }
        String path = "";
        if (hostEnd >= 0 && rest.charAt(hostEnd) == '/') {
            int pathEnd = indexOfAny(rest, "?#", hostEnd);
            path = rest.substring(hostEnd, pathEnd < 0 ? rest.length() : pathEnd);
        }
        int length = path.length();
        while (length > 0 && path.charAt(length - 1) == '/') {
            length--;
        }
        path = path.substring(0, length);
        return Optional.of(host + (path.indexOf('%') >= 0 ? percentDecoded(path) : path));
    }

    private static boolean isPort(String text, int colon) {
        int i = colon + 1;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > colon + 1 && (i == text.length() || text.charAt(i) == '/');
    }

    private static int indexOfAny(String text, String characters, int from) {
        for (int i = from; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code %C3%BC} → ü (UTF-8); a malformed escape stays as written. */
    private static String percentDecoded(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && Character.digit(path.charAt(i + 1), 16) >= 0
                    && Character.digit(path.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(path.charAt(i + 1), 16) * 16 + Character.digit(path.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
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
        return Optional.of(WHITE_SPACE.matcher(fullName).replaceAll(" ").strip().toLowerCase(Locale.ROOT));
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
