package org.netjournal.domain;

import java.util.Objects;

/** A contact's profile on one network. The URL is checked to be http(s) by {@link ContactValidation}. */
public record ProfileLink(Network network, String url) {

    public ProfileLink {
        Objects.requireNonNull(network);
        Objects.requireNonNull(url);
    }

    /** A link whose network is recognised from the URL. */
    public static ProfileLink of(String url) {
        return new ProfileLink(Network.fromUrl(url), url.strip());
    }
}
