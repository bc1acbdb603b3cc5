package org.netjournal.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One unmodifiable set per combination of networks, shared by every row that has it: a decade-old journal's
 * 50,000 contacts have a handful of combinations, so the table keeps a handful of sets instead of 50,000.
 * Thread-safe (rows are made on the storage thread and on the JavaFX thread).
 */
final class NetworkSets {

    private static final Map<Integer, Set<Network>> SHARED = new ConcurrentHashMap<>();

    private NetworkSets() {
    }

    /** The shared unmodifiable set equal to {@code networks} (iterating in the order of {@link Network}). */
    static Set<Network> shared(Set<Network> networks) {
        if (networks == null || networks.isEmpty()) {
            return Set.of();
        }
        int bits = 0;
        for (Network network : networks) {
            bits |= 1 << network.ordinal();
        }
        return SHARED.computeIfAbsent(bits, key -> Collections.unmodifiableSet(EnumSet.copyOf(networks)));
    }
}
