package org.netjournal.ui.models;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.GoalTracker;
import org.netjournal.domain.Post;
import org.netjournal.domain.Network;
import org.netjournal.domain.Week;
import org.netjournal.domain.WeeklyGoal;
import org.netjournal.storage.GoalRepository;

/**
 * The weekly goals, the first day of the week and today. Everything derived (this week's progress, streak,
 * history) comes from {@link #tracker()}, recomputed from the goals and the sessions, so no view keeps numbers of
 * its own that could disagree.
 */
public final class GoalsModel {

    private final GoalRepository goals;
    private final ModelWrites writes;
    private final ObservableList<WeeklyGoal> goalList = FXCollections.observableArrayList();
    /** The post planner's posts (see {@link PostsModel}): the posted ones count for posts goals. */
    private final ObservableList<Post> postList = FXCollections.observableArrayList();
    private final ObjectProperty<DayOfWeek> weekStart = new SimpleObjectProperty<>(DayOfWeek.MONDAY);
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(LocalDate.now());
    private final ObjectBinding<GoalTracker> tracker;

    GoalsModel(GoalRepository goals, SessionsModel sessions, ModelWrites writes) {
        this.goals = goals;
        this.writes = writes;
        tracker = Bindings.createObjectBinding(
                () -> new GoalTracker(goalList, sessions.list(), postList, weekStart.get()),
                new Observable[] {goalList, sessions.list(), postList, weekStart});
    }

    /** What {@link JournalModels#reload()} reads on the storage thread. */
    record Loaded(List<WeeklyGoal> goals, DayOfWeek weekStart) {
    }

    Loaded load() throws Exception {
        return new Loaded(goals.list(), goals.weekStart());
    }

    void show(Loaded loaded) {
        today.set(LocalDate.now());
        weekStart.set(loaded.weekStart());
        goalList.setAll(loaded.goals());
    }

    /** The planner's posts the tracker counts; {@link PostsModel} fills it. */
    ObservableList<Post> postList() {
        return postList;
    }

    public ObservableList<WeeklyGoal> list() {
        return goalList;
    }

    public ReadOnlyObjectProperty<DayOfWeek> weekStartProperty() {
        return weekStart;
    }

    /** Goal progress, streak and history over the current lists; changes whenever they change. */
    public ObjectBinding<GoalTracker> tracker() {
        return tracker;
    }

    public LocalDate today() {
        return today.get();
    }

    /** Today; changes when the date changes while the app is open (see {@link #newDay()}). */
    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    /** The date changed while the app is open: what depends on today listens to {@link #todayProperty()}. */
    public void newDay() {
        today.set(LocalDate.now());
    }

    public Week currentWeek() {
        return Week.of(today.get(), weekStart.get());
    }

    public void set(Network network, ActionKind action, int target) {
        writes.write(() -> goals.setTarget(network, action, target, today.get()), goal -> {
            ModelWrites.replace(goalList, goal, WeeklyGoal::id);
            goalList.sort(GoalRepository.ORDER);
        }, error -> { });
    }

    public void remove(long goalId) {
        writes.write(() -> goals.remove(goalId), removed -> goalList.removeIf(goal -> goal.id() == goalId),
                error -> { });
    }

    public void setWeekStart(DayOfWeek firstDay) {
        writes.write(() -> {
            goals.setWeekStart(firstDay);
            return firstDay;
        }, weekStart::set, error -> { });
    }
}
