package org.netjournal.ui.step;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.StepRecord;
import org.netjournal.storage.StepRepository;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.common.UserFacingErrors;

/**
 * Applies the user's edits of the steps to the models at once and to the journal file in the background.
 * Notes are debounced: saved {@value #NOTES_DEBOUNCE_MILLIS} ms after typing stops, or earlier on
 * {@link #flushNotes()} (step switch, focus loss, close).
 */
public final class StepEditor {

    static final int NOTES_DEBOUNCE_MILLIS = 700;
    /** After a failed note save (disk full, read-only, file gone), the words are tried again this often. */
    static final int NOTES_RETRY_MILLIS = 5_000;

    private final StepRepository repository;
    private final TaskRunner runner;
    private final SaveStatus saveStatus;
    private final UserFacingErrors errors;
    private final List<StepModel> steps;
    private final Map<Integer, String> unsavedNotes = new HashMap<>();
    private final PauseTransition notesTimer = new PauseTransition(Duration.millis(NOTES_DEBOUNCE_MILLIS));
    private final PauseTransition retryTimer = new PauseTransition(Duration.millis(NOTES_RETRY_MILLIS));

    public StepEditor(List<StepRecord> records, StepRepository repository, TaskRunner runner, SaveStatus saveStatus,
                      UserFacingErrors errors) {
        this.repository = repository;
        this.runner = runner;
        this.saveStatus = saveStatus;
        this.errors = errors;
        this.steps = records.stream().map(StepModel::new).toList();
        notesTimer.setOnFinished(event -> flushNotes());
        retryTimer.setOnFinished(event -> {
            if (!unsavedNotes.isEmpty()) {
                flushNotes(); // saved once the cause is gone, without waiting for the next keystroke
            }
        });
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
        unsavedNotes.put(stepNumber, text);
        saveStatus.setWaiting(true);
        notesTimer.playFromStart();
    }

    /** Writes every note typed since the last save; a failed write stays pending and is tried again. */
    public void flushNotes() {
        notesTimer.stop();
        saveStatus.setWaiting(false);
        if (unsavedNotes.isEmpty()) {
            return;
        }
        Map<Integer, String> batch = new HashMap<>(unsavedNotes);
        unsavedNotes.clear();
        batch.forEach((stepNumber, text) -> write(() -> repository.saveNotes(stepNumber, text), error -> {
            // keep the words: unless newer text arrived meanwhile, this text is still to be saved
            unsavedNotes.putIfAbsent(stepNumber, text);
            retryTimer.playFromStart();
        }));
    }

    public boolean hasUnsavedNotes() {
        return !unsavedNotes.isEmpty();
    }

    public void setChecked(StepModel step, ChecklistItem item, boolean checked) {
        step.replace(item.withChecked(checked));
        write(() -> repository.setChecked(item.id(), checked), error -> step.replace(item));
    }

    public void setMarkedDone(StepModel step, boolean done) {
        step.markedDoneProperty().set(done);
        write(() -> repository.setMarkedDone(step.number(), done), error -> step.markedDoneProperty().set(!done));
    }

    public void addItem(StepModel step, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        saveStatus.writeStarted();
        Tasks.create(() -> repository.addItem(step.number(), text))
                .onSuccess(item -> {
                    step.items().add(item);
                    saveStatus.writeSucceeded();
                })
                .onError(error -> failed(error))
                .runOn(runner);
    }

    public void renameItem(StepModel step, ChecklistItem item, String text) {
        if (item.isBuiltIn() || text == null || text.isBlank() || text.strip().equals(item.text())) {
            return;
        }
        step.replace(item.withText(text.strip()));
        write(() -> repository.renameItem(item.id(), text), error -> step.replace(item));
    }

    public void removeItem(StepModel step, ChecklistItem item) {
        if (item.isBuiltIn()) {
            return;
        }
        int index = step.items().indexOf(item);
        step.items().remove(item);
        write(() -> repository.removeItem(item.id()), error -> step.items().add(Math.max(0, index), item));
    }

    /** Runs {@code whenDone} on the UI thread after every write queued so far has finished. */
    public void afterPendingWrites(Runnable whenDone) {
        Tasks.create(() -> { }).andFinally(whenDone).runOn(runner);
    }

    private void write(Tasks.Work work, java.util.function.Consumer<Throwable> undo) {
        saveStatus.writeStarted();
        Tasks.create(work)
                .onSuccess(ignored -> saveStatus.writeSucceeded())
                .onError(error -> {
                    undo.accept(error);
                    failed(error);
                })
                .runOn(runner);
    }

    private void failed(Throwable error) {
        saveStatus.writeFailed(errors.describe(error));
    }
}
