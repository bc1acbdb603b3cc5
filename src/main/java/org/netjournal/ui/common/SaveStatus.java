package org.netjournal.ui.common;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar says about saving. "Saved" only when nothing typed is waiting (for the autosave, for the
 * storage thread, or for a retry after a failed write), no write is running and no editor holds back text it
 * cannot store as typed; the error of a failed write while its text is still not in the file; what an editor holds
 * back (e.g. "Profile link not saved: …"); "Saving…" otherwise.
 *
 * <p>Three kinds of work report here: typed text under a key ({@link #unsaved}, {@link #saved}, {@link #failed};
 * see {@link Autosave}), one-off writes such as a ticked box ({@link #writeStarted} and its outcome), and text an
 * editor cannot store as typed ({@link #setNotSaved}). A failed one-off write was undone on screen, so its error
 * stays visible only until a later write succeeds; a failed key stays an error until that key is saved.
 */
public final class SaveStatus {

    public enum State { SAVED, SAVING, NOT_SAVED, FAILED }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.SAVED);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notSaved = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final Set<Object> unsaved = new HashSet<>();
    private final Map<Object, String> failedKeys = new LinkedHashMap<>();
    /** Per editor: the sentence saying what it holds back. */
    private final Map<Object, String> heldBack = new LinkedHashMap<>();
    private int running;
    private String oneOffError;

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

    /**
     * A short confirmation of something just stored (e.g. "Session saved. This week: …"), shown by the status bar
     * for a few seconds, never in a dialog; empty when there is none.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Says {@code sentence} in the status bar for a few seconds (the same sentence twice is said twice). */
    public void announce(String sentence) {
        notice.set("");
        notice.set(sentence);
    }

    /** Text typed under {@code key} is not in the file yet. */
    public void unsaved(Object key) {
        unsaved.add(key);
        update();
    }

    /** The newest text under {@code key} is in the file (or was dropped with what it belonged to). */
    public void saved(Object key) {
        unsaved.remove(key);
        failedKeys.remove(key);
        update();
    }

    /** Writing the text under {@code key} failed; it is still not in the file. */
    public void failed(Object key, String message) {
        unsaved.add(key);
        failedKeys.remove(key);
        failedKeys.put(key, message); // the newest failure is the one shown
        update();
    }

    /** True while something typed is not in the file. */
    public boolean hasUnsaved() {
        return !unsaved.isEmpty() || !heldBack.isEmpty();
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
        oneOffError = null;
        update();
    }

    public void writeFailed(String message) {
        running = Math.max(0, running - 1);
        oneOffError = message;
        update();
    }

    private void update() {
        String failure = null;
        for (String message : failedKeys.values()) {
            failure = message;
        }
        if (failure == null) {
            failure = oneOffError;
        }
        if (failure != null) {
            error.set(failure);
            state.set(State.FAILED);
            return;
        }
        error.set("");
        if (running > 0 || !unsaved.isEmpty()) {
            state.set(State.SAVING);
        } else {
            state.set(heldBack.isEmpty() ? State.SAVED : State.NOT_SAVED);
        }
    }
}
