package org.netjournal.ui.models;

import java.time.format.DateTimeParseException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netjournal.domain.Week;
import org.netjournal.domain.WeeklyReview;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.storage.WeeklyReviewRepository;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.Autosave;

/**
 * The weekly reviews for the window, newest week first. Every change of a review (its sentence as typed, its people
 * to greet as picked) goes through the autosave under the week's key, and the write takes the review as it is when
 * it runs: a pick never undoes a sentence still waiting to be written, nor the other way round. A review that holds
 * nothing is not written (opening the review makes no entry).
 */
public final class ReviewsModel {

    private final WeeklyReviewRepository repository;
    private final TaskRunner runner;
    private final Autosave autosave;
    private final ObservableList<WeeklyReview> list = FXCollections.observableArrayList();
    /** The latest state of each review changed in this window, read by the writes on the storage thread. */
    private final Map<LocalDate, WeeklyReview> latest = new ConcurrentHashMap<>();

    /** Off: the review is not offered on home (it stays in the menu). */
    public static final String OFFER_SETTING = "weeklyReviewOffer";
    /** The first day of the week whose offer the user hid ("not this week"). */
    public static final String HIDDEN_WEEK_SETTING = "weeklyReviewHiddenWeek";

    private final SettingsRepository settings;
    private final BooleanProperty offered = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> hiddenWeek = new SimpleObjectProperty<>();

    public ReviewsModel(WeeklyReviewRepository repository, SettingsRepository settings, TaskRunner runner,
                        Autosave autosave) {
        this.repository = repository;
        this.settings = settings;
        this.runner = runner;
        this.autosave = autosave;
    }

    private record Loaded(List<WeeklyReview> reviews, boolean offered, LocalDate hiddenWeek) {
    }

    public void reload() {
        Tasks.create(() -> new Loaded(repository.list(), !"off".equals(settings.get(OFFER_SETTING).orElse("on")),
                        settings.get(HIDDEN_WEEK_SETTING).flatMap(ReviewsModel::date).orElse(null)))
                .onSuccess(loaded -> {
                    list.setAll(loaded.reviews());
                    offered.set(loaded.offered());
                    hiddenWeek.set(loaded.hiddenWeek());
                })
                .runOn(runner);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether home offers the review on the last day of the week (a setting). */
    public BooleanProperty offeredProperty() {
        return offered;
    }

    /** Turns the offer on home on or off, at once. */
    public void setOffered(boolean on) {
        offered.set(on);
        Tasks.create(() -> settings.put(OFFER_SETTING, on ? "on" : "off")).runOn(runner);
    }

    /** The week whose offer was hidden, or null. */
    public ObjectProperty<LocalDate> hiddenWeekProperty() {
        return hiddenWeek;
    }

    /** "Not this week": home stops offering this week's review; next week it offers again. */
    public void hide(Week week) {
        hiddenWeek.set(week.start());
        Tasks.create(() -> settings.put(HIDDEN_WEEK_SETTING, week.start().toString())).runOn(runner);
    }

    /** Whether home offers the review of {@code week} on {@code today}: its last day, unless hidden or off. */
    public boolean offers(Week week, LocalDate today) {
        return offered.get() && today.equals(week.lastDay()) && !week.start().equals(hiddenWeek.get());
    }

    /** Newest week first. */
    public ObservableList<WeeklyReview> list() {
        return list;
    }

    /** The week's review as last changed here or stored; a blank one when there is none. */
    public WeeklyReview of(Week week) {
        WeeklyReview changed = latest.get(week.start());
        if (changed != null) {
            return changed;
        }
        return find(week.start()).orElseGet(() -> WeeklyReview.of(week));
    }

    private Optional<WeeklyReview> find(LocalDate weekStart) {
        return list.stream().filter(review -> review.weekStart().equals(weekStart)).findFirst();
    }

    /** The autosave key of a week's review. */
    private record ReviewOf(LocalDate weekStart) {
    }

    /** The changed review, written within about a second (debounced with a maximum wait). */
    public void edited(WeeklyReview review) {
        LocalDate week = review.weekStart();
        latest.put(week, review);
        autosave.edited(new ReviewOf(week), () -> {
            WeeklyReview now = latest.get(week);
            return now.isBlank() && now.id() == 0 ? now : repository.save(now);
        }, this::put);
    }

    /** Writes what waits now (closing the review). */
    public void flushEdits() {
        autosave.flush();
    }

    private void put(WeeklyReview saved) {
        if (saved.id() == 0) {
            return;
        }
        latest.computeIfPresent(saved.weekStart(), (week, review) -> review.withId(saved.id()));
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).weekStart().equals(saved.weekStart())) {
                list.set(i, saved);
                return;
            }
        }
        list.add(saved);
        list.sort((a, b) -> b.weekStart().compareTo(a.weekStart()));
    }

    /** The reviews as a plain list, for exports. */
    public List<WeeklyReview> snapshot() {
        return List.copyOf(list);
    }
}
