package org.netjournal.io;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactValidation;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.ProfileLink;
import org.netjournal.io.ImportCandidate.PositionKind;

/**
 * The lenient reading of NetJournal's JSON: the contacts only (with their interactions, without their sessions),
 * for the import that merges into any journal. Every other section is skipped, so a contacts-only file of an
 * earlier release and a full export both import here; a contact with a value we do not know is an error row,
 * the rest is imported.
 */
public final class JsonContactReader {

    private JsonContactReader() {
    }

    /** Reads a file's text; see {@link #read(Reader)}. */
    public static List<ImportCandidate> read(String text) throws UnsupportedFileException {
        try {
            return read(new StringReader(FileText.withoutBom(text)));
        } catch (IOException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    /**
     * One candidate per contact, numbered as entries (1-based). A contact with a value we do not know (an
     * unknown stage code, a date that is no date) or without a name is an error row; the rest is imported.
     * The journal sections of a full export are skipped: this is the contacts-only reading that merges into
     * any journal.
     *
     * @throws UnsupportedFileException when the text is not JSON, not a NetJournal export, or from a newer version
     */
    public static List<ImportCandidate> read(Reader in) throws IOException, UnsupportedFileException {
        List<ImportCandidate> result = new ArrayList<>();
        JsonFieldReader.parse(in, new JsonFieldReader.Parts() {
            @Override
            public void contact(JsonFieldReader.RawContact contact) {
                result.add(candidate(contact, result.size() + 1));
            }

            @Override
            public void section(String name, JsonReader json) throws IOException {
                json.skipValue(); // the journal's other parts are restored, never merged
            }
        }, false);
        return result;
    }

    private static ImportCandidate candidate(JsonFieldReader.RawContact raw, int entry) {
        String label = (raw.text("firstName") + " " + raw.text("lastName")).strip();
        try {
            Contact contact = raw.contact();
            if (ContactValidation.checkIdentity(contact).isPresent()) {
                return ImportCandidate.error(PositionKind.ENTRY, entry, raw.text("email"),
                        ImportMessage.of("import.error.noName"));
            }
            for (ProfileLink profile : contact.profiles()) {
                if (ContactValidation.checkProfileUrl(profile.url()).isPresent()) {
                    return ImportCandidate.error(PositionKind.ENTRY, entry, label,
                            ImportMessage.of("import.error.urlNotHttp", profile.url()));
                }
            }
            List<Interaction> list = new ArrayList<>();
            for (Map<String, String> rawInteraction : raw.interactions) {
                list.add(raw.interaction(rawInteraction));
            }
            return ImportCandidate.contact(PositionKind.ENTRY, entry, contact, list, List.of());
        } catch (JsonFieldReader.BadValue bad) {
            return ImportCandidate.error(PositionKind.ENTRY, entry, label,
                    ImportMessage.of("import.error.badValue", bad.field, bad.value));
        }
    }
}
