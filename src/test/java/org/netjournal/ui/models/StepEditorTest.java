package org.netjournal.ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.StepDefinition;
import org.netjournal.domain.StepRecord;
import org.netjournal.storage.StepRepository;
import org.netjournal.ui.ViewModelJournal;
import org.netjournal.ui.common.SaveStatus;

/** The steps' view models (StepModel through StepEditor) against a real journal file. */
class StepEditorTest {

    @TempDir
    Path temp;

    private ViewModelJournal journal;
    private StepRepository repository;
    private StepEditor editor;

    @BeforeEach
    void open() throws Exception {
        journal = new ViewModelJournal(temp);
        repository = new StepRepository(journal.database);
        repository.ensureBuiltInItems();
        editor = new StepEditor(repository.loadAll(), repository, journal.runner, journal.saveStatus, journal.errors,
                journal.autosave);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private StepRecord inFile(int step) throws Exception {
        return repository.load(step);
    }

    @Test
    void tickingAnItemChangesTheStepAndReachesTheFile() throws Exception {
        StepModel first = editor.step(1);
        ChecklistItem item = first.items().get(0);
        assertEquals(0, first.checkedCount());

        editor.setChecked(first, item, true);

        assertEquals(1, first.checkedCount());
        assertTrue(inFile(1).items().stream().anyMatch(stored -> stored.id() == item.id() && stored.checked()));
        assertEquals(SaveStatus.State.SAVED, journal.saveStatus.stateProperty().get());
    }

    @Test
    void typedNotesReachTheFileWhenFlushedAndOwnItemsAreAddedRenamedAndRemoved() throws Exception {
        StepModel second = editor.step(2);
        second.notesProperty().set("Meet Anna at the meetup");
        assertTrue(editor.hasUnsavedNotes(), "typed, not yet written");
        editor.flushNotes();
        assertFalse(editor.hasUnsavedNotes());
        assertEquals("Meet Anna at the meetup", inFile(2).notes());

        int before = second.items().size();
        editor.addItem(second, "Write to Ben");
        assertEquals(before + 1, second.items().size());
        ChecklistItem own = second.items().get(second.items().size() - 1);
        assertEquals("Write to Ben", own.text());
        editor.renameItem(second, own, "  Write to Ben today ");
        assertEquals("Write to Ben today", inFile(2).items().get(before).text());
        editor.removeItem(second, second.items().get(before));
        assertEquals(before, inFile(2).items().size());
        assertEquals(before, second.items().size());
    }

    @Test
    void aWriteThatFailsIsUndoneInTheModelAndSaid() {
        StepModel first = editor.step(1);
        ChecklistItem item = first.items().get(0);
        journal.database.close(); // the file is gone from under the editor

        editor.setChecked(first, item, true);
        editor.setMarkedDone(first, true);

        assertEquals(0, first.checkedCount(), "the tick is taken back: the file does not have it");
        assertFalse(first.markedDoneProperty().get());
        assertEquals(SaveStatus.State.FAILED, journal.saveStatus.stateProperty().get());
        assertFalse(journal.saveStatus.errorProperty().get().isBlank());
    }

    @Test
    void aNewWinTicksStepSevensNoteAWinOnceAndTheBarrierSeesItWritten() throws Exception {
        ObservableList<String> wins = FXCollections.observableArrayList();
        editor.countWins(wins);
        StepModel haveFun = editor.step(StepDefinition.HAVE_FUN.number());
        long before = haveFun.checkedCount();
        List<String> order = new ArrayList<>();

        wins.add("A kind reply");
        journal.runner.afterPendingWrites(() -> order.add("barrier"));

        assertEquals(before + 1, haveFun.checkedCount());
        assertEquals(List.of("barrier"), order);
        assertEquals(before + 1, inFile(StepDefinition.HAVE_FUN.number()).items().stream()
                .filter(ChecklistItem::checked).count());
    }
}
