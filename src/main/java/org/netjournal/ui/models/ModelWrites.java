package org.netjournal.ui.models;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import javafx.collections.ObservableList;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.common.UserFacingErrors;

/** How the journal's models write: on the storage thread, telling {@link SaveStatus} when it starts and ends. */
final class ModelWrites {

    private final TaskRunner runner;
    private final SaveStatus saveStatus;
    private final UserFacingErrors errors;

    ModelWrites(TaskRunner runner, SaveStatus saveStatus, UserFacingErrors errors) {
        this.runner = runner;
        this.saveStatus = saveStatus;
        this.errors = errors;
    }

    TaskRunner runner() {
        return runner;
    }

    SaveStatus saveStatus() {
        return saveStatus;
    }

    UserFacingErrors errors() {
        return errors;
    }

    <T> void write(Callable<T> work, Consumer<T> onSaved, Consumer<Throwable> onFailed) {
        saveStatus.writeStarted();
        Tasks.create(work)
                .onSuccess(result -> {
                    saveStatus.writeSucceeded();
                    onSaved.accept(result);
                })
                .onError(error -> {
                    saveStatus.writeFailed(errors.describe(error));
                    onFailed.accept(error);
                })
                .runOn(runner);
    }

    /** A write without a result; {@code onSaved} runs once it is in the file. */
    void write(Tasks.Work work, Runnable onSaved, Consumer<Throwable> onFailed) {
        write(() -> {
            work.run();
            return null;
        }, ignored -> onSaved.run(), onFailed);
    }

    /** A write whose effect the model shows already: {@code undo} puts the state from before back if it fails. */
    void writeOrUndo(Tasks.Work work, Runnable undo) {
        write(work, () -> { }, error -> undo.run());
    }

    /** Puts {@code item} where the item with its id is, or first when there is none. */
    static <T> void replace(ObservableList<T> list, T item, ToLongFunction<T> id) {
        if (!replaceIfPresent(list, item, id)) {
            list.add(0, item);
        }
    }

    /** Puts {@code item} where the item with its id is; false (and the list unchanged) when there is none. */
    static <T> boolean replaceIfPresent(ObservableList<T> list, T item, ToLongFunction<T> id) {
        for (int i = 0; i < list.size(); i++) {
            if (id.applyAsLong(list.get(i)) == id.applyAsLong(item)) {
                list.set(i, item);
                return true;
            }
        }
        return false;
    }
}
