package org.netjournal.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The seven fixed steps of the guide. Texts live in the resource bundles under {@code step.N.*};
 * this enum only knows numbers and the keys of the built-in "done when" checklist items.
 */
public enum StepDefinition {
    WHY_IT_MATTERS(1, "write-why"),
    CHOOSE_NETWORKS(2, "compare-networks", "choose-network"),
    CREATE_ACCOUNTS(3, "create-accounts", "fill-profile", "review-privacy"),
    SIGHTSEEING(4, "follow-people", "first-like", "first-comment"),
    STRATEGY(5, "write-goal", "list-contacts"),
    GET_ACTIVE(6, "set-weekly-goals", "first-post", "first-week-logged"),
    HAVE_FUN(7, "note-win", "fun-session");

    public static final int COUNT = 7;

    private final int number;
    private final List<String> builtInItemKeys;

    StepDefinition(int number, String... builtInItemKeys) {
        this.number = number;
        this.builtInItemKeys = List.of(builtInItemKeys);
    }

    public int number() {
        return number;
    }

    /** Stable keys of the built-in checklist items, in display order. */
    public List<String> builtInItemKeys() {
        return builtInItemKeys;
    }

    public static StepDefinition byNumber(int number) {
        return Arrays.stream(values())
                .filter(step -> step.number == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No step " + number));
    }
}
