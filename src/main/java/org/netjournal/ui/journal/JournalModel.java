package org.netjournal.ui.journal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Draft;
import org.netjournal.domain.GoalTracker;
import org.netjournal.domain.Network;
import org.netjournal.domain.Session;
import org.netjournal.domain.Week;
import org.netjournal.domain.WeeklyGoal;
import org.netjournal.domain.Win;
import org.netjournal.storage.DraftRepository;
import org.netjournal.storage.GoalRepository;
import org.netjournal.storage.SessionRepository;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.storage.WinRepository;
import org.netjournal.domain.Post;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.ui.posts.PostsModel;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.Autosave;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.common.UserFacingErrors;
import org.netjournal.ui.contacts.ContactsModel;

/**
 * Sessions, weekly goals, wins and drafts as the UI sees them: loaded once into memory (a journal holds
 * hundreds of sessions, not millions), changed through the storage thread. Everything derived (this week's
 * progress, streak, history) comes from {@link #tracker()}, recomputed from these lists, so no view keeps
 * numbers of its own that could disagree.
 */
public final class JournalModel {

    static final String UNSENT_SESSION_SETTING = "unsentSessionEntry";

    private final SessionRepository sessions;
    private final GoalRepository goals;
    private final WinRepository wins;
    private final DraftRepository drafts;
    private final SettingsRepository settings;
    private final ContactsModel contacts;
    private final TaskRunner runner;
    private final SaveStatus saveStatus;
    private final UserFacingErrors errors;
    private final Autosave autosave;

    private final ObservableList<Session> sessionList = FXCollections.observableArrayList();
    private final ObservableList<WeeklyGoal> goalList = FXCollections.observableArrayList();
    private final ObservableList<Win> winList = FXCollections.observableArrayList();
    private final ObservableList<Draft> draftList = FXCollections.observableArrayList();
    /** The post planner's posts (see {@link PostsModel}): the posted ones count for posts goals. */
    private final ObservableList<Post> postList = FXCollections.observableArrayList();
    private PostsModel posts;
    private final ObjectProperty<DayOfWeek> weekStart = new SimpleObjectProperty<>(DayOfWeek.MONDAY);
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(LocalDate.now());
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private String unsentSession = "";
    private final ObjectBinding<GoalTracker> tracker;

    public JournalModel(SessionRepository sessions, GoalRepository goals, WinRepository wins, DraftRepository drafts,
                        SettingsRepository settings, ContactsModel contacts, TaskRunner runner, SaveStatus saveStatus,
                        UserFacingErrors errors, Autosave autosave) {
        this.sessions = sessions;
        this.goals = goals;
        this.wins = wins;
        this.drafts = drafts;
        this.settings = settings;
        this.contacts = contacts;
        this.runner = runner;
        this.saveStatus = saveStatus;
        this.errors = errors;
        this.autosave = autosave;
        tracker = Bindings.createObjectBinding(() -> new GoalTracker(goalList, sessionList, postList, weekStart.get()),
                new Observable[] {goalList, sessionList, postList, weekStart});
    }

    private record Loaded(List<Session> sessions, List<WeeklyGoal> goals, List<Win> wins, List<Draft> drafts,
                          DayOfWeek weekStart, String unsentSession) {
    }

    /** The post planner, kept in the list the goal tracker follows; loaded with {@link #reload()}. */
    public PostsModel usePosts(org.netjournal.storage.PostRepository repository) {
        posts = new PostsModel(repository, postList, runner, saveStatus, errors, autosave);
        return posts;
    }

    /** The post planner ({@link #usePosts}). */
    public PostsModel posts() {
        return posts;
    }

    /** Loads everything in the background; views fill in when {@link #loadedProperty()} turns true. */
    public void reload() {
        Tasks.create(() -> new Loaded(sessions.all(), goals.list(), wins.list(), drafts.list(), goals.weekStart(),
                        settings.get(UNSENT_SESSION_SETTING).orElse("")))
                .onSuccess(data -> {
                    today.set(LocalDate.now());
                    weekStart.set(data.weekStart());
                    sessionList.setAll(data.sessions());
                    goalList.setAll(data.goals());
                    winList.setAll(data.wins());
                    draftList.setAll(data.drafts());
                    unsentSession = data.unsentSession();
                    loaded.set(true);
                    if (posts != null) {
                        posts.reload();
                    }
                })
                .runOn(runner);
    }

    // --- read side -------------------------------------------------------------------------------------

    /** All sessions, newest first. */
    public ObservableList<Session> sessions() {
        return sessionList;
    }

    public ObservableList<WeeklyGoal> goals() {
        return goalList;
    }

    /** Wins, newest first. */
    public ObservableList<Win> wins() {
        return winList;
    }

    public ObservableList<Draft> drafts() {
        return draftList;
    }

    public ReadOnlyObjectProperty<DayOfWeek> weekStartProperty() {
        return weekStart;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Goal progress, streak and history over the current lists; changes whenever they change. */
    public ObjectBinding<GoalTracker> tracker() {
        return tracker;
    }

    public LocalDate today() {
        return today.get();
    }

    public Week currentWeek() {
        return Week.of(today.get(), weekStart.get());
    }

    /** The networks of the last session, the default for a new one. */
    public Optional<Session> lastSession() {
        return sessionList.stream().max(java.util.Comparator.comparing(Session::start));
    }

    public ContactsModel contacts() {
        return contacts;
    }

    public TaskRunner runner() {
        return runner;
    }

    public UserFacingErrors errors() {
        return errors;
    }

    // --- write side ------------------------------------------------------------------------------------

    /**
     * Saves a new or edited session (with its contacts touched, which become interactions, and its win) in
     * one transaction; the lists follow once it is stored.
     */
    public void saveSession(Session session, Consumer<Session> onSaved, Consumer<Throwable> onFailed) {
        write(() -> sessions.save(session), saved -> {
            replace(sessionList, saved, Session::id);
            sessionList.sort(java.util.Comparator.comparing(Session::start).reversed());
            if (!saved.touched().isEmpty()) {
                contacts.reload(); // stages and "next due" may have moved
            }
            reloadWins();
            onSaved.accept(saved);
        }, onFailed);
    }

    /** Deletes a session; {@code onDeleted} gets it back so the user can undo (save it again). */
    public void deleteSession(long sessionId, Consumer<Session> onDeleted) {
        write(() -> sessions.delete(sessionId), deleted -> {
            sessionList.removeIf(session -> session.id() == sessionId);
            deleted.ifPresent(session -> {
                if (!session.touched().isEmpty()) {
                    contacts.reload();
                }
                reloadWins();
                onDeleted.accept(session);
            });
        }, error -> { });
    }

    public void setGoal(Network network, ActionKind action, int target) {
        write(() -> goals.setTarget(network, action, target, today.get()), goal -> {
            replace(goalList, goal, WeeklyGoal::id);
            goalList.sort(GoalRepository.ORDER);
        }, error -> { });
    }

    public void removeGoal(long goalId) {
        write(() -> goals.remove(goalId), removed -> goalList.removeIf(goal -> goal.id() == goalId), error -> { });
    }

    public void setWeekStart(DayOfWeek firstDay) {
        write(() -> {
            goals.setWeekStart(firstDay);
            return firstDay;
        }, weekStart::set, error -> { });
    }

    public void addWin(LocalDate date, String text) {
        write(() -> wins.add(date, text), win -> reloadWins(), error -> { });
    }

    public void deleteWin(long winId) {
        write(() -> wins.delete(winId), removed -> winList.removeIf(win -> win.id() == winId), error -> { });
    }

    public void saveDraft(Draft draft, Consumer<Draft> onSaved) {
        write(() -> drafts.save(draft), saved -> {
            if (draftList.stream().noneMatch(existing -> existing.id() == saved.id())) {
                draftList.add(saved); // a new (or restored) draft goes to the end, as DraftRepository puts it
            }
            replace(draftList, saved, Draft::id);
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
    public void draftEdited(Draft draft, Consumer<Draft> onSaved) {
        autosave.edited(new DraftText(draft.id()), () -> drafts.save(draft), saved -> {
            replace(draftList, saved, Draft::id);
            onSaved.accept(saved);
        });
    }

    /** Writes what is typed anywhere now (leaving a draft, copying it). */
    public void flushEdits() {
        autosave.flush();
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

    public void deleteDraft(long draftId) {
        autosave.forget(new DraftText(draftId));
        write(() -> drafts.delete(draftId), removed -> draftList.removeIf(draft -> draft.id() == draftId),
                error -> { });
    }

    private void reloadWins() {
        Tasks.create(wins::list).onSuccess(winList::setAll).runOn(runner);
    }

    private <T> void write(java.util.concurrent.Callable<T> work, Consumer<T> onSaved, Consumer<Throwable> onFailed) {
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

    private static <T> void replace(ObservableList<T> list, T item, java.util.function.ToLongFunction<T> id) {
        for (int i = 0; i < list.size(); i++) {
            if (id.applyAsLong(list.get(i)) == id.applyAsLong(item)) {
                list.set(i, item);
                return;
            }
        }
        list.add(0, item);
    }
}
