package org.netjournal.ui.models;

import java.util.List;
import java.util.function.Predicate;
import org.netjournal.domain.MyNetworks;
import org.netjournal.domain.StepDefinition;
import org.netjournal.ui.models.StepEditor;
import org.netjournal.ui.models.StepModel;

/**
 * Steps 2 and 3 tick from what the user did with their networks, as step 7 ticks from a noted win: when a
 * condition becomes true (or is true when the journal is loaded), its built-in item is ticked, so the step's
 * state agrees with the networks. Unticking by hand stays possible until the condition turns true again.
 */
public final class NetworkStepTicks {

    private record Tick(StepDefinition step, String itemKey, Predicate<MyNetworks> when) {
    }

    private static final List<Tick> TICKS = List.of(
            new Tick(StepDefinition.CHOOSE_NETWORKS, "compare-networks", MyNetworks::anyChosen),
            new Tick(StepDefinition.CHOOSE_NETWORKS, "choose-network", MyNetworks::anyChosenWithWhy),
            new Tick(StepDefinition.CREATE_ACCOUNTS, "create-accounts", MyNetworks::accountsCreated),
            new Tick(StepDefinition.CREATE_ACCOUNTS, "fill-profile", MyNetworks::profilesFilled),
            new Tick(StepDefinition.CREATE_ACCOUNTS, "review-privacy", MyNetworks::privacyReviewed));

    private NetworkStepTicks() {
    }

    /** Ticks the items of steps 2 and 3 as the user's networks change, from now on. */
    public static void follow(MyNetworksModel networks, StepEditor steps) {
        boolean[] was = new boolean[TICKS.size()];
        networks.summary().addListener((obs, old, now) -> {
            for (int i = 0; i < TICKS.size(); i++) {
                Tick tick = TICKS.get(i);
                boolean holds = tick.when().test(now);
                if (holds && !was[i]) {
                    tickItem(steps, tick);
                }
                was[i] = holds;
            }
        });
    }

    private static void tickItem(StepEditor steps, Tick tick) {
        StepModel step = steps.step(tick.step().number());
        step.items().stream()
                .filter(item -> tick.itemKey().equals(item.builtInKey()) && !item.checked())
                .findFirst()
                .ifPresent(item -> steps.setChecked(step, item, true));
    }
}
