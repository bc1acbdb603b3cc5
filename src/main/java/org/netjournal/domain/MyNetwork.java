package org.netjournal.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A network the user picked (or picked once: un-choosing keeps the words, so choosing again brings them back).
 * A built-in network appears at most once; a network of the user's own is {@link Network#OTHER} with a
 * {@code customName}, and sessions, goals, drafts and contacts count it as {@link Network#OTHER}.
 *
 * @param profileLink the user's own profile link as typed (kept word for word; {@link #profile()} repairs it)
 * @param reviewedOn  when the user last said "I reviewed my privacy settings today", or null
 * @param checked     the ticked items of its profile and privacy checklists
 */
public record MyNetwork(long id, Network network, String customName, boolean chosen, String why,
                        String profileLink, LocalDate reviewedOn, Set<NetworkCheck> checked) {

    /** How long a privacy review stays fresh before home reminds of it. */
    public static final int REVIEW_MONTHS = 6;

    public MyNetwork {
        Objects.requireNonNull(network);
        customName = customName == null ? "" : customName.strip();
        why = why == null ? "" : why;
        profileLink = profileLink == null ? "" : profileLink;
        checked = checked.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(checked));
        if (network == Network.OTHER && customName.isEmpty()) {
            throw new IllegalArgumentException("A network of your own needs a name");
        }
        if (network != Network.OTHER && !customName.isEmpty()) {
            throw new IllegalArgumentException("A built-in network has its own name");
        }
    }

    /** A built-in network, just chosen. */
    public static MyNetwork chosen(Network network) {
        return new MyNetwork(0, network, "", true, "", "", null, Set.of());
    }

    /** A network of the user's own, just added. */
    public static MyNetwork custom(String name) {
        return new MyNetwork(0, Network.OTHER, name, true, "", "", null, Set.of());
    }

    public boolean isCustom() {
        return network == Network.OTHER;
    }

    /** The user's profile link, repaired ({@code linkedin.com/in/x} gets https://); empty when it is no link yet. */
    public Optional<ProfileLink> profile() {
        return ProfileLink.parse(profileLink).map(link -> new ProfileLink(network, link.url()));
    }

    public boolean hasWhy() {
        return !why.isBlank();
    }

    public List<NetworkCheck> profileChecks() {
        return NetworkGuide.profileChecks(network);
    }

    public List<NetworkCheck> privacyChecks() {
        return NetworkGuide.privacyChecks(network);
    }

    public boolean isChecked(NetworkCheck check) {
        return checked.contains(check);
    }

    public boolean profileComplete() {
        return checked.containsAll(profileChecks());
    }

    /** Privacy counts as reviewed once every privacy item is ticked, or the user said they reviewed it. */
    public boolean privacyReviewed() {
        return reviewedOn != null || checked.containsAll(privacyChecks());
    }

    /** True when the last review is more than {@link #REVIEW_MONTHS} months before {@code today}. */
    public boolean reviewOverdue(LocalDate today) {
        return chosen && reviewedOn != null && reviewedOn.plusMonths(REVIEW_MONTHS).isBefore(today);
    }

    public MyNetwork withId(long newId) {
        return new MyNetwork(newId, network, customName, chosen, why, profileLink, reviewedOn, checked);
    }

    public MyNetwork withChosen(boolean newChosen) {
        return new MyNetwork(id, network, customName, newChosen, why, profileLink, reviewedOn, checked);
    }

    public MyNetwork withWhy(String newWhy) {
        return new MyNetwork(id, network, customName, chosen, newWhy, profileLink, reviewedOn, checked);
    }

    public MyNetwork withProfileLink(String newLink) {
        return new MyNetwork(id, network, customName, chosen, why, newLink, reviewedOn, checked);
    }

    public MyNetwork withReviewedOn(LocalDate date) {
        return new MyNetwork(id, network, customName, chosen, why, profileLink, date, checked);
    }

    public MyNetwork withChecked(NetworkCheck check, boolean on) {
        Set<NetworkCheck> changed = checked.isEmpty() ? EnumSet.noneOf(NetworkCheck.class) : EnumSet.copyOf(checked);
        if (on) {
            changed.add(check);
        } else {
            changed.remove(check);
        }
        return new MyNetwork(id, network, customName, chosen, why, profileLink, reviewedOn, changed);
    }
}
