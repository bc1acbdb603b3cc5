package org.netjournal.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the user's networks say for steps 2 and 3 and for the defaults elsewhere. Derived from the list each time,
 * so it never disagrees with it.
 */
public record MyNetworks(List<MyNetwork> all) {

    public MyNetworks {
        all = List.copyOf(all);
    }

    public List<MyNetwork> chosen() {
        return all.stream().filter(MyNetwork::chosen).toList();
    }

    /**
     * The chosen networks as sessions, goals, drafts and contacts name them, in the user's order; networks of the
     * user's own count as one {@link Network#OTHER}.
     */
    public Set<Network> defaults() {
        Set<Network> networks = new LinkedHashSet<>();
        chosen().forEach(network -> networks.add(network.network()));
        return networks;
    }

    /** The one network to preset where only one fits (a draft, a new contact's link), or null when none. */
    public Network firstDefault() {
        return defaults().stream().findFirst().orElse(null);
    }

    /** Step 2, "look at what each network is for": any network was chosen. */
    public boolean anyChosen() {
        return !chosen().isEmpty();
    }

    /** Step 2, "choose one or two networks, with a reason": a chosen network has its why. */
    public boolean anyChosenWithWhy() {
        return chosen().stream().anyMatch(MyNetwork::hasWhy);
    }

    /** Step 3, "create your accounts": every chosen network has its account ticked. */
    public boolean accountsCreated() {
        return anyChosen() && chosen().stream().allMatch(network -> network.isChecked(NetworkCheck.ACCOUNT));
    }

    /** Step 3, "fill in your profile": every chosen network's profile list is ticked. */
    public boolean profilesFilled() {
        return anyChosen() && chosen().stream().allMatch(MyNetwork::profileComplete);
    }

    /** Step 3, "check the privacy settings": every chosen network was reviewed. */
    public boolean privacyReviewed() {
        return anyChosen() && chosen().stream().allMatch(MyNetwork::privacyReviewed);
    }

    /** The chosen networks whose privacy review is older than {@link MyNetwork#REVIEW_MONTHS} months. */
    public List<MyNetwork> reviewsDue(LocalDate today) {
        return chosen().stream().filter(network -> network.reviewOverdue(today)).toList();
    }
}
