package org.netjournal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * A weekly target for one action kind on one network, e.g. "LinkedIn: 2 posts a week". {@code id} is 0
 * before saving.
 *
 * <p><b>Network.</b> {@code network == null} means "on any network": every session counts. A goal for a
 * network counts the sessions that used that network. A session that used several networks counts in full for
 * each of them: the journal does not know how the user split "3 comments" between LinkedIn and Xing, and
 * crediting each is the encouraging reading. An "any network" goal counts such a session once.
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

    /** Whether a session counts towards this goal: any network, or it used the goal's network. */
    public boolean counts(Session session) {
        return network == null || session.networks().contains(network);
    }

    /** The sum of this goal's action over the sessions that count (the caller picks the week's sessions). */
    public int done(Collection<Session> sessions) {
        int done = 0;
        for (Session session : sessions) {
            if (counts(session)) {
                done += session.count(action);
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
