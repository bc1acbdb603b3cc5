package org.netjournal.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.Contact;
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

/**
 * The strict reading of NetJournal's JSON: all of a full export (one with any section besides "contacts"), for
 * the restore into an empty journal, with every id. Any value it cannot restore as it was refuses the whole file
 * (a built-in checklist item of a later release, which this one has no label for, is left out: the only
 * exception).
 */
public final class JsonRestoreReader {

    private JsonRestoreReader() {
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
        JsonFieldReader.Parsed parsed;
        try {
            parsed = JsonFieldReader.parse(new StringReader(FileText.withoutBom(text)), true);
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
    public static String readBackupText(Path file, UnsupportedFileException tooLargeForImport)
            throws IOException, UnsupportedFileException {
        if (!FileText.startsLikeJson(file)) {
            throw tooLargeForImport;
        }
        return FileText.decode(FileText.read(file, MAX_BACKUP_BYTES));
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
        private final JsonFieldReader.Parsed parsed;

        JournalReader(JsonFieldReader.Parsed parsed) {
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

                Set<Long> sessionIds = new HashSet<>();
                sessions.forEach(session -> sessionIds.add(session.id()));
                Map<Long, String> winOfSession = new HashMap<>();
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
                JsonFieldReader.RawContact raw = parsed.contacts.get(i);
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
                } catch (JsonFieldReader.BadValue bad) {
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
                Set<Network> networks = EnumSet.noneOf(Network.class);
                for (String code : entry.strings("networks")) {
                    networks.add(entry.code(Network.fromCode(code), "networks", code));
                }
                Map<ActionKind, Integer> counts = new EnumMap<>(ActionKind.class);
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
    private static <T> List<T> withIds(List<T> items, ToLongFunction<T> id,
                                       BiFunction<T, Long, T> withId) {
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
                return new BigDecimal(value.getAsString()).intValueExact();
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
                return new BigDecimal(value.getAsString()).longValueExact();
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
}
