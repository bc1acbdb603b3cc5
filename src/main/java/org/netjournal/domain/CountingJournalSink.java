package org.netjournal.domain;

import java.util.List;

/** Hands every entry on to another sink and counts them, for the summary of a restore. */
public final class CountingJournalSink implements JournalSink {

    private final JournalSink next;
    private long contacts;
    private long interactions;
    private long sessions;
    private long goals;
    private long drafts;
    private long wins;
    private long steps;
    private long networks;
    private long targets;
    private long interestingAccounts;
    private long posts;
    private long reviews;
    private boolean networksFromNames;

    public CountingJournalSink(JournalSink next) {
        this.next = next;
    }

    @Override
    public void setting(String key, String value) {
        next.setting(key, value);
    }

    @Override
    public void step(JournalSnapshot.Step step) {
        steps++;
        next.step(step);
    }

    @Override
    public void contact(Contact contact, List<Interaction> interactions) {
        contacts++;
        this.interactions += interactions.size();
        next.contact(contact, interactions);
    }

    @Override
    public void session(Session session) {
        sessions++;
        next.session(session);
    }

    @Override
    public void goal(WeeklyGoal goal) {
        goals++;
        next.goal(goal);
    }

    @Override
    public void draft(Draft draft) {
        drafts++;
        next.draft(draft);
    }

    @Override
    public void win(Win win) {
        wins++;
        next.win(win);
    }

    @Override
    public void strategyGoal(StrategyGoal goal) {
        next.strategyGoal(goal);
    }

    @Override
    public void target(TargetMark target) {
        targets++;
        next.target(target);
    }

    @Override
    public void interestingAccount(InterestingAccount account) {
        interestingAccounts++;
        next.interestingAccount(account);
    }

    @Override
    public void starterDraft(long draftId, StarterText starter) {
        next.starterDraft(draftId, starter);
    }

    @Override
    public void network(MyNetwork network) {
        networks++;
        next.network(network);
    }

    @Override
    public void networksFromNames() {
        networksFromNames = true;
        next.networksFromNames();
    }

    @Override
    public void post(Post post) {
        posts++;
        next.post(post);
    }

    @Override
    public void stageChange(GrowthSeries.StageChange change) {
        next.stageChange(change);
    }

    @Override
    public void review(WeeklyReview review) {
        reviews++;
        next.review(review);
    }

    /** The entries handed on, by kind; see {@link JournalSnapshot.Counts#summary()}. */
    public JournalSnapshot.Counts counts() {
        return new JournalSnapshot.Counts(contacts, interactions, sessions, goals, drafts, wins, steps, networks,
                targets, interestingAccounts, posts, reviews);
    }

    /** True when the file listed no networks of the user's and the restore chose them from the names it uses. */
    public boolean networksChosenFromNames() {
        return networksFromNames;
    }
}
