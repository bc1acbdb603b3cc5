package org.netjournal.ui.goals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.GoalProgress;
import org.netjournal.domain.Network;
import org.netjournal.domain.Week;
import org.netjournal.domain.WeeklyGoal;
import org.netjournal.i18n.Messages;
import org.netjournal.i18n.DateTimeTexts;

/** Localised names for goals, weeks and days, shared by the goals area and the home page. */
public final class GoalLabels {

    private final Messages messages;
    private final DateTimeTexts dates;

    public GoalLabels(Messages messages) {
        this.messages = messages;
        this.dates = new DateTimeTexts(messages);
    }

    public Messages messages() {
        return messages;
    }

    /** "Comments", "Posts" … */
    public String action(ActionKind action) {
        return switch (action) {
            case POSTS -> messages.get("goals.action.posts");
            case COMMENTS -> messages.get("goals.action.comments");
            case LIKES -> messages.get("goals.action.likes");
            case NEW_CONNECTIONS -> messages.get("goals.action.newConnections");
            case MESSAGES -> messages.get("goals.action.messages");
            case LOOKED_AROUND -> messages.get("sightseeing.action");
        };
    }

    /** The network's name, or "Any network" for {@code null}. */
    public String network(Network network) {
        return network == null ? messages.get("goals.anyNetwork") : messages.get("network." + network.code());
    }

    /** "LinkedIn · comments". */
    public String goal(WeeklyGoal goal) {
        return messages.format("goals.goalTitle", network(goal.network()), action(goal.action()));
    }

    /** "2 / 3". */
    public String doneOfTarget(GoalProgress progress) {
        return messages.format("goals.doneOfTarget", progress.done(), progress.target());
    }

    /** "W48" (English) or "KW 48" (German): short, for chart axes and table rows. */
    public String weekShort(Week week) {
        return messages.format("goals.weekShort", String.valueOf(week.number()));
    }

    /** "Week 48 · 23 Nov 2026 – 29 Nov 2026". */
    public String weekLong(Week week) {
        return messages.format("goals.weekLong", String.valueOf(week.number()), date(week.start()),
                date(week.lastDay()));
    }

    public String date(LocalDate date) {
        return dates.date(date);
    }

    /** "23 Nov" or "23. Nov.": a day in the week table, where the year would only repeat itself. */
    public String dayMonth(LocalDate date) {
        return dates.dayMonth(date);
    }

    public String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, messages.language().locale());
    }
}
