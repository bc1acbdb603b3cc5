package org.netjournal.ui.models;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netjournal.domain.Win;
import org.netjournal.storage.WinRepository;
import org.netjournal.tasks.Tasks;

/** The user's wins, newest first. */
public final class WinsModel {

    private final WinRepository wins;
    private final ModelWrites writes;
    private final ObservableList<Win> winList = FXCollections.observableArrayList();

    WinsModel(WinRepository wins, ModelWrites writes) {
        this.wins = wins;
        this.writes = writes;
    }

    List<Win> load() throws Exception {
        return wins.list();
    }

    void show(List<Win> loaded) {
        winList.setAll(loaded);
    }

    /** Wins, newest first. */
    public ObservableList<Win> list() {
        return winList;
    }

    public void add(LocalDate date, String text) {
        writes.write(() -> wins.add(date, text), win -> reload(), error -> { });
    }

    public void delete(long winId) {
        writes.write(() -> wins.delete(winId), removed -> winList.removeIf(win -> win.id() == winId), error -> { });
    }

    /** Reads the wins again: a saved or deleted session may have brought or taken one. */
    void reload() {
        Tasks.create(wins::list).onSuccess(winList::setAll).runOn(writes.runner());
    }
}
