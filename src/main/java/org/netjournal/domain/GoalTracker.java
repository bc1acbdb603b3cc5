package org.netjournal.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Goals against sessions, week by week: this week's progress, the streak and the history for the chart.
 * Pure: built from a snapshot of goals and sessions (bucketed by calendar week once), no storage, no clock.
 */
public final class GoalTracker {

    /** Weeks in the goals chart. */
    public static final int HISTORY_WEEKS = 12;

    private final List<WeeklyGoal> goals;
    private final DayOfWeek firstDay;
    private final List<Post> posts;
    private final Map<Week, List<Session>> sessionsByWeek = new HashMap<>();

    public GoalTracker(Collection<WeeklyGoal> goals, Collection<Session> sessions, DayOfWeek firstDay) {
        this(goals, sessions, List.of(), firstDay);
    }

    /** With the planner's posts: the posted ones count for posts goals (see {@link Post}). */
    public GoalTracker(Collection<WeeklyGoal> goals, Collection<Session> sessions, Collection<Post> posts,
                       DayOfWeek firstDay) {
        this.goals = List.copyOf(goals);
        this.posts = List.copyOf(posts);
        this.firstDay = Objects.requireNonNull(firstDay, "firstDay");
        for (Session session : sessions) {
            sessionsByWeek.computeIfAbsent(Week.of(session.start(), firstDay), w -> new ArrayList<>()).add(session);
        }
    }

    public DayOfWeek firstDay() {
        return firstDay;
    }

    public List<Post> posts() {
        return posts;
    }

    public List<WeeklyGoal> goals() {
        return goals;
    }

    /** The week holding {@code date} with this tracker's first day. */
    public Week weekOf(LocalDate date) {
        return Week.of(date, firstDay);
    }

    /** The sessions of {@code week}, in the order they were given. */
    public List<Session> sessionsIn(Week week) {
        return List.copyOf(sessionsByWeek.getOrDefault(week, List.of()));
    }

    public WeekProgress progress(Week week) {
        return WeekProgress.of(week, goals, sessionsByWeek.getOrDefault(week, List.of()), posts);
    }

    public WeekStatus status(Week week) {
        return progress(week).status();
    }

    /** The streak up to and including {@code current} (see {@link StreakCalculator}). */
    public Streak streak(Week current) {
        return StreakCalculator.streak(this::status, current);
    }

    /** The last {@code weeks} weeks ending with {@code current} (included), oldest first, for the bar chart. */
    public List<WeekProgress> history(Week current, int weeks) {
        List<WeekProgress> history = new ArrayList<>(Math.max(0, weeks));
        for (int i = weeks - 1; i >= 0; i--) {
            history.add(progress(current.plusWeeks(-i)));
        }
        return history;
    }

    /** {@link #history(Week, int)} over {@value #HISTORY_WEEKS} weeks. */
    public List<WeekProgress> history(Week current) {
        return history(current, HISTORY_WEEKS);
    }
}
