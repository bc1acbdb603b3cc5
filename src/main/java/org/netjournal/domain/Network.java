package org.netjournal.domain;

import java.util.List;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** The social networks NetJournal knows by name; anything else is {@link #OTHER}. */
public enum Network {
    LINKEDIN("linkedin"),
    XING("xing"),
    FACEBOOK("facebook"),
    INSTAGRAM("instagram"),
    X("x"),
    PINTEREST("pinterest"),
    MASTODON("mastodon"),
    BLUESKY("bluesky"),
    THREADS("threads"),
    YOUTUBE("youtube"),
    TIKTOK("tiktok"),
    OTHER("other");

    /**
     * Mastodon servers people commonly link to. Mastodon has thousands of servers, and a {@code /@name} path alone
     * does not make one (Medium, for one, uses the same form), so only these hosts and hosts named
     * {@code mastodon.*} / {@code mstdn.*} count as Mastodon; any other server stays {@link #OTHER}.
     */
    private static final List<String> MASTODON_HOSTS = List.of("mastodon.social",
            "mastodon.online", "mstdn.social", "mas.to", "chaos.social", "fosstodon.org", "hachyderm.io",
            "det.social", "norden.social", "troet.cafe", "social.bund.de", "mastodon.world", "infosec.exchange");

    private final String code;

    Network(String code) {
        this.code = code;
    }

    /** Stable code used in the database and in exports. */
    public String code() {
        return code;
    }

    public static Optional<Network> fromCode(String code) {
        for (Network network : values()) {
            if (network.code.equalsIgnoreCase(code)) {
                return Optional.of(network);
            }
        }
        return Optional.empty();
    }

    /**
     * Recognises the network from a profile URL's host (linkedin.com, xing.com, instagram.com, x.com or
     * twitter.com, facebook.com, pinterest.* with any country domain, bsky.app, threads.net or threads.com,
     * youtube.com or youtu.be, tiktok.com, well-known Mastodon servers); {@link #OTHER} when unknown or unparsable.
     */
    public static Network fromUrl(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException | NullPointerException notAUrl) {
            return OTHER;
        }
        if (host == null) {
            return OTHER;
        }
        return fromHost(host.toLowerCase(Locale.ROOT));
    }

    private static Network fromHost(String host) {
        if (matches(host, "linkedin.com")) {
            return LINKEDIN;
        }
        if (matches(host, "xing.com")) {
            return XING;
        }
        if (matches(host, "facebook.com") || matches(host, "fb.com")) {
            return FACEBOOK;
        }
        if (matches(host, "instagram.com")) {
            return INSTAGRAM;
        }
        if (matches(host, "x.com") || matches(host, "twitter.com")) {
            return X;
        }
        if (host.equals("pinterest") || host.startsWith("pinterest.") || host.contains(".pinterest.")
                || host.equals("pin.it")) {
            return PINTEREST;
        }
        if (matches(host, "bsky.app") || matches(host, "bsky.social")) {
            return BLUESKY;
        }
        if (matches(host, "threads.net") || matches(host, "threads.com")) {
            return THREADS;
        }
        if (matches(host, "youtube.com") || matches(host, "youtu.be")) {
            return YOUTUBE;
        }
        if (matches(host, "tiktok.com")) {
            return TIKTOK;
        }
        if (MASTODON_HOSTS.stream().anyMatch(known -> matches(host, known))
                || host.startsWith("mastodon.") || host.startsWith("mstdn.")) {
            return MASTODON;
        }
        return OTHER;
    }

    private static boolean matches(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }
}
