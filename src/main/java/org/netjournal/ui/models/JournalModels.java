package org.netjournal.ui.models;

import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import java.util.List;
import org.netjournal.domain.Draft;
import org.netjournal.domain.Win;
import org.netjournal.storage.DraftRepository;
import org.netjournal.storage.GoalRepository;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.PostRepository;
import org.netjournal.storage.StageChangeRepository;
import org.netjournal.storage.WeeklyReviewRepository;
import org.netjournal.storage.SessionRepository;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.storage.WinRepository;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.Autosave;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.common.UserFacingErrors;

/**
 * The journal's models besides the contacts and steps: sessions, goals, wins and drafts, loaded together once into
 * memory (a journal holds hundreds of sessions, not millions) and changed through the storage thread.
 */
public final class JournalModels {

    private final SessionsModel sessions;
    private final GoalsModel goals;
    private final WinsModel wins;
    private final DraftsModel drafts;
    private final ModelWrites writes;
    private PostsModel posts;
    private final CoachModel coach;
    private GrowthModel growth;
    private ReviewsModel reviews;
    private final Autosave autosave;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    public JournalModels(SessionRepository sessions, GoalRepository goals, WinRepository wins, DraftRepository drafts,
                         SettingsRepository settings, ContactsModel contacts, TaskRunner runner,
                         SaveStatus saveStatus, UserFacingErrors errors, Autosave autosave) {
        this.writes = new ModelWrites(runner, saveStatus, errors);
        this.autosave = autosave;
        this.wins = new WinsModel(wins, writes);
        this.sessions = new SessionsModel(sessions, settings, contacts, this.wins, writes, autosave);
        this.goals = new GoalsModel(goals, this.sessions, writes);
        this.drafts = new DraftsModel(drafts, writes, autosave);
        this.coach = new CoachModel(settings, contacts, writes);
    }

    private record Loaded(SessionsModel.Loaded sessions, GoalsModel.Loaded goals,
                          List<Win> wins, List<Draft> drafts, Map<String, String> coach) {
    }

    /** Loads everything in the background; views fill in when {@link #loadedProperty()} turns true. */
    public void reload() {
        Tasks.create(() -> new Loaded(sessions.load(), goals.load(), wins.load(), drafts.load(), coach.load()))
                .onSuccess(data -> {
                    goals.show(data.goals());
                    sessions.show(data.sessions());
                    wins.show(data.wins());
                    drafts.show(data.drafts());
                    coach.show(data.coach());
                    loaded.set(true);
                    if (posts != null) {
                        posts.reload();
                    }
                    if (reviews != null) {
                        reviews.reload();
                    }
                })
                .runOn(writes.runner());
    }

    public SessionsModel sessions() {
        return sessions;
    }

    public GoalsModel goals() {
        return goals;
    }

    public WinsModel wins() {
        return wins;
    }

    public DraftsModel drafts() {
        return drafts;
    }

    /** The gentle coach's snoozes and switches. */
    public CoachModel coach() {
        return coach;
    }

    /** The post planner, kept in the list the goal tracker follows; loaded with {@link #reload()}. */
    public PostsModel usePosts(PostRepository repository) {
        posts = new PostsModel(repository, goals.postList(), writes.runner(), writes.saveStatus(), writes.errors(),
                autosave);
        return posts;
    }

    /** "How far you have come", read from these repositories on the storage thread. */
    public GrowthModel useGrowth(ContactRepository contacts, StageChangeRepository stageChanges) {
        growth = new GrowthModel(contacts, stageChanges, writes.runner());
        return growth;
    }

    /** The growth chart's data ({@link #useGrowth}); null when the window has none. */
    public GrowthModel growth() {
        return growth;
    }

    /** The weekly reviews, loaded with {@link #reload()}. */
    public ReviewsModel useReviews(WeeklyReviewRepository repository, SettingsRepository settings) {
        reviews = new ReviewsModel(repository, settings, writes.runner(), autosave);
        return reviews;
    }

    /** The weekly reviews ({@link #useReviews}); null when the window has none. */
    public ReviewsModel reviews() {
        return reviews;
    }

    /** The post planner ({@link #usePosts}). */
    public PostsModel posts() {
        return posts;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public TaskRunner runner() {
        return writes.runner();
    }

    public UserFacingErrors errors() {
        return writes.errors();
    }

    /** Writes what is typed anywhere now (leaving a draft, copying it, closing the session entry). */
    public void flushEdits() {
        autosave.flush();
    }
}
