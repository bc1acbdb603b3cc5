package org.netjournal.ui.models;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.StepDefinition;
import org.netjournal.domain.StepProgress;
import org.netjournal.domain.StepRecord;
import org.netjournal.domain.StepState;

/** One step as the UI sees it. The state is derived, so the navigator's mark can never disagree. */
public final class StepModel {

    private final StepDefinition definition;
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty markedDone = new SimpleBooleanProperty();
    private final ObservableList<ChecklistItem> items = FXCollections.observableArrayList();
    private final ObjectBinding<StepState> state;

    public StepModel(StepRecord record) {
        this.definition = StepDefinition.byNumber(record.number());
        notes.set(record.notes());
        markedDone.set(record.markedDone());
        items.setAll(record.items());
        state = Bindings.createObjectBinding(
                () -> StepProgress.stateOf(items, markedDone.get(), notes.get()), items, markedDone, notes);
    }

    public int number() {
        return definition.number();
    }

    public StepDefinition definition() {
        return definition;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty markedDoneProperty() {
        return markedDone;
    }

    public ObservableList<ChecklistItem> items() {
        return items;
    }

    public ObjectBinding<StepState> stateBinding() {
        return state;
    }

    public StepState state() {
        return state.get();
    }

    public long checkedCount() {
        return items.stream().filter(ChecklistItem::checked).count();
    }

    /** True when every item is ticked, so the step is done whatever the "Mark as done" box says. */
    public boolean doneByItems() {
        return !items.isEmpty() && checkedCount() == items.size();
    }

    /**
     * The bundle key of what the user reads as this step's state, shared by the badge, the navigator and the
     * checkbox: a step done only because the user marked it says so, so "Done · 0/3" never stands unexplained.
     */
    public String stateKey() {
        if (state() == StepState.DONE && !doneByItems()) {
            return "state.doneByYou";
        }
        return stateKey(state());
    }

    private static String stateKey(StepState state) {
        return switch (state) {
            case NOT_STARTED -> "state.notStarted";
            case IN_PROGRESS -> "state.inProgress";
            case DONE -> "state.done";
        };
    }

    void replace(ChecklistItem updated) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == updated.id()) {
                items.set(i, updated);
                return;
            }
        }
    }
}
