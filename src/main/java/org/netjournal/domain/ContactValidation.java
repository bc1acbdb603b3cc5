package org.netjournal.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Checks of a contact's fields. Each returns the problem as a message key, empty when fine. */
public final class ContactValidation {

    private ContactValidation() {
    }

    public static Optional<String> checkName(String firstName, String lastName) {
        boolean empty = (firstName == null || firstName.isBlank()) && (lastName == null || lastName.isBlank());
        return empty ? Optional.of("validation.nameRequired") : Optional.empty();
    }

    /** Profile URLs must be absolute http(s) URLs with a host; blank is fine (no profile). */
    public static Optional<String> checkProfileUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return isHttpUrl(url) ? Optional.empty() : Optional.of("validation.urlNotHttp");
    }

    public static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return scheme != null && uri.getHost() != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static Optional<String> checkEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String trimmed = email.strip();
        int at = trimmed.indexOf('@');
        boolean plausible = at > 0 && at == trimmed.lastIndexOf('@') && at < trimmed.length() - 1
                && !trimmed.contains(" ");
        return plausible ? Optional.empty() : Optional.of("validation.emailInvalid");
    }
}
