package org.netjournal.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a session counted, per network: "LinkedIn: 2 posts, Instagram: 1 post". Counts that belong to no
 * particular network are "not assigned" ({@link #unassigned()}): counts of a session without networks, and the
 * counts of a multi-network session logged before counts had a network (the journal cannot know how the user
 * split "3 comments" between LinkedIn and Xing, so it does not guess). Not-assigned counts only count for goals
 * that are not tied to a network.
 *
 * <p>Normalised on construction: maps unmodifiable, in {@link Network} and {@link ActionKind} order, without zero
 * counts and without empty networks. Negative counts are refused.
 */
public record SessionCounts(Map<ActionKind, Integer> unassigned, Map<Network, Map<ActionKind, Integer>> byNetwork) {

    public static final SessionCounts NONE = new SessionCounts(Map.of(), Map.of());

    public SessionCounts {
        unassigned = clean(unassigned);
        Map<Network, Map<ActionKind, Integer>> cleanByNetwork = new EnumMap<>(Network.class);
        if (byNetwork != null) {
            for (Map.Entry<Network, Map<ActionKind, Integer>> entry : byNetwork.entrySet()) {
                Network network = Objects.requireNonNull(entry.getKey(), "counts for a null network");
                Map<ActionKind, Integer> counts = clean(entry.getValue());
                if (!counts.isEmpty()) {
                    cleanByNetwork.put(network, counts);
                }
            }
        }
        byNetwork = Collections.unmodifiableMap(cleanByNetwork);
    }

    private static Map<ActionKind, Integer> clean(Map<ActionKind, Integer> counts) {
        Map<ActionKind, Integer> clean = new EnumMap<>(ActionKind.class);
        if (counts != null) {
            for (Map.Entry<ActionKind, Integer> entry : counts.entrySet()) {
                ActionKind kind = Objects.requireNonNull(entry.getKey(), "count without an action kind");
                int value = entry.getValue() == null ? 0 : entry.getValue();
                if (value < 0) {
                    throw new IllegalArgumentException("A count cannot be negative: " + kind.code() + " = " + value);
                }
                if (value > 0) {
                    clean.put(kind, value);
                }
            }
        }
        return Collections.unmodifiableMap(clean);
    }

    /** Counts on no particular network. */
    public static SessionCounts unassigned(Map<ActionKind, Integer> counts) {
        return new SessionCounts(counts, Map.of());
    }

    /** The count of {@code kind} on {@code network}; {@code network == null} means the not-assigned count. */
    public int on(Network network, ActionKind kind) {
        Map<ActionKind, Integer> counts = network == null ? unassigned : byNetwork.getOrDefault(network, Map.of());
        return counts.getOrDefault(kind, 0);
    }

    /** The sum of {@code kind} over every network and the not-assigned count. */
    public int total(ActionKind kind) {
        int total = unassigned.getOrDefault(kind, 0);
        for (Map<ActionKind, Integer> counts : byNetwork.values()) {
            total += counts.getOrDefault(kind, 0);
        }
        return total;
    }

    /** The sums per action kind, without zero sums, in {@link ActionKind} order. */
    public Map<ActionKind, Integer> totals() {
        Map<ActionKind, Integer> totals = new EnumMap<>(ActionKind.class);
        unassigned.forEach((kind, count) -> totals.merge(kind, count, Integer::sum));
        byNetwork.values().forEach(counts -> counts.forEach((kind, count) -> totals.merge(kind, count, Integer::sum)));
        return Collections.unmodifiableMap(totals);
    }

    public boolean isEmpty() {
        return unassigned.isEmpty() && byNetwork.isEmpty();
    }

    /** A copy with the count of {@code kind} on {@code network} (null: not assigned) set to {@code value}. */
    public SessionCounts with(Network network, ActionKind kind, int value) {
        if (network == null) {
            Map<ActionKind, Integer> changed = new EnumMap<>(ActionKind.class);
            changed.putAll(unassigned);
            changed.put(kind, value);
            return new SessionCounts(changed, byNetwork);
        }
        Map<Network, Map<ActionKind, Integer>> changed = new EnumMap<>(Network.class);
        changed.putAll(byNetwork);
        Map<ActionKind, Integer> ofNetwork = new EnumMap<>(ActionKind.class);
        ofNetwork.putAll(byNetwork.getOrDefault(network, Map.of()));
        ofNetwork.put(kind, value);
        changed.put(network, ofNetwork);
        return new SessionCounts(unassigned, changed);
    }

    /**
     * These counts for a session that used {@code networks}: counts on a network the session did not use become
     * not assigned, and when exactly one network was used every count is that network's (a one-network session
     * has nothing to split).
     */
    public SessionCounts usedOn(Set<Network> networks) {
        Map<ActionKind, Integer> loose = new EnumMap<>(ActionKind.class);
        loose.putAll(unassigned);
        Map<Network, Map<ActionKind, Integer>> kept = new EnumMap<>(Network.class);
        byNetwork.forEach((network, counts) -> {
            if (networks.contains(network)) {
                kept.put(network, counts);
            } else {
                counts.forEach((kind, count) -> loose.merge(kind, count, Integer::sum));
            }
        });
        if (networks.size() == 1 && !loose.isEmpty()) {
            Network only = networks.iterator().next();
            Map<ActionKind, Integer> merged = new EnumMap<>(ActionKind.class);
            merged.putAll(kept.getOrDefault(only, Map.of()));
            loose.forEach((kind, count) -> merged.merge(kind, count, Integer::sum));
            kept.put(only, merged);
            loose.clear();
        }
        return new SessionCounts(loose, kept);
    }
}
