package org.netjournal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * A weekly target for one action kind on one network, e.g. "LinkedIn: 2 posts a week". {@code id} is 0
 * before saving.
 *
 * <p><b>Network.</b> {@code network == null} means "on any network": every count of every session counts,
 * including counts not assigned to a network. A goal for a network counts only what a session counted on that
 * network ({@link SessionCounts}): a session on LinkedIn and Instagram with one post on each gives each goal one
 * post, not two. Counts not assigned to a network (old multi-network sessions) count for "any network" goals
 * only.
 *
 * <p><b>Since.</b> The day the goal was first set. It applies to the week holding that day and every later
 * week; earlier weeks are judged without it (and a week without any goal is not counted for the streak).
 * {@code since == null} applies to every week. Goals are not versioned: a changed target applies to all the
 * weeks the goal applies to.
 */
public record WeeklyGoal(long id, Network network, ActionKind action, int target, LocalDate since) {

    public WeeklyGoal {
        Objects.requireNonNull(action, "action");
        if (target < 1) {
            throw new IllegalArgumentException("A weekly target must be at least 1: " + target);
        }
    }

    /** A new, unsaved goal for any network ({@code network == null}) or one network. */
    public static WeeklyGoal of(Network network, ActionKind action, int target, LocalDate since) {
        return new WeeklyGoal(0, network, action, target, since);
    }

    /** Whether the goal existed in (some day of) {@code week}. */
    public boolean appliesTo(Week week) {
        return since == null || !week.lastDay().isBefore(since);
    }

    /** What {@code session} did towards this goal: its total for "any network", else its count on the network. */
    public int doneIn(Session session) {
        return network == null ? session.count(action) : session.count(network, action);
    }

    /** The sum of this goal's action over the sessions (the caller picks the week's sessions). */
    public int done(Collection<Session> sessions) {
        int done = 0;
        for (Session session : sessions) {
            done += doneIn(session);
        }
        return done;
    }

    /**
     * What the planner's {@code posts} add in {@code week}: for a posts goal, the posts marked posted that week
     * on the goal's network ({@link Post#countsOn}); nothing for other actions.
     */
    public int doneByPosts(Week week, Collection<Post> posts) {
        if (action != ActionKind.POSTS) {
            return 0;
        }
        int done = 0;
        for (Post post : posts) {
            if (post.postedIn(week)) {
                done += post.countsOn(network);
            }
        }
        return done;
    }

    /** Same network and action: the key a journal holds one goal for. */
    public boolean sameKey(WeeklyGoal other) {
        return network == other.network && action == other.action;
    }

    public WeeklyGoal withTarget(int newTarget) {
        return new WeeklyGoal(id, network, action, newTarget, since);
    }

    public WeeklyGoal withId(long newId) {
        return new WeeklyGoal(newId, network, action, target, since);
    }
}
