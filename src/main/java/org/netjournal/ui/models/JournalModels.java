package org.netjournal.ui.models;

import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import java.util.List;
import org.netjournal.domain.Draft;
import org.netjournal.domain.Win;
import org.netjournal.storage.DraftRepository;
import org.netjournal.storage.GoalRepository;
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
 * The journal's models besides the contacts and steps: sessions, goals, wins, drafts, posts and weekly reviews,
 * loaded together once into memory (a journal holds hundreds of sessions, not millions) and changed through the
 * storage thread; and the growth chart's data, read when it is shown.
 */
public final class JournalModels {

    private final SessionsModel sessions;
    private final GoalsModel goals;
    private final WinsModel wins;
    private final DraftsModel drafts;
    private final ModelWrites writes;
    private final PostsModel posts;
    private final CoachModel coach;
    private final GrowthModel growth;
    private final ReviewsModel reviews;
    private final Autosave autosave;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    /** The journal's repositories these models read and write through. */
    public record Repositories(SessionRepository sessions, GoalRepository goals, WinRepository wins,
                               DraftRepository drafts, SettingsRepository settings, PostRepository posts,
                               StageChangeRepository stageChanges, WeeklyReviewRepository reviews) {
    }

    public JournalModels(Repositories repositories, ContactsModel contacts, TaskRunner runner,
                         SaveStatus saveStatus, UserFacingErrors errors, Autosave autosave) {
        this.writes = new ModelWrites(runner, saveStatus, errors);
        this.autosave = autosave;
        SettingsRepository settings = repositories.settings();
        this.wins = new WinsModel(repositories.wins(), writes);
        this.sessions = new SessionsModel(repositories.sessions(), settings, contacts, this.wins, writes, autosave);
        this.goals = new GoalsModel(repositories.goals(), this.sessions, writes);
        this.drafts = new DraftsModel(repositories.drafts(), writes, autosave);
        this.coach = new CoachModel(settings, contacts, writes);
        // the posts are kept in the list the goal tracker follows
        this.posts = new PostsModel(repositories.posts(), goals.postList(), writes, autosave);
        this.growth = new GrowthModel(contacts.repository(), repositories.stageChanges(), runner);
        this.reviews = new ReviewsModel(repositories.reviews(), settings, runner, autosave);
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
                    posts.reload();
                    reviews.reload();
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

    /** The post planner, loaded with {@link #reload()}. */
    public PostsModel posts() {
        return posts;
    }

    /** "How far you have come": the growth chart's data, read on the storage thread when it is shown. */
    public GrowthModel growth() {
        return growth;
    }

    /** The weekly reviews, loaded with {@link #reload()}. */
    public ReviewsModel reviews() {
        return reviews;
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
