package org.netjournal.storage;

import java.time.Period;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannel;
import org.netjournal.domain.ContactDetails;
import org.netjournal.domain.ContactImport;
import org.netjournal.domain.ContactRules;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.ContactValidation;
import org.netjournal.domain.DueContacts;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;

/**
 * Target contacts, their profiles and tags, and the interactions logged with them.
 *
 * <p>Like the rest of the storage layer it runs on the storage thread only. Like every repository,
 * its methods throw no checked exception: a failing SQL statement surfaces as {@link StorageException}
 * with its kind. Every write is one transaction.
 *
 * <p>Stored forms: enumerations by their {@code code()}, dates as {@code yyyy-MM-dd}, {@code createdAt} as an
 * ISO-8601 instant. Codes this build does not know (a newer version, a hand-edited file) are read as the
 * defaults ({@code observe}, no cadence, {@code other}, {@code manual}) rather than failing.
 *
 * <p>Longer than 400 lines because every contact query (rows, who is due, duplicates, the import in one transaction)
 * shares the binding of a contact's columns and the SQL of the contact tables.
 */
public final class ContactRepository {

    /** How often {@link #importContacts} reports progress, in items. */
    static final int PROGRESS_EVERY = 100;

    private static final String CONTACT_COLUMNS = "id, first_name, last_name, company, role, email, how_we_met, "
            + "stage, cadence, notes, source, connected_on, created_at, middle_name, name_prefix, name_suffix, "
            + "is_organisation";

    private final JournalDatabase database;

    public ContactRepository(JournalDatabase database) {
        this.database = database;
    }

    // ---------------------------------------------------------------------------------------------------
    // Contacts

    /**
     * Inserts ({@code id == 0}) or updates the contact with every field, replacing its profiles and tags, in
     * one transaction. On insert a {@code createdAt} of {@link Instant#EPOCH} (the record's "unset") becomes
     * now; on update it keeps the stored one. Blank profile URLs are dropped, tags are stripped and
     * de-duplicated ignoring case (first one wins), blank tags dropped.
     *
     * @return the contact as stored, with its id
     * @throws IllegalArgumentException when the name is missing or a profile URL is not http(s)
     * @throws NoSuchElementException   when updating an id that does not exist (e.g. deleted meanwhile)
     */
    public Contact save(Contact contact) {
        Contact clean = validated(contact);
        return StorageCalls.write(database, "Saving contact " + contact.id(), connection -> {
            Statements statements = new Statements(connection);
            try {
                return clean.id() == 0 ? statements.insert(clean) : statements.update(clean.id(), clean, false);
            } finally {
                statements.close();
            }
        });
    }

    /** Deletes the contact with its profiles, tags and interactions. Deleting a missing id does nothing. */
    public void delete(long contactId) {
        StorageCalls.write(database, "Deleting contact " + contactId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM contact WHERE id = ?")) {
                delete.setLong(1, contactId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Contact> find(long contactId) {
        List<Contact> found = loadContacts(" WHERE id = ?", contactId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every contact with all fields, ordered by id. */
    public List<Contact> findAll() {
        return loadContacts("", null);
    }

    private List<Contact> loadContacts(String where, Long id) {
        return StorageCalls.readConsistently(database, "Loading contacts",
                connection -> loadContacts(connection, where, id));
    }

    private static List<Contact> loadContacts(Connection connection, String where, Long id) throws SQLException {
        ByContact<ProfileLink> profiles = loadProfiles(connection, id);
        ByContact<String> tags = loadTags(connection, id);
        ByContact<ContactChannel> emails = loadChannels(connection, "contact_email", "address", id);
        ByContact<ContactChannel> phones = loadChannels(connection, "contact_phone", "number", id);
        List<Contact> contacts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + CONTACT_COLUMNS + " FROM contact" + where + " ORDER BY id")) {
            bindOptionalId(select, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long contactId = rs.getLong(1);
                    contacts.add(new Contact(contactId, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), profiles.take(contactId), rs.getString(6), rs.getString(7),
                            tags.take(contactId), stage(rs.getString(8)), cadence(rs.getString(9)),
                            rs.getString(10), source(rs.getString(11)), date(rs.getString(12)),
                            instant(rs.getString(13)), new ContactDetails(rs.getString(14), rs.getString(15),
                                    rs.getString(16), rs.getInt(17) != 0, emails.take(contactId),
                                    phones.take(contactId))));
                }
            }
        }
        return contacts;
    }

    /** Profiles ordered by contact and position; of one contact when {@code id} is not null. */
    private static ByContact<ProfileLink> loadProfiles(Connection connection, Long id) throws SQLException {
        return loadProfiles(connection, id, "");
    }

    /** Profiles ordered by contact; of one contact when {@code id} is not null, else those {@code where} keeps. */
    private static ByContact<ProfileLink> loadProfiles(Connection connection, Long id, String where)
            throws SQLException {
        ByContact<ProfileLink> profiles = new ByContact<>();
        String sql = "SELECT contact_id, network, url FROM contact_profile"
                + (id == null ? where : " WHERE contact_id = ?") + " ORDER BY contact_id, position";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bindOptionalId(select, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    profiles.add(rs.getLong(1), new ProfileLink(network(rs.getString(2)), rs.getString(3)));
                }
            }
        }
        return profiles;
    }

    /** Tags ordered by contact, in the order they were saved; of one contact when {@code id} is not null. */
    private static ByContact<String> loadTags(Connection connection, Long id) throws SQLException {
        return loadTags(connection, id, "", new SharedValues());
    }

    private static ByContact<String> loadTags(Connection connection, Long id, String where, SharedValues shared)
            throws SQLException {
        ByContact<String> tags = new ByContact<>();
        String sql = "SELECT contact_id, tag FROM contact_tag" + (id == null ? where : " WHERE contact_id = ?")
                + " ORDER BY contact_id, rowid";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bindOptionalId(select, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    tags.add(rs.getLong(1), shared.of(rs.getString(2)));
                }
            }
        }
        return tags;
    }

    /** E-mail addresses or phone numbers (migration 005) ordered by contact and position. */
    private static ByContact<ContactChannel> loadChannels(Connection connection, String table, String column, Long id)
            throws SQLException {
        ByContact<ContactChannel> channels = new ByContact<>();
        String sql = "SELECT contact_id, " + column + ", label, preferred FROM " + table // constants, no user input
                + (id == null ? "" : " WHERE contact_id = ?") + " ORDER BY contact_id, position";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bindOptionalId(select, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    channels.add(rs.getLong(1), new ContactChannel(rs.getString(2), rs.getString(3), rs.getInt(4) != 0));
                }
            }
        }
        return channels;
    }

    private static void bindOptionalId(PreparedStatement statement, Long id) throws SQLException {
        if (id != null) {
            statement.setLong(1, id);
        }
    }

    /**
     * One row per contact for the table, ordered by id. Four set-based queries (contacts, profiles, tags,
     * last interaction per contact), each ordered by contact id and merged in one pass: no per-row queries,
     * no maps.
     */
    public List<ContactSummary> summaries() {
        return summaries(false, "Loading the contact list");
    }

    /**
     * The rows of the target contacts only (step 5's list, {@code target_contact}), made as {@link #summaries()}
     * makes them: home's coach reads these before the contact list is opened, without reading every contact.
     */
    public List<ContactSummary> targetSummaries() {
        return summaries(true, "Loading the target contacts");
    }

    private List<ContactSummary> summaries(boolean targetsOnly, String what) {
        String onlyTargets = targetsOnly ? " WHERE contact_id IN (SELECT contact_id FROM target_contact)" : "";
        return StorageCalls.readConsistently(database, what, connection -> {
            SharedValues shared = new SharedValues(); // names, companies, tag lists and days repeat across rows
            ByContact<ProfileLink> profiles = loadProfiles(connection, null, onlyTargets);
            ByContact<String> tags = loadTags(connection, null, onlyTargets, shared);
            ByContact<LocalDate> lastInteraction = new ByContact<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT contact_id, MAX(date) FROM interaction" + onlyTargets
                            + " GROUP BY contact_id ORDER BY contact_id");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    lastInteraction.add(rs.getLong(1), shared.of(date(rs.getString(2))));
                }
            }
            ZoneId zone = ZoneId.systemDefault();
            Map<String, ComfortStage> stages = new HashMap<>();
            Map<String, Cadence> cadences = new HashMap<>();
            List<ContactSummary> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, first_name, last_name, company, role, email, stage, cadence, notes, created_at "
                            + "FROM contact" + onlyTargets.replace("contact_id IN", "id IN") + " ORDER BY id");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    List<ProfileLink> links = profiles.take(id);
                    Set<Network> networks = EnumSet.noneOf(Network.class);
                    String[] urls = new String[links.size()];
                    for (int i = 0; i < urls.length; i++) {
                        networks.add(links.get(i).network());
                        urls[i] = links.get(i).url();
                    }
                    List<LocalDate> last = lastInteraction.take(id);
                    rows.add(new ContactSummary(id, shared.of(rs.getString(2)), shared.of(rs.getString(3)),
                            shared.of(rs.getString(4)), shared.of(rs.getString(5)), networks,
                            stages.computeIfAbsent(rs.getString(7), ContactRepository::stage),
                            cadences.computeIfAbsent(rs.getString(8), ContactRepository::cadence),
                            shared.of(tags.take(id)), SharedValues.emptyShared(rs.getString(9)),
                            SharedValues.emptyShared(rs.getString(6)), List.of(urls),
                            last.isEmpty() ? null : last.get(0), shared.of(localDate(rs.getString(10), zone))));
                }
            }
            return rows;
        });
    }

    /**
     * The contacts due a follow-up on {@code today} ({@link ContactRules#isDue}): their number and the first
     * {@code limit} of them, most overdue first. SQLite finds them (the last interaction per contact comes from its
     * index), so only the due contacts are read, never the whole list: the home page and the navigator show this
     * before anyone opens the contacts.
     */
    public DueContacts dueContacts(LocalDate today, int limit) {
        LocalDate window = today.plusDays(ContactRules.DUE_WINDOW_DAYS);
        // A contact is due when its start (last interaction, else the day it was added) plus its cadence is at the
        // latest `window`. Per cadence that is a latest start day. The day added comes from an instant in UTC, so
        // SQLite keeps a day of slack there and the exact rule below decides.
        String sql = "SELECT id, first_name, last_name, cadence, last, created_at FROM ("
                + "SELECT c.id, c.first_name, c.last_name, c.cadence, c.created_at, "
                + "(SELECT MAX(i.date) FROM interaction i WHERE i.contact_id = c.id) AS last, "
                + "CASE c.cadence WHEN '2w' THEN ? WHEN 'monthly' THEN ? WHEN 'quarterly' THEN ? "
                + "ELSE date(?, '-' || CAST(substr(c.cadence, 8) AS INTEGER) || ' days') END AS latest "
                + "FROM contact c WHERE c.cadence IN ('2w', 'monthly', 'quarterly') OR c.cadence GLOB 'custom:[0-9]*'"
                + ") WHERE latest IS NOT NULL AND CASE WHEN last IS NOT NULL THEN last <= latest "
                + "ELSE created_at < date(latest, '+2 days') END";
        return StorageCalls.readConsistently(database, "Finding the contacts due", connection -> {
            int contacts;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM contact");
                 ResultSet rs = count.executeQuery()) {
                contacts = rs.next() ? rs.getInt(1) : 0;
            }
            ZoneId zone = ZoneId.systemDefault();
            List<ContactSummary> due = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, latestStart(Cadence.TWO_WEEKS, window).toString());
                select.setString(2, latestStart(Cadence.MONTHLY, window).toString());
                select.setString(3, latestStart(Cadence.QUARTERLY, window).toString());
                select.setString(4, window.toString());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        // only what sorting needs; the few shown are read in full below
                        ContactSummary row = new ContactSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                                "", "", Set.of(), null, cadence(rs.getString(4)), List.of(), "", "", List.of(),
                                date(rs.getString(5)), localDate(rs.getString(6), zone));
                        if (row.isDue(today)) {
                            due.add(row);
                        }
                    }
                }
            }
            due.sort(ContactSummary.BY_NEXT_DUE);
            List<ContactSummary> first = new ArrayList<>();
            for (ContactSummary row : due.subList(0, Math.min(limit, due.size()))) {
                loadContacts(connection, " WHERE id = ?", row.id()).stream().findFirst()
                        .ifPresent(contact -> first.add(ContactSummary.of(contact, row.lastInteraction())));
            }
            return new DueContacts(contacts, due.size(), first);
        });
    }

    /** The latest day a contact with {@code cadence} may have been touched and be due by {@code window}. */
    static LocalDate latestStart(Cadence cadence, LocalDate window) {
        Period period = cadence.period().orElseThrow();
        LocalDate start = window.minus(period);
        // calendar months shorten at a month's end (31 January + 1 month = 28 February): later days may fit too
        while (!start.plusDays(1).plus(period).isAfter(window)) {
            start = start.plusDays(1);
        }
        return start;
    }

    /**
     * Values of a query ordered by contact id, handed out contact by contact while walking the contacts in
     * id order (a merge join): cheaper than a map of boxed ids for 50,000 contacts.
     */
    private static final class ByContact<T> {
        private long[] ids = new long[256];
        private Object[] values = new Object[256];
        private int size;
        private int cursor;

        void add(long contactId, T value) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            ids[size] = contactId;
            values[size++] = value;
        }

        /** The values of {@code contactId}; call with ascending ids. */
        @SuppressWarnings("unchecked")
        List<T> take(long contactId) {
            while (cursor < size && ids[cursor] < contactId) {
                cursor++;
            }
            int start = cursor;
            while (cursor < size && ids[cursor] == contactId) {
                cursor++;
            }
            return start == cursor ? List.of() : (List<T>) List.of(Arrays.copyOfRange(values, start, cursor));
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Interactions

    /**
     * Logs the interaction and raises the contact's stage to {@link ContactRules#stageAfter} (never lowers
     * it), in one transaction.
     *
     * @return the interaction with its id
     * @throws NoSuchElementException when the contact does not exist
     */
    public Interaction addInteraction(Interaction interaction) {
        // the same writer a session uses for the contacts it touched: one definition of "log and raise the stage"
        return StorageCalls.write(database, "Logging an interaction", connection -> {
            try (InteractionWriter writer = new InteractionWriter(connection)) {
                return writer.log(interaction);
            }
        });
    }

    /** Removes the interaction. The stage stays where it is: it never moves down by itself. */
    public void deleteInteraction(long interactionId) {
        StorageCalls.write(database, "Deleting interaction " + interactionId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM interaction WHERE id = ?")) {
                delete.setLong(1, interactionId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** The contact's timeline, newest first (date descending, then id descending). */
    public List<Interaction> interactionsOf(long contactId) {
        return loadInteractions(" WHERE contact_id = ? ORDER BY date DESC, id DESC", contactId);
    }

    /** Every interaction, ordered by contact, date and id (for exports). */
    public List<Interaction> allInteractions() {
        return loadInteractions(" ORDER BY contact_id, date, id", null);
    }

    private List<Interaction> loadInteractions(String whereAndOrder, Long contactId) {
        return StorageCalls.read(database, "Loading interactions", connection -> {
            List<Interaction> interactions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, contact_id, date, kind, network, note, session_id FROM interaction" + whereAndOrder)) {
                bindOptionalId(select, contactId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String network = rs.getString(5);
                        long session = rs.getLong(7);
                        Long sessionId = rs.wasNull() ? null : session;
                        interactions.add(new Interaction(rs.getLong(1), rs.getLong(2), date(rs.getString(3)),
                                InteractionKind.fromCode(rs.getString(4)).orElse(InteractionKind.OTHER),
                                network == null ? null : network(network), rs.getString(6), sessionId));
                    }
                }
            }
            return interactions;
        });
    }

    // ---------------------------------------------------------------------------------------------------
    // Import

    /**
     * Writes all items in ONE transaction: an item without {@code updateExistingId} is inserted, one with it
     * replaces that contact's fields, profiles and tags (keeping its creation time when the item's is unset,
     * and keeping its stage when that is higher: an import never lowers a stage). The item's interactions
     * are added; on an update they raise the stage as {@link #addInteraction} does, while a new contact keeps
     * exactly the stage it comes with (a JSON restore is lossless).
     *
     * <p>Progress is reported at the start, every {@value #PROGRESS_EVERY} items and at the end;
     * cancellation is checked before every item.
     *
     * @return the number of contacts written (inserted plus updated)
     * @throws CancellationException    when {@code progress.isCancelled()}; nothing is written
     * @throws IllegalArgumentException when an item is invalid (message names the item); nothing is written
     * @throws NoSuchElementException   when an item updates a contact that does not exist; nothing is written
     */
    public int importContacts(List<ContactImport> items, ImportProgress progress) {
        ImportProgress listener = progress == null ? ImportProgress.NONE : progress;
        int total = items.size();
        return StorageCalls.write(database, "Importing " + total + " contacts", connection -> {
            Statements statements = new Statements(connection, true);
            try {
                listener.report(0, total);
                for (int i = 0; i < total; i++) {
                    if (listener.isCancelled()) {
                        throw new CancellationException("Import cancelled after " + i + " of " + total);
                    }
                    ContactImport item = items.get(i);
                    Contact contact;
                    try {
                        contact = validated(item.contact());
                    } catch (IllegalArgumentException invalid) {
                        throw new IllegalArgumentException("Item " + (i + 1) + " (" + item.contact().fullName()
                                + "): " + invalid.getMessage(), invalid);
                    }
                    // A new contact keeps the stage it comes with: our JSON export is lossless, and a stage the
                    // user lowered by hand must survive a restore. Interactions merged into an existing contact
                    // were logged elsewhere, so there they move the stage up as logging them here would.
                    ComfortStage stage = contact.stage();
                    if (item.updateExistingId() != null) {
                        for (Interaction interaction : item.interactions()) {
                            stage = ContactRules.stageAfter(stage, interaction.kind());
                        }
                    }
                    long contactId;
                    if (item.updateExistingId() == null) {
                        contactId = statements.insert(contact.withStage(stage)).id();
                    } else {
                        contactId = item.updateExistingId();
                        statements.update(contactId, contact.withStage(stage), true);
                    }
                    for (Interaction interaction : item.interactions()) {
                        statements.insertInteractionBatched(contactId, interaction);
                    }
                    int done = i + 1;
                    if (done % PROGRESS_EVERY == 0 && done < total) {
                        statements.flush();
                        listener.report(done, total);
                    }
                }
                statements.flush();
                if (listener.isCancelled()) {
                    throw new CancellationException("Import cancelled after " + total + " of " + total);
                }
                listener.report(total, total);
                return total;
            } finally {
                statements.close();
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------
    // Writing

    /**
     * Checks that the contact can be found again (a name, company or e-mail) and its profile links (repaired as
     * {@link ProfileLink#repaired()} does); returns the contact with blank profiles and tags cleaned.
     */
    private static Contact validated(Contact contact) {
        Optional<String> identityProblem = ContactValidation.checkIdentity(contact);
        if (identityProblem.isPresent()) {
            throw new IllegalArgumentException(identityProblem.get()
                    + ": a contact needs a name, a company or an e-mail address");
        }
        List<ProfileLink> profiles = new ArrayList<>(contact.profiles().size());
        for (ProfileLink profile : contact.profiles()) {
            if (profile.url().isBlank()) {
                continue;
            }
            profiles.add(profile.repaired().orElseThrow(() -> new IllegalArgumentException(
                    "validation.urlNotHttp: not an http(s) URL: " + profile.url())));
        }
        List<String> tags = new ArrayList<>(contact.tags().size());
        Set<String> seen = new HashSet<>();
        for (String tag : contact.tags()) {
            String stripped = tag == null ? "" : tag.strip();
            if (!stripped.isEmpty() && seen.add(stripped.toLowerCase(Locale.ROOT))) {
                tags.add(stripped);
            }
        }
        return new Contact(contact.id(), contact.firstName(), contact.lastName(), contact.company(), contact.role(),
                profiles, contact.email(), contact.howWeMet(), tags, contact.stage(), contact.cadence(),
                contact.notes(), contact.source(), contact.connectedOn(), contact.createdAt(), contact.details());
    }

    /**
     * Prepared statements reused across the rows of one transaction (an import prepares each only once).
     * When {@code batching}, rows whose id is not needed (profiles, tags, an import's interactions) are
     * collected in JDBC batches until {@link #flush()}: sqlite-jdbc then skips its per-row
     * {@code SELECT last_insert_rowid()} for generated keys, which roughly doubles the cost of a small insert.
     */
    private static final class Statements {
        private final Connection connection;
        private final boolean batching;
        private boolean pending;
        private PreparedStatement batchInteraction;
        private PreparedStatement insertContact;
        private PreparedStatement updateContact;
        private PreparedStatement deleteProfiles;
        private PreparedStatement deleteTags;
        private PreparedStatement insertProfile;
        private PreparedStatement insertTag;
        private final ChannelStatements emails = new ChannelStatements("contact_email", "address");
        private final ChannelStatements phones = new ChannelStatements("contact_phone", "number");

        Statements(Connection connection) {
            this(connection, false);
        }

        Statements(Connection connection, boolean batching) {
            this.connection = connection;
            this.batching = batching;
        }

        /** Runs the rows collected in batches. */
        void flush() throws SQLException {
            if (!pending) {
                return;
            }
            for (PreparedStatement statement : new PreparedStatement[] {insertProfile, insertTag, batchInteraction,
                    emails.insert, phones.insert}) {
                if (statement != null) {
                    statement.executeBatch();
                }
            }
            pending = false;
        }

        private void run(PreparedStatement statement) throws SQLException {
            if (batching) {
                statement.addBatch();
                pending = true;
            } else {
                statement.executeUpdate();
            }
        }

        Contact insert(Contact contact) throws SQLException {
            if (insertContact == null) {
                insertContact = connection.prepareStatement("INSERT INTO contact (first_name, last_name, company, "
                        + "role, email, how_we_met, stage, cadence, notes, source, connected_on, created_at, "
                        + "middle_name, name_prefix, name_suffix, is_organisation) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
            }
            Instant created = Instant.EPOCH.equals(contact.createdAt()) ? Instant.now() : contact.createdAt();
            bindFields(insertContact, contact);
            insertContact.setString(12, created.toString());
            long id;
            try (ResultSet rs = insertContact.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            Contact saved = new Contact(id, contact.firstName(), contact.lastName(), contact.company(),
                    contact.role(), contact.profiles(), contact.email(), contact.howWeMet(), contact.tags(),
                    contact.stage(), contact.cadence(), contact.notes(), contact.source(), contact.connectedOn(),
                    created, contact.details());
            insertChildren(saved);
            return saved;
        }

        /** Replaces every field; {@code keepHigherStage} keeps a stored stage above the given one. */
        Contact update(long id, Contact contact, boolean keepHigherStage) throws SQLException {
            flush(); // pending rows of this contact must not land after the delete below
            Optional<Stored> stored = stored(id);
            if (stored.isEmpty()) {
                throw new NoSuchElementException("No contact " + id);
            }
            ComfortStage stage = contact.stage();
            if (keepHigherStage && stored.get().stage().isHigherThan(stage)) {
                stage = stored.get().stage();
            }
            Instant created = Instant.EPOCH.equals(contact.createdAt()) ? stored.get().createdAt() : contact.createdAt();
            if (updateContact == null) {
                updateContact = connection.prepareStatement("UPDATE contact SET first_name = ?, last_name = ?, "
                        + "company = ?, role = ?, email = ?, how_we_met = ?, stage = ?, cadence = ?, notes = ?, "
                        + "source = ?, connected_on = ?, created_at = ?, middle_name = ?, name_prefix = ?, "
                        + "name_suffix = ?, is_organisation = ? WHERE id = ?");
                deleteProfiles = connection.prepareStatement("DELETE FROM contact_profile WHERE contact_id = ?");
                deleteTags = connection.prepareStatement("DELETE FROM contact_tag WHERE contact_id = ?");
            }
            Contact saved = new Contact(id, contact.firstName(), contact.lastName(), contact.company(),
                    contact.role(), contact.profiles(), contact.email(), contact.howWeMet(), contact.tags(), stage,
                    contact.cadence(), contact.notes(), contact.source(), contact.connectedOn(), created,
                    contact.details());
            bindFields(updateContact, saved);
            updateContact.setString(12, created.toString());
            updateContact.setLong(17, id);
            updateContact.executeUpdate();
            deleteProfiles.setLong(1, id);
            deleteProfiles.executeUpdate();
            deleteTags.setLong(1, id);
            deleteTags.executeUpdate();
            emails.delete(connection, id);
            phones.delete(connection, id);
            insertChildren(saved);
            return saved;
        }

        private record Stored(ComfortStage stage, Instant createdAt) {
        }

        private Optional<Stored> stored(long id) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT stage, created_at FROM contact WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(new Stored(stage(rs.getString(1)), instant(rs.getString(2))))
                            : Optional.empty();
                }
            }
        }

        private static void bindFields(PreparedStatement statement, Contact contact) throws SQLException {
            statement.setString(1, contact.firstName());
            statement.setString(2, contact.lastName());
            statement.setString(3, contact.company());
            statement.setString(4, contact.role());
            statement.setString(5, contact.email());
            statement.setString(6, contact.howWeMet());
            statement.setString(7, contact.stage().code());
            statement.setString(8, contact.cadence().code());
            statement.setString(9, contact.notes());
            statement.setString(10, contact.source().code());
            if (contact.connectedOn() == null) {
                statement.setNull(11, Types.VARCHAR);
            } else {
                statement.setString(11, contact.connectedOn().toString());
            }
            statement.setString(13, contact.details().middleName());
            statement.setString(14, contact.details().namePrefix());
            statement.setString(15, contact.details().nameSuffix());
            statement.setInt(16, contact.details().organisation() ? 1 : 0);
        }

        private void insertChildren(Contact contact) throws SQLException {
            if (!contact.profiles().isEmpty()) {
                if (insertProfile == null) {
                    insertProfile = connection.prepareStatement(
                            "INSERT INTO contact_profile (contact_id, position, network, url) VALUES (?, ?, ?, ?)");
                }
                for (int position = 0; position < contact.profiles().size(); position++) {
                    ProfileLink profile = contact.profiles().get(position);
                    insertProfile.setLong(1, contact.id());
                    insertProfile.setInt(2, position);
                    insertProfile.setString(3, profile.network().code());
                    insertProfile.setString(4, profile.url());
                    run(insertProfile);
                }
            }
            if (!contact.tags().isEmpty()) {
                if (insertTag == null) {
                    insertTag = connection.prepareStatement("INSERT INTO contact_tag (contact_id, tag) VALUES (?, ?)");
                }
                for (String tag : contact.tags()) {
                    insertTag.setLong(1, contact.id());
                    insertTag.setString(2, tag);
                    run(insertTag);
                }
            }
            insertChannels(emails, contact.id(), contact.details().emails());
            insertChannels(phones, contact.id(), contact.details().phones());
        }

        private void insertChannels(ChannelStatements statements, long contactId, List<ContactChannel> channels)
                throws SQLException {
            for (int position = 0; position < channels.size(); position++) {
                ContactChannel channel = channels.get(position);
                PreparedStatement insert = statements.insert(connection);
                insert.setLong(1, contactId);
                insert.setInt(2, position);
                insert.setString(3, channel.value());
                insert.setString(4, channel.label());
                insert.setInt(5, channel.preferred() ? 1 : 0);
                run(insert);
            }
        }

        /** Adds the interaction to the batch (its id is not needed); requires {@code batching}. */
        void insertInteractionBatched(long contactId, Interaction interaction) throws SQLException {
            if (batchInteraction == null) {
                batchInteraction = connection.prepareStatement("INSERT INTO interaction "
                        + "(contact_id, date, kind, network, note, session_id) VALUES (?, ?, ?, ?, ?, ?)");
            }
            bindInteraction(batchInteraction, contactId, interaction);
            run(batchInteraction);
        }

        private static void bindInteraction(PreparedStatement statement, long contactId, Interaction interaction)
                throws SQLException {
            statement.setLong(1, contactId);
            statement.setString(2, interaction.date().toString());
            statement.setString(3, interaction.kind().code());
            if (interaction.network() == null) {
                statement.setNull(4, Types.VARCHAR);
            } else {
                statement.setString(4, interaction.network().code());
            }
            statement.setString(5, interaction.note());
            if (interaction.sessionId() == null) {
                statement.setNull(6, Types.INTEGER);
            } else {
                statement.setLong(6, interaction.sessionId());
            }
        }

        void close() throws SQLException {
            for (PreparedStatement statement : new PreparedStatement[] {insertContact, updateContact,
                    deleteProfiles, deleteTags, insertProfile, insertTag, batchInteraction, emails.insert,
                    emails.delete, phones.insert, phones.delete}) {
                if (statement != null) {
                    statement.close();
                }
            }
        }
    }

    /** The statements of one table of e-mail addresses or phone numbers (migration 005), prepared when first used. */
    private static final class ChannelStatements {
        private final String table;
        private final String column;
        private PreparedStatement insert;
        private PreparedStatement delete;

        ChannelStatements(String table, String column) {
            this.table = table;
            this.column = column;
        }

        PreparedStatement insert(Connection connection) throws SQLException {
            if (insert == null) {
                insert = connection.prepareStatement("INSERT INTO " + table + " (contact_id, position, " + column
                        + ", label, preferred) VALUES (?, ?, ?, ?, ?)");
            }
            return insert;
        }

        void delete(Connection connection, long contactId) throws SQLException {
            if (delete == null) {
                delete = connection.prepareStatement("DELETE FROM " + table + " WHERE contact_id = ?");
            }
            delete.setLong(1, contactId);
            delete.executeUpdate();
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Plumbing

    private static ComfortStage stage(String code) {
        return ComfortStage.fromCode(code).orElse(ComfortStage.OBSERVE);
    }

    private static Cadence cadence(String code) {
        return Cadence.fromCode(code).orElse(Cadence.NONE);
    }

    private static Network network(String code) {
        return Network.fromCode(code).orElse(Network.OTHER);
    }

    private static ContactSource source(String code) {
        return ContactSource.fromCode(code).orElse(ContactSource.MANUAL);
    }

    /** {@code yyyy-MM-dd}; null when missing or not a date. Parsed by hand: it runs 50,000 times per load. */
    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException invalid) {
                    return null;
                }
            }
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The day in {@code zone} of an instant stored as {@code Instant.toString()} ({@code yyyy-MM-ddTHH:mm:ss[.f]Z}),
     * without the cost of {@link Instant#parse} in the common case.
     */
    static LocalDate localDate(String instantText, ZoneId zone) {
        if (instantText != null && instantText.length() >= 20 && instantText.charAt(10) == 'T'
                && instantText.charAt(13) == ':' && instantText.charAt(16) == ':' && instantText.endsWith("Z")) {
            LocalDate day = date(instantText.substring(0, 10));
            int hour = digits(instantText, 11, 13);
            int minute = digits(instantText, 14, 16);
            int second = digits(instantText, 17, 19);
            if (day != null && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60) {
                long epochSecond = day.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second;
                return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
            }
        }
        return LocalDate.ofInstant(instant(instantText), zone);
    }

    /** The decimal number in {@code text[from, to)}, or -1 when it is not all ASCII digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Instant instant(String text) {
        try {
            return text == null ? Instant.EPOCH : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
