package org.netjournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.netjournal.ui.common.SaveStatus.State;

/** "Saved" only when everything typed is in the file: text an editor holds back keeps it from showing. */
class SaveStatusTest {

    private final SaveStatus status = new SaveStatus();
    private final Object form = new Object();

    @Test
    void textHeldBackIsSaidUntilTheEditorLetsGoOfIt() {
        status.setNotSaved(form, "Profile link not saved: \u201cx y\u201d cannot be a web address.");
        assertEquals(State.NOT_SAVED, status.stateProperty().get());

        status.writeStarted(); // the other fields are written meanwhile
        assertEquals(State.SAVING, status.stateProperty().get());
        status.writeSucceeded();
        assertEquals(State.NOT_SAVED, status.stateProperty().get(), "not \"Saved\": the link is not in the file");
        assertEquals("Profile link not saved: \u201cx y\u201d cannot be a web address.",
                status.notSavedProperty().get());

        status.setNotSaved(form, "");
        assertEquals(State.SAVED, status.stateProperty().get());
        assertEquals("", status.notSavedProperty().get());
    }

    @Test
    void aFailedWriteStaysVisibleOverHeldBackTextAndClearingForgetsEveryEditor() {
        status.setNotSaved(form, "E-mail not saved.");
        status.setNotSaved(new Object(), "Name not saved.");
        assertEquals("E-mail not saved. Name not saved.", status.notSavedProperty().get());
        status.writeStarted();
        status.writeFailed("disk full");
        status.setNotSaved(form, "");
        assertEquals(State.FAILED, status.stateProperty().get());
        status.writeStarted();
        status.writeSucceeded();
        assertEquals(State.NOT_SAVED, status.stateProperty().get());

        status.clearNotSaved();
        assertEquals(State.SAVED, status.stateProperty().get());
    }
}
