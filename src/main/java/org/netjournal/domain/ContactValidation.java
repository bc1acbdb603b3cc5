package org.netjournal.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks of a contact's fields. Each returns the problem as a message key, empty when fine. */
public final class ContactValidation {

    /**
     * Text that starts with a host name ({@code linkedin.com/in/x}, {@code www.xing.com/profile/y}): what people
     * copy from an address bar or type from memory. A dot is required, so "hello" or "mailto:x" are not taken
     * for a host.
     */
    private static final Pattern STARTS_WITH_HOST =
            Pattern.compile("^(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+(:\\d+)?([/?#].*)?$");

    private ContactValidation() {
    }

    /** A first or last name; importers that need a person's name use this. */
    public static Optional<String> checkName(String firstName, String lastName) {
        boolean empty = (firstName == null || firstName.isBlank()) && (lastName == null || lastName.isBlank());
        return empty ? Optional.of("validation.nameRequired") : Optional.empty();
    }

    /**
     * What a contact needs to be stored at all: something to find it by, i.e. a name, a company (organisation)
     * or a valid e-mail address. Everything else may be empty.
     */
    public static Optional<String> checkIdentity(String firstName, String lastName, String company, String email) {
        boolean named = checkName(firstName, lastName).isEmpty();
        boolean hasCompany = company != null && !company.isBlank();
        boolean hasEmail = email != null && !email.isBlank() && checkEmail(email).isEmpty();
        return named || hasCompany || hasEmail ? Optional.empty() : Optional.of("validation.identityRequired");
    }

    /** {@link #checkIdentity(String, String, String, String)} of a contact. */
    public static Optional<String> checkIdentity(Contact contact) {
        return checkIdentity(contact.firstName(), contact.lastName(), contact.company(), contact.email());
    }

    /**
     * The one rule for a profile link, typed in the form or read by an importer: surrounding white space is
     * dropped, a link without scheme ({@code linkedin.com/in/x}, {@code //x.com/y}) gets {@code https://}, and
     * what then is an absolute http(s) URL with a host is the link. Empty when the text cannot be a link (or is
     * blank).
     */
    public static Optional<String> profileUrl(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String url = text.strip();
        if (url.startsWith("//")) {
            url = "https:" + url;
        } else if (STARTS_WITH_HOST.matcher(url).matches()) {
            url = "https://" + url;
        }
        return isHttpUrl(url) ? Optional.of(url) : Optional.empty();
    }

    /** A profile link that cannot be a link even after {@link #profileUrl}'s repair; blank is fine (no profile). */
    public static Optional<String> checkProfileUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return profileUrl(url).isPresent() ? Optional.empty() : Optional.of("validation.urlNotHttp");
    }

    /** Strictly an absolute http(s) URL with a host: what NetJournal stores and would ever hand to a browser. */
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
