package org.netjournal.domain;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a journal holds, with its ids, as the storage reads it for the full export and restores it
 * into an empty journal: the full JSON export is this, written out. Contacts, sessions, goals and drafts name
 * networks by their {@link Network} codes; the user's own choice of networks (step 2 and 3) is {@code networks}.
 *
 * @param settings     every key/value setting (language, theme, window, first day of the week …), sorted by key
 * @param steps        the seven steps in order
 * @param contacts     ordered by id
 * @param interactions ordered by contact, date and id
 * @param sessions     newest first; their {@link Session#win()} is the win of {@code wins} with their id
 * @param goals        any network first, then by network and action
 * @param drafts       in the user's order
 * @param wins         newest first
 * @param strategy     the goal, the target contacts, the interesting accounts and the untouched starter drafts
 * @param networks     the user's networks (chosen or not any more), in the user's order
 * @param posts        the post planner's posts, undated first, then by date
 * @param stageChanges the recorded stage changes (from version 9 on), by contact and date
 * @param reviews      the weekly reviews (from version 10 on), newest week first
 */
public record JournalSnapshot(Map<String, String> settings, List<Step> steps, List<Contact> contacts,
                              List<Interaction> interactions, List<Session> sessions, List<WeeklyGoal> goals,
                              List<Draft> drafts, List<Win> wins, Strategy strategy, List<MyNetwork> networks,
                              List<Post> posts, List<GrowthSeries.StageChange> stageChanges,
                              List<WeeklyReview> reviews) {

    /** A journal without a goal, target contacts, interesting accounts, starter drafts, chosen networks, posts,
     * recorded stage changes or weekly reviews. */
    public JournalSnapshot(Map<String, String> settings, List<Step> steps, List<Contact> contacts,
                           List<Interaction> interactions, List<Session> sessions, List<WeeklyGoal> goals,
                           List<Draft> drafts, List<Win> wins) {
        this(settings, steps, contacts, interactions, sessions, goals, drafts, wins, Strategy.EMPTY, List.of(),
                List.of(), List.of(), List.of());
    }

    public JournalSnapshot {
        settings = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(settings, Map.of())));
        steps = List.copyOf(Objects.requireNonNullElse(steps, List.of()));
        contacts = List.copyOf(Objects.requireNonNullElse(contacts, List.of()));
        interactions = List.copyOf(Objects.requireNonNullElse(interactions, List.of()));
        sessions = List.copyOf(Objects.requireNonNullElse(sessions, List.of()));
        goals = List.copyOf(Objects.requireNonNullElse(goals, List.of()));
        drafts = List.copyOf(Objects.requireNonNullElse(drafts, List.of()));
        wins = List.copyOf(Objects.requireNonNullElse(wins, List.of()));
        strategy = Objects.requireNonNullElse(strategy, Strategy.EMPTY);
        networks = List.copyOf(Objects.requireNonNullElse(networks, List.of()));
        posts = List.copyOf(Objects.requireNonNullElse(posts, List.of()));
        stageChanges = List.copyOf(Objects.requireNonNullElse(stageChanges, List.of()));
        reviews = List.copyOf(Objects.requireNonNullElse(reviews, List.of()));
    }

    /**
     * One step as stored: notes, the hand-set done mark, when it was last changed ({@code updatedAt}, ISO-8601
     * text or null when never) and its checklist (built-in and own items) in order.
     */
    public record Step(int number, String notes, boolean markedDone, String updatedAt, List<ChecklistItem> items) {
        public Step {
            notes = Objects.requireNonNullElse(notes, "");
            items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
        }
    }

    /** How many rows of each kind, for messages ("restored 12 contacts, 30 sessions …"). */
    public String summary() {
        return new Counts(contacts.size(), interactions.size(), sessions.size(), goals.size(), drafts.size(),
                wins.size(), steps.size(), networks.size(), strategy.targets().size(), strategy.accounts().size(),
                posts.size(), reviews.size()).summary();
    }

    /** How many entries of each kind a journal (or the file restoring one) holds. */
    public record Counts(long contacts, long interactions, long sessions, long goals, long drafts, long wins,
                         long steps, long networks, long targets, long interestingAccounts, long posts,
                         long reviews) {

        /** These counts with {@code chosen} networks (an old file's, chosen from the names it uses). */
        public Counts withNetworks(long chosen) {
            return new Counts(contacts, interactions, sessions, goals, drafts, wins, steps, chosen, targets,
                    interestingAccounts, posts, reviews);
        }

        /** How the command line counts a journal ("3 contacts, 5 interactions, …"). */
        public String summary() {
            return contacts + " contacts, " + interactions + " interactions, " + sessions + " sessions, " + goals
                    + " goals, " + drafts + " drafts, " + wins + " wins, " + steps + " steps, " + networks
                    + " networks, " + targets + " target contacts, " + interestingAccounts + " interesting accounts, "
                    + posts + " posts, " + reviews + " weekly reviews";
        }
    }
}
