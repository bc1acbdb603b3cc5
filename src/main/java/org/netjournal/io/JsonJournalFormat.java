package org.netjournal.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannel;
import org.netjournal.domain.ContactDetails;
import org.netjournal.domain.ControlCharacters;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactValidation;
import org.netjournal.domain.Draft;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.domain.Session;
import org.netjournal.domain.StepDefinition;
import org.netjournal.domain.TouchedContact;
import org.netjournal.domain.WeeklyGoal;
import org.netjournal.domain.Win;
import org.netjournal.io.ImportCandidate.PositionKind;

/**
 * NetJournal's own, lossless JSON format, written and read with Gson's streaming API (no reflection):
 *
 * <pre>
 * {
 *   "format": "netjournal",
 *   "version": 1,
 *   "exportedAt": "2026-11-29T13:00:00Z",
 *   "settings": { "language": "de", "theme": "dark", "week.start": "sunday", … },
 *   "steps": [ { "number": 1, "notes": "…", "markedDone": false, "updatedAt": "2026-…Z" | null,
 *                "checklist": [ { "id": 3, "builtinKey": "fill-profile" | null, "text": null | "my own item",
 *                                 "checked": true, "position": 0 } ] } ],
 *   "contacts": [
 *     { "id": 7, "firstName": "…", "lastName": "…", "company": "…", "role": "…", "email": "…",
 *       "howWeMet": "…", "stage": "connect", "cadence": "monthly" | "custom:10", "notes": "…",
 *       "source": "linkedin", "connectedOn": "2024-03-12" | null, "createdAt": "2024-03-12T09:00:00Z",
 *       "profiles": [ { "network": "linkedin", "url": "https://…" } ],
 *       "tags": [ "…" ],
 *       "middleName": "…", "namePrefix": "Dr.", "nameSuffix": "Jr.", "organisation": false,
 *       "emails": [ { "address": "…", "label": "work", "preferred": true } ],
 *       "phones": [ { "number": "+49 …", "label": "cell", "preferred": false } ],
 *       "interactions": [ { "id": 12, "date": "2024-03-14", "kind": "commented", "network": "linkedin" | null,
 *                           "note": "…", "sessionId": 3 } ] } ],
 *   "sessions": [ { "id": 3, "start": "2024-03-14T18:30", "durationMinutes": 20 | null,
 *                   "networks": [ "linkedin" ], "counts": { "comments": 1, "likes": 3 },
 *                   "energyBefore": 2 | null, "energyAfter": 4 | null, "howItFelt": "…", "notes": "…",
 *                   "touched": [ { "contactId": 7, "kind": "commented" } ] } ],
 *   "goals": [ { "id": 1, "network": "linkedin" | null, "action": "posts", "target": 2, "since": "2024-03-11" } ],
 *   "drafts": [ { "id": 1, "network": "linkedin" | null, "title": "…", "text": "Hi {firstName}, …" } ],
 *   "wins": [ { "id": 4, "date": "2024-03-14", "text": "…", "sessionId": 3 | null } ]
 * }
 * </pre>
 *
 * Codes are those of the domain enums ({@code code()}), dates ISO-8601, a session's start its local wall-clock
 * time. Drafts, checklist items, profiles and tags are in the user's order; a session's win is the entry of
 * "wins" with its {@code sessionId}. Networks are no section: they are not modelled beyond their codes.
 *
 * <p><b>Two readings.</b> {@link #read(Reader)} takes the contacts only (with their interactions, without
 * their sessions) for the import that merges into any journal; it skips every other section, so a contacts-only
 * file of an earlier release and a full export both import there. {@link #readJournal(String)} takes all of a
 * full export (one with any section besides "contacts") for the restore into an empty journal, with every id,
 * and refuses the whole file on any value it cannot restore as it was (a built-in checklist item of a later
 * release, which this one has no label for, is left out: the only exception).
 *
 * <p>The sections were added without a new {@code version}: they are additive, and readers skip sections and
 * fields they do not know, so an earlier release still imports the contacts of a full export. A file with a
 * higher {@code version} is refused (it may mean something else).
 */
public final class JsonJournalFormat {

    public static final String FORMAT_NAME = "netjournal";
    public static final int VERSION = 1;

    /** How a session's start is written: local wall-clock time to the minute, as the journal keeps it. */
    private static final DateTimeFormatter START_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private JsonJournalFormat() {
    }

    /**
     * Writes every contact with its interactions (matched by {@link Interaction#contactId()}), pretty-printed:
     * the contacts-only form, which imports by merging contacts into any journal.
     */
    public static void write(Writer out, List<Contact> contacts, Collection<Interaction> interactions,
                             Instant exportedAt) throws IOException {
        JsonWriter json = begin(out, exportedAt);
        writeContacts(json, contacts, interactions);
        end(out, json);
    }

    /**
     * Writes the whole journal (see the class comment): settings, steps with notes and checklists, contacts with
     * their interactions, sessions, weekly goals, drafts and wins, each with its id.
     */
    public static void write(Writer out, JournalSnapshot journal, Instant exportedAt) throws IOException {
        JsonWriter json = begin(out, exportedAt);
        json.name("settings").beginObject();
        for (Map.Entry<String, String> setting : journal.settings().entrySet()) {
            json.name(setting.getKey()).value(setting.getValue());
        }
        json.endObject();
        json.name("steps").beginArray();
        for (JournalSnapshot.Step step : journal.steps()) {
            writeStep(json, step);
        }
        json.endArray();
        writeContacts(json, journal.contacts(), journal.interactions());
        json.name("sessions").beginArray();
        for (Session session : journal.sessions()) {
            writeSession(json, session);
        }
        json.endArray();
        json.name("goals").beginArray();
        for (WeeklyGoal goal : journal.goals()) {
            json.beginObject();
            json.name("id").value(goal.id());
            nullable(json.name("network"), goal.network() == null ? null : goal.network().code());
            json.name("action").value(goal.action().code());
            json.name("target").value(goal.target());
            nullable(json.name("since"), goal.since() == null ? null : goal.since().toString());
            json.endObject();
        }
        json.endArray();
        json.name("drafts").beginArray();
        for (Draft draft : journal.drafts()) {
            json.beginObject();
            json.name("id").value(draft.id());
            nullable(json.name("network"), draft.network() == null ? null : draft.network().code());
            json.name("title").value(draft.title());
            json.name("text").value(draft.text());
            json.endObject();
        }
        json.endArray();
        json.name("wins").beginArray();
        for (Win win : journal.wins()) {
            json.beginObject();
            json.name("id").value(win.id());
            json.name("date").value(win.date().toString());
            json.name("text").value(win.text());
            json.name("sessionId");
            if (win.sessionId() == null) {
                json.nullValue();
            } else {
                json.value(win.sessionId());
            }
            json.endObject();
        }
        json.endArray();
        end(out, json);
    }

    private static JsonWriter begin(Writer out, Instant exportedAt) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.setHtmlSafe(false);
        json.beginObject();
        json.name("format").value(FORMAT_NAME);
        json.name("version").value(VERSION);
        json.name("exportedAt").value(exportedAt.toString());
        return json;
    }

    private static void end(Writer out, JsonWriter json) throws IOException {
        json.endObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    private static void nullable(JsonWriter json, String value) throws IOException {
        if (value == null) {
            json.nullValue();
        } else {
            json.value(value);
        }
    }

    private static void nullable(JsonWriter json, Integer value) throws IOException {
        if (value == null) {
            json.nullValue();
        } else {
            json.value(value);
        }
    }

    private static void writeContacts(JsonWriter json, List<Contact> contacts, Collection<Interaction> interactions)
            throws IOException {
        Map<Long, List<Interaction>> byContact = new LinkedHashMap<>();
        for (Interaction interaction : interactions) {
            byContact.computeIfAbsent(interaction.contactId(), id -> new ArrayList<>()).add(interaction);
        }
        json.name("contacts").beginArray();
        for (Contact contact : contacts) {
            writeContact(json, contact, byContact.getOrDefault(contact.id(), List.of()));
        }
        json.endArray();
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
        json.name("middleName").value(c.details().middleName());
        json.name("namePrefix").value(c.details().namePrefix());
        json.name("nameSuffix").value(c.details().nameSuffix());
        json.name("organisation").value(c.details().organisation());
        writeChannels(json, "emails", "address", c.details().emails());
        writeChannels(json, "phones", "number", c.details().phones());
        json.name("interactions").beginArray();
        for (Interaction interaction : interactions) {
            json.beginObject();
            if (interaction.id() != 0) {
                json.name("id").value(interaction.id());
            }
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

    private static void writeChannels(JsonWriter json, String name, String valueName, List<ContactChannel> channels)
            throws IOException {
        json.name(name).beginArray();
        for (ContactChannel channel : channels) {
            json.beginObject();
            json.name(valueName).value(channel.value());
            json.name("label").value(channel.label());
            json.name("preferred").value(channel.preferred());
            json.endObject();
        }
        json.endArray();
    }

    private static void writeStep(JsonWriter json, JournalSnapshot.Step step) throws IOException {
        json.beginObject();
        json.name("number").value(step.number());
        json.name("notes").value(step.notes());
        json.name("markedDone").value(step.markedDone());
        nullable(json.name("updatedAt"), step.updatedAt());
        json.name("checklist").beginArray();
        for (ChecklistItem item : step.items()) {
            json.beginObject();
            json.name("id").value(item.id());
            nullable(json.name("builtinKey"), item.builtInKey());
            nullable(json.name("text"), item.text());
            json.name("checked").value(item.checked());
            json.name("position").value(item.position());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void writeSession(JsonWriter json, Session session) throws IOException {
        json.beginObject();
        json.name("id").value(session.id());
        json.name("start").value(START_FORMAT.format(session.start()));
        nullable(json.name("durationMinutes"), session.durationMinutes());
        json.name("networks").beginArray();
        for (Network network : session.networks()) {
            json.value(network.code());
        }
        json.endArray();
        json.name("counts").beginObject();
        for (Map.Entry<ActionKind, Integer> count : session.counts().entrySet()) {
            json.name(count.getKey().code()).value(count.getValue());
        }
        json.endObject();
        nullable(json.name("energyBefore"), session.energyBefore());
        nullable(json.name("energyAfter"), session.energyAfter());
        json.name("howItFelt").value(session.howItFelt());
        json.name("notes").value(session.notes());
        json.name("touched").beginArray();
        for (TouchedContact touched : session.touched()) {
            json.beginObject();
            json.name("contactId").value(touched.contactId());
            json.name("kind").value(touched.kind().code());
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
     * The journal sections of a full export are skipped: this is the contacts-only reading that merges into
     * any journal.
     *
     * @throws UnsupportedFileException when the text is not JSON, not a NetJournal export, or from a newer version
     */
    public static List<ImportCandidate> read(Reader in) throws IOException, UnsupportedFileException {
        Parsed parsed = parse(in, false);
        List<ImportCandidate> result = new ArrayList<>(parsed.contacts.size());
        for (int i = 0; i < parsed.contacts.size(); i++) {
            result.add(parsed.contacts.get(i).toCandidate(i + 1));
        }
        return result;
    }

    /**
     * The whole journal of a full export, ready to be restored; empty when the file holds contacts only (an
     * export of an older version, or the contacts-only form). Unlike {@link #read(Reader)}, any value that
     * cannot be restored as it was refuses the whole file: a restore is all or nothing.
     *
     * @throws UnsupportedFileException when the text is not JSON, not a NetJournal export, from a newer version,
     *                                  or holds a value that cannot be restored (the reason names the entry)
     */
    public static Optional<JournalSnapshot> readJournal(String text) throws UnsupportedFileException {
        Parsed parsed;
        try {
            parsed = parse(new StringReader(FileText.withoutBom(text)), true);
        } catch (IOException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        if (parsed.sections.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new JournalReader(parsed).snapshot());
    }

    /**
     * The largest full export {@link #readBackupText} reads. Contact imports stop at
     * {@link ImportPlanner#MAX_FILE_BYTES}, but a full export of a big journal (50,000 contacts make about
     * 35 MB) must stay restorable.
     */
    public static final long MAX_BACKUP_BYTES = 512L * 1024 * 1024;

    /**
     * The text of a file that is too large for a contact import, to be tried as a full export: refused without
     * reading it when it does not even start like JSON (then {@code tooLargeForImport}, the import's limit, is the
     * one that applies), and when it is larger than {@link #MAX_BACKUP_BYTES}.
     */
    public static String readBackupText(java.nio.file.Path file, UnsupportedFileException tooLargeForImport)
            throws IOException, UnsupportedFileException {
        if (!FileText.startsLikeJson(file)) {
            throw tooLargeForImport;
        }
        return FileText.decode(FileText.read(file, MAX_BACKUP_BYTES));
    }

    /** The top-level sections besides "contacts" that make a file a full export. */
    private static final List<String> JOURNAL_SECTIONS = List.of("settings", "steps", "sessions", "goals", "drafts",
            "wins");

    /** A file read once: its contacts as written, and (when asked for) the journal sections as JSON trees. */
    private static final class Parsed {
        String format;
        Integer version;
        final List<RawContact> contacts = new ArrayList<>();
        final Map<String, JsonElement> sections = new LinkedHashMap<>();
    }

    private static Parsed parse(Reader in, boolean journal) throws IOException, UnsupportedFileException {
        JsonReader json = new JsonReader(in);
        json.setStrictness(com.google.gson.Strictness.STRICT);
        Parsed parsed = new Parsed();
        try {
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName();
                switch (name) {
                    case "format" -> parsed.format = nextStringOrNull(json);
                    case "version" -> parsed.version = json.peek() == JsonToken.NUMBER ? json.nextInt() : skipped(json);
                    case "contacts" -> {
                        json.beginArray();
                        while (json.hasNext()) {
                            parsed.contacts.add(readContact(json));
                        }
                        json.endArray();
                    }
                    default -> {
                        if (journal && JOURNAL_SECTIONS.contains(name)) {
                            parsed.sections.put(name, JsonParser.parseReader(json));
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
            if (!FORMAT_NAME.equals(parsed.format) && parsed.contacts.isEmpty()) {
                throw new UnsupportedFileException(damaged, "import.unsupported.notNetJournal");
            }
            // Gson's message is English developer text ("Unterminated object at line 3 column 5 path $.x"): the
            // user gets our sentence with only the line number taken from it
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("line (\\d+)")
                    .matcher(String.valueOf(damaged.getMessage()));
            throw line.find() ? new UnsupportedFileException(damaged, "import.unsupported.damagedJson", line.group(1))
                    : new UnsupportedFileException(damaged, "import.unsupported.damagedJsonSomewhere");
        }
        if (!FORMAT_NAME.equals(parsed.format) || parsed.version == null) {
            throw new UnsupportedFileException("import.unsupported.notNetJournal");
        }
        if (parsed.version > VERSION) {
            throw new UnsupportedFileException("import.unsupported.newerJson", String.valueOf(parsed.version));
        }
        return parsed;
    }

    /** A value of the file that cannot be restored; becomes an {@link UnsupportedFileException}. */
    private static final class BadEntry extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Object[] args;
        final String key;

        BadEntry(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    /** Turns the journal sections of a parsed file into a {@link JournalSnapshot}, strictly. */
    private static final class JournalReader {
        private final Parsed parsed;

        JournalReader(Parsed parsed) {
            this.parsed = parsed;
        }

        JournalSnapshot snapshot() throws UnsupportedFileException {
            try {
                Map<String, String> settings = settings();
                List<JournalSnapshot.Step> steps = steps();
                List<Contact> contacts = new ArrayList<>();
                List<Interaction> interactions = new ArrayList<>();
                contacts(contacts, interactions);
                List<Session> sessions = sessions();
                List<WeeklyGoal> goals = goals();
                List<Draft> drafts = drafts();
                List<Win> wins = wins();

                java.util.Set<Long> sessionIds = new java.util.HashSet<>();
                sessions.forEach(session -> sessionIds.add(session.id()));
                Map<Long, String> winOfSession = new java.util.HashMap<>();
                for (int i = 0; i < wins.size(); i++) {
                    Win win = wins.get(i);
                    if (win.sessionId() != null && !sessionIds.contains(win.sessionId())) {
                        win = new Win(win.id(), win.date(), win.text(), null); // its session is not in the file
                        wins.set(i, win);
                    }
                    if (win.sessionId() != null) {
                        winOfSession.putIfAbsent(win.sessionId(), win.text());
                    }
                }
                sessions.replaceAll(session -> session.withTexts(session.howItFelt(), session.notes(),
                        winOfSession.get(session.id())));
                interactions.replaceAll(interaction -> interaction.sessionId() == null
                        || sessionIds.contains(interaction.sessionId()) ? interaction
                        : new Interaction(interaction.id(), interaction.contactId(), interaction.date(),
                                interaction.kind(), interaction.network(), interaction.note(), null));
                return new JournalSnapshot(settings, steps, contacts, interactions, sessions, goals, drafts, wins);
            } catch (BadEntry bad) {
                throw new UnsupportedFileException(bad.key, bad.args);
            }
        }

        private Map<String, String> settings() throws BadEntry {
            Map<String, String> settings = new LinkedHashMap<>();
            JsonElement section = parsed.sections.get("settings");
            if (section == null || section.isJsonNull()) {
                return settings;
            }
            if (!section.isJsonObject()) {
                throw new BadEntry("backup.badSection", "settings");
            }
            for (Map.Entry<String, JsonElement> entry : section.getAsJsonObject().entrySet()) {
                if (entry.getValue().isJsonPrimitive()) {
                    settings.put(entry.getKey(), entry.getValue().getAsString());
                } else if (!entry.getValue().isJsonNull()) {
                    throw new BadEntry("backup.badValue", "settings", entry.getKey(), entry.getValue().toString());
                }
            }
            return settings;
        }

        /** The entries of a list section; an absent section is an empty list. */
        private List<JsonObject> entries(String section) throws BadEntry {
            JsonElement element = parsed.sections.get(section);
            List<JsonObject> entries = new ArrayList<>();
            if (element == null || element.isJsonNull()) {
                return entries;
            }
            if (!element.isJsonArray()) {
                throw new BadEntry("backup.badSection", section);
            }
            for (JsonElement entry : element.getAsJsonArray()) {
                if (!entry.isJsonObject()) {
                    throw new BadEntry("backup.badSection", section);
                }
                entries.add(entry.getAsJsonObject());
            }
            return entries;
        }

        private List<JournalSnapshot.Step> steps() throws BadEntry {
            List<JournalSnapshot.Step> steps = new ArrayList<>();
            List<JsonObject> entries = entries("steps");
            for (int i = 0; i < entries.size(); i++) {
                Entry step = new Entry("steps", i, entries.get(i));
                Integer number = step.integer("number");
                if (number == null || number < 1 || number > StepDefinition.COUNT) {
                    throw step.bad("number");
                }
                List<ChecklistItem> items = new ArrayList<>();
                List<JsonObject> rawItems = step.objects("checklist");
                for (int j = 0; j < rawItems.size(); j++) {
                    Entry item = new Entry("steps", i, rawItems.get(j));
                    String builtIn = item.text("builtinKey");
                    if (builtIn != null && !StepDefinition.byNumber(number).builtInItemKeys().contains(builtIn)) {
                        continue; // a built-in item of a later release: this one has no label for it
                    }
                    Integer position = item.integer("position");
                    try {
                        items.add(new ChecklistItem(item.id(), number, item.text("builtinKey"), item.text("text"),
                                item.bool("checked"), position == null ? j : position));
                    } catch (IllegalArgumentException neither) {
                        throw item.bad("text");
                    }
                }
                steps.add(new JournalSnapshot.Step(number, step.string("notes"), step.bool("markedDone"),
                        step.text("updatedAt"), withIds(items, ChecklistItem::id, (it, id) ->
                                new ChecklistItem(id, it.stepNumber(), it.builtInKey(), it.text(), it.checked(),
                                        it.position()))));
            }
            return steps;
        }

        private void contacts(List<Contact> contacts, List<Interaction> interactions) throws BadEntry {
            List<List<Interaction>> perContact = new ArrayList<>();
            for (int i = 0; i < parsed.contacts.size(); i++) {
                RawContact raw = parsed.contacts.get(i);
                String where = "contacts, entry " + (i + 1);
                Contact contact;
                List<Interaction> own = new ArrayList<>();
                try {
                    contact = raw.contact();
                    for (Map<String, String> rawInteraction : raw.interactions) {
                        Interaction read = raw.interaction(rawInteraction);
                        own.add(new Interaction(longValue(where, "id", rawInteraction.get("id")), 0, read.date(),
                                read.kind(), read.network(), read.note(),
                                longOrNull(where, "sessionId", rawInteraction.get("sessionId"))));
                    }
                } catch (BadValue bad) {
                    throw new BadEntry("backup.badValue", where, bad.field, bad.value);
                }
                if (ContactValidation.checkIdentity(contact).isPresent()) {
                    throw new BadEntry("backup.badEntry", where, "a contact needs a name, a company or an e-mail");
                }
                for (ProfileLink profile : contact.profiles()) {
                    if (!profile.url().isBlank() && !ContactValidation.isHttpUrl(profile.url())) {
                        throw new BadEntry("backup.badValue", where, "url", profile.url());
                    }
                }
                contacts.add(contact.withId(longValue(where, "id", raw.fields.get("id"))));
                perContact.add(own);
            }
            List<Contact> identified = withIds(contacts, Contact::id, Contact::withId);
            contacts.clear();
            contacts.addAll(identified);
            List<Interaction> all = new ArrayList<>();
            for (int i = 0; i < contacts.size(); i++) {
                long contactId = contacts.get(i).id();
                for (Interaction interaction : perContact.get(i)) {
                    all.add(interaction.withIds(interaction.id(), contactId));
                }
            }
            interactions.addAll(withIds(all, Interaction::id, (it, id) -> it.withIds(id, it.contactId())));
        }

        private List<Session> sessions() throws BadEntry {
            List<Session> sessions = new ArrayList<>();
            List<JsonObject> entries = entries("sessions");
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = new Entry("sessions", i, entries.get(i));
                String startText = entry.text("start");
                LocalDateTime start;
                try {
                    start = LocalDateTime.parse(String.valueOf(startText));
                } catch (DateTimeParseException e) {
                    throw entry.bad("start");
                }
                java.util.Set<Network> networks = java.util.EnumSet.noneOf(Network.class);
                for (String code : entry.strings("networks")) {
                    networks.add(entry.code(Network.fromCode(code), "networks", code));
                }
                Map<ActionKind, Integer> counts = new java.util.EnumMap<>(ActionKind.class);
                for (Map.Entry<String, JsonElement> count : entry.object("counts").entrySet()) {
                    ActionKind action = entry.code(ActionKind.fromCode(count.getKey()), "counts", count.getKey());
                    counts.put(action, entry.integer(count.getValue(), "counts"));
                }
                List<TouchedContact> touched = new ArrayList<>();
                for (JsonObject rawTouched : entry.objects("touched")) {
                    Entry item = new Entry("sessions", i, rawTouched);
                    String kind = item.text("kind");
                    try {
                        touched.add(new TouchedContact(item.id(), kind == null ? null
                                : item.code(InteractionKind.fromCode(kind), "kind", kind)));
                    } catch (IllegalArgumentException noContact) {
                        throw item.bad("contactId");
                    }
                }
                try {
                    sessions.add(new Session(entry.id(), start, entry.integer("durationMinutes"), networks, counts,
                            entry.integer("energyBefore"), entry.integer("energyAfter"), entry.string("howItFelt"),
                            entry.string("notes"), null, touched));
                } catch (IllegalArgumentException invalid) {
                    throw new BadEntry("backup.badEntry", entry.where(), invalid.getMessage());
                }
            }
            return withIds(sessions, Session::id, Session::withId);
        }

        private List<WeeklyGoal> goals() throws BadEntry {
            List<WeeklyGoal> goals = new ArrayList<>();
            List<JsonObject> entries = entries("goals");
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = new Entry("goals", i, entries.get(i));
                String action = entry.text("action");
                Integer target = entry.integer("target");
                if (target == null || target < 1) {
                    throw entry.bad("target");
                }
                LocalDate since = entry.date("since");
                if (since == null) {
                    throw entry.bad("since");
                }
                goals.add(new WeeklyGoal(entry.id(), entry.network(),
                        entry.code(ActionKind.fromCode(String.valueOf(action)), "action", action), target, since));
            }
            return withIds(goals, WeeklyGoal::id, WeeklyGoal::withId);
        }

        private List<Draft> drafts() throws BadEntry {
            List<Draft> drafts = new ArrayList<>();
            List<JsonObject> entries = entries("drafts");
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = new Entry("drafts", i, entries.get(i));
                drafts.add(new Draft(entry.id(), entry.network(), entry.string("title"), entry.string("text")));
            }
            return withIds(drafts, Draft::id, Draft::withId);
        }

        private List<Win> wins() throws BadEntry {
            List<Win> wins = new ArrayList<>();
            List<JsonObject> entries = entries("wins");
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = new Entry("wins", i, entries.get(i));
                LocalDate date = entry.date("date");
                if (date == null) {
                    throw entry.bad("date");
                }
                String text = entry.string("text");
                if (text.isBlank()) {
                    throw entry.bad("text");
                }
                wins.add(new Win(entry.id(), date, text, entry.longOrNull("sessionId")));
            }
            return withIds(wins, Win::id, (win, id) -> new Win(id, win.date(), win.text(), win.sessionId()));
        }

        private static long longValue(String where, String field, String text) throws BadEntry {
            Long value = longOrNull(where, field, text);
            return value == null ? 0 : value;
        }

        private static Long longOrNull(String where, String field, String text) throws BadEntry {
            if (text == null || text.isEmpty()) {
                return null;
            }
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new BadEntry("backup.badValue", where, field, text);
            }
        }
    }

    /**
     * Entries written without an id (by hand, or by an older version) get the next free ones, after the
     * highest id of the section.
     */
    private static <T> List<T> withIds(List<T> items, java.util.function.ToLongFunction<T> id,
                                       java.util.function.BiFunction<T, Long, T> withId) {
        long max = items.stream().mapToLong(id).max().orElse(0);
        List<T> result = new ArrayList<>(items.size());
        for (T item : items) {
            result.add(id.applyAsLong(item) > 0 ? item : withId.apply(item, ++max));
        }
        return result;
    }

    /** One object of a section, with typed getters that name the entry when a value does not fit. */
    private static final class Entry {
        private final String section;
        private final int index;
        private final JsonObject object;

        Entry(String section, int index, JsonObject object) {
            this.section = section;
            this.index = index;
            this.object = object;
        }

        String where() {
            return section + ", entry " + (index + 1);
        }

        BadEntry bad(String field) {
            JsonElement value = object.get(field);
            return new BadEntry("backup.badValue", where(), field,
                    value == null || value.isJsonNull() ? "" : value.isJsonPrimitive() ? value.getAsString()
                            : value.toString());
        }

        private JsonElement get(String field) {
            JsonElement value = object.get(field);
            return value == null || value.isJsonNull() ? null : value;
        }

        /** A text, null when missing; numbers and booleans as written. */
        String text(String field) throws BadEntry {
            JsonElement value = get(field);
            if (value == null) {
                return null;
            }
            if (!value.isJsonPrimitive()) {
                throw bad(field);
            }
            return value.getAsString();
        }

        /** A text, empty when missing. */
        String string(String field) throws BadEntry {
            String text = text(field);
            return text == null ? "" : text;
        }

        Integer integer(String field) throws BadEntry {
            JsonElement value = get(field);
            return value == null ? null : integer(value, field);
        }

        Integer integer(JsonElement value, String field) throws BadEntry {
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                throw bad(field);
            }
            try {
                return new java.math.BigDecimal(value.getAsString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw bad(field);
            }
        }

        Long longOrNull(String field) throws BadEntry {
            JsonElement value = get(field);
            if (value == null) {
                return null;
            }
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                throw bad(field);
            }
            try {
                return new java.math.BigDecimal(value.getAsString()).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw bad(field);
            }
        }

        /** The entry's "id"; 0 when missing (one is given later). */
        long id() throws BadEntry {
            String field = object.has("contactId") && !object.has("id") ? "contactId" : "id";
            Long id = longOrNull(field);
            if (id != null && id < 1) {
                throw bad(field);
            }
            return id == null ? 0 : id;
        }

        boolean bool(String field) throws BadEntry {
            JsonElement value = get(field);
            if (value == null) {
                return false;
            }
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
                throw bad(field);
            }
            return value.getAsBoolean();
        }

        LocalDate date(String field) throws BadEntry {
            String text = text(field);
            if (text == null || text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw bad(field);
            }
        }

        /** The entry's "network"; null (any network) when missing. */
        Network network() throws BadEntry {
            String code = text("network");
            return code == null ? null : code(Network.fromCode(code), "network", code);
        }

        <T> T code(Optional<T> parsed, String field, String value) throws BadEntry {
            if (parsed.isEmpty()) {
                throw new BadEntry("backup.badValue", where(), field, String.valueOf(value));
            }
            return parsed.get();
        }

        JsonObject object(String field) throws BadEntry {
            JsonElement value = get(field);
            if (value == null) {
                return new JsonObject();
            }
            if (!value.isJsonObject()) {
                throw bad(field);
            }
            return value.getAsJsonObject();
        }

        List<JsonObject> objects(String field) throws BadEntry {
            List<JsonObject> objects = new ArrayList<>();
            JsonElement value = get(field);
            if (value == null) {
                return objects;
            }
            if (!value.isJsonArray()) {
                throw bad(field);
            }
            for (JsonElement element : value.getAsJsonArray()) {
                if (!element.isJsonObject()) {
                    throw bad(field);
                }
                objects.add(element.getAsJsonObject());
            }
            return objects;
        }

        List<String> strings(String field) throws BadEntry {
            List<String> strings = new ArrayList<>();
            JsonElement value = get(field);
            if (value == null) {
                return strings;
            }
            if (!value.isJsonArray()) {
                throw bad(field);
            }
            for (JsonElement element : value.getAsJsonArray()) {
                if (!element.isJsonPrimitive()) {
                    throw bad(field);
                }
                strings.add(element.getAsString());
            }
            return strings;
        }
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
        final List<Map<String, String>> emails = new ArrayList<>();
        final List<Map<String, String>> phones = new ArrayList<>();

        ImportCandidate toCandidate(int entry) {
            String label = (text("firstName") + " " + text("lastName")).strip();
            try {
                Contact contact = contact();
                if (ContactValidation.checkIdentity(contact).isPresent()) {
                    return ImportCandidate.error(PositionKind.ENTRY, entry, text("email"),
                            ImportMessage.of("import.error.noName"));
                }
                for (ProfileLink profile : contact.profiles()) {
                    if (ContactValidation.checkProfileUrl(profile.url()).isPresent()) {
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

        private Interaction interaction(Map<String, String> raw) throws BadValue {
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
