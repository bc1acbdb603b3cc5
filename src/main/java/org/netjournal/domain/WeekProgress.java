package org.netjournal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The goals of one week with what was done. Only the goals that apply to the week are listed (see
 * {@link WeeklyGoal#since()}). The week is met when it has goals and every one is met; a week without goals
 * is never met and is not counted ({@link WeekStatus#NO_GOALS}).
 */
public record WeekProgress(Week week, List<GoalProgress> goals) {

    /** From Friday on (three days left, counting today) a week that is behind gets a gentle nudge. */
    public static final int RUNNING_SHORT_DAYS = 3;

    public WeekProgress {
        Objects.requireNonNull(week, "week");
        goals = List.copyOf(goals);
    }

    /**
     * The progress of {@code week}: for each applicable goal the sum of its action over the sessions of the
     * week that count for it. {@code sessions} may hold sessions of other weeks; they are ignored.
     */
    public static WeekProgress of(Week week, Collection<WeeklyGoal> goals, Collection<Session> sessions) {
        return of(week, goals, sessions, List.of());
    }

    /**
     * As {@link #of(Week, Collection, Collection)}, plus the planner's posts marked posted in the week (they count
     * for posts goals besides what the sessions logged on their own; see {@link Post}).
     */
    public static WeekProgress of(Week week, Collection<WeeklyGoal> goals, Collection<Session> sessions,
                                  Collection<Post> posts) {
        List<Session> ofWeek = new ArrayList<>();
        for (Session session : sessions) {
            if (week.contains(session.start())) {
                ofWeek.add(session);
            }
        }
        List<GoalProgress> progress = new ArrayList<>();
        for (WeeklyGoal goal : goals) {
            if (goal.appliesTo(week)) {
                progress.add(new GoalProgress(goal, goal.done(ofWeek) + goal.doneByPosts(week, posts)));
            }
        }
        return new WeekProgress(week, progress);
    }

    public boolean hasGoals() {
        return !goals.isEmpty();
    }

    public boolean met() {
        return hasGoals() && goals.stream().allMatch(GoalProgress::met);
    }

    public WeekStatus status() {
        if (!hasGoals()) {
            return WeekStatus.NO_GOALS;
        }
        return met() ? WeekStatus.MET : WeekStatus.MISSED;
    }

    /** Sum of the targets. */
    public int targetTotal() {
        return goals.stream().mapToInt(GoalProgress::target).sum();
    }

    /** Sum of what was done towards the goals (not capped: more than the target shows as more). */
    public int doneTotal() {
        return goals.stream().mapToInt(GoalProgress::done).sum();
    }

    /**
     * Overall partial progress, 0.0 to 1.0: the done counts each capped at their target, over the sum of the
     * targets (so ten extra likes cannot make up for a missing post). 0.0 without goals.
     */
    public double fraction() {
        int target = targetTotal();
        if (target == 0) {
            return 0.0;
        }
        int capped = goals.stream().mapToInt(g -> Math.min(g.done(), g.target())).sum();
        return (double) capped / target;
    }

    public int metCount() {
        return (int) goals.stream().filter(GoalProgress::met).count();
    }

    /**
     * Whether to nudge "the week is running short": {@code today} is in this week with at most
     * {@value #RUNNING_SHORT_DAYS} days left (Friday on, with a Monday start) and the goals are not all met.
     */
    public boolean isRunningShort(LocalDate today) {
        int left = week.daysLeft(today);
        return hasGoals() && !met() && week.contains(today) && left <= RUNNING_SHORT_DAYS;
    }
}
