package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Draft;
import org.netjournal.domain.FocusGroup;
import org.netjournal.domain.InterestingAccount;
import org.netjournal.domain.Network;
import org.netjournal.domain.SearchHit;
import org.netjournal.domain.SearchKind;
import org.netjournal.domain.StarterText;
import org.netjournal.domain.StrategyGoal;
import org.netjournal.domain.TargetMark;

/** Steps 4 and 5 and the starter texts on real journal files (migration 006). */
class StrategyStorageTest {

    @TempDir
    Path temp;

    @Test
    void aSchemaFiveJournalKeepsAsTargetsOnlyTheContactsTheUserChoseOrWorkedWith() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("old"));
        Files.createDirectories(folder.path());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.databaseFile());
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String script : List.of("001-steps-and-settings", "002-contacts", "003-journal", "004-search",
                    "005-contact-details")) {
                statement.executeUpdate(script("migrations/" + script + ".sql"));
            }
            statement.executeUpdate("PRAGMA user_version = 5");
            String insert = "INSERT INTO contact (id, first_name, source, stage, cadence, created_at) VALUES ";
            statement.executeUpdate(insert + "(1, 'Hand', 'manual', 'observe', 'none', '2025-01-01T00:00:00Z')");
            statement.executeUpdate(insert + "(2, 'Imported', 'linkedin', 'observe', 'none', '2025-01-01T00:00:00Z')");
            statement.executeUpdate(insert + "(3, 'Liked', 'linkedin', 'observe', 'none', '2025-01-01T00:00:00Z')");
            statement.executeUpdate(insert + "(4, 'Staged', 'vcard', 'comment', 'none', '2025-01-01T00:00:00Z')");
            statement.executeUpdate(insert + "(5, 'Cadenced', 'vcard', 'observe', 'monthly', '2025-01-01T00:00:00Z')");
            statement.executeUpdate(insert + "(6, 'Card', 'vcard', 'observe', 'none', '2025-01-01T00:00:00Z')");
            statement.executeUpdate("INSERT INTO interaction (contact_id, date, kind) VALUES (3, '2025-02-01', 'liked')");
            statement.executeUpdate("UPDATE step SET notes = 'old notes of step 5' WHERE number = 5");
            connection.commit();
        }
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            StrategyRepository strategy = new StrategyRepository(db);
            assertEquals(List.of(1L, 3L, 4L, 5L), strategy.targets().stream().map(TargetMark::contactId).toList(),
                    "imported connections nobody touched are not targets until chosen");
            assertTrue(strategy.targets().stream().allMatch(mark -> mark.group() == null));
            assertEquals(StrategyGoal.NONE, strategy.goal());
            assertEquals(6, new ContactRepository(db).findAll().size(), "every contact is kept");
            assertEquals(1, hits(db, "old notes").size(), "the index of version 5 still finds the step notes");
        }
    }

    @Test
    void theGoalAndTheTargetsAreKeptAndADeletedContactLeavesTheList() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("goal")))) {
            StrategyRepository strategy = new StrategyRepository(db);
            strategy.saveGoal(new StrategyGoal("Find a mentor in UX research", null));
            strategy.saveGoal(strategy.goal().withByWhen(LocalDate.of(2027, 3, 31)));
            assertEquals(new StrategyGoal("Find a mentor in UX research", LocalDate.of(2027, 3, 31)), strategy.goal());

            ContactRepository contacts = new ContactRepository(db);
            long anna = contacts.save(Contact.named("Anna", "Berg")).id();
            long bo = contacts.save(Contact.named("Bo", "Lind")).id();
            strategy.markTarget(new TargetMark(anna, null));
            strategy.markTarget(new TargetMark(anna, FocusGroup.COLLEAGUES)); // moved into a group
            strategy.markTarget(new TargetMark(bo, FocusGroup.COMPANIES));
            assertEquals(List.of(new TargetMark(anna, FocusGroup.COLLEAGUES), new TargetMark(bo, FocusGroup.COMPANIES)),
                    strategy.targets());
            strategy.unmarkTarget(bo);
            contacts.delete(anna);
            assertEquals(List.of(), strategy.targets());
            assertEquals(1, contacts.findAll().size(), "taken off the list, Bo stays a contact");

            List<SearchHit> found = hits(db, "mentor");
            assertEquals(1, found.size());
            assertEquals(SearchKind.STEP, found.get(0).kind());
            assertEquals(5, found.get(0).id(), "the goal is found as part of step 5");
        }
    }

    @Test
    void interestingAccountsAreNotedInOrderFoundAsPartOfStepFourAndNeverRefused() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("accounts")))) {
            StrategyRepository strategy = new StrategyRepository(db);
            InterestingAccount page = strategy.saveAccount(
                    InterestingAccount.of("Quiet Leaders", Network.LINKEDIN, "linkedin.com/company/quiet", "calm posts"));
            InterestingAccount tag = strategy.saveAccount(InterestingAccount.of("", null, "#introvertsatwork", ""));
            assertEquals("https://linkedin.com/company/quiet", page.link(), "a link without https:// gets it");
            assertEquals("#introvertsatwork", tag.label(), "a hashtag is kept as typed");
            assertEquals(List.of(page, tag), strategy.accounts());
            assertEquals(List.of(4L), hits(db, "calm").stream().map(SearchHit::id).toList());

            strategy.deleteAccount(page.id());
            assertEquals(List.of(tag), strategy.accounts());
            assertEquals(List.of(), hits(db, "calm"));
            assertEquals(List.of("1 interesting accounts"), new JournalSnapshots(db).emptinessProblems());
        }
    }

    @Test
    void startersAreAddedOnceMarkedAsExamplesAndBecomeTheUsersOwnWhenEdited() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("starters")))) {
            StrategyRepository strategy = new StrategyRepository(db);
            DraftRepository drafts = new DraftRepository(db);
            drafts.save(Draft.of(null, "Mine", "my own words"));
            Map<StarterText, Draft> starters = new LinkedHashMap<>();
            starters.put(StarterText.REQUEST_COLLEAGUE, Draft.of(null, "Colleague", "Hi {firstName}"));
            starters.put(StarterText.ENJOYED_YOUR_TALK, Draft.of(null, "Talk", "I enjoyed your talk"));
            Map<StarterText, Draft> added = strategy.addStartersOnce(starters);
            assertEquals(List.of("Mine", "Colleague", "Talk"), drafts.list().stream().map(Draft::title).toList(),
                    "after the user's own drafts");
            assertEquals(List.of("1 drafts"), new JournalSnapshots(db).emptinessProblems(),
                    "untouched examples are not the user's data");

            Draft colleague = added.get(StarterText.REQUEST_COLLEAGUE);
            Draft talk = added.get(StarterText.ENJOYED_YOUR_TALK);
            drafts.save(colleague); // saved unchanged (e.g. a flush): still an example
            assertEquals(Map.of(colleague.id(), "request-colleague", talk.id(), "enjoyed-talk"),
                    strategy.starterDrafts());
            drafts.save(new Draft(colleague.id(), null, "Colleague", "Hi {firstName}, nice to see you here"));
            assertEquals(Map.of(talk.id(), "enjoyed-talk"), strategy.starterDrafts(), "edited: the user's own");

            drafts.delete(talk.id());
            assertEquals(Map.of(), strategy.addStartersOnce(starters), "removed starters do not come back");
            assertEquals(2, drafts.list().size());
            assertEquals(Map.of(), strategy.starterDrafts());
        }
    }

    private static List<SearchHit> hits(JournalDatabase db, String text) {
        return new SearchRepository(db).search(text, 10).hits();
    }

    private static String script(String resource) throws Exception {
        try (InputStream in = JournalDatabase.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
