package org.netjournal.io;

import java.util.List;
import java.util.Objects;
import org.netjournal.domain.Contact;
import org.netjournal.domain.Interaction;

/**
 * One record of an import file as a reader understood it, before it is compared with the journal: a contact
 * (with its interactions, JSON only) or an error, plus warnings about what was left out.
 *
 * @param position where the record starts (line, card or entry number, 1-based; see {@code positionKind})
 * @param label    what identifies the record to the user even when it is an error (a name, e-mail or URL)
 * @param contact  the contact to import, null when {@code error} is set
 * @param error    why the record cannot be imported, null when it can
 * @param warnings what was left out of an importable record (e.g. a date that was not understood)
 */
public record ImportCandidate(PositionKind positionKind, int position, String label, Contact contact,
                              List<Interaction> interactions, ImportMessage error, List<ImportMessage> warnings) {

    /** What {@code position} counts, with the key of its label ("Line {0}", "Card {0}", "Entry {0}"). */
    public enum PositionKind {
        LINE("import.position.line"), CARD("import.position.card"), ENTRY("import.position.entry");

        private final String messageKey;

        PositionKind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public ImportCandidate {
        Objects.requireNonNull(positionKind);
        label = Objects.requireNonNullElse(label, "");
        interactions = List.copyOf(Objects.requireNonNullElse(interactions, List.of()));
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
        if ((contact == null) == (error == null)) {
            throw new IllegalArgumentException("a candidate is either a contact or an error");
        }
    }

    static ImportCandidate contact(PositionKind kind, int position, Contact contact, List<Interaction> interactions,
                                   List<ImportMessage> warnings) {
        return new ImportCandidate(kind, position, contact.fullName(), contact, interactions, null, warnings);
    }

    static ImportCandidate error(PositionKind kind, int position, String label, ImportMessage error) {
        return new ImportCandidate(kind, position, label, null, List.of(), error, List.of());
    }

    /** "Line 12", "Card 3", "Entry 7" as a message for the user. */
    public ImportMessage positionMessage() {
        return ImportMessage.of(positionKind.messageKey(), String.valueOf(position));
    }

    public boolean isError() {
        return error != null;
    }
}
