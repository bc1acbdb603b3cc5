package org.netjournal.domain;

import java.util.TreeSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in catalogue of networks (step 2) and their checklists (step 3), as bundle keys: the texts themselves
 * are in {@code i18n/networks*.properties}, written for each network in every language. A network the user added
 * ({@link Network#OTHER}) has no catalogue entry and gets the general checklists.
 */
public final class NetworkGuide {

    /** What the catalogue says about each built-in network. */
    public enum Aspect {
        PURPOSE("purpose"),
        PEOPLE("people"),
        FORMATS("formats"),
        EFFORT("effort"),
        SHY("shy");

        private final String code;

        Aspect(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private static final Set<NetworkCheck> PRIVACY = EnumSet.of(NetworkCheck.CONNECTIONS,
            NetworkCheck.CONTACT_DETAILS, NetworkCheck.ACTIVITY, NetworkCheck.SEARCHABLE, NetworkCheck.TWO_FACTOR);

    /** The profile items each network has; the privacy list is the same five items for every network. */
    private static final Map<Network, Set<NetworkCheck>> PROFILE = new EnumMap<>(Network.class);

    static {
        Set<NetworkCheck> full = EnumSet.of(NetworkCheck.ACCOUNT, NetworkCheck.PHOTO, NetworkCheck.HEADLINE,
                NetworkCheck.ABOUT, NetworkCheck.EXPERIENCE);
        Set<NetworkCheck> bio = EnumSet.of(NetworkCheck.ACCOUNT, NetworkCheck.PHOTO, NetworkCheck.ABOUT);
        PROFILE.put(Network.LINKEDIN, full);
        PROFILE.put(Network.XING, full);
        PROFILE.put(Network.FACEBOOK, EnumSet.of(NetworkCheck.ACCOUNT, NetworkCheck.PHOTO, NetworkCheck.ABOUT,
                NetworkCheck.EXPERIENCE));
        for (Network network : List.of(Network.INSTAGRAM, Network.X, Network.PINTEREST, Network.MASTODON,
                Network.BLUESKY, Network.THREADS, Network.YOUTUBE, Network.TIKTOK, Network.OTHER)) {
            PROFILE.put(network, bio);
        }
    }

    private NetworkGuide() {
    }

    /** The networks of the catalogue, in display order: every network but {@link Network#OTHER}. */
    public static List<Network> catalogue() {
        return Arrays.stream(Network.values()).filter(network -> network != Network.OTHER).toList();
    }

    /** The key of what the catalogue says about {@code network}, e.g. {@code networks.linkedin.shy}. */
    public static String aboutKey(Network network, Aspect aspect) {
        if (network == Network.OTHER) {
            throw new IllegalArgumentException("A network of your own has no catalogue entry");
        }
        return "networks." + network.code() + "." + aspect.code();
    }

    /** The profile checklist, then the privacy checklist, of {@code network} (OTHER: the general lists). */
    public static List<NetworkCheck> checks(Network network) {
        List<NetworkCheck> checks = new ArrayList<>(PROFILE.get(network));
        checks.addAll(PRIVACY);
        return List.copyOf(checks);
    }

    public static List<NetworkCheck> profileChecks(Network network) {
        return checks(network).stream().filter(check -> !check.isPrivacy()).toList();
    }

    public static List<NetworkCheck> privacyChecks(Network network) {
        return checks(network).stream().filter(NetworkCheck::isPrivacy).toList();
    }

    /** The label of a checklist item, the same for every network: {@code networks.check.photo}. */
    public static String checkKey(NetworkCheck check) {
        return "networks.check." + check.code();
    }

    /** Where to find the item on that network: {@code networks.linkedin.where.two-factor}. */
    public static String whereKey(Network network, NetworkCheck check) {
        if (!checks(network).contains(check)) {
            throw new IllegalArgumentException(network + " has no " + check);
        }
        return "networks." + network.code() + ".where." + check.code();
    }

    /** Every key the catalogue and the checklists use, for the bundle tests. */
    public static Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        for (Network network : catalogue()) {
            for (Aspect aspect : Aspect.values()) {
                keys.add(aboutKey(network, aspect));
            }
        }
        for (Network network : Network.values()) {
            for (NetworkCheck check : checks(network)) {
                keys.add(whereKey(network, check));
            }
        }
        for (NetworkCheck check : NetworkCheck.values()) {
            keys.add(checkKey(check));
        }
        return keys;
    }
}
