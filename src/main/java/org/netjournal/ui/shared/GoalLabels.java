package org.netjournal.ui.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import org.netjournal.domain.GoalProgress;
import org.netjournal.domain.Network;
import org.netjournal.domain.Week;
import org.netjournal.domain.WeeklyGoal;
import org.netjournal.i18n.ActionTexts;
import org.netjournal.i18n.Messages;
import org.netjournal.i18n.DateTimeTexts;
import org.netjournal.i18n.JournalTexts;

/** Localised names for goals, weeks and days, shared by the goals area and the home page. */
public final class GoalLabels {

    private final Messages messages;
    private final DateTimeTexts dates;
    private final ActionTexts actions;
    /** The week texts, kept in one place with the journal's and its Markdown export's. */
    private final JournalTexts weeks;

    public GoalLabels(Messages messages) {
        this.messages = messages;
        this.dates = new DateTimeTexts(messages);
        this.actions = new ActionTexts(messages);
        this.weeks = new JournalTexts(messages);
    }

    public Messages messages() {
        return messages;
    }

    /** "Comments", "Posts" … */
    public ActionTexts actions() {
        return actions;
    }

    /** The network's name, or "Any network" for {@code null}. */
    public String network(Network network) {
        return network == null ? messages.get("goals.anyNetwork") : messages.get("network." + network.code());
    }

    /** "LinkedIn · comments". */
    public String goal(WeeklyGoal goal) {
        return messages.format("goals.goalTitle", network(goal.network()), actions.name(goal.action()));
    }

    /** "2 / 3". */
    public String doneOfTarget(GoalProgress progress) {
        return messages.format("goals.doneOfTarget", progress.done(), progress.target());
    }

    /** "W48" (English) or "KW 48" (German): short, for chart axes and table rows. */
    public String weekShort(Week week) {
        return weeks.weekShort(week);
    }

    /** "Week 48 · 23 Nov 2026 – 29 Nov 2026". */
    public String weekLong(Week week) {
        return weeks.weekLong(week);
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
