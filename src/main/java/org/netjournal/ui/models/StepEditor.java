package org.netjournal.ui.models;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import java.util.List;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.StepDefinition;
import org.netjournal.domain.StepRecord;
import org.netjournal.storage.StepRepository;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.ui.common.Autosave;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.common.UserFacingErrors;

/**
 * Applies the user's edits of the steps to the models at once and to the journal file in the background.
 * Notes go through the window's {@link Autosave} (debounced with a maximum wait, retried after a failure), or
 * at once on {@link #flushNotes()} (step switch, focus loss, close).
 */
public final class StepEditor {

    /** The autosave key of one step's notes. */
    private record Notes(int step) {
    }

    /** Step 7's built-in item that a noted win ticks. */
    private static final String NOTE_WIN = "note-win";

    private final StepRepository repository;
    private final ModelWrites writes;
    private final Autosave autosave;
    private final List<StepModel> steps;

    public StepEditor(List<StepRecord> records, StepRepository repository, TaskRunner runner, SaveStatus saveStatus,
                      UserFacingErrors errors, Autosave autosave) {
        this.repository = repository;
        this.writes = new ModelWrites(runner, saveStatus, errors);
        this.autosave = autosave;
        this.steps = records.stream().map(StepModel::new).toList();
        for (StepModel step : steps) {
            step.notesProperty().addListener((obs, old, text) -> notesChanged(step.number(), text));
        }
    }

    public List<StepModel> steps() {
        return steps;
    }

    public StepModel step(int number) {
        return steps.get(number - 1);
    }

    private void notesChanged(int stepNumber, String text) {
        autosave.edited(new Notes(stepNumber), () -> {
            repository.saveNotes(stepNumber, text);
            return null;
        }, ignored -> { });
    }

    /** Writes everything typed and not yet saved (notes and the other editors alike: one autosave). */
    public void flushNotes() {
        autosave.flush();
    }

    /** True while typed text (of any editor) is not in the file, e.g. after a failed write. */
    public boolean hasUnsavedNotes() {
        return autosave.hasPending();
    }

    /** The window's autosave, shared by every editor of typed text. */
    public Autosave autosave() {
        return autosave;
    }

    /**
     * Step 7 counts the wins: whenever one more win is noted (in step 7, in a session, or found on loading a
     * journal that has some), its "Note a moment that felt good" is ticked, so the step's state agrees with
     * what the user did. Unticking it by hand stays possible until the next win.
     */
    public void countWins(ObservableList<?> wins) {
        int[] known = {wins.size()};
        wins.addListener((InvalidationListener) changed -> {
            if (wins.size() > known[0]) {
                StepModel haveFun = step(StepDefinition.HAVE_FUN.number());
                haveFun.items().stream()
                        .filter(item -> NOTE_WIN.equals(item.builtInKey()) && !item.checked())
                        .findFirst()
                        .ifPresent(item -> setChecked(haveFun, item, true));
            }
            known[0] = wins.size();
        });
    }

    /**
     * Ticks the built-in item {@code itemKey} of {@code definition} whenever {@code done} becomes true (also when
     * it does on loading), so the step's state agrees with what the user did elsewhere (step 5: a goal written, a
     * first target contact). Unticking it by hand stays possible until it becomes true again.
     */
    public void tickWhen(StepDefinition definition, String itemKey, ObservableBooleanValue done) {
        Runnable tick = () -> {
            StepModel step = step(definition.number());
            step.items().stream()
                    .filter(item -> itemKey.equals(item.builtInKey()) && !item.checked())
                    .findFirst()
                    .ifPresent(item -> setChecked(step, item, true));
        };
        done.addListener((obs, was, now) -> {
            if (now) {
                tick.run();
            }
        });
        if (done.get()) {
            tick.run();
        }
    }

    public void setChecked(StepModel step, ChecklistItem item, boolean checked) {
        step.replace(item.withChecked(checked));
        writes.writeOrUndo(() -> repository.setChecked(item.id(), checked), () -> step.replace(item));
    }

    public void setMarkedDone(StepModel step, boolean done) {
        step.markedDoneProperty().set(done);
        writes.writeOrUndo(() -> repository.setMarkedDone(step.number(), done),
                () -> step.markedDoneProperty().set(!done));
    }

    public void addItem(StepModel step, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        writes.write(() -> repository.addItem(step.number(), text), item -> step.items().add(item), error -> { });
    }

    public void renameItem(StepModel step, ChecklistItem item, String text) {
        if (item.isBuiltIn() || text == null || text.isBlank() || text.strip().equals(item.text())) {
            return;
        }
        step.replace(item.withText(text.strip()));
        writes.writeOrUndo(() -> repository.renameItem(item.id(), text), () -> step.replace(item));
    }

    public void removeItem(StepModel step, ChecklistItem item) {
        if (item.isBuiltIn()) {
            return;
        }
        int index = step.items().indexOf(item);
        step.items().remove(item);
        writes.writeOrUndo(() -> repository.removeItem(item.id()), () -> step.items().add(Math.max(0, index), item));
    }
}
