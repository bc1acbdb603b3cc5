package org.netjournal.domain;

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
    OTHER("other");

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
     * twitter.com, facebook.com, pinterest.* with any country domain); {@link #OTHER} when unknown or unparsable.
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
        host = host.toLowerCase(Locale.ROOT);
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
        return OTHER;
    }

    private static boolean matches(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }
}
