package org.netjournal.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A contact's profile on one network. Links typed or imported are made with {@link #parse} (the one rule of
 * {@link ContactValidation#profileUrl}); the storage refuses anything but http(s).
 */
public record ProfileLink(Network network, String url) {

    public ProfileLink {
        Objects.requireNonNull(network);
        Objects.requireNonNull(url);
    }

    /** A link whose network is recognised from the URL, taken as it is (stripped). */
    public static ProfileLink of(String url) {
        return new ProfileLink(Network.fromUrl(url), url.strip());
    }

    /**
     * The link for what someone typed or a file holds ({@code linkedin.com/in/x} becomes
     * {@code https://linkedin.com/in/x}, a LinkedIn link); empty when it cannot be a link.
     */
    public static Optional<ProfileLink> parse(String text) {
        return ContactValidation.profileUrl(text).map(ProfileLink::of);
    }

    /**
     * This link after {@link #parse}'s repair. A network named by the source (a vCard label, a JSON export) is
     * kept; {@link Network#OTHER} is recognised again from the repaired URL. Empty when it cannot be a link.
     */
    public Optional<ProfileLink> repaired() {
        return parse(url).map(link -> network == Network.OTHER ? link : new ProfileLink(network, link.url()));
    }
}
