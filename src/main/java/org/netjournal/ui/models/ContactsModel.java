package org.netjournal.ui.models;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.DueContacts;
import org.netjournal.domain.Interaction;
import org.netjournal.storage.ContactRepository;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.Autosave;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.common.UserFacingErrors;

/**
 * The contacts as table rows, loaded when something first shows them ({@link #contacts()}) and then kept in
 * memory: filtering and sorting 50,000 rows in memory is faster than asking SQLite on every keystroke. Who is
 * due ({@link #dueProperty()}, on the home page and the navigator) is asked of SQLite instead, so a start never
 * reads every contact. Writes go to the storage thread.
 */
public final class ContactsModel {

    private final ContactRepository repository;
    private final ModelWrites writes;
    private final Autosave autosave;
    /** How many due contacts {@link #dueProperty()} holds in full: the home page lists that many. */
    public static final int DUE_LISTED = 5;

    private final ObservableList<ContactSummary> contacts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DueContacts> due = new ReadOnlyObjectWrapper<>(DueContacts.NONE);
    private final ReadOnlyIntegerWrapper dueCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    /** {@link #contacts()} was asked for: the list is (being) loaded and kept up to date from then on. */
    private boolean wanted;
    private LocalDate today = LocalDate.now();

    public ContactsModel(ContactRepository repository, TaskRunner runner, SaveStatus saveStatus,
                         UserFacingErrors errors, Autosave autosave) {
        this.repository = repository;
        this.writes = new ModelWrites(runner, saveStatus, errors);
        this.autosave = autosave;
    }

    /** The window's autosave, through which the contact form writes what is typed. */
    public Autosave autosave() {
        return autosave;
    }

    public ContactRepository repository() {
        return repository;
    }

    public TaskRunner runner() {
        return writes.runner();
    }

    public SaveStatus saveStatus() {
        return writes.saveStatus();
    }

    public UserFacingErrors errors() {
        return writes.errors();
    }

    /** Every contact as a table row; the first call starts loading them (the list fills in when they are read). */
    public ObservableList<ContactSummary> contacts() {
        if (!wanted) {
            wanted = true;
            loadList();
        }
        return contacts;
    }

    /** Runs {@code then} once every contact is in {@link #contacts()} (at once when they are). */
    public void whenLoaded(Runnable then) {
        contacts();
        if (loaded.get()) {
            then.run();
            return;
        }
        loaded.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was,
                                Boolean now) {
                if (now) {
                    observable.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** Who is due a follow-up: how many, and the first {@value #DUE_LISTED} in full. */
    public ReadOnlyObjectProperty<DueContacts> dueProperty() {
        return due.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty dueCountProperty() {
        return dueCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public LocalDate today() {
        return today;
    }

    /** Reads who is due again, and every row once they are shown (e.g. after an import). */
    public void reload() {
        refreshDue();
        if (wanted) {
            loadList();
        }
    }

    private void loadList() {
        Tasks.create(repository::summaries)
                .onSuccess(rows -> {
                    today = LocalDate.now();
                    contacts.setAll(rows);
                    loaded.set(true);
                    showDue(DueContacts.of(contacts, today, DUE_LISTED));
                })
                .runOn(writes.runner());
    }

    /**
     * A contact was written: once every row is in memory, who is due is counted there (a few milliseconds; the
     * query takes a storage thread's while on 50,000 contacts, and a form's autosave writes often), else asked again.
     */
    private void dueChanged() {
        if (loaded.get()) {
            showDue(DueContacts.of(contacts, today, DUE_LISTED));
        } else {
            refreshDue();
        }
    }

    private void showDue(DueContacts found) {
        due.set(found);
        dueCount.set(found.due());
    }

    private void refreshDue() {
        LocalDate day = LocalDate.now();
        Tasks.create(() -> repository.dueContacts(day, DUE_LISTED))
                .onSuccess(this::showDue)
                .runOn(writes.runner());
    }

    /** Every tag in use, sorted, for the tag quick filter. */
    public List<String> tags() {
        Set<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (ContactSummary contact : contacts) {
            tags.addAll(contact.tags());
        }
        return List.copyOf(tags);
    }

    /** Saves a contact; the table row follows once the journal has it. */
    public void save(Contact contact, LocalDate lastInteraction, Consumer<Contact> onSaved) {
        writes.write(() -> repository.save(contact), saved -> {
            showSaved(saved, lastInteraction);
            onSaved.accept(saved);
        }, error -> { });
    }

    /** A contact written elsewhere (the form's autosave) is shown in the table as saved. */
    public void showSaved(Contact saved, LocalDate lastInteraction) {
        replace(summaryOf(saved, lastInteraction));
    }

    public void delete(long contactId, Runnable onDeleted) {
        writes.write(() -> repository.delete(contactId), () -> {
            contacts.removeIf(row -> row.id() == contactId);
            dueChanged();
            onDeleted.run();
        }, error -> { });
    }

    /** Logs an interaction; the stage may move up and "next due" moves, so the contact is read back. */
    public void addInteraction(Interaction interaction, Consumer<Contact> onSaved) {
        writeThenRefresh(() -> repository.addInteraction(interaction), interaction.contactId(), onSaved);
    }

    public void deleteInteraction(Interaction interaction, Consumer<Contact> onDeleted) {
        writeThenRefresh(() -> repository.deleteInteraction(interaction.id()), interaction.contactId(), onDeleted);
    }

    private record Refreshed(Contact contact, LocalDate lastInteraction) {
    }

    private void writeThenRefresh(Tasks.Work write, long contactId, Consumer<Contact> then) {
        writes.write(() -> {
            write.run();
            Contact contact = repository.find(contactId).orElseThrow();
            LocalDate last = repository.interactionsOf(contactId).stream()
                    .map(Interaction::date).max(Comparator.naturalOrder()).orElse(null);
            return new Refreshed(contact, last);
        }, refreshed -> {
            replace(summaryOf(refreshed.contact(), refreshed.lastInteraction()));
            then.accept(refreshed.contact());
        }, error -> { });
    }

    private void replace(ContactSummary row) {
        // while nothing shows the rows, they are not kept: the list is read in full when it is first shown
        if (wanted && !ModelWrites.replaceIfPresent(contacts, row, ContactSummary::id)) {
            contacts.add(row);
        }
        dueChanged();
    }

    /** The table row of a contact, built in memory (the same fields the repository's query fills). */
    static ContactSummary summaryOf(Contact contact, LocalDate lastInteraction) {
        return ContactSummary.of(contact, lastInteraction);
    }
}
