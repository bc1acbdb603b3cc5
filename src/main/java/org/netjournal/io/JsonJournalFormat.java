package org.netjournal.io;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactValidation;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.io.ImportCandidate.PositionKind;

/**
 * NetJournal's own, lossless JSON format, written and read with Gson's streaming API (no reflection):
 *
 * <pre>
 * {
 *   "format": "netjournal",
 *   "version": 1,
 *   "exportedAt": "2026-11-29T13:00:00Z",
 *   "contacts": [
 *     { "id": 7, "firstName": "…", "lastName": "…", "company": "…", "role": "…", "email": "…",
 *       "howWeMet": "…", "stage": "connect", "cadence": "monthly" | "custom:10", "notes": "…",
 *       "source": "linkedin", "connectedOn": "2024-03-12" | null, "createdAt": "2024-03-12T09:00:00Z",
 *       "profiles": [ { "network": "linkedin", "url": "https://…" } ],
 *       "tags": [ "…" ],
 *       "interactions": [ { "date": "2024-03-14", "kind": "commented", "network": "linkedin" | null,
 *                           "note": "…", "sessionId": 3 } ] } ]
 * }
 * </pre>
 *
 * Codes are those of the domain enums ({@code code()}), dates ISO-8601. Later versions add top-level sections
 * ("steps", "sessions", "goals", "drafts", "wins") next to "contacts"; the reader skips sections and fields it
 * does not know, so version 1 readers stay able to read what they understand. A file with a higher
 * {@code version} is refused (it may mean something else). The contact {@code id} and the interaction
 * {@code sessionId} are references within the file; importing assigns new ids and, as long as there is no
 * "sessions" section, leaves interactions without a session.
 */
public final class JsonJournalFormat {

    public static final String FORMAT_NAME = "netjournal";
    public static final int VERSION = 1;

    private JsonJournalFormat() {
    }

    /** Writes every contact with its interactions (matched by {@link Interaction#contactId()}), pretty-printed. */
    public static void write(Writer out, List<Contact> contacts, Collection<Interaction> interactions,
                             Instant exportedAt) throws IOException {
        Map<Long, List<Interaction>> byContact = new LinkedHashMap<>();
        for (Interaction interaction : interactions) {
            byContact.computeIfAbsent(interaction.contactId(), id -> new ArrayList<>()).add(interaction);
        }
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.setHtmlSafe(false);
        json.beginObject();
        json.name("format").value(FORMAT_NAME);
        json.name("version").value(VERSION);
        json.name("exportedAt").value(exportedAt.toString());
        json.name("contacts").beginArray();
        for (Contact contact : contacts) {
            writeContact(json, contact, byContact.getOrDefault(contact.id(), List.of()));
        }
        json.endArray();
        json.endObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    private static void writeContact(JsonWriter json, Contact c, List<Interaction> interactions) throws IOException {
        json.beginObject();
        json.name("id").value(c.id());
        json.name("firstName").value(c.firstName());
        json.name("lastName").value(c.lastName());
        json.name("company").value(c.company());
        json.name("role").value(c.role());
        json.name("email").value(c.email());
        json.name("howWeMet").value(c.howWeMet());
        json.name("stage").value(c.stage().code());
        json.name("cadence").value(c.cadence().code());
        json.name("notes").value(c.notes());
        json.name("source").value(c.source().code());
        json.name("connectedOn");
        if (c.connectedOn() == null) {
            json.nullValue();
        } else {
            json.value(c.connectedOn().toString());
        }
        json.name("createdAt").value(c.createdAt().toString());
        json.name("profiles").beginArray();
        for (ProfileLink profile : c.profiles()) {
            json.beginObject();
            json.name("network").value(profile.network().code());
            json.name("url").value(profile.url());
            json.endObject();
        }
        json.endArray();
        json.name("tags").beginArray();
        for (String tag : c.tags()) {
            json.value(tag);
        }
        json.endArray();
        json.name("interactions").beginArray();
        for (Interaction interaction : interactions) {
            json.beginObject();
            json.name("date").value(interaction.date().toString());
            json.name("kind").value(interaction.kind().code());
            json.name("network");
            if (interaction.network() == null) {
                json.nullValue();
            } else {
                json.value(interaction.network().code());
            }
            json.name("note").value(interaction.note());
            if (interaction.sessionId() != null) {
                json.name("sessionId").value(interaction.sessionId());
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
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
     *
     * @throws UnsupportedFileException when the text is not JSON, not a NetJournal export, or from a newer version
     */
    public static List<ImportCandidate> read(Reader in) throws IOException, UnsupportedFileException {
        JsonReader json = new JsonReader(in);
        json.setStrictness(com.google.gson.Strictness.STRICT);
        String format = null;
        Integer version = null;
        List<RawContact> contacts = new ArrayList<>();
        try {
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName();
                switch (name) {
                    case "format" -> format = nextStringOrNull(json);
                    case "version" -> version = json.peek() == JsonToken.NUMBER ? json.nextInt() : skipped(json);
                    case "contacts" -> {
                        json.beginArray();
                        while (json.hasNext()) {
                            contacts.add(readContact(json));
                        }
                        json.endArray();
                    }
                    default -> json.skipValue(); // "exportedAt", and sections of later versions
                }
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("more than one JSON value");
            }
        } catch (IOException | IllegalStateException | JsonParseException | NumberFormatException damaged) {
            if (!FORMAT_NAME.equals(format) && contacts.isEmpty()) {
                throw new UnsupportedFileException(damaged, "import.unsupported.notNetJournal");
            }
            throw new UnsupportedFileException(damaged, "import.unsupported.damagedJson", damaged.getMessage());
        }
        if (!FORMAT_NAME.equals(format) || version == null) {
            throw new UnsupportedFileException("import.unsupported.notNetJournal");
        }
        if (version > VERSION) {
            throw new UnsupportedFileException("import.unsupported.newerJson", String.valueOf(version));
        }
        List<ImportCandidate> result = new ArrayList<>(contacts.size());
        for (int i = 0; i < contacts.size(); i++) {
            result.add(contacts.get(i).toCandidate(i + 1));
        }
        return result;
    }

    private static <T> T skipped(JsonReader json) throws IOException {
        json.skipValue();
        return null;
    }

    private static String nextStringOrNull(JsonReader json) throws IOException {
        if (json.peek() == JsonToken.NULL) {
            json.nextNull();
            return null;
        }
        return json.nextString();
    }

    /** A contact as written in the file; the values are checked when it becomes a candidate. */
    private static final class RawContact {
        final Map<String, String> fields = new LinkedHashMap<>();
        final List<String[]> profiles = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final List<Map<String, String>> interactions = new ArrayList<>();

        ImportCandidate toCandidate(int entry) {
            String label = (text("firstName") + " " + text("lastName")).strip();
            try {
                Contact contact = contact();
                if (contact.fullName().isEmpty()) {
                    return ImportCandidate.error(PositionKind.ENTRY, entry, text("email"),
                            ImportMessage.of("import.error.noName"));
                }
                for (ProfileLink profile : contact.profiles()) {
                    if (!profile.url().isBlank() && !ContactValidation.isHttpUrl(profile.url())) {
                        return ImportCandidate.error(PositionKind.ENTRY, entry, label,
                                ImportMessage.of("import.error.urlNotHttp", profile.url()));
                    }
                }
                List<Interaction> list = new ArrayList<>();
                for (Map<String, String> raw : interactions) {
                    list.add(interaction(raw));
                }
                return ImportCandidate.contact(PositionKind.ENTRY, entry, contact, list, List.of());
            } catch (BadValue bad) {
                return ImportCandidate.error(PositionKind.ENTRY, entry, label,
                        ImportMessage.of("import.error.badValue", bad.field, bad.value));
            }
        }

        private Contact contact() throws BadValue {
            List<ProfileLink> links = new ArrayList<>();
            for (String[] profile : profiles) {
                Network network = profile[0] == null ? Network.fromUrl(profile[1])
                        : code(Network.fromCode(profile[0]), "network", profile[0]);
                links.add(new ProfileLink(network, profile[1]));
            }
            ComfortStage stage = fields.get("stage") == null ? ComfortStage.OBSERVE
                    : code(ComfortStage.fromCode(fields.get("stage")), "stage", fields.get("stage"));
            Cadence cadence = fields.get("cadence") == null ? Cadence.NONE
                    : code(Cadence.fromCode(fields.get("cadence")), "cadence", fields.get("cadence"));
            ContactSource source = fields.get("source") == null ? ContactSource.JSON
                    : code(ContactSource.fromCode(fields.get("source")), "source", fields.get("source"));
            LocalDate connectedOn = parse("connectedOn", fields.get("connectedOn"), LocalDate::parse);
            Instant createdAt = parse("createdAt", fields.get("createdAt"), Instant::parse);
            return new Contact(0, text("firstName"), text("lastName"), text("company"), text("role"), links,
                    text("email"), text("howWeMet"), tags, stage, cadence, text("notes"), source, connectedOn,
                    createdAt == null ? Instant.now() : createdAt);
        }

        private Interaction interaction(Map<String, String> raw) throws BadValue {
            LocalDate date = parse("date", raw.get("date"), LocalDate::parse);
            if (date == null) {
                throw new BadValue("date", "");
            }
            String kindCode = raw.get("kind");
            InteractionKind kind = code(InteractionKind.fromCode(String.valueOf(kindCode)), "kind", kindCode);
            Network network = raw.get("network") == null ? null
                    : code(Network.fromCode(raw.get("network")), "network", raw.get("network"));
            // sessionId refers to the file's sessions, which version 1 does not contain
            return new Interaction(0, 0, date, kind, network, raw.get("note"), null);
        }

        private String text(String field) {
            String value = fields.get(field);
            return value == null ? "" : value;
        }

        private static <T> T code(Optional<T> parsed, String field, String value) throws BadValue {
            return parsed.orElseThrow(() -> new BadValue(field, String.valueOf(value)));
        }

        private static <T> T parse(String field, String value, Function<String, T> parser) throws BadValue {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (DateTimeParseException e) {
                throw new BadValue(field, value);
            }
        }
    }

    private static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;
        final String field;
        final String value;

        BadValue(String field, String value) {
            super(field + "=" + value, null, false, false);
            this.field = field;
            this.value = value;
        }
    }

    private static RawContact readContact(JsonReader json) throws IOException {
        RawContact contact = new RawContact();
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            if (json.peek() == JsonToken.NULL) {
                json.nextNull(); // a field written as null is a field left empty
                continue;
            }
            switch (name) {
                case "profiles" -> {
                    json.beginArray();
                    while (json.hasNext()) {
                        Map<String, String> profile = readFlatObject(json);
                        contact.profiles.add(new String[] {profile.get("network"),
                                profile.getOrDefault("url", "")});
                    }
                    json.endArray();
                }
                case "tags" -> {
                    json.beginArray();
                    while (json.hasNext()) {
                        String tag = nextStringOrNull(json);
                        if (tag != null) {
                            contact.tags.add(tag);
                        }
                    }
                    json.endArray();
                }
                case "interactions" -> {
                    json.beginArray();
                    while (json.hasNext()) {
                        contact.interactions.add(readFlatObject(json));
                    }
                    json.endArray();
                }
                default -> {
                    JsonToken token = json.peek();
                    if (token == JsonToken.STRING || token == JsonToken.NUMBER) {
                        contact.fields.put(name, json.nextString());
                    } else if (token == JsonToken.NULL) {
                        json.nextNull();
                    } else {
                        json.skipValue(); // a field a later version added
                    }
                }
            }
        }
        json.endObject();
        return contact;
    }

    /** An object of scalar fields as text; nested values (from later versions) are skipped. */
    private static Map<String, String> readFlatObject(JsonReader json) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            JsonToken token = json.peek();
            if (token == JsonToken.STRING || token == JsonToken.NUMBER) {
                fields.put(name, json.nextString());
            } else {
                json.skipValue();
            }
        }
        json.endObject();
        return fields;
    }
}
