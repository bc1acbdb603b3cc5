package org.netjournal.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Contact;
import org.netjournal.domain.SearchResults;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.SearchRepository;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.ViewModelJournal;

/** Search as the window uses it: only the answer to the latest question comes back. */
class SearchModelTest {

    @TempDir
    Path temp;

    private ViewModelJournal journal;
    private SearchModel search;
    private final List<SearchResults> answers = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        journal = new ViewModelJournal(temp);
        ContactRepository contacts = new ContactRepository(journal.database);
        contacts.save(Contact.named("Anna", "Schmidt"));
        contacts.save(Contact.named("Annika", "Berg"));
        search = new SearchModel(new SearchRepository(journal.database), journal.runner, journal.errors);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private void search(String text) {
        search.search(text, answers::add, failures::add);
    }

    @Test
    void aSearchFindsContactsInTheFile() {
        search("Schmidt");
        assertEquals(1, answers.size());
        assertEquals(1, answers.get(0).hits().size(), answers.get(0).toString());
        assertEquals(List.of(), failures);
    }

    @Test
    void whileTheUserTypesOnlyTheLatestQuestionIsAnswered() {
        // typed within one event: both searches are queued before the storage thread runs either
        Tasks.create(() -> null).onSuccess(ignored -> {
            search("An");
            search("Ann");
            search("Anni");
        }).runOn(journal.runner);
        assertEquals(1, answers.size(), "the older questions are skipped");
        assertEquals("Anni", answers.get(0).query());
        assertEquals(1, answers.get(0).hits().size(), "Annika only: " + answers.get(0));
    }

    @Test
    void aCancelledSearchAndAFailureAfterANewerOneAreNotHandedBack() {
        Tasks.create(() -> null).onSuccess(ignored -> {
            search("Anna");
            search.cancel();
        }).runOn(journal.runner);
        assertEquals(List.of(), answers);

        journal.database.close();
        search("Anna");
        assertEquals(1, failures.size(), "said in one sentence: " + failures);
        assertEquals(List.of(), answers);
    }
}
