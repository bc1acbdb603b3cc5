package org.netjournal.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar says about saving. "Saving…" while edits wait for the debounce or for the storage
 * thread, "Saved" once everything reached the file, the error of the last failed write, or what typed text an
 * editor holds back because it cannot be stored as typed (e.g. "Profile link not saved: …"). "Saved" is shown
 * only when none of these is the case.
 */
public final class SaveStatus {

    public enum State { SAVED, SAVING, NOT_SAVED, FAILED }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.SAVED);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notSaved = new ReadOnlyStringWrapper("");
    /** Per editor: the sentence saying what it holds back. */
    private final Map<Object, String> heldBack = new LinkedHashMap<>();
    private int running;
    private boolean waiting;

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What typed text is not stored, and why; empty when every editor stored all it holds. */
    public ReadOnlyStringProperty notSavedProperty() {
        return notSaved.getReadOnlyProperty();
    }

    /** Edits are waiting for the debounce timer. */
    public void setWaiting(boolean waiting) {
        this.waiting = waiting;
        update();
    }

    /**
     * {@code editor} holds typed text it cannot store as typed, said in {@code sentence}; a blank sentence means
     * it holds nothing back any more.
     */
    public void setNotSaved(Object editor, String sentence) {
        if (sentence == null || sentence.isBlank()) {
            heldBack.remove(editor);
        } else {
            heldBack.put(editor, sentence);
        }
        notSaved.set(String.join(" ", heldBack.values()));
        update();
    }

    /** Forgets what every editor held back: they are gone (the window was rebuilt). */
    public void clearNotSaved() {
        heldBack.clear();
        notSaved.set("");
        update();
    }

    public void writeStarted() {
        running++;
        update();
    }

    public void writeSucceeded() {
        running = Math.max(0, running - 1);
        if (state.get() == State.FAILED) {
            if (running == 0 && !waiting) {
                error.set("");
                state.set(settled());
            }
            return;
        }
        update();
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
        state.set(running > 0 || waiting ? State.SAVING : settled());
    }

    private State settled() {
        return heldBack.isEmpty() ? State.SAVED : State.NOT_SAVED;
    }
}
