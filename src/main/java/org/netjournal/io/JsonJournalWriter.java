package org.netjournal.io;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannel;
import org.netjournal.domain.Draft;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.NetworkCheck;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.domain.GrowthSeries;
import org.netjournal.domain.WeeklyReview;
import org.netjournal.domain.Post;
import org.netjournal.domain.Session;
import org.netjournal.domain.TouchedContact;
import org.netjournal.domain.WeeklyGoal;
import org.netjournal.domain.Win;
import org.netjournal.domain.InterestingAccount;
import org.netjournal.domain.Strategy;
import org.netjournal.domain.TargetMark;

/**
 * Writes NetJournal's JSON format (see {@link JsonJournalFormat}): the contacts-only form and the full journal.
 *
 * <p>Longer than 400 lines because it writes one section of the full export per method, in the file's order: split
 * up, the format (see {@link JsonJournalFormat}) would be scattered over several classes.
 */
public final class JsonJournalWriter {
    /** How a session's start is written: local wall-clock time to the minute, as the journal keeps it. */
    private static final DateTimeFormatter START_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private JsonJournalWriter() {
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
     * their interactions, sessions, weekly goals, drafts, wins and the user's networks, each with its id.
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
            String starter = journal.strategy().starterDrafts().get(draft.id());
            if (starter != null) {
                json.name("starter").value(starter);
            }
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
        writeStrategy(json, journal.strategy());
        json.name("networks").beginArray();
        for (MyNetwork network : journal.networks()) {
            writeNetwork(json, network);
        }
        json.endArray();
        json.name("posts").beginArray();
        for (Post post : journal.posts()) {
            writePost(json, post);
        }
        json.endArray();
        json.name("reviews").beginArray();
        for (WeeklyReview review : journal.reviews()) {
            json.beginObject();
            json.name("id").value(review.id());
            json.name("weekStart").value(review.weekStart().toString());
            json.name("note").value(review.note());
            json.name("greet").beginArray();
            for (WeeklyReview.Greet person : review.greet()) {
                json.beginObject();
                nullable(json.name("contactId"), person.contactId() == 0 ? null : person.contactId());
                json.name("name").value(person.name());
                json.name("suggestion").value(person.suggestion());
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.name("stageChanges").beginArray();
        for (GrowthSeries.StageChange change : journal.stageChanges()) {
            json.beginObject();
            json.name("contactId").value(change.contactId());
            json.name("date").value(change.date().toString());
            json.name("stage").value(change.stage().code());
            json.endObject();
        }
        json.endArray();
        end(out, json);
    }

    /** Step 5's goal and target contacts, step 4's interesting accounts (the starter marks go with the drafts). */
    private static void writeStrategy(JsonWriter json, Strategy strategy) throws IOException {
        json.name("strategy").beginObject();
        json.name("goal").value(strategy.goal().text());
        nullable(json.name("byWhen"), strategy.goal().byWhen() == null ? null : strategy.goal().byWhen().toString());
        json.endObject();
        json.name("targets").beginArray();
        for (TargetMark target : strategy.targets()) {
            json.beginObject();
            json.name("contactId").value(target.contactId());
            nullable(json.name("group"), target.group() == null ? null : target.group().code());
            json.endObject();
        }
        json.endArray();
        json.name("interestingAccounts").beginArray();
        for (InterestingAccount account : strategy.accounts()) {
            json.beginObject();
            json.name("id").value(account.id());
            json.name("name").value(account.name());
            nullable(json.name("network"), account.network() == null ? null : account.network().code());
            json.name("link").value(account.link());
            json.name("why").value(account.why());
            json.endObject();
        }
        json.endArray();
    }

    private static void writeNetwork(JsonWriter json, MyNetwork network) throws IOException {
        json.beginObject();
        json.name("id").value(network.id());
        json.name("network").value(network.network().code());
        json.name("name").value(network.customName());
        json.name("chosen").value(network.chosen());
        json.name("why").value(network.why());
        json.name("profileLink").value(network.profileLink());
        nullable(json.name("reviewedOn"), network.reviewedOn() == null ? null : network.reviewedOn().toString());
        json.name("checked").beginArray();
        for (NetworkCheck check : NetworkCheck.values()) { // a fixed order: the same journal, the same file
            if (network.isChecked(check)) {
                json.value(check.code());
            }
        }
        json.endArray();
        json.endObject();
    }

    private static void writePost(JsonWriter json, Post post) throws IOException {
        json.beginObject();
        json.name("id").value(post.id());
        json.name("status").value(post.status().code());
        json.name("text").value(post.text());
        json.name("networks").beginArray();
        for (Network network : post.networks()) {
            json.value(network.code());
        }
        json.endArray();
        nullable(json.name("date"), post.date() == null ? null : post.date().toString());
        json.name("link").value(post.link());
        json.name("relatesToGoal").value(post.relatesToGoal());
        json.name("sessionId");
        if (post.sessionId() == null) {
            json.nullValue();
        } else {
            json.value(post.sessionId());
        }
        json.endObject();
    }

    private static JsonWriter begin(Writer out, Instant exportedAt) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.setHtmlSafe(false);
        json.beginObject();
        json.name("format").value(JsonJournalFormat.FORMAT_NAME);
        json.name("version").value(JsonJournalFormat.VERSION);
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

    private static void nullable(JsonWriter json, Number value) throws IOException {
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
        json.name("counts");
        writeCounts(json, session.counts().totals());
        json.name("countsByNetwork").beginObject();
        for (Map.Entry<Network, Map<ActionKind, Integer>> ofNetwork : session.counts().byNetwork().entrySet()) {
            json.name(ofNetwork.getKey().code());
            writeCounts(json, ofNetwork.getValue());
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

    private static void writeCounts(JsonWriter json, Map<ActionKind, Integer> counts) throws IOException {
        json.beginObject();
        for (Map.Entry<ActionKind, Integer> count : counts.entrySet()) {
            json.name(count.getKey().code()).value(count.getValue());
        }
        json.endObject();
    }
}
