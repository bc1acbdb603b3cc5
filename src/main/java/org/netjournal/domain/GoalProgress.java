package org.netjournal.domain;

import java.util.Objects;

/** How far one goal is in one week. {@code done} may exceed the target. */
public record GoalProgress(WeeklyGoal goal, int done) {

    public GoalProgress {
        Objects.requireNonNull(goal, "goal");
        if (done < 0) {
            throw new IllegalArgumentException("done cannot be negative: " + done);
        }
    }

    public int target() {
        return goal.target();
    }

    public boolean met() {
        return done >= goal.target();
    }

    /** 0.0 to 1.0; capped at 1.0 when the target is exceeded (for progress bars). */
    public double fraction() {
        return Math.min(1.0, (double) done / goal.target());
    }

    /** What is still missing to meet the target; 0 when met. */
    public int remaining() {
        return Math.max(0, goal.target() - done);
    }
}
