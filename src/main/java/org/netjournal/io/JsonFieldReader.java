package org.netjournal.io;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannel;
import org.netjournal.domain.ContactDetails;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ControlCharacters;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;

/**
 * The reading both readings of NetJournal's JSON share: the top level (format, version, damaged JSON said in our
 * own sentence), each contact as written, and the objects and texts inside them, with Gson's streaming API.
 */
final class JsonFieldReader {

    private JsonFieldReader() {
    }

    /** The top-level sections besides "contacts" that make a file a full export. */
    static final List<String> JOURNAL_SECTIONS = List.of("settings", "steps", "sessions", "goals", "drafts",
            "wins", "strategy", "targets", "interestingAccounts", "networks", "posts", "reviews", "stageChanges");

    /** What a reading does with the file's parts, in the order of the file; each is read once, then forgotten. */
    interface Parts {
        void contact(RawContact contact) throws UnsupportedFileException;

        /** Reads (or skips) the value of the journal section {@code name}, one of {@link #JOURNAL_SECTIONS}. */
        void section(String name, JsonReader json) throws IOException, UnsupportedFileException;
    }

    /**
     * Reads the file from start to end in one pass, handing each contact and each journal section to
     * {@code parts} as it comes, so no reading holds more than one entry of the file.
     *
     * @param headerFirst when true, "format" and "version" must come before the first contact or section (as
     *                    NetJournal writes them): the restore checks them before it writes anything
     */
    static void parse(Reader in, Parts parts, boolean headerFirst) throws IOException, UnsupportedFileException {
        JsonReader json = new JsonReader(in);
        json.setStrictness(Strictness.STRICT);
        String format = null;
        Integer version = null;
        int contacts = 0;
        try {
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName();
                switch (name) {
                    case "format" -> format = nextStringOrNull(json);
                    case "version" -> version = json.peek() == JsonToken.NUMBER ? json.nextInt() : skipped(json);
                    case "contacts" -> {
                        if (headerFirst) {
                            requireOurs(format, version);
                        }
                        json.beginArray();
                        while (json.hasNext()) {
                            parts.contact(readContact(json));
                            contacts++;
                        }
                        json.endArray();
                    }
                    default -> {
                        if (JOURNAL_SECTIONS.contains(name)) {
                            if (headerFirst) {
                                requireOurs(format, version);
                            }
                            parts.section(name, json);
                        } else {
                            json.skipValue(); // "exportedAt", and sections of later versions
                        }
                    }
                }
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("more than one JSON value");
            }
        } catch (IOException | IllegalStateException | JsonParseException | NumberFormatException damaged) {
            if (!JsonJournalFormat.FORMAT_NAME.equals(format) && contacts == 0) {
                throw new UnsupportedFileException(damaged, "import.unsupported.notNetJournal");
            }
            throw damaged(damaged);
        }
        requireOurs(format, version);
    }

    /**
     * Gson's message is English developer text ("Unterminated object at line 3 column 5 path $.x"): the user gets
     * our sentence with only the line number taken from it.
     */
    static UnsupportedFileException damaged(Exception damaged) {
        Matcher line = Pattern.compile("line (\\d+)").matcher(String.valueOf(damaged.getMessage()));
        return line.find() ? new UnsupportedFileException(damaged, "import.unsupported.damagedJson", line.group(1))
                : new UnsupportedFileException(damaged, "import.unsupported.damagedJsonSomewhere");
    }

    private static void requireOurs(String format, Integer version) throws UnsupportedFileException {
        if (!JsonJournalFormat.FORMAT_NAME.equals(format) || version == null) {
            throw new UnsupportedFileException("import.unsupported.notNetJournal");
        }
        if (version > JsonJournalFormat.VERSION) {
            throw new UnsupportedFileException("import.unsupported.newerJson", String.valueOf(version));
        }
    }

    private static <T> T skipped(JsonReader json) throws IOException {
        json.skipValue();
        return null;
    }

    static String nextStringOrNull(JsonReader json) throws IOException {
        if (json.peek() == JsonToken.NULL) {
            json.nextNull();
            return null;
        }
        return json.nextString();
    }

    /** A contact as written in the file; the values are checked when it becomes a candidate. */
    static final class RawContact {
        final Map<String, String> fields = new LinkedHashMap<>();
        final List<String[]> profiles = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final List<Map<String, String>> interactions = new ArrayList<>();
        final List<Map<String, String>> emails = new ArrayList<>();
        final List<Map<String, String>> phones = new ArrayList<>();


        Contact contact() throws BadValue {
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
            ContactDetails details = new ContactDetails(text("middleName"), text("namePrefix"), text("nameSuffix"),
                    Boolean.parseBoolean(text("organisation")), channels(emails, "address"), channels(phones, "number"));
            // a restore writes what it reads: control characters (a hand-edited file) are removed here too
            return ControlCharacters.strip(new Contact(0, text("firstName"), text("lastName"), text("company"),
                    text("role"), links, text("email"), text("howWeMet"), tags, stage, cadence, text("notes"),
                    source, connectedOn, createdAt == null ? Instant.now() : createdAt, details));
        }

        private static List<ContactChannel> channels(List<Map<String, String>> raw, String valueName) {
            List<ContactChannel> channels = new ArrayList<>(raw.size());
            for (Map<String, String> channel : raw) {
                channels.add(new ContactChannel(channel.get(valueName), channel.get("label"),
                        Boolean.parseBoolean(channel.get("preferred"))));
            }
            return channels;
        }

        Interaction interaction(Map<String, String> raw) throws BadValue {
            LocalDate date = parse("date", raw.get("date"), LocalDate::parse);
            if (date == null) {
                throw new BadValue("date", "");
            }
            String kindCode = raw.get("kind");
            InteractionKind kind = code(InteractionKind.fromCode(String.valueOf(kindCode)), "kind", kindCode);
            Network network = raw.get("network") == null ? null
                    : code(Network.fromCode(raw.get("network")), "network", raw.get("network"));
            // merged into another journal, the file's sessions are not there: the interaction stands on its own
            return new Interaction(0, 0, date, kind, network, raw.get("note"), null);
        }

        String text(String field) {
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

    static final class BadValue extends Exception {
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
                case "interactions" -> readObjects(json, contact.interactions);
                case "emails" -> readObjects(json, contact.emails);
                case "phones" -> readObjects(json, contact.phones);
                default -> {
                    JsonToken token = json.peek();
                    if (token == JsonToken.STRING || token == JsonToken.NUMBER) {
                        contact.fields.put(name, json.nextString());
                    } else if (token == JsonToken.BOOLEAN) {
                        contact.fields.put(name, String.valueOf(json.nextBoolean()));
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

    private static void readObjects(JsonReader json, List<Map<String, String>> into) throws IOException {
        json.beginArray();
        while (json.hasNext()) {
            into.add(readFlatObject(json));
        }
        json.endArray();
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
            } else if (token == JsonToken.BOOLEAN) {
                fields.put(name, String.valueOf(json.nextBoolean()));
            } else {
                json.skipValue();
            }
        }
        json.endObject();
        return fields;
    }
}
