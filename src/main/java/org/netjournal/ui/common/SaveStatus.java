package org.netjournal.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar says about saving. "Saving…" while edits wait for the debounce or for the storage
 * thread, "Saved" once everything reached the file, or the error of the last failed write.
 */
public final class SaveStatus {

    public enum State { SAVED, SAVING, FAILED }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.SAVED);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private int running;
    private boolean waiting;

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Edits are waiting for the debounce timer. */
    public void setWaiting(boolean waiting) {
        this.waiting = waiting;
        update();
    }

    public void writeStarted() {
        running++;
        update();
    }

    public void writeSucceeded() {
        running = Math.max(0, running - 1);
        if (state.get() == State.FAILED && running == 0 && !waiting) {
            error.set("");
        }
        if (running == 0 && !waiting) {
            state.set(State.SAVED);
        }
    }

    public void writeFailed(String message) {
        running = Math.max(0, running - 1);
        error.set(message);
        state.set(State.FAILED);
    }

    private void update() {
        if (state.get() == State.FAILED && running == 0) {
            return; // keep the error visible until a later write succeeds
        }
        state.set(running > 0 || waiting ? State.SAVING : State.SAVED);
    }
}
