package org.netjournal.io;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Interaction;

/**
 * The full contacts of the journal, which {@link ImportPlanner#plan} needs to merge rows into them
 * ({@link DuplicatePolicy#UPDATE}). With the storage layer, on the storage thread:
 * {@code ExistingContacts.of(repository::find, repository::interactionsOf)}.
 */
public interface ExistingContacts {

    Optional<Contact> find(long id);

    List<Interaction> interactionsOf(long contactId);

    /** A journal without contacts: enough for {@link DuplicatePolicy#SKIP}. */
    ExistingContacts NONE = of(id -> Optional.empty(), id -> List.of());

    static ExistingContacts of(LongFunction<Optional<Contact>> finder, LongFunction<List<Interaction>> interactions) {
        return new ExistingContacts() {
            @Override
            public Optional<Contact> find(long id) {
                return finder.apply(id);
            }

            @Override
            public List<Interaction> interactionsOf(long contactId) {
                return interactions.apply(contactId);
            }
        };
    }
}
