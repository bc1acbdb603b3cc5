package org.netjournal.domain;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What steps 4 and 5 hold beyond notes, as the full export and the restore see it: the goal, the target contacts
 * with their focus groups, the interesting accounts noted while looking around, and which drafts are still
 * untouched starter texts ({@code starterDrafts}: draft id to {@link StarterText} code).
 */
public record Strategy(StrategyGoal goal, List<TargetMark> targets, List<InterestingAccount> accounts,
                       Map<Long, String> starterDrafts) {

    public static final Strategy EMPTY = new Strategy(StrategyGoal.NONE, List.of(), List.of(), Map.of());

    public Strategy {
        goal = Objects.requireNonNullElse(goal, StrategyGoal.NONE);
        targets = List.copyOf(Objects.requireNonNullElse(targets, List.of()));
        accounts = List.copyOf(Objects.requireNonNullElse(accounts, List.of()));
        starterDrafts = Collections.unmodifiableMap(
                new TreeMap<>(Objects.requireNonNullElse(starterDrafts, Map.of())));
    }
}
