package org.netjournal.i18n;

import java.util.Collection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.Post;
import org.netjournal.domain.SessionCounts;
import org.netjournal.domain.Week;

/**
 * How the journal names its things in the user's language: action kinds, counts ("3 comments"), minutes,
 * weeks ("Week 48 · 23–29 Nov"), session times. Shared by the journal area and the Markdown export; the one
 * place for week texts, which the goals area and the home page take from here too.
 */
public final class JournalTexts {

    private final Messages messages;
    private final DateTimeTexts dates;
    private final ActionTexts actions;

    public JournalTexts(Messages messages) {
        this.messages = messages;
        this.dates = new DateTimeTexts(messages);
        this.actions = new ActionTexts(messages);
    }

    public Messages messages() {
        return messages;
    }

    public ActionTexts actions() {
        return actions;
    }

    /** "2 posts · 1 comment", in {@link ActionKind} order, zero counts left out; "nothing counted" when all are 0. */
    public String counts(Map<ActionKind, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (ActionKind kind : ActionKind.values()) {
            int value = counts.getOrDefault(kind, 0);
            if (value > 0) {
                parts.add(actions.count(kind, value));
            }
        }
        return parts.isEmpty() ? messages.get("journal.nothingCounted") : String.join(" \u00b7 ", parts);
    }

    /**
     * A session's counts: "2 posts · 1 comment" when they all lie on one network (or none), else per network,
     * "LinkedIn: 2 posts · Instagram: 1 post · not assigned: 3 likes".
     */
    public String counts(SessionCounts counts) {
        int groups = counts.byNetwork().size() + (counts.unassigned().isEmpty() ? 0 : 1);
        if (groups <= 1) {
            return counts(counts.totals());
        }
        List<String> parts = new ArrayList<>();
        counts.byNetwork().forEach((network, ofNetwork) -> parts.add(
                messages.format("perNetwork.counts.network", network(network), counts(ofNetwork))));
        if (!counts.unassigned().isEmpty()) {
            parts.add(messages.format("perNetwork.counts.unassigned", counts(counts.unassigned())));
        }
        return String.join(" \u00b7 ", parts);
    }

    /** A planned post in a line: "Recap of the meetup (LinkedIn, Xing)". */
    public String postName(Post post) {
        String title = post.title().isEmpty() ? messages.get("posts.untitled") : post.title();
        return post.networks().isEmpty() ? title : title + " (" + networks(post.networks()) + ")";
    }

    public String minutes(int minutes) {
        return messages.format("journal.minutes", minutes);
    }

    public String sessions(int count) {
        return messages.format("journal.sessions", count);
    }

    public String network(Network network) {
        return messages.get("network." + network.code());
    }

    public String networks(Collection<Network> networks) {
        return String.join(", ", networks.stream().map(this::network).toList());
    }

    /** "Energy 2 → 4"; a missing value is a dash; empty when neither was entered. */
    public String energy(Integer before, Integer after) {
        if (before == null && after == null) {
            return "";
        }
        return messages.format("journal.energy", before == null ? "\u2013" : before.toString(),
                after == null ? "\u2013" : after.toString());
    }

    /** "W48" (English) or "KW 48" (German): short, for chart axes and table rows. */
    public String weekShort(Week week) {
        return messages.format("journal.week.short", String.valueOf(week.number()));
    }

    /** "Week 48 · 23 Nov 2026 – 29 Nov 2026": the week a page is about, with both days in full. */
    public String weekLong(Week week) {
        return messages.format("journal.week.long", String.valueOf(week.number()), dates.date(week.start()),
                dates.date(week.lastDay()));
    }

    /** "Week 48 · 23–29 Nov", with the year when it is not the year of {@code today}. */
    public String weekTitle(Week week, LocalDate today) {
        return messages.format("journal.week.title", week.number(), weekRange(week, today));
    }

    /** "23–29 Nov", "30 Nov – 6 Dec", "29 Dec 2025 – 4 Jan 2026". */
    public String weekRange(Week week, LocalDate today) {
        LocalDate first = week.start();
        LocalDate last = week.lastDay();
        boolean showYear = today == null || first.getYear() != today.getYear() || last.getYear() != today.getYear();
        String end = dates.dayMonth(last) + (showYear ? " " + last.getYear() : "");
        if (first.getMonth() == last.getMonth() && first.getYear() == last.getYear()) {
            return dates.day(first) + "\u2013" + end;
        }
        String start = dates.dayMonth(first) + (showYear && first.getYear() != last.getYear()
                ? " " + first.getYear() : "");
        return start + " \u2013 " + end;
    }

    /** "Sun 29 Nov 2026, 14:30": a session in the list. */
    public String rowTime(LocalDateTime time) {
        return dates.dateTime(time);
    }

    /** "Sunday, 29 November 2026, 14:30": a session's heading in the Markdown journal. */
    public String heading(LocalDateTime time) {
        return dates.longDateTime(time);
    }
}
