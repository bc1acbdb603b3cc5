package org.netjournal.ui.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactValidation;
import org.netjournal.domain.ProfileLink;
import org.netjournal.i18n.Messages;

/**
 * The contact form's view model: what is typed, checked field by field. A field that cannot be stored as typed
 * never holds back the others: {@link Checked#toStore()} is the contact with every storable field as typed and
 * the refused ones as they were stored before, and {@link Checked#problems()} says which text is not stored and
 * why, so the form can mark it and the status bar can say it. A new contact is stored as soon as it has a name, a
 * company or an e-mail address. No JavaFX here: the form copies its fields into {@link Typed}.
 */
final class ContactEdits {

    private ContactEdits() {
    }

    /** The fields as the form shows them; text exactly as typed. */
    record Typed(String firstName, String lastName, String company, String role, String email, String profiles,
                 String howWeMet, String tags, ComfortStage stage, Cadence cadence, String notes,
                 LocalDate connectedOn) {

        /** The form's text for {@code contact}, as {@link ContactForm} fills it in. */
        static Typed of(Contact contact) {
            return new Typed(contact.firstName(), contact.lastName(), contact.company(), contact.role(),
                    contact.email(), profilesText(contact.profiles()), contact.howWeMet(),
                    String.join(", ", contact.tags()), contact.stage(), contact.cadence(), contact.notes(),
                    contact.connectedOn());
        }
    }

    /** The fields that can refuse what is typed. */
    enum Field { NAME, EMAIL, PROFILES }

    /** Typed text of {@code field} that is not stored; {@code text} is the refused part (e.g. one link). */
    record Problem(Field field, String text, boolean newContact) {

        /** One sentence for the field's marker, the form and the status bar. */
        String describe(Messages messages) {
            return switch (field) {
                case NAME -> messages.get(newContact ? "contact.notSaved.new" : "contact.notSaved.name");
                case EMAIL -> messages.format("contact.notSaved.email", text);
                case PROFILES -> messages.format("contact.notSaved.profile", text);
            };
        }
    }

    /**
     * The result of a check.
     *
     * @param toStore  what to write now; empty when there is nothing that could be stored (a new contact without
     *                 a name, company or e-mail)
     * @param problems what is typed but not stored, in the order of the form
     */
    record Checked(Optional<Contact> toStore, List<Problem> problems) {

        /** Nothing to store, nothing refused: no contact open. */
        static final Checked NOTHING = new Checked(Optional.empty(), List.of());

        Checked {
            problems = List.copyOf(problems);
        }

        boolean allStored() {
            return problems.isEmpty();
        }

        Optional<Problem> problemOf(Field field) {
            return problems.stream().filter(problem -> problem.field() == field).findFirst();
        }

        /** The sentences of all problems, for the form and the status bar; empty when everything is stored. */
        String describe(Messages messages) {
            return String.join(" ", problems.stream().map(problem -> problem.describe(messages)).toList());
        }
    }

    /**
     * Checks {@code typed} against {@code stored}, the contact as it is in the journal (id 0 and never stored for
     * a new one). A new, untouched form has nothing to store and no problem.
     */
    static Checked check(Contact stored, Typed typed) {
        boolean isNew = stored.id() == 0;
        List<Problem> problems = new ArrayList<>();

        Map<String, ProfileLink> links = new LinkedHashMap<>(); // by URL: the same link typed twice is one
        String badLink = null;
        for (String line : lines(typed.profiles())) {
            Optional<ProfileLink> link = ProfileLink.parse(line);
            if (link.isPresent()) {
                links.putIfAbsent(link.get().url(), link.get());
            } else if (badLink == null) {
                badLink = line;
            }
        }

        String email = strip(typed.email());
        // an address already in the journal (from an older version or a file) is stored, whatever it looks like
        boolean emailRefused = ContactValidation.checkEmail(email).isPresent() && !email.equals(stored.email());
        String storedEmail = emailRefused ? stored.email() : email;

        String first = strip(typed.firstName());
        String last = strip(typed.lastName());
        String company = strip(typed.company());
        boolean identified = ContactValidation.checkIdentity(first, last, company, storedEmail).isEmpty();
        if (!identified && (!isNew || !untouched(typed))) {
            problems.add(new Problem(Field.NAME, "", isNew));
        }
        if (emailRefused) {
            problems.add(new Problem(Field.EMAIL, email, isNew));
        }
        if (badLink != null) {
            problems.add(new Problem(Field.PROFILES, badLink, isNew));
        }
        if (!identified && isNew) {
            return new Checked(Optional.empty(), problems);
        }
        if (!identified) { // the name, company and e-mail as stored: the contact stays findable
            first = stored.firstName();
            last = stored.lastName();
            company = stored.company();
            storedEmail = stored.email();
        }
        List<String> tags = Arrays.stream(strip(typed.tags()).split(","))
                .map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
        Instant created = isNew && stored.createdAt().equals(Instant.EPOCH) ? Instant.now() : stored.createdAt();
        Contact contact = new Contact(stored.id(), first, last, company, strip(typed.role()),
                List.copyOf(links.values()), storedEmail, strip(typed.howWeMet()), tags, typed.stage(),
                typed.cadence(), typed.notes(), isNew ? ContactSource.MANUAL : stored.source(), typed.connectedOn(),
                created);
        return new Checked(Optional.of(contact), problems);
    }

    /** The form text of profile links: one per line. */
    static String profilesText(List<ProfileLink> links) {
        return String.join("\n", links.stream().map(ProfileLink::url).toList());
    }

    /** The non-blank lines of a multi-line field, stripped. */
    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Nothing typed into a new form: no text, the preset choices left as they were. */
    private static boolean untouched(Typed typed) {
        return blank(typed.firstName()) && blank(typed.lastName())
                && blank(typed.company()) && blank(typed.role()) && blank(typed.email()) && blank(typed.profiles())
                && blank(typed.howWeMet()) && blank(typed.tags()) && blank(typed.notes())
                && typed.connectedOn() == null && (typed.stage() == null || typed.stage() == ComfortStage.OBSERVE)
                && (typed.cadence() == null || typed.cadence().kind() == Cadence.Kind.NONE);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
