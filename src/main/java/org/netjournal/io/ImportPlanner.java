package org.netjournal.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannel;
import org.netjournal.domain.ContactDetails;
import org.netjournal.domain.ContactImport;
import org.netjournal.domain.ContactKeys;
import org.netjournal.domain.ContactKeys.Key;
import org.netjournal.domain.ContactKeys.Kind;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.ControlCharacters;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.ProfileLink;
import org.netjournal.io.ImportPreview.Row;
import org.netjournal.io.ImportPreview.Status;

/**
 * Turns an import file into a {@link ImportPreview} (new / duplicate / error per row) and the preview into the
 * list the storage layer writes in one transaction. Pure: reads the file, never the journal; runs on any
 * background thread.
 *
 * <p>Duplicates are found with {@link ContactKeys}: against the journal's contacts and, for LinkedIn and vCard
 * files, against earlier rows of the same file (the second occurrence is the duplicate). A NetJournal JSON file
 * lists distinct contacts by construction (two people may share a name), so its rows are only compared with the
 * journal.
 */
public final class ImportPlanner {

    /** Larger files are refused before reading: a LinkedIn export of 30,000 connections is about 3 MB. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final Clock clock;

    public ImportPlanner() {
        this(Clock.systemUTC());
    }

    /** @param clock gives the creation time of contacts read from LinkedIn and vCard files */
    public ImportPlanner(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads {@code file}, detects its format from the content, and compares each row with {@code existing}.
     *
     * @throws UnsupportedFileException too large, empty, of an unknown format, or a damaged/newer JSON export
     * @throws IOException              the file cannot be read
     */
    public ImportPreview preview(Path file, List<ContactSummary> existing) throws IOException, UnsupportedFileException {
        byte[] bytes = FileText.read(file, MAX_FILE_BYTES);
        Path name = file.getFileName();
        return preview(name == null ? file.toString() : name.toString(), FileText.decode(bytes), existing);
    }

    /**
     * The text of an import file: refused when larger than {@link #MAX_FILE_BYTES}; UTF-8 with or without
     * byte-order mark, else Windows-1252.
     */
    public static String readText(Path file) throws IOException, UnsupportedFileException {
        return FileText.decode(FileText.read(file, MAX_FILE_BYTES));
    }

    /** As {@link #preview(Path, List)} for text already read (see {@link #readText}). */
    public ImportPreview preview(String fileName, String text, List<ContactSummary> existing)
            throws UnsupportedFileException {
        String content = FileText.withoutBom(text);
        ImportFormat format = ImportFormat.detect(content);
        Instant now = clock.instant();
        LinkedInCsvReader linkedIn = new LinkedInCsvReader(now);
        List<ImportCandidate> candidates = switch (format) {
            case JSON -> JsonContactReader.read(content);
            case VCARD -> new VCardReader(now).read(content);
            case LINKEDIN_CSV -> linkedIn.read(content);
            case NETJOURNAL_CSV -> new NetJournalCsvReader(ZoneId.systemDefault()).read(content);
            case GOOGLE_CSV, OUTLOOK_CSV, THUNDERBIRD_CSV -> new AddressBookCsvReader(format, now).read(content);
        };
        candidates = candidates.stream().map(ImportPlanner::withoutControlCharacters).toList();
        if (candidates.isEmpty() && format != ImportFormat.LINKEDIN_CSV && format != ImportFormat.NETJOURNAL_CSV) {
            // a LinkedIn file with just its header is a valid (empty) export; a vCard file without a card is not
            throw new UnsupportedFileException("import.unsupported.empty");
        }
        List<ImportCandidate> repaired = candidates.stream().map(ImportPlanner::withRepairedLinks).toList();
        return new ImportPreview(fileName, format, classify(repaired, existing, format != ImportFormat.JSON),
                linkedIn.hiddenRows());
    }

    /**
     * The one place where every importer's profile links get the form's rule ({@link ProfileLink#repaired()}):
     * {@code linkedin.com/in/x} from any file becomes {@code https://linkedin.com/in/x}, a LinkedIn link. A link
     * that cannot be one makes the row an error, as the readers would, rather than failing the whole import.
     */
    private static ImportCandidate withRepairedLinks(ImportCandidate candidate) {
        if (candidate.isError()) {
            return candidate;
        }
        List<ProfileLink> links = new ArrayList<>(candidate.contact().profiles().size());
        for (ProfileLink link : candidate.contact().profiles()) {
            if (link.url().isBlank()) {
                continue;
            }
            Optional<ProfileLink> repaired = link.repaired();
            if (repaired.isEmpty()) {
                return ImportCandidate.error(candidate.positionKind(), candidate.position(), candidate.label(),
                        ImportMessage.of("import.error.urlNotHttp", link.url()));
            }
            links.add(repaired.get());
        }
        return new ImportCandidate(candidate.positionKind(), candidate.position(), candidate.label(),
                candidate.contact().withProfiles(links), candidate.interactions(), null, candidate.warnings());
    }

    /** Control characters (NUL, escape …) are removed from every field, with a warning on the row. */
    private static ImportCandidate withoutControlCharacters(ImportCandidate candidate) {
        if (candidate.isError()) {
            return candidate;
        }
        Contact clean = ControlCharacters.strip(candidate.contact());
        if (clean == candidate.contact()) {
            return candidate;
        }
        if (clean.fullName().isEmpty()) {
            return ImportCandidate.error(candidate.positionKind(), candidate.position(), clean.email(),
                    ImportMessage.of("import.error.noName"));
        }
        List<ImportMessage> warnings = new ArrayList<>(candidate.warnings());
        warnings.add(0, ImportMessage.of("import.warning.controlCharacters"));
        return ImportCandidate.contact(candidate.positionKind(), candidate.position(), clean,
                candidate.interactions(), warnings);
    }

    /** Something the rows can duplicate: a contact of the journal or a new row of the file. */
    private static final class Target {
        final Long existingId;
        final int row;
        final int position;
        final String name;
        final Map<Kind, Set<String>> keys = new EnumMap<>(Kind.class);

        Target(Long existingId, int row, int position, String name) {
            this.existingId = existingId;
            this.row = row;
            this.position = position;
            this.name = name;
        }

        boolean has(Kind kind) {
            Set<String> values = keys.get(kind);
            return values != null && !values.isEmpty();
        }
    }

    /** The duplicate index: who has which key. */
    private static final class Index {
        private final Map<Key, List<Target>> byKey = new HashMap<>();

        void add(Target target, List<Key> keys) {
            for (Key key : keys) {
                if (target.keys.computeIfAbsent(key.kind(), k -> new LinkedHashSet<>()).add(key.value())) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(target);
                }
            }
        }

        /** The target sharing a key of the first kind both have (see {@link ContactKeys}); null when none. */
        Target match(List<Key> keys) {
            Map<Kind, Set<String>> mine = ContactKeys.byKind(keys);
            for (Map.Entry<Kind, Set<String>> entry : mine.entrySet()) {
                Kind kind = entry.getKey();
                for (String value : entry.getValue()) {
                    for (Target target : byKey.getOrDefault(new Key(kind, value), List.of())) {
                        if (noHigherCommonKind(mine, target, kind)) {
                            return target;
                        }
                    }
                }
            }
            return null;
        }

        private static boolean noHigherCommonKind(Map<Kind, Set<String>> mine, Target target, Kind kind) {
            for (Kind higher : Kind.values()) {
                if (higher == kind) {
                    return true;
                }
                if (mine.containsKey(higher) && target.has(higher)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static List<Row> classify(List<ImportCandidate> candidates, List<ContactSummary> existing,
                                      boolean duplicatesWithinFile) {
        Index index = new Index();
        for (ContactSummary summary : existing) {
            index.add(new Target(summary.id(), -1, 0, summary.fullName()), ContactKeys.keysOf(summary));
        }
        List<Row> rows = new ArrayList<>(candidates.size());
        for (ImportCandidate candidate : candidates) {
            int i = rows.size();
            if (candidate.isError()) {
                rows.add(new Row(i, candidate, Status.ERROR, null, -1, 0, ""));
                continue;
            }
            List<Key> keys = ContactKeys.keysOf(candidate.contact());
            Target match = index.match(keys);
            if (match == null) {
                rows.add(new Row(i, candidate, Status.NEW, null, -1, 0, ""));
                if (duplicatesWithinFile) {
                    index.add(new Target(null, i, candidate.position(), candidate.contact().fullName()), keys);
                }
            } else {
                rows.add(new Row(i, candidate, Status.DUPLICATE, match.existingId, match.row, match.position,
                        match.name));
                if (duplicatesWithinFile) {
                    index.add(match, keys); // on UPDATE the target gains these keys too
                }
            }
        }
        return List.copyOf(rows);
    }

    /** {@link #plan(ImportPreview, DuplicatePolicy, ExistingContacts)} for {@link DuplicatePolicy#SKIP}. */
    public List<ContactImport> plan(ImportPreview preview) {
        return plan(preview, DuplicatePolicy.SKIP, ExistingContacts.NONE);
    }

    /**
     * What to write. New rows are inserted; error rows left out. Duplicates:
     * <ul>
     * <li>{@link DuplicatePolicy#SKIP}: left out (for a duplicate within the file the first occurrence wins).</li>
     * <li>{@link DuplicatePolicy#UPDATE}: merged into the contact they duplicate with {@link #merge} (several rows
     *     for one contact are merged in file order) and written as an update of that contact's id; a duplicate
     *     within the file is merged into the earlier row. Interactions from the file (JSON) are added unless the
     *     contact already has one with the same date, kind, network and note.</li>
     * </ul>
     *
     * @param existing the journal's full contacts; used only for {@link DuplicatePolicy#UPDATE}
     */
    public List<ContactImport> plan(ImportPreview preview, DuplicatePolicy policy, ExistingContacts existing) {
        Map<Object, Planned> planned = new LinkedHashMap<>(); // row index or existing id (as Long) -> item
        for (Row row : preview.rows()) {
            ImportCandidate candidate = row.candidate();
            switch (row.status()) {
                case ERROR -> {
                    // never imported
                }
                case NEW -> planned.put(row.index(), new Planned(candidate.contact(), candidate.interactions(),
                        null, List.of()));
                case DUPLICATE -> {
                    if (policy == DuplicatePolicy.SKIP) {
                        continue;
                    }
                    Long existingId = row.existingId();
                    Object target = existingId != null ? (Object) existingId : (Object) row.earlierRow();
                    Planned base = planned.get(target);
                    if (base == null && existingId != null) {
                        Contact current = existing.find(existingId).orElse(null);
                        base = current == null
                                ? new Planned(candidate.contact(), List.of(), null, List.of()) // deleted meanwhile
                                : new Planned(current, List.of(), existingId, existing.interactionsOf(existingId));
                    }
                    if (base != null) {
                        planned.put(target, base.plus(merge(base.contact(), candidate.contact()),
                                candidate.interactions()));
                    }
                }
                default -> throw new IllegalStateException(row.status().toString());
            }
        }
        List<ContactImport> result = new ArrayList<>(planned.size());
        for (Planned item : planned.values()) {
            result.add(new ContactImport(item.contact, item.added, item.updateId));
        }
        return result;
    }

    /** An item being planned: the contact, the interactions to add, and those the contact already has. */
    private record Planned(Contact contact, List<Interaction> added, Long updateId, List<Interaction> present) {

        Planned plus(Contact merged, List<Interaction> more) {
            List<Interaction> all = new ArrayList<>(added);
            for (Interaction interaction : more) {
                if (!containsSame(present, interaction)) {
                    all.add(interaction);
                }
            }
            return new Planned(merged, all, updateId, present);
        }

        private static boolean containsSame(List<Interaction> list, Interaction interaction) {
            for (Interaction other : list) {
                if (other.date().equals(interaction.date()) && other.kind() == interaction.kind()
                        && Objects.equals(other.network(), interaction.network())
                        && other.note().equals(interaction.note())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@code incoming} merged into {@code base}, keeping base's id. What the user curated stays; what a newer
     * file knows better comes in:
     * <ul>
     * <li>name, e-mail, how we met, source, creation time: base's (blank ones filled from incoming);
     *     connected-on: base's, else incoming's;</li>
     * <li>company and role: incoming's when not blank (people change jobs; a newer export knows);</li>
     * <li>profiles and tags: base's followed by incoming's new ones (URLs compared by their key, tags
     *     ignoring case);</li>
     * <li>comfort stage: the higher one (never lowered); cadence: base's unless it has none;</li>
     * <li>notes: base's; incoming notes that base does not already contain are appended after a blank line;</li>
     * <li>e-mail addresses and phone numbers: base's followed by incoming's new ones; name parts like the name.</li>
     * </ul>
     */
    public static Contact merge(Contact base, Contact incoming) {
        List<ProfileLink> profiles = new ArrayList<>(base.profiles());
        Set<String> urlKeys = new LinkedHashSet<>(ContactKeys.urlKeys(base.profiles().stream()
                .map(ProfileLink::url).toList()));
        for (ProfileLink link : incoming.profiles()) {
            String key = ContactKeys.urlKey(link.url()).orElse("");
            if (!key.isEmpty() && urlKeys.add(key)) {
                profiles.add(link);
            }
        }
        List<String> tags = new ArrayList<>(base.tags());
        Set<String> tagKeys = new LinkedHashSet<>();
        base.tags().forEach(tag -> tagKeys.add(tag.strip().toLowerCase(Locale.ROOT)));
        for (String tag : incoming.tags()) {
            if (tagKeys.add(tag.strip().toLowerCase(Locale.ROOT))) {
                tags.add(tag);
            }
        }
        String notes = base.notes();
        String newNotes = incoming.notes().strip();
        if (!newNotes.isEmpty() && !notes.contains(newNotes)) {
            notes = notes.isBlank() ? newNotes : notes.stripTrailing() + "\n\n" + newNotes;
        }
        ComfortStage stage = incoming.stage().isHigherThan(base.stage()) ? incoming.stage() : base.stage();
        Cadence cadence = base.cadence().kind() == Cadence.Kind.NONE ? incoming.cadence() : base.cadence();
        return new Contact(base.id(),
                orElse(base.firstName(), incoming.firstName()),
                base.firstName().isBlank() && base.lastName().isBlank() ? incoming.lastName() : base.lastName(),
                orElse(incoming.company(), base.company()),
                orElse(incoming.role(), base.role()),
                profiles,
                orElse(base.email(), incoming.email()),
                orElse(base.howWeMet(), incoming.howWeMet()),
                tags, stage, cadence, notes, base.source(),
                base.connectedOn() != null ? base.connectedOn() : incoming.connectedOn(),
                base.createdAt(), mergeDetails(base.details(), incoming.details()));
    }

    /** Name parts: base's, blank ones filled from incoming; e-mail addresses and phone numbers: base's, then new ones. */
    private static ContactDetails mergeDetails(ContactDetails base, ContactDetails incoming) {
        List<ContactChannel> emails = new ArrayList<>(base.emails());
        emails.addAll(incoming.emails().stream().map(ImportPlanner::notPreferred).toList());
        List<ContactChannel> phones = new ArrayList<>(base.phones());
        phones.addAll(incoming.phones().stream().map(ImportPlanner::notPreferred).toList());
        return new ContactDetails(orElse(base.middleName(), incoming.middleName()),
                orElse(base.namePrefix(), incoming.namePrefix()), orElse(base.nameSuffix(), incoming.nameSuffix()),
                base.organisation() || incoming.organisation(), emails, phones); // ContactDetails drops repeats
    }

    /** An incoming address is added, but the one the user (or the first file) preferred stays preferred. */
    private static ContactChannel notPreferred(ContactChannel channel) {
        return new ContactChannel(channel.value(), channel.label(), false);
    }

    private static String orElse(String preferred, String fallback) {
        return preferred.isBlank() ? fallback : preferred;
    }
}
