package org.netjournal.ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSummary;
import org.netjournal.storage.ContactRepository;
import org.netjournal.ui.ViewModelJournal;
import org.netjournal.ui.common.SaveStatus;

/** The contacts' view model against a real journal file: the table follows what the file holds. */
class ContactsModelTest {

    @TempDir
    Path temp;

    private ViewModelJournal journal;
    private ContactRepository repository;
    private ContactsModel model;
    private final List<Contact> saved = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        journal = new ViewModelJournal(temp);
        repository = new ContactRepository(journal.database);
        model = new ContactsModel(repository, journal.runner, journal.saveStatus, journal.errors, journal.autosave);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private List<String> names() {
        return model.contacts().stream().map(ContactSummary::fullName).sorted().toList();
    }

    @Test
    void reloadShowsWhatTheFileHoldsOnceTheListIsWanted() throws Exception {
        repository.save(Contact.named("Anna", "Schmidt"));
        assertTrue(!model.loadedProperty().get());
        model.reload(); // nobody has shown the list yet: only who is due is read again
        assertTrue(!model.loadedProperty().get());
        model.contacts(); // the first look reads every row
        assertTrue(model.loadedProperty().get());
        assertEquals(List.of("Anna Schmidt"), names());
    }

    @Test
    void aSavedContactJoinsTheTableAndADeletedOneLeavesIt() throws Exception {
        model.reload();
        model.save(Contact.named("Ben", "Okafor"), null, saved::add);
        assertEquals(1, saved.size());
        assertEquals(List.of("Ben Okafor"), names());
        assertEquals(SaveStatus.State.SAVED, journal.saveStatus.stateProperty().get());
        assertEquals(1, repository.findAll().size());

        List<String> deleted = new ArrayList<>();
        model.delete(saved.get(0).id(), () -> deleted.add("deleted"));
        assertEquals(List.of("deleted"), deleted);
        assertEquals(List.of(), names());
        assertEquals(List.of(), repository.findAll());
    }

    @Test
    void aContactThatCannotBeSavedStaysOutOfTheTableAndTheStatusSaysWhy() {
        model.contacts(); // the table is shown (and read) before the file goes away
        journal.database.close();
        model.save(Contact.named("Chloé", "O'Brien"), LocalDate.of(2026, 11, 2), saved::add);
        assertEquals(List.of(), saved);
        assertEquals(List.of(), names());
        assertEquals(SaveStatus.State.FAILED, journal.saveStatus.stateProperty().get());
        assertTrue(!journal.saveStatus.errorProperty().get().isBlank());
    }
}
