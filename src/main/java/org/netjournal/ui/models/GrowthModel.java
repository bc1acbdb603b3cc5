package org.netjournal.ui.models;

import java.util.List;
import java.util.function.Consumer;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.GrowthSeries;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.Week;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.StageChangeRepository;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.tasks.Tasks;

/**
 * "How far you have come" for the window: the interactions and the recorded stage changes are read on the storage
 * thread each time the chart is shown (they change with every logged interaction), the series is computed on the
 * FX thread from them and the target contacts the window already holds.
 */
public final class GrowthModel {

    private final ContactRepository contacts;
    private final StageChangeRepository stageChanges;
    private final TaskRunner runner;

    public GrowthModel(ContactRepository contacts, StageChangeRepository stageChanges, TaskRunner runner) {
        this.contacts = contacts;
        this.stageChanges = stageChanges;
        this.runner = runner;
    }

    private record Loaded(List<Interaction> interactions, List<GrowthSeries.StageChange> changes) {
    }

    /** Reads what the series needs and hands the last {@code weeks} weeks up to {@code current} to {@code then}. */
    public void series(List<ContactSummary> targets, Week current, int weeks, Consumer<GrowthSeries.Series> then) {
        List<ContactSummary> fixed = List.copyOf(targets);
        Tasks.create(() -> new Loaded(contacts.allInteractions(), stageChanges.list()))
                .onSuccess(loaded -> then.accept(GrowthSeries.of(fixed, loaded.interactions(), loaded.changes(),
                        current, weeks)))
                .runOn(runner);
    }
}
