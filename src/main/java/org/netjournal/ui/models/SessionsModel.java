package org.netjournal.ui.models;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netjournal.domain.Session;
import org.netjournal.storage.SessionRepository;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.ui.common.Autosave;

/**
 * The journal's sessions as the UI sees them, newest first, and the session entry that is typed but not saved yet.
 * Saving or deleting a session with contacts touched reloads the contacts (stages and "next due" may move) and
 * the wins (a session may carry one).
 */
public final class SessionsModel {

    static final String UNSENT_SESSION_SETTING = "unsentSessionEntry";

    private final SessionRepository sessions;
    private final SettingsRepository settings;
    private final ContactsModel contacts;
    private final WinsModel wins;
    private final ModelWrites writes;
    private final Autosave autosave;

    private final ObservableList<Session> sessionList = FXCollections.observableArrayList();
    private String unsentSession = "";

    SessionsModel(SessionRepository sessions, SettingsRepository settings, ContactsModel contacts, WinsModel wins,
                  ModelWrites writes, Autosave autosave) {
        this.sessions = sessions;
        this.settings = settings;
        this.contacts = contacts;
        this.wins = wins;
        this.writes = writes;
        this.autosave = autosave;
    }

    /** What {@link JournalModels#reload()} reads on the storage thread. */
    record Loaded(List<Session> sessions, String unsentSession) {
    }

    Loaded load() throws Exception {
        return new Loaded(sessions.all(), settings.get(UNSENT_SESSION_SETTING).orElse(""));
    }

    void show(Loaded loaded) {
        sessionList.setAll(loaded.sessions());
        unsentSession = loaded.unsentSession();
    }

    /** All sessions, newest first. */
    public ObservableList<Session> list() {
        return sessionList;
    }

    /** The last session, whose networks are the default for a new one. */
    public Optional<Session> last() {
        return sessionList.stream().max(Comparator.comparing(Session::start));
    }

    /**
     * Saves a new or edited session (with its contacts touched, which become interactions, and its win) in
     * one transaction; the lists follow once it is stored.
     */
    public void save(Session session, Consumer<Session> onSaved, Consumer<Throwable> onFailed) {
        writes.write(() -> sessions.save(session), saved -> {
            ModelWrites.replace(sessionList, saved, Session::id);
            sessionList.sort(Comparator.comparing(Session::start).reversed());
            if (!saved.touched().isEmpty()) {
                contacts.reload(); // stages and "next due" may have moved
            }
            wins.reload();
            onSaved.accept(saved);
        }, onFailed);
    }

    /** Deletes a session; {@code onDeleted} gets it back so the user can undo (save it again). */
    public void delete(long sessionId, Consumer<Session> onDeleted) {
        writes.write(() -> sessions.delete(sessionId), deleted -> {
            sessionList.removeIf(session -> session.id() == sessionId);
            deleted.ifPresent(session -> {
                if (!session.touched().isEmpty()) {
                    contacts.reload();
                }
                wins.reload();
                onDeleted.accept(session);
            });
        }, error -> { });
    }

    /** The autosave key of the session entry that is typed but not saved yet. */
    private record UnsentSessionKey() {
    }

    /**
     * What is typed into a new session entry and not saved (Ctrl+Enter) yet, as the entry's JSON; empty when there
     * is none. Kept in the journal's settings, so that it is offered again after Esc, a close or a crash.
     */
    public Optional<String> unsentSession() {
        return unsentSession.isEmpty() ? Optional.empty() : Optional.of(unsentSession);
    }

    /** Keeps the typed entry ({@code json}), written by the autosave like every other typed text. */
    public void keepUnsentSession(String json) {
        unsentSession = json;
        autosave.edited(new UnsentSessionKey(), () -> {
            settings.put(UNSENT_SESSION_SETTING, json);
            return null;
        }, ignored -> { });
    }

    /** The entry was saved as a session, or the user started afresh: nothing unsent is left. */
    public void dropUnsentSession() {
        if (unsentSession.isEmpty() && !autosave.hasPending(new UnsentSessionKey())) {
            return;
        }
        keepUnsentSession("");
        autosave.flush();
    }
}
