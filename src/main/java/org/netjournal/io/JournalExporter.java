package org.netjournal.io;

import java.util.Comparator;
import java.util.Objects;
import org.netjournal.domain.Week;
import org.netjournal.i18n.DateTimeTexts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netjournal.domain.FocusGroup;
import org.netjournal.domain.InterestingAccount;
import org.netjournal.domain.Strategy;
import org.netjournal.domain.TargetMark;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.ProfileLink;
import org.netjournal.domain.Post;
import org.netjournal.domain.WeeklyReview;
import org.netjournal.domain.Session;
import org.netjournal.domain.TouchedContact;
import org.netjournal.domain.WeekTotals;
import org.netjournal.files.PrivateFiles;
import org.netjournal.i18n.JournalTexts;
import org.netjournal.i18n.Messages;

/**
 * Writes the journal's sessions as a readable Markdown journal (grouped by calendar week, newest first, in the
 * user's language) or as CSV (one row per session, English header and codes, for spreadsheets). Always UTF-8.
 * Contacts touched are written by name; {@code contactNames} maps contact ids to display names.
 *
 * <p>Longer than 400 lines because the Markdown and CSV journals share their texts and the grouping by week; each
 * part of the Markdown journal (networks, goal, weeks, posts, reviews) is one method.
 */
public final class JournalExporter {

    /** The formats, with their command-line code and usual file extension. */
    public enum Format {
        MARKDOWN("markdown", "md"), SESSIONS_CSV("sessions-csv", "csv");

        private final String code;
        private final String extension;

        Format(String code, String extension) {
            this.code = code;
            this.extension = extension;
        }

        public String code() {
            return code;
        }

        public String extension() {
            return extension;
        }

        public static Optional<Format> fromCode(String code) {
            for (Format format : values()) {
                if (format.code.equalsIgnoreCase(code) || format == MARKDOWN && "md".equalsIgnoreCase(code)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /** The CSV columns, in order. */
    public static final List<String> CSV_HEADER = List.of("Start", "Week", "Duration Minutes", "Networks", "Posts",
            "Comments", "Likes", "New Connections", "Messages", "Looked Around", "Energy Before", "Energy After", "How It Felt",
            "Notes", "Win", "Contacts Touched");

    private static final DateTimeFormatter CSV_START = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final JournalTexts texts;
    private final Messages messages;
    private final LocalDate today;
    private final List<Post> posts;

    /**
     * @param messages the language of the Markdown journal
     * @param today    week headings leave out the year of {@code today}'s year; null always shows it
     */
    public JournalExporter(Messages messages, LocalDate today) {
        this(messages, today, List.of());
    }

    private JournalExporter(Messages messages, LocalDate today, List<Post> posts) {
        this.messages = messages;
        this.texts = new JournalTexts(messages);
        this.today = today;
        this.posts = List.copyOf(posts);
    }

    /** This exporter with the post planner's posts: the Markdown journal lists them (a session, its own). */
    public JournalExporter withPosts(List<Post> planned) {
        return new JournalExporter(messages, today, planned);
    }

    /** Steps 4 and 5 for the top of the Markdown journal: the goal, the people on the list, what is worth following. */
    private Strategy strategy = Strategy.EMPTY;

    /** Puts {@code shown}'s goal, target contacts and interesting accounts above the sessions of the Markdown journal. */
    public JournalExporter withStrategy(Strategy shown) {
        this.strategy = Objects.requireNonNullElse(shown, Strategy.EMPTY);
        return this;
    }

    /** The user's networks (step 2 and 3), shown before the weeks of the Markdown journal; none by default. */
    private List<MyNetwork> networks = List.of();

    /** Puts the user's chosen networks (name, why, profile link, last privacy review) at the top of the journal. */
    public JournalExporter withNetworks(List<MyNetwork> myNetworks) {
        this.networks = myNetworks.stream().filter(MyNetwork::chosen).toList();
        return this;
    }

    /** The weekly reviews, listed after the weeks of the Markdown journal; none by default. */
    private List<WeeklyReview> reviews = List.of();

    /** Lists the weekly reviews (their sentence and whom to greet) in the Markdown journal, newest week first. */
    public JournalExporter withReviews(List<WeeklyReview> written) {
        this.reviews = written.stream().filter(review -> !review.isBlank())
                .sorted(Comparator.comparing(WeeklyReview::weekStart).reversed()).toList();
        return this;
    }

    /** Writes {@code sessions} in {@code format} to {@code out} as UTF-8 and flushes it; leaves it open. */
    public void export(Format format, List<Session> sessions, Map<Long, String> contactNames, DayOfWeek weekStart,
                       OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        switch (format) {
            case MARKDOWN -> writeMarkdown(writer, sessions, contactNames, weekStart);
            case SESSIONS_CSV -> writeSessionsCsv(writer, sessions, contactNames, weekStart);
            default -> throw new IllegalArgumentException(format.toString());
        }
        writer.flush();
    }

    /** Writes what {@code content} writes to {@code target}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} through a temporary file next to it, moved into place at the end: a failed export
     * never leaves half a file, and an existing file is only replaced by a complete one.
     */
    public static void writeFile(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        // owner-only from the first byte, like every file NetJournal writes: an export holds the user's notes
        Path temporary = PrivateFiles.createTempFile(folder, ".netjournal-export-", ".tmp");
        try {
            try (OutputStream file = Files.newOutputStream(temporary)) {
                content.writeTo(file);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Markdown

    /**
     * A journal to read: a title, then per calendar week (newest first) a heading with the week's totals,
     * then each session (newest first) with its networks, duration, counts, energy, contacts touched, how it
     * felt, notes and win. Free texts are quoted block by block, so a {@code #} or {@code -} the user typed
     * cannot turn into a heading or a list of the journal itself.
     */
    public void writeMarkdown(Writer out, List<Session> sessions, Map<Long, String> contactNames,
                              DayOfWeek weekStart) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(messages.get("journal.md.title")).append("\n\n");
        appendNetworks(md);
        appendStrategy(md, contactNames);
        if (sessions.isEmpty()) {
            md.append(messages.get("journal.md.empty")).append('\n');
        }
        for (WeekTotals week : WeekTotals.group(sessions, weekStart)) {
            md.append("## ").append(texts.weekTitle(week.week(), today)).append("\n\n");
            md.append("**").append(messages.get("journal.md.weekTotals")).append(":** ")
                    .append(texts.sessions(week.sessions().size())).append(" \u00b7 ")
                    .append(texts.counts(week.totals()));
            if (week.minutes() > 0) {
                md.append(" \u00b7 ").append(texts.minutes(week.minutes()));
            }
            md.append("\n\n");
            for (Session session : week.sessions()) {
                appendSession(md, session, contactNames);
            }
        }
        appendPosts(md);
        appendReviews(md, contactNames);
        out.write(md.toString());
        out.flush();
    }

    private void appendNetworks(StringBuilder md) {
        if (networks.isEmpty()) {
            return;
        }
        md.append("## ").append(messages.get("journal.md.networks")).append("\n\n");
        for (MyNetwork network : networks) {
            md.append("### ").append(oneLine(network.isCustom() ? network.customName()
                    : texts.network(network.network()))).append("\n\n");
            String link = network.profile().map(ProfileLink::url).orElse(network.profileLink().strip());
            if (!link.isEmpty()) {
                item(md, messages.get("profiles.link"), link);
            }
            item(md, messages.get("journal.md.privacyReviewed"), network.reviewedOn() == null
                    ? messages.get("journal.md.notYet") : new DateTimeTexts(messages).date(network.reviewedOn()));
            md.append('\n');
            quoted(md, messages.get("journal.md.why"), network.why());
        }
    }

    private void appendSession(StringBuilder md, Session session, Map<Long, String> contactNames) {
        md.append("### ").append(texts.heading(session.start())).append("\n\n");
        if (!session.networks().isEmpty()) {
            item(md, messages.get("journal.entry.networks"), texts.networks(session.networks()));
        }
        if (session.durationMinutes() != null && session.durationMinutes() > 0) {
            item(md, messages.get("journal.md.duration"), texts.minutes(session.durationMinutes()));
        }
        item(md, messages.get("journal.entry.counts"), texts.counts(session.counts()));
        String energy = texts.energy(session.energyBefore(), session.energyAfter());
        if (!energy.isEmpty()) {
            md.append("- ").append(energy).append('\n');
        }
        if (!session.touched().isEmpty()) {
            item(md, messages.get("journal.entry.contacts"), session.touched().stream()
                    .map(touched -> contactName(contactNames, touched.contactId()) + " ("
                            + messages.get("interaction." + touched.kind().code()) + ")")
                    .collect(Collectors.joining(", ")));
        }
        md.append('\n');
        quoted(md, messages.get("journal.entry.howItFelt"), session.howItFelt());
        quoted(md, messages.get("journal.entry.notes"), session.notes());
        if (session.win() != null) {
            quoted(md, "\uD83C\uDFC6 " + messages.get("journal.entry.win"), session.win());
        }
        List<String> linked = posts.stream().filter(post -> Long.valueOf(session.id()).equals(post.sessionId()))
                .map(texts::postName).toList();
        if (!linked.isEmpty()) {
            item(md, messages.get("posts.md.linked"), String.join(", ", linked));
            md.append('\n');
        }
    }

    /** The goal (quoted, as the user wrote it), then the people on the list by group and the accounts noted. */
    private void appendStrategy(StringBuilder md, Map<Long, String> contactNames) {
        if (strategy.goal().isWritten()) {
            String label = messages.get("strategy.pinnedTitle");
            if (strategy.goal().byWhen() != null) {
                label += " (" + messages.format("strategy.byWhenDate", new DateTimeTexts(messages).date(strategy.goal().byWhen())) + ")";
            }
            quoted(md, label, strategy.goal().text());
        }
        if (!strategy.targets().isEmpty()) {
            md.append("**").append(messages.get("strategy.people")).append(":**\n\n");
            strategy.targets().stream()
                    .sorted(Comparator.comparing((TargetMark mark) -> mark.group() == null
                            ? FocusGroup.values().length : mark.group().ordinal()))
                    .forEach(mark -> md.append("- ").append(oneLine(contactName(contactNames, mark.contactId())))
                            .append(mark.group() == null ? "" : " (" + messages.get("focusGroup." + mark.group().code())
                                    + ")").append('\n'));
            md.append('\n');
        }
        if (!strategy.accounts().isEmpty()) {
            md.append("**").append(messages.get("strategy.lookingAround")).append(":**\n\n");
            for (InterestingAccount account : strategy.accounts()) {
                md.append("- ").append(oneLine(account.label()));
                if (account.network() != null) {
                    md.append(" (").append(messages.get("network." + account.network().code())).append(')');
                }
                if (!account.name().isEmpty() && !account.link().isEmpty()) {
                    md.append(" \u2013 ").append(oneLine(account.link()));
                }
                if (!account.why().isEmpty()) {
                    md.append(": ").append(oneLine(account.why()));
                }
                md.append('\n');
            }
            md.append('\n');
        }
    }

    /** The post planner: each post with its state, day, networks, link and whether it relates to the goal. */
    private void appendPosts(StringBuilder md) {
        if (posts.isEmpty()) {
            return;
        }
        md.append("## ").append(messages.get("posts.title")).append("\n\n");
        for (Post post : posts) {
            List<String> facts = new ArrayList<>();
            facts.add(messages.get("posts.status." + post.status().code()));
            if (post.date() != null) {
                facts.add(new DateTimeTexts(messages).date(post.date()));
            }
            if (!post.networks().isEmpty()) {
                facts.add(texts.networks(post.networks()));
            }
            if (post.relatesToGoal()) {
                facts.add(messages.get("posts.goalMark"));
            }
            md.append("### ").append(oneLine(post.title().isEmpty() ? messages.get("posts.untitled") : post.title()))
                    .append("\n\n");
            md.append("- ").append(String.join(" \u00b7 ", facts)).append('\n');
            if (!post.link().isEmpty()) {
                md.append("- <").append(post.link()).append(">\n");
            }
            md.append('\n');
            quoted(md, messages.get("posts.md.text"), post.text());
        }
    }

    /** The weekly reviews: per week the people picked to greet with their small steps and the sentence (quoted). */
    private void appendReviews(StringBuilder md, Map<Long, String> contactNames) {
        if (reviews.isEmpty()) {
            return;
        }
        md.append("## ").append(messages.get("review.md.title")).append("\n\n");
        DateTimeTexts dates = new DateTimeTexts(messages);
        for (WeeklyReview review : reviews) {
            md.append("### ").append(messages.format("review.md.week", dates.date(review.weekStart()))).append("\n\n");
            if (!review.greet().isEmpty()) {
                // each person with the small step picked for them, one line each
                md.append("- **").append(messages.get("review.md.greet")).append(":**\n");
                for (WeeklyReview.Greet person : review.greet()) {
                    String name = person.name().isEmpty() ? contactName(contactNames, person.contactId())
                            : person.name();
                    md.append("  - ").append(oneLine(new WeeklyReview.Greet(0, name, person.suggestion()).text()))
                            .append('\n');
                }
                md.append('\n');
            }
            quoted(md, messages.get("review.md.note"), review.note());
        }
    }

    private String contactName(Map<Long, String> names, long id) {
        String name = names.get(id);
        return name == null || name.isBlank() ? messages.format("journal.md.unknownContact", id) : name;
    }

    private static void item(StringBuilder md, String label, String value) {
        md.append("- **").append(label).append(":** ").append(oneLine(value)).append('\n');
    }

    /** A bold label, then the text as a block quote keeping its line breaks (blank when empty: nothing). */
    private static void quoted(StringBuilder md, String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        md.append("**").append(label).append(":**\n\n");
        String[] lines = text.strip().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            boolean last = i == lines.length - 1;
            boolean nextBlank = !last && lines[i + 1].isBlank();
            if (line.isEmpty()) {
                md.append(">\n");
            } else {
                // a trailing backslash is a hard line break in CommonMark: lines stay lines
                md.append("> ").append(line).append(last || nextBlank ? "" : "\\").append('\n');
            }
        }
        md.append('\n');
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    // ---------------------------------------------------------------------------------------------------
    // CSV

    /**
     * One row per session, newest first, under {@link #CSV_HEADER}: start as {@code yyyy-MM-dd HH:mm} (local
     * time, as entered), the ISO-style week label ({@code 2026-W48}) of the user's week start, networks as codes
     * joined by a space, one column per action kind, energies 1–5 or empty, and the contacts touched as
     * {@code Name (kind-code)} joined by "; ". A text cell that a spreadsheet would take for a formula gets a
     * leading apostrophe, like the contacts CSV.
     */
    public void writeSessionsCsv(Writer out, List<Session> sessions, Map<Long, String> contactNames,
                                 DayOfWeek weekStart) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(out, format);
        List<Session> ordered = new ArrayList<>(sessions);
        ordered.sort(WeekTotals.NEWEST_FIRST);
        for (Session session : ordered) {
            List<Object> row = new ArrayList<>();
            row.add(CSV_START.format(session.start()));
            row.add(Week.of(session.start(), weekStart).label());
            row.add(session.durationMinutes() == null ? "" : session.durationMinutes().toString());
            row.add(session.networks().stream().map(Network::code).collect(Collectors.joining(" ")));
            for (ActionKind kind : ActionKind.values()) {
                row.add(Integer.toString(session.count(kind)));
            }
            row.add(session.energyBefore() == null ? "" : session.energyBefore().toString());
            row.add(session.energyAfter() == null ? "" : session.energyAfter().toString());
            row.add(SpreadsheetCells.safe(session.howItFelt()));
            row.add(SpreadsheetCells.safe(session.notes()));
            row.add(SpreadsheetCells.safe(session.win() == null ? "" : session.win()));
            List<String> touched = new ArrayList<>();
            for (TouchedContact contact : session.touched()) {
                String name = contactNames.get(contact.contactId());
                touched.add((name == null || name.isBlank() ? "#" + contact.contactId() : name)
                        + " (" + contact.kind().code() + ")");
            }
            row.add(SpreadsheetCells.safe(String.join("; ", touched)));
            printer.printRecord(row);
        }
        printer.flush();
    }
}
