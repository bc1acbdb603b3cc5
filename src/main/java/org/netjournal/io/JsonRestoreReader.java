package org.netjournal.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactValidation;
import org.netjournal.domain.Draft;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.NetworkCheck;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.JournalSink;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.GrowthSeries;
import org.netjournal.domain.WeeklyReview;
import org.netjournal.domain.Post;
import org.netjournal.domain.PostStatus;
import org.netjournal.domain.Session;
import org.netjournal.domain.SessionCounts;
import org.netjournal.domain.StepDefinition;
import org.netjournal.domain.TouchedContact;
import org.netjournal.domain.WeeklyGoal;
import org.netjournal.domain.Win;
import org.netjournal.domain.FocusGroup;
import org.netjournal.domain.InterestingAccount;
import org.netjournal.domain.StarterText;
import org.netjournal.domain.StrategyGoal;
import org.netjournal.domain.TargetMark;

/**
 * The strict reading of NetJournal's JSON: all of a full export (one with any section besides "contacts"), for
 * the restore into an empty journal, with every id. It streams: each entry is read, checked and handed to a
 * {@link JournalSink} (the storage's restore) before the next one is read, so a file of any size needs the memory
 * of one entry. Any value it cannot restore as it was refuses the whole file (the sink's transaction is undone);
 * a built-in checklist item of a later release, which this one has no label for, is left out: the only exception.
 *
 * <p>Longer than 400 lines because it reads every section of the full export with one streaming reader, refusing
 * unknown values with the entry named; each section has its own small reader method.
 */
public final class JsonRestoreReader {

    /**
     * The largest full export that is restored. Contact imports stop at {@link ImportPlanner#MAX_FILE_BYTES}, but
     * a full export of a big journal (50,000 contacts make about 35 MB) must stay restorable; the restore streams,
     * so the limit is about time and disk, not memory.
     */
    public static final long MAX_BACKUP_BYTES = 512L * 1024 * 1024;

    private JsonRestoreReader() {
    }

    /**
     * Refuses, without reading it, a file that is too large for a contact import and cannot be a full export
     * either: when it does not even start like JSON ({@code tooLargeForImport}, the import's limit, applies), and
     * when it is larger than {@link #MAX_BACKUP_BYTES} (the restore's limit applies).
     */
    public static void checkBackupSize(Path file, UnsupportedFileException tooLargeForImport)
            throws IOException, UnsupportedFileException {
        if (!FileText.startsLikeJson(file)) {
            throw tooLargeForImport;
        }
        long size = Files.size(file);
        if (size > MAX_BACKUP_BYTES) {
            throw FileText.tooLarge(size, MAX_BACKUP_BYTES);
        }
    }

    /**
     * True when the file is a NetJournal export with any journal section (a full export, to be restored);
     * false for a contacts-only export. Reads only up to the first journal section.
     *
     * @throws UnsupportedFileException when it is no NetJournal export, from a newer version or damaged before
     *                                  its first section
     */
    public static boolean isFullExport(Path file) throws IOException, UnsupportedFileException {
        final class Found extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Found() {
                super(null, null, false, false);
            }
        }
        try (Reader in = open(file)) {
            JsonFieldReader.parse(in, new JsonFieldReader.Parts() {
                @Override
                public void contact(JsonFieldReader.RawContact contact) {
                    // only the sections tell a full export
                }

                @Override
                public void section(String name, JsonReader json) {
                    throw new Found();
                }
            }, false);
            return false;
        } catch (Found found) {
            return true;
        }
    }

    /** Streams a full export from {@code file} into {@code sink}; see {@link #readInto(Reader, JournalSink)}. */
    public static boolean restore(Path file, JournalSink sink) throws IOException, UnsupportedFileException {
        FileText.requireRegularFile(file);
        if (Files.size(file) > MAX_BACKUP_BYTES) {
            throw FileText.tooLarge(Files.size(file), MAX_BACKUP_BYTES);
        }
        try (Reader in = open(file)) {
            return readInto(in, sink);
        }
    }

    /** The file as UTF-8 (what every export writes), without its byte-order mark; bytes that are no UTF-8 fail. */
    private static Reader open(Path file) throws IOException, UnsupportedFileException {
        FileText.requireRegularFile(file);
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    /**
     * Hands every entry of the export to {@code sink}, in the file's order, each checked before it is handed on (a
     * full export without a "networks" section, from before step 2 chose networks, then asks the sink to choose
     * them from the names it uses); returns false when the file held contacts only (then the sink got them, and the caller decides).
     *
     * @throws UnsupportedFileException when the text is not JSON, not a NetJournal export, from a newer version,
     *                                  or holds a value that cannot be restored (the reason names the entry)
     */
    public static boolean readInto(Reader in, JournalSink sink) throws IOException, UnsupportedFileException {
        SectionReader sections = new SectionReader(sink);
        JsonFieldReader.parse(in, sections, true);
        if (sections.journalSeen && !sections.networksSeen) {
            sink.networksFromNames(); // written before step 2 chose networks: every export since lists them
        }
        return sections.journalSeen;
    }

    /** Reads the sections as they come and hands their entries on, one at a time. */
    private static final class SectionReader implements JsonFieldReader.Parts {
        private final JournalSink sink;
        private int contactIndex;
        boolean journalSeen;
        boolean networksSeen;

        SectionReader(JournalSink sink) {
            this.sink = sink;
        }

        @Override
        public void contact(JsonFieldReader.RawContact raw) throws UnsupportedFileException {
            try {
                contactEntry(raw, contactIndex++);
            } catch (BadJsonEntry bad) {
                throw bad.unsupported();
            }
        }

        @Override
        public void section(String name, JsonReader json) throws IOException, UnsupportedFileException {
            journalSeen = true;
            networksSeen |= name.equals("networks");
            try {
                if (name.equals("settings")) {
                    settings(json);
                    return;
                }
                if (name.equals("strategy")) {
                    strategy(json);
                    return;
                }
                if (json.peek() == JsonToken.NULL) {
                    json.nextNull(); // an empty section
                    return;
                }
                if (json.peek() != JsonToken.BEGIN_ARRAY) {
                    throw new BadJsonEntry("backup.badSection", name);
                }
                json.beginArray();
                for (int i = 0; json.hasNext(); i++) {
                    JsonElement element = JsonParser.parseReader(json); // one entry at a time
                    if (!element.isJsonObject()) {
                        throw new BadJsonEntry("backup.badSection", name);
                    }
                    JsonEntry entry = new JsonEntry(name, i, element.getAsJsonObject());
                    switch (name) {
                        case "steps" -> sink.step(step(entry, i));
                        case "sessions" -> sink.session(session(entry, i));
                        case "goals" -> sink.goal(goal(entry));
                        case "drafts" -> draft(entry);
                        case "targets" -> sink.target(target(entry));
                        case "interestingAccounts" -> sink.interestingAccount(interestingAccount(entry));
                        case "wins" -> sink.win(win(entry));
                        case "networks" -> sink.network(network(entry));
                        case "posts" -> sink.post(post(entry));
                        case "stageChanges" -> sink.stageChange(stageChange(entry));
                        case "reviews" -> sink.review(review(entry));
                        default -> throw new IllegalArgumentException(name); // JOURNAL_SECTIONS holds no other
                    }
                }
                json.endArray();
            } catch (BadJsonEntry bad) {
                throw bad.unsupported();
            }
        }

        private void draft(JsonEntry entry) throws BadJsonEntry {
            Draft draft = new Draft(entry.id(), entry.network(), entry.string("title"), entry.string("text"));
            sink.draft(draft);
            String starter = entry.text("starter");
            if (starter != null) {
                if (draft.id() == 0) {
                    throw entry.bad("id"); // the mark names its draft by id
                }
                sink.starterDraft(draft.id(), entry.code(StarterText.fromCode(starter), "starter", starter));
            }
        }

        private void strategy(JsonReader json) throws IOException, BadJsonEntry {
            if (json.peek() == JsonToken.NULL) {
                json.nextNull();
                return;
            }
            JsonElement element = JsonParser.parseReader(json);
            if (!element.isJsonObject()) {
                throw new BadJsonEntry("backup.badSection", "strategy");
            }
            JsonEntry entry = new JsonEntry("strategy", 0, element.getAsJsonObject());
            sink.strategyGoal(new StrategyGoal(entry.string("goal"), entry.date("byWhen")));
        }

        private void settings(JsonReader json) throws IOException, BadJsonEntry {
            if (json.peek() == JsonToken.NULL) {
                json.nextNull();
                return;
            }
            if (json.peek() != JsonToken.BEGIN_OBJECT) {
                throw new BadJsonEntry("backup.badSection", "settings");
            }
            json.beginObject();
            while (json.hasNext()) {
                String key = json.nextName();
                JsonElement value = JsonParser.parseReader(json);
                if (value.isJsonPrimitive()) {
                    sink.setting(key, value.getAsString());
                } else if (!value.isJsonNull()) {
                    throw new BadJsonEntry("backup.badValue", "settings", key, value.toString());
                }
            }
            json.endObject();
        }

        private void contactEntry(JsonFieldReader.RawContact raw, int index) throws BadJsonEntry {
            String where = "contacts, entry " + (index + 1);
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
                throw new BadJsonEntry("backup.badValue", where, bad.field, bad.value);
            }
            if (ContactValidation.checkIdentity(contact).isPresent()) {
                throw new BadJsonEntry("backup.badEntry", where, "a contact needs a name, a company or an e-mail");
            }
            for (ProfileLink profile : contact.profiles()) {
                if (!profile.url().isBlank() && !ContactValidation.isHttpUrl(profile.url())) {
                    throw new BadJsonEntry("backup.badValue", where, "url", profile.url());
                }
            }
            sink.contact(contact.withId(longValue(where, "id", raw.fields.get("id"))), own);
        }
    }

    private static JournalSnapshot.Step step(JsonEntry step, int i) throws BadJsonEntry {
        Integer number = step.integer("number");
        if (number == null || number < 1 || number > StepDefinition.COUNT) {
            throw step.bad("number");
        }
        List<ChecklistItem> items = new ArrayList<>();
        List<JsonObject> rawItems = step.objects("checklist");
        for (int j = 0; j < rawItems.size(); j++) {
            JsonEntry item = new JsonEntry("steps", i, rawItems.get(j));
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
        return new JournalSnapshot.Step(number, step.string("notes"), step.bool("markedDone"),
                step.text("updatedAt"), items);
    }

    private static Session session(JsonEntry entry, int i) throws BadJsonEntry {
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
        Map<ActionKind, Integer> totals = new EnumMap<>(ActionKind.class);
        for (Map.Entry<String, JsonElement> count : entry.object("counts").entrySet()) {
            ActionKind action = entry.code(ActionKind.fromCode(count.getKey()), "counts", count.getKey());
            totals.put(action, entry.integer(count.getValue(), "counts"));
        }
        List<TouchedContact> touched = new ArrayList<>();
        for (JsonObject rawTouched : entry.objects("touched")) {
            JsonEntry item = new JsonEntry("sessions", i, rawTouched);
            String kind = item.text("kind");
            try {
                touched.add(new TouchedContact(item.id(), kind == null ? null
                        : item.code(InteractionKind.fromCode(kind), "kind", kind)));
            } catch (IllegalArgumentException noContact) {
                throw item.bad("contactId");
            }
        }
        try {
            SessionCounts counts = countsByNetwork(entry, totals);
            return new Session(entry.id(), start, entry.integer("durationMinutes"), networks, counts,
                    entry.integer("energyBefore"), entry.integer("energyAfter"), entry.string("howItFelt"),
                    entry.string("notes"), null, touched);
        } catch (IllegalArgumentException invalid) {
            throw new BadJsonEntry("backup.badEntry", entry.where(), invalid.getMessage());
        }
    }

    /**
     * "counts" holds a session's totals (what an earlier release reads), "countsByNetwork" the part of them each
     * network had; the rest is not assigned. A file without "countsByNetwork" (an earlier release's) has all its
     * counts not assigned, so a one-network session gives them to its network, like the schema upgrade does.
     */
    private static SessionCounts countsByNetwork(JsonEntry entry, Map<ActionKind, Integer> totals)
            throws BadJsonEntry {
        Map<ActionKind, Integer> unassigned = new EnumMap<>(ActionKind.class);
        totals.forEach((kind, total) -> unassigned.put(kind, total == null ? 0 : total));
        Map<Network, Map<ActionKind, Integer>> byNetwork = new EnumMap<>(Network.class);
        for (Map.Entry<String, JsonElement> ofNetwork : entry.object("countsByNetwork").entrySet()) {
            Network network = entry.code(Network.fromCode(ofNetwork.getKey()), "countsByNetwork", ofNetwork.getKey());
            if (!ofNetwork.getValue().isJsonObject()) {
                throw entry.bad("countsByNetwork");
            }
            Map<ActionKind, Integer> counts = new EnumMap<>(ActionKind.class);
            for (Map.Entry<String, JsonElement> count : ofNetwork.getValue().getAsJsonObject().entrySet()) {
                ActionKind action = entry.code(ActionKind.fromCode(count.getKey()), "countsByNetwork", count.getKey());
                Integer value = entry.integer(count.getValue(), "countsByNetwork");
                int left = unassigned.getOrDefault(action, 0) - (value == null ? 0 : value);
                if (value == null || value < 0 || left < 0) {
                    throw entry.bad("countsByNetwork"); // more on a network than in all: cannot be restored as it was
                }
                counts.put(action, value);
                unassigned.put(action, left);
            }
            byNetwork.put(network, counts);
        }
        return new SessionCounts(unassigned, byNetwork);
    }

    private static WeeklyGoal goal(JsonEntry entry) throws BadJsonEntry {
        String action = entry.text("action");
        Integer target = entry.integer("target");
        if (target == null || target < 1) {
            throw entry.bad("target");
        }
        LocalDate since = entry.date("since");
        if (since == null) {
            throw entry.bad("since");
        }
        return new WeeklyGoal(entry.id(), entry.network(),
                entry.code(ActionKind.fromCode(String.valueOf(action)), "action", action), target, since);
    }

    private static TargetMark target(JsonEntry entry) throws BadJsonEntry {
        Long contact = entry.longOrNull("contactId");
        if (contact == null || contact < 1) {
            throw entry.bad("contactId");
        }
        String group = entry.text("group");
        return new TargetMark(contact, group == null ? null : entry.code(FocusGroup.fromCode(group), "group", group));
    }

    private static InterestingAccount interestingAccount(JsonEntry entry) throws BadJsonEntry {
        try {
            return new InterestingAccount(entry.id(), entry.string("name"), entry.network(), entry.string("link"),
                    entry.string("why"));
        } catch (IllegalArgumentException empty) {
            throw entry.bad("name");
        }
    }

    /** One of the user's networks; an unknown network or checklist item is refused, not guessed. */
    private static MyNetwork network(JsonEntry entry) throws BadJsonEntry {
        Network network = entry.network();
        if (network == null) {
            throw entry.bad("network");
        }
        String name = entry.string("name");
        if ((network == Network.OTHER) == name.isBlank()) {
            throw entry.bad("name");
        }
        Set<NetworkCheck> checked = EnumSet.noneOf(NetworkCheck.class);
        for (String code : entry.strings("checked")) {
            checked.add(entry.code(NetworkCheck.fromCode(code), "checked", code));
        }
        // a hand-written entry without "chosen" lists a network the user chose
        return new MyNetwork(entry.id(), network, name, entry.bool("chosen", true), entry.string("why"),
                entry.string("profileLink"), entry.date("reviewedOn"), checked);
    }

    private static Win win(JsonEntry entry) throws BadJsonEntry {
        LocalDate date = entry.date("date");
        if (date == null) {
            throw entry.bad("date");
        }
        String text = entry.string("text");
        if (text.isBlank()) {
            throw entry.bad("text");
        }
        return new Win(entry.id(), date, text, entry.longOrNull("sessionId"));
    }

    private static Post post(JsonEntry entry) throws BadJsonEntry {
        String status = entry.text("status");
        Set<Network> networks = EnumSet.noneOf(Network.class);
        for (String code : entry.strings("networks")) {
            networks.add(entry.code(Network.fromCode(code), "networks", code));
        }
        return new Post(entry.id(), status == null ? null : entry.code(PostStatus.fromCode(status), "status", status),
                entry.string("text"), networks, entry.date("date"), entry.string("link"), entry.bool("relatesToGoal"),
                entry.longOrNull("sessionId"));
    }

    private static WeeklyReview review(JsonEntry entry) throws BadJsonEntry {
        LocalDate weekStart = entry.date("weekStart");
        if (weekStart == null) {
            throw entry.bad("weekStart");
        }
        List<WeeklyReview.Greet> greet = new ArrayList<>();
        for (JsonElement person : entry.elements("greet")) {
            if (person.isJsonObject()) {
                JsonEntry picked = new JsonEntry("reviews", 0, person.getAsJsonObject());
                Long contactId = picked.longOrNull("contactId");
                greet.add(new WeeklyReview.Greet(contactId == null ? 0 : contactId, picked.string("name"),
                        picked.string("suggestion")));
            } else if (person.isJsonPrimitive()) {
                // a file of the first reviews named the contact only; the restore takes the name it has
                greet.add(new WeeklyReview.Greet(longValue(entry.where(), "greet", person.getAsString()), "", ""));
            } else {
                throw entry.bad("greet");
            }
        }
        return new WeeklyReview(entry.id(), weekStart, entry.string("note"), greet);
    }

    private static GrowthSeries.StageChange stageChange(JsonEntry entry) throws BadJsonEntry {
        Long contactId = entry.longOrNull("contactId");
        if (contactId == null || contactId <= 0) {
            throw entry.bad("contactId");
        }
        LocalDate date = entry.date("date");
        if (date == null) {
            throw entry.bad("date");
        }
        String stage = entry.text("stage");
        if (stage == null) {
            throw entry.bad("stage");
        }
        return new GrowthSeries.StageChange(contactId, date,
                entry.code(ComfortStage.fromCode(stage), "stage", stage));
    }

    private static long longValue(String where, String field, String text) throws BadJsonEntry {
        Long value = longOrNull(where, field, text);
        return value == null ? 0 : value;
    }

    private static Long longOrNull(String where, String field, String text) throws BadJsonEntry {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadJsonEntry("backup.badValue", where, field, text);
        }
    }
}
