package org.netjournal.ui.models;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netjournal.domain.Draft;
import org.netjournal.storage.DraftRepository;
import org.netjournal.ui.common.Autosave;

/** The reusable texts (drafts), in the order DraftRepository keeps them; the open one's text autosaved. */
public final class DraftsModel {

    private final DraftRepository drafts;
    private final ModelWrites writes;
    private final Autosave autosave;
    private final ObservableList<Draft> draftList = FXCollections.observableArrayList();

    DraftsModel(DraftRepository drafts, ModelWrites writes, Autosave autosave) {
        this.drafts = drafts;
        this.writes = writes;
        this.autosave = autosave;
    }

    List<Draft> load() throws Exception {
        return drafts.list();
    }

    void show(List<Draft> loaded) {
        draftList.setAll(loaded);
    }

    public ObservableList<Draft> list() {
        return draftList;
    }

    public void save(Draft draft, Consumer<Draft> onSaved) {
        writes.write(() -> drafts.save(draft), saved -> {
            if (!ModelWrites.replaceIfPresent(draftList, saved, Draft::id)) {
                draftList.add(saved); // a new (or restored) draft goes to the end, as DraftRepository puts it
            }
            onSaved.accept(saved);
        }, error -> { });
    }

    /** The autosave key of a draft's text. */
    private record DraftText(long draftId) {
    }

    /**
     * The open draft's text as typed, written by the autosave (debounced, with a maximum wait, retried after a
     * failure); {@code onSaved} once its newest text is in the file.
     */
    public void edited(Draft draft, Consumer<Draft> onSaved) {
        autosave.edited(new DraftText(draft.id()), () -> drafts.save(draft), saved -> {
            ModelWrites.replace(draftList, saved, Draft::id);
            onSaved.accept(saved);
        });
    }

    public void delete(long draftId) {
        autosave.forget(new DraftText(draftId));
        writes.write(() -> drafts.delete(draftId), removed -> draftList.removeIf(draft -> draft.id() == draftId),
                error -> { });
    }
}
