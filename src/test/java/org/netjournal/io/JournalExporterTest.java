package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.Post;
import org.netjournal.domain.PostStatus;
import org.netjournal.domain.Session;
import org.netjournal.domain.SessionCounts;
import org.netjournal.domain.TouchedContact;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;

/** The Markdown journal and the sessions CSV: content, order, unicode and awkward characters in free texts. */
class JournalExporterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Map<Long, String> NAMES = Map.of(1L, "Jürgen Weiß", 2L, "Emi 中村");

    /** Sunday of week 48 (Mon 23 – Sun 29 Nov 2026), late evening. */
    private final Session sunday = new Session(7, LocalDateTime.of(2026, 11, 29, 23, 59), 25,
            Set.of(Network.LINKEDIN, Network.XING),
            SessionCounts.unassigned(Map.of(ActionKind.POSTS, 1, ActionKind.COMMENTS, 3, ActionKind.LIKES, 5)), 2, 4,
            "Nervous at first, then \"fine\", really",
            "Line one, with a comma\n# not a heading\n\n- not a list either\r\nlast line 🙂",
            "Anna answered!",
            List.of(new TouchedContact(1, InteractionKind.COMMENTED), new TouchedContact(2, InteractionKind.LIKED)));
    /** Monday of week 48, earlier that week. */
    private final Session monday = new Session(6, LocalDateTime.of(2026, 11, 23, 0, 0), null, Set.of(Network.LINKEDIN),
            SessionCounts.unassigned(Map.of(ActionKind.COMMENTS, 1)), null, null, "", "", null, List.of());
    /** Sunday of week 47: one minute before the Monday session, in the week before. */
    private final Session weekBefore = new Session(5, LocalDateTime.of(2026, 11, 22, 23, 59), 10, Set.of(),
            SessionCounts.unassigned(Map.of(ActionKind.NEW_CONNECTIONS, 1)), 3, null, "", "=SUM(A1:A9)", null, List.of(TouchedContact.of(99)));

    private final List<Session> all = List.of(weekBefore, sunday, monday);

    private static String markdown(Language language, List<Session> sessions) throws Exception {
        StringWriter out = new StringWriter();
        new JournalExporter(new Messages(language), TODAY).writeMarkdown(out, sessions, NAMES, DayOfWeek.MONDAY);
        return out.toString();
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void markdownStartsWithTheGoalThePeopleOnTheListAndWhatIsWorthFollowing() throws Exception {
        org.netjournal.domain.Strategy strategy = new org.netjournal.domain.Strategy(
                new org.netjournal.domain.StrategyGoal("# A job in UX\nresearch", java.time.LocalDate.of(2027, 6, 30)),
                List.of(new org.netjournal.domain.TargetMark(2, null),
                        new org.netjournal.domain.TargetMark(1, org.netjournal.domain.FocusGroup.COLLEAGUES)),
                List.of(new org.netjournal.domain.InterestingAccount(1, "#introverts", Network.LINKEDIN, "", "kind")),
                Map.of());
        StringWriter out = new StringWriter();
        new JournalExporter(new Messages(Language.GERMAN), TODAY).withStrategy(strategy)
                .writeMarkdown(out, List.of(monday), NAMES, DayOfWeek.MONDAY);
        String md = out.toString();
        assertTrue(md.startsWith("# "), md);
        assertTrue(md.contains("**Mein Ziel (Bis 30. Juni 2027):**\n\n> # A job in UX\\\n> research\n\n"), md);
        assertTrue(md.contains("**Meine Leute:**\n\n- Jürgen Weiß (Kolleginnen und Kollegen)\n- Emi 中村\n\n"), md);
        assertTrue(md.contains("**Lohnt sich zu folgen:**\n\n- #introverts (LinkedIn): kind\n"), md);
        assertTrue(md.indexOf("Lohnt sich") < md.indexOf("## "), "above the weeks: " + md);
        assertTrue(markdown(Language.ENGLISH, List.of(monday)).indexOf("My goal") < 0, "nothing without a strategy");
    }

    @Test
    void theMarkdownJournalListsThePlannedPostsAndTheOnesASessionPosted() throws Exception {
        Post posted = new Post(3, PostStatus.POSTED, "Recap of the meetup\n# not a heading", Set.of(Network.LINKEDIN),
                LocalDate.of(2026, 11, 29), "linkedin.com/posts/1", true, sunday.id());
        Post idea = Post.idea("Thank my mentor");
        StringWriter out = new StringWriter();
        new JournalExporter(new Messages(Language.ENGLISH), TODAY).withPosts(List.of(idea, posted))
                .writeMarkdown(out, all, NAMES, DayOfWeek.MONDAY);
        String md = out.toString();
        assertTrue(md.contains("- **Posts from your plan:** Recap of the meetup (LinkedIn)\n"), md);
        assertTrue(md.contains("## My posts\n\n### Thank my mentor\n\n- Idea\n"), md);
        assertTrue(md.contains("### Recap of the meetup\n\n- Posted \u00b7 29 Nov 2026 \u00b7 LinkedIn \u00b7 my goal\n"
                + "- <https://linkedin.com/posts/1>\n"), md);
        assertTrue(md.contains("> # not a heading"), md);
    }

    @Test
    void theMarkdownJournalListsTheWeeklyReviewsNewestFirstWithWhomToGreetAndTheirSteps() throws Exception {
        long someone = NAMES.keySet().iterator().next();
        StringWriter out = new StringWriter();
        new JournalExporter(new Messages(Language.ENGLISH), TODAY).withReviews(List.of(
                        new org.netjournal.domain.WeeklyReview(1, LocalDate.of(2026, 11, 16), "Rest\n# not a heading",
                                List.of()),
                        new org.netjournal.domain.WeeklyReview(2, LocalDate.of(2026, 11, 23), "Ask about the talk",
                                List.of(new org.netjournal.domain.WeeklyReview.Greet(someone, "", "Like a post"),
                                        new org.netjournal.domain.WeeklyReview.Greet(0, "Lena Gone",
                                                "Send Lena a short\nmessage"))),
                        new org.netjournal.domain.WeeklyReview(3, LocalDate.of(2026, 11, 9), "", List.of())))
                .writeMarkdown(out, all, NAMES, DayOfWeek.MONDAY);
        String md = out.toString();
        int title = md.indexOf("## Weekly reviews\n\n### Week from 23 Nov 2026\n\n- **To greet next week:**\n"
                + "  - " + NAMES.get(someone) + ": Like a post\n  - Lena Gone: Send Lena a short message\n\n"
                + "**One sentence for next week:**\n\n> Ask about the talk\n");
        assertTrue(title > 0, md);
        assertTrue(md.indexOf("### Week from 16 Nov 2026") > title, md);
        assertTrue(md.contains("> # not a heading"), md);
        assertTrue(!md.contains("9 Nov 2026"), "a blank review is no entry: " + md);
    }

    @Test
    void markdownGroupsByCalendarWeekNewestFirstWithTheWeeksTotals() throws Exception {
        String md = markdown(Language.ENGLISH, all);

        assertTrue(md.startsWith("# Networking journal\n\n## Week 48 \u00b7 23\u201329 Nov\n\n"), md);
        int week48 = md.indexOf("## Week 48");
        int week47 = md.indexOf("## Week 47 \u00b7 16\u201322 Nov");
        assertTrue(week48 >= 0 && week47 > week48, md);
        assertTrue(md.contains("**This week:** 2 sessions \u00b7 1 post \u00b7 4 comments \u00b7 5 likes \u00b7 25 min\n"),
                md);
        assertTrue(md.contains("**This week:** 1 session \u00b7 1 new connection \u00b7 10 min\n"), md);
        // sessions newest first inside the week: Sunday 23:59 before Monday 00:00
        int sundayAt = md.indexOf("### Sunday, 29 November 2026, 23:59");
        int mondayAt = md.indexOf("### Monday, 23 November 2026, 00:00");
        assertTrue(sundayAt > week48 && mondayAt > sundayAt && week47 > mondayAt, md);
    }

    @Test
    void markdownShowsCountsEnergyContactsAndQuotesFreeTexts() throws Exception {
        String md = markdown(Language.ENGLISH, all);

        assertTrue(md.contains("- **Networks:** LinkedIn, Xing\n"), md);
        assertTrue(md.contains("- **Duration:** 25 min\n"), md);
        assertTrue(md.contains("- **What you did:** 1 post \u00b7 3 comments \u00b7 5 likes\n"), md);
        assertTrue(md.contains("- Energy 2 \u2192 4\n"), md);
        assertTrue(md.contains("- **Contacts touched:** J\u00fcrgen Wei\u00df (Commented), Emi \u4e2d\u6751 (Liked a post)\n"), md);
        assertTrue(md.contains("**How it felt:**\n\n> Nervous at first, then \"fine\", really\n"), md);
        // the notes keep their lines, quoted: a # or - typed by the user stays text
        assertTrue(md.contains("**Notes:**\n\n> Line one, with a comma\\\n> # not a heading\n>\n"
                + "> - not a list either\\\n> last line \uD83D\uDE42\n"), md);
        assertFalse(md.contains("\n# not a heading"), md);
        assertTrue(md.contains("\uD83C\uDFC6 Win:**\n\n> Anna answered!\n"), md);
        // an unknown contact id is still listed; energy with only "before"
        assertTrue(md.contains("contact 99 (Commented)"), md);
        assertTrue(md.contains("- Energy 3 \u2192 \u2013\n"), md);
        // a session without anything but its time
        assertTrue(md.contains("### Monday, 23 November 2026, 00:00\n\n- **Networks:** LinkedIn\n"
                + "- **What you did:** 1 comment\n\n"), md);
    }

    @Test
    void markdownIsInTheUsersLanguage() throws Exception {
        String md = markdown(Language.GERMAN, all);

        assertTrue(md.startsWith("# Networking-Journal\n\n## KW 48 \u00b7 23.\u201329. Nov.\n\n"), md);
        assertTrue(md.contains("**Diese Woche:** 2 Sitzungen \u00b7 1 Beitrag \u00b7 4 Kommentare \u00b7 5 Likes"), md);
        assertTrue(md.contains("### Sonntag, 29. November 2026, 23:59"), md);
        assertTrue(md.contains("**Wie es sich angef\u00fchlt hat:**"), md);
    }

    @Test
    void markdownOfAnEmptyJournalSaysSo() throws Exception {
        assertEquals("# Networking journal\n\nNo sessions yet.\n", markdown(Language.ENGLISH, List.of()));
    }

    @Test
    void markdownStartsWithTheChosenNetworksTheirWhyLinkAndReview() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        new JournalExporter(new Messages(Language.ENGLISH), TODAY).withNetworks(List.of(
                org.netjournal.domain.MyNetwork.chosen(org.netjournal.domain.Network.LINKEDIN)
                        .withWhy("# colleagues\nand recruiters").withProfileLink("linkedin.com/in/ada")
                        .withReviewedOn(java.time.LocalDate.of(2026, 6, 1)),
                org.netjournal.domain.MyNetwork.chosen(org.netjournal.domain.Network.XING).withChosen(false),
                org.netjournal.domain.MyNetwork.custom("Forum")))
                .writeMarkdown(out, List.of(), NAMES, DayOfWeek.MONDAY);
        assertEquals("""
                # Networking journal

                ## My networks

                ### LinkedIn

                - **Your profile link:** https://linkedin.com/in/ada
                - **Privacy settings reviewed:** 1 Jun 2026

                **Why this network:**

                > # colleagues\\
                > and recruiters

                ### Forum

                - **Privacy settings reviewed:** not yet

                No sessions yet.
                """, out.toString());
    }

    @Test
    void weeksAcrossTheYearShowTheirYears() throws Exception {
        Session newYear = Session.startingAt(LocalDateTime.of(2027, 1, 1, 9, 0)).withCount(ActionKind.LIKES, 2);
        String md = markdown(Language.ENGLISH, List.of(newYear));
        // ISO week 53 of 2026 runs from Monday 28 December 2026 to Sunday 3 January 2027
        assertTrue(md.contains("## Week 53 \u00b7 28 Dec 2026 \u2013 3 Jan 2027\n"), md);
    }

    @Test
    void csvHasOneRowPerSessionNewestFirstAndKeepsAwkwardTextsIntact() throws Exception {
        StringWriter out = new StringWriter();
        new JournalExporter(new Messages(Language.GERMAN), TODAY)
                .writeSessionsCsv(out, all, NAMES, DayOfWeek.MONDAY);
        String text = out.toString();
        assertTrue(text.startsWith(String.join(",", JournalExporter.CSV_HEADER) + "\r\n"), text);

        List<CSVRecord> rows = csv(text);
        assertEquals(3, rows.size());
        assertEquals(JournalExporter.CSV_HEADER, rows.get(0).getParser().getHeaderNames());
        CSVRecord first = rows.get(0);
        assertEquals("2026-11-29 23:59", first.get("Start"));
        assertEquals("2026-W48", first.get("Week"));
        assertEquals("25", first.get("Duration Minutes"));
        assertEquals("linkedin xing", first.get("Networks"));
        assertEquals("1", first.get("Posts"));
        assertEquals("3", first.get("Comments"));
        assertEquals("5", first.get("Likes"));
        assertEquals("0", first.get("New Connections"));
        assertEquals("0", first.get("Messages"));
        assertEquals("2", first.get("Energy Before"));
        assertEquals("4", first.get("Energy After"));
        assertEquals("Nervous at first, then \"fine\", really", first.get("How It Felt"));
        assertEquals("Line one, with a comma\n# not a heading\n\n- not a list either\r\nlast line \uD83D\uDE42",
                first.get("Notes"));
        assertEquals("Anna answered!", first.get("Win"));
        assertEquals("J\u00fcrgen Wei\u00df (commented); Emi \u4e2d\u6751 (liked)", first.get("Contacts Touched"));

        assertEquals("2026-11-23 00:00", rows.get(1).get("Start"));
        assertEquals("", rows.get(1).get("Duration Minutes"));
        assertEquals("", rows.get(1).get("Energy Before"));
        CSVRecord last = rows.get(2);
        assertEquals("2026-W47", last.get("Week"));
        assertEquals("'=SUM(A1:A9)", last.get("Notes"), "a formula stays text in spreadsheets");
        assertEquals("#99 (commented)", last.get("Contacts Touched"));
        assertEquals("", last.get("Networks"));
    }

    @Test
    void csvWeekLabelFollowsTheWeekStart() throws Exception {
        StringWriter out = new StringWriter();
        new JournalExporter(new Messages(Language.ENGLISH), TODAY)
                .writeSessionsCsv(out, List.of(weekBefore, monday), NAMES, DayOfWeek.SUNDAY);
        List<CSVRecord> rows = csv(out.toString());
        // with a Sunday start, Sunday 22 Nov 23:59 and Monday 23 Nov 00:00 share a week
        assertEquals(rows.get(0).get("Week"), rows.get(1).get("Week"));
    }

    @Test
    void exportWritesUtf8ToAStream() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JournalExporter(new Messages(Language.ENGLISH), TODAY)
                .export(JournalExporter.Format.MARKDOWN, all, NAMES, DayOfWeek.MONDAY, bytes);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("J\u00fcrgen Wei\u00df"));
        bytes.reset();
        new JournalExporter(new Messages(Language.ENGLISH), TODAY)
                .export(JournalExporter.Format.SESSIONS_CSV, all, NAMES, DayOfWeek.MONDAY, bytes);
        assertEquals(3, csv(bytes.toString(StandardCharsets.UTF_8)).size());
        assertEquals(JournalExporter.Format.SESSIONS_CSV, JournalExporter.Format.fromCode("sessions-csv").orElseThrow());
        assertEquals(JournalExporter.Format.MARKDOWN, JournalExporter.Format.fromCode("Markdown").orElseThrow());
        assertTrue(JournalExporter.Format.fromCode("csv").isEmpty(), "csv stays the contacts CSV");
    }
}
