package org.netjournal.domain;

import java.util.List;

/**
 * Takes a whole journal one entry at a time, in the order of NetJournal's full export, so that a restore never
 * holds more than one entry of a file: the storage writes each entry as it comes, a test collects them into a
 * {@link JournalSnapshot}. An entry without an id (a hand-written file) has id 0 and gets the next free one.
 */
public interface JournalSink {

    void setting(String key, String value);

    void step(JournalSnapshot.Step step);

    /**
     * A contact with its interactions; their contact id is 0 (they belong to this contact), their session ids are
     * as written (a session that is not in the file leaves its interactions without one).
     */
    void contact(Contact contact, List<Interaction> interactions);

    void session(Session session);

    void goal(WeeklyGoal goal);

    /** A draft; drafts come in the user's order. */
    void draft(Draft draft);

    /** A win; one whose session is not in the file is kept without one. */
    void win(Win win);

    /** Step 5's goal (at most once). */
    void strategyGoal(StrategyGoal goal);

    /** A contact on the list of target contacts; its contact comes earlier. */
    void target(TargetMark target);

    /** An interesting account noted in step 4, in the user's order. */
    void interestingAccount(InterestingAccount account);

    /** Marks a draft given earlier as a still untouched starter text. */
    void starterDraft(long draftId, StarterText starter);

    /** One of the user's networks with its checklists; networks come in the user's order. */
    void network(MyNetwork network);

    /**
     * The file lists none of the user's networks because it was written before they could be chosen (step 2): the
     * networks it names become the chosen ones, as the upgrade of a journal of that age does. Called once, after
     * every entry.
     */
    void networksFromNames();

    /** A post of the planner; one whose session is not in the file is kept without one. */
    void post(Post post);

    /** A recorded stage change of a contact given earlier (from version 9 on). */
    void stageChange(GrowthSeries.StageChange change);

    /** A weekly review (from version 10 on); the contacts it names come earlier. */
    void review(WeeklyReview review);
}
