package org.netjournal.io;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.Role;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannel;
import org.netjournal.domain.ContactDetails;
import org.netjournal.domain.ContactKeys;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactValidation;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.io.ImportCandidate.PositionKind;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files as Apple Contacts, Google Contacts, Outlook, Android, Thunderbird,
 * Evolution, Nextcloud, DAVx5, BlackBerry, Lotus Notes, FullContact and Xing write them, with ez-vcard's
 * plain-text reader (folded lines, quoted-printable with a charset, {@code itemN.} groups) after
 * {@link VCardText} repaired what it reads differently.
 *
 * <ul>
 * <li>Name: {@code N} is family;given;additional;prefix;suffix. The first name is the given name only; middle
 *     names, prefixes and suffixes are kept in {@link ContactDetails}. When {@code N} is missing or empty,
 *     {@code FN} is split ("Doe, Jane" at the comma; else leading "Dr."-like words are the prefix, a trailing
 *     "Jr."/"III" the suffix, the first word the given name, the last the family name, words between middle
 *     names).</li>
 * <li>Organisations: a card marked as a company (Apple's {@code X-ABShowAs:COMPANY}, vCard 4.0
 *     {@code KIND:org}) or one with only an {@code ORG} (no name, or an {@code FN} repeating the {@code ORG}) is
 *     a contact named after the organisation and marked as one.</li>
 * <li>A card with no name at all but an e-mail address is a contact named after the address
 *     ("jane.doe@…" → Jane Doe), with the warning that the file had no name.</li>
 * <li>{@code ORG} (first part) → company; {@code TITLE}, else {@code ROLE} → role; every {@code EMAIL} and
 *     {@code TEL} with its labels ({@code TYPE}s, else Apple's {@code itemN.X-ABLabel}) and preferred flag
 *     ({@code TYPE=pref} or the lowest {@code PREF}); {@code CATEGORIES} → tags (without Google's system groups
 *     "myContacts" and "starred"); all {@code NOTE}s → notes.</li>
 * <li>Profiles: every http(s) address among {@code URL}, {@code X-SOCIALPROFILE} (Apple), {@code SOCIALPROFILE}
 *     (vCard 4.0, RFC 9554) and Evolution's {@code X-EVOLUTION-BLOG-URL}. An address without a scheme such as {@code www.xing.com/profile/x} gets
 *     {@code https://}; other values (Apple's {@code x-apple:user}, Mastodon handles) are left out. The network
 *     is recognised from the host, else from the label ({@code TYPE}, {@code SERVICE-TYPE} or Apple's
 *     {@code itemN.X-ABLabel}).</li>
 * <li>What NetJournal does not keep (photos, postal addresses, instant-messaging addresses, birthdays) is
 *     counted in warnings ({@link LeftOut}) that the import summary adds up.</li>
 * </ul>
 * A card without any name, organisation or e-mail address is an error row. Positions are the line where the
 * card begins.
 *
 * <p>Longer than 400 lines because it reads vCard 2.1, 3.0 and 4.0 as real address books write them; each quirk is
 * handled in a small method of its own.
 */
public final class VCardReader {

    private static final Set<String> SYSTEM_CATEGORIES = Set.of("mycontacts", "starred");
    /** Types that say nothing a user would call a label: every e-mail address is "internet". */
    private static final Set<String> NOISE_TYPES = Set.of("pref", "internet", "x400");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "phd",
            "ph.d.", "md", "m.d.", "esq.", "mba");
    private static final Pattern HOST_LIKE = Pattern.compile("^(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+(/.*)?$");
    private static final Pattern CARD_START = Pattern.compile("(?i)^\\s*BEGIN\\s*:\\s*VCARD\\s*$");
    private static final Pattern APPLE_LABEL = Pattern.compile("^_\\$!<(.*)>!\\$_$");

    private final Instant importedAt;

    /** @param importedAt the creation time given to every contact read */
    public VCardReader(Instant importedAt) {
        this.importedAt = importedAt;
    }

    public List<ImportCandidate> read(String text) {
        String content = VCardText.keepSpacesAfterSoftBreaks(FileText.withoutBom(text));
        // blank lines before the first card: a line of spaces would read as the continuation of a folded line
        List<VCard> cards = Ezvcard.parse(content.stripLeading()).all();
        List<Integer> startLines = cardStartLines(content);
        boolean linesKnown = startLines.size() == cards.size(); // else nested (2.1 AGENT) cards confuse us
        List<ImportCandidate> result = new ArrayList<>(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            PositionKind kind = linesKnown ? PositionKind.LINE : PositionKind.CARD;
            int position = linesKnown ? startLines.get(i) : i + 1;
            result.add(card(cards.get(i), kind, position));
        }
        return result;
    }

    /** A name read from a card: its parts, and whether the card is an organisation's. */
    record Name(String first, String last, String middle, String prefix, String suffix, boolean organisation) {
        static final Name NONE = new Name("", "", "", "", "", false);

        boolean isEmpty() {
            return first.isEmpty() && last.isEmpty();
        }
    }

    private ImportCandidate card(VCard card, PositionKind kind, int position) {
        if (isGroupCard(card)) {
            String label = card.getFormattedName() == null ? "" : clean(card.getFormattedName().getValue());
            return ImportCandidate.error(kind, position, label, ImportMessage.of("import.error.groupCard"));
        }
        List<ImportMessage> warnings = new ArrayList<>();
        List<ContactChannel> emails = emails(card, warnings);
        List<ContactChannel> phones = phones(card);
        List<ProfileLink> profiles = profiles(card);
        Name name = name(card);
        if (name.isEmpty() && !emails.isEmpty()) {
            name = nameFromEmail(emails.get(0).value());
            warnings.add(0, ImportMessage.of("import.warning.nameFromEmail"));
        }
        if (name.isEmpty()) {
            String label = !emails.isEmpty() ? emails.get(0).value() : !phones.isEmpty() ? phones.get(0).value()
                    : profiles.isEmpty() ? "" : profiles.get(0).url();
            return ImportCandidate.error(kind, position, label, ImportMessage.of("import.error.noName"));
        }
        LeftOut.count(card.getPhotos().size(), LeftOut.PHOTO, warnings);
        LeftOut.count(card.getAddresses().size(), LeftOut.ADDRESS, warnings);
        LeftOut.count(card.getImpps().size(), LeftOut.IMPP, warnings);
        LeftOut.count(card.getBirthdays().size(), LeftOut.BIRTHDAY, warnings);
        ContactDetails details = new ContactDetails(name.middle(), name.prefix(), name.suffix(), name.organisation(),
                emails, phones);
        Contact contact = new Contact(0, name.first(), name.last(), company(card), role(card), profiles, "", "",
                tags(card), ComfortStage.OBSERVE, Cadence.NONE, notes(card), ContactSource.VCARD, null, importedAt,
                details);
        return ImportCandidate.contact(kind, position, contact, List.of(), warnings);
    }

    private static Name name(VCard card) {
        String company = company(card);
        if (isCompanyCard(card) && !company.isEmpty()) {
            return new Name("", company, "", "", "", true);
        }
        StructuredName structured = card.getStructuredName();
        if (structured != null) {
            Name name = new Name(clean(structured.getGiven()), clean(structured.getFamily()),
                    joined(structured.getAdditionalNames()), joined(structured.getPrefixes()),
                    joined(structured.getSuffixes()), false);
            if (!name.isEmpty()) {
                return name;
            }
        }
        for (FormattedName formatted : card.getFormattedNames()) {
            String full = clean(formatted.getValue()).replaceAll("(?U)\\s+", " ");
            if (full.isEmpty()) {
                continue;
            }
            if (full.equalsIgnoreCase(company)) { // Outlook and Google repeat the company as the FN
                return new Name("", company, "", "", "", true);
            }
            return splitFormatted(full);
        }
        return company.isEmpty() ? Name.NONE : new Name("", company, "", "", "", true); // only an ORG
    }

    private static String joined(List<String> parts) {
        return String.join(" ", parts.stream().map(VCardReader::clean).filter(part -> !part.isEmpty()).toList());
    }

    /** "Doe, Jane", "Dr. James Robert Richter Jr." (see the class comment). */
    static Name splitFormatted(String full) {
        int comma = full.indexOf(',');
        if (comma > 0 && comma == full.lastIndexOf(',')) {
            String after = full.substring(comma + 1).strip();
            if (!NAME_SUFFIXES.contains(after.toLowerCase(Locale.ROOT))) { // "Doe, Jane" but not "Jane Doe, PhD"
                Name given = splitFormatted(after);
                return new Name(given.first(), full.substring(0, comma).strip(), joinWords(given.middle(),
                        given.last()), given.prefix(), given.suffix(), false);
            }
        }
        List<String> words = new ArrayList<>(List.of(full.replace(",", " ").strip().split(" +")));
        List<String> prefixes = new ArrayList<>();
        while (words.size() > 1 && words.get(0).endsWith(".") && words.get(0).length() <= 6) {
            prefixes.add(words.remove(0));
        }
        List<String> suffixes = new ArrayList<>();
        while (words.size() > 2 && NAME_SUFFIXES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            suffixes.add(0, words.remove(words.size() - 1));
        }
        String first = words.get(0);
        String last = words.size() > 1 ? words.get(words.size() - 1) : "";
        String middle = words.size() > 2 ? String.join(" ", words.subList(1, words.size() - 1)) : "";
        return new Name(first, last, middle, String.join(" ", prefixes), String.join(" ", suffixes), false);
    }

    private static String joinWords(String a, String b) {
        return (a + " " + b).strip();
    }

    /** "jane.doe@example.com" → Jane Doe; "jdoe@example.com" → Jdoe. */
    static Name nameFromEmail(String email) {
        String local = email.substring(0, Math.max(0, email.indexOf('@')));
        local = local.replaceAll("\\+.*$", "");
        List<String> words = new ArrayList<>();
        for (String word : local.split("[._-]+")) {
            if (!word.isEmpty() && !word.chars().allMatch(Character::isDigit)) {
                words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
        }
        if (words.isEmpty()) {
            return new Name(local.isEmpty() ? email : local, "", "", "", "", false);
        }
        return new Name(words.get(0), words.size() > 1 ? words.get(words.size() - 1) : "",
                words.size() > 2 ? String.join(" ", words.subList(1, words.size() - 1)) : "", "", "", false);
    }

    /**
     * A contact group, not a person: vCard 4.0 {@code KIND:group}, Apple's and DAVx5's
     * {@code X-ADDRESSBOOKSERVER-KIND:group}, Evolution's {@code X-EVOLUTION-LIST:TRUE}.
     */
    private static boolean isGroupCard(VCard card) {
        if (card.getKind() != null && card.getKind().isGroup()) {
            return true;
        }
        for (RawProperty raw : card.getExtendedProperties()) {
            String name = raw.getPropertyName();
            String value = clean(raw.getValue());
            if (name.equalsIgnoreCase("X-ADDRESSBOOKSERVER-KIND") && value.equalsIgnoreCase("group")
                    || name.equalsIgnoreCase("X-EVOLUTION-LIST") && value.equalsIgnoreCase("TRUE")) {
                return true;
            }
        }
        return false;
    }

    /** Apple marks company cards with X-ABShowAs:COMPANY; vCard 4.0 has KIND:org. */
    private static boolean isCompanyCard(VCard card) {
        if (card.getKind() != null && card.getKind().isOrg()) {
            return true;
        }
        for (RawProperty raw : card.getExtendedProperties()) {
            if (raw.getPropertyName().equalsIgnoreCase("X-ABShowAs") && "COMPANY".equalsIgnoreCase(clean(raw.getValue()))) {
                return true;
            }
        }
        return false;
    }

    private static String company(VCard card) {
        for (Organization organization : card.getOrganizations()) {
            for (String value : organization.getValues()) {
                if (!clean(value).isEmpty()) {
                    return clean(value);
                }
            }
        }
        return "";
    }

    private static String role(VCard card) {
        for (Title title : card.getTitles()) {
            if (!clean(title.getValue()).isEmpty()) {
                return clean(title.getValue());
            }
        }
        for (Role role : card.getRoles()) {
            if (!clean(role.getValue()).isEmpty()) {
                return clean(role.getValue());
            }
        }
        return "";
    }

    private static List<ContactChannel> emails(VCard card, List<ImportMessage> warnings) {
        List<ContactChannel> channels = new ArrayList<>();
        List<Integer> prefs = new ArrayList<>();
        Map<String, String> groupLabels = groupLabels(card);
        for (Email email : card.getEmails()) {
            String value = clean(email.getValue());
            if (value.isEmpty()) {
                continue;
            }
            if (ContactValidation.checkEmail(value).isPresent()) {
                warnings.add(ImportMessage.of("import.warning.emailInvalid", value));
                continue;
            }
            channels.add(new ContactChannel(value, label(email, groupLabels), false));
            prefs.add(preference(email));
        }
        return withPreferred(channels, prefs);
    }

    private static List<ContactChannel> phones(VCard card) {
        List<ContactChannel> channels = new ArrayList<>();
        List<Integer> prefs = new ArrayList<>();
        Map<String, String> groupLabels = groupLabels(card);
        for (Telephone telephone : card.getTelephoneNumbers()) {
            String value = telephone.getText() != null ? clean(telephone.getText())
                    : telephone.getUri() == null ? "" : clean(telephone.getUri().getNumber()
                    + (telephone.getUri().getExtension() == null ? "" : " ext. " + telephone.getUri().getExtension()));
            if (!value.isEmpty()) {
                channels.add(new ContactChannel(value, label(telephone, groupLabels), false));
                prefs.add(preference(telephone));
            }
        }
        return withPreferred(channels, prefs);
    }

    /** The channel with the best preference (TYPE=pref, else the lowest PREF) is the preferred one. */
    private static List<ContactChannel> withPreferred(List<ContactChannel> channels, List<Integer> prefs) {
        int best = -1;
        for (int i = 0; i < prefs.size(); i++) {
            if (prefs.get(i) != null && (best < 0 || prefs.get(i) < prefs.get(best))) {
                best = i;
            }
        }
        List<ContactChannel> result = new ArrayList<>(channels.size());
        for (int i = 0; i < channels.size(); i++) {
            ContactChannel channel = channels.get(i);
            result.add(new ContactChannel(channel.value(), channel.label(), i == best));
        }
        return result;
    }

    /** 0 for TYPE=pref (vCard 2.1/3.0), the PREF value (vCard 4.0, 1 = most preferred), null when neither. */
    private static Integer preference(VCardProperty property) {
        VCardParameters parameters = property.getParameters();
        if (parameters.getTypes().stream().anyMatch(type -> type.equalsIgnoreCase("pref"))) {
            return 0;
        }
        try {
            return parameters.getPref();
        } catch (IllegalStateException notANumber) {
            return null; // "PREF=yes": not a preference we can order by
        }
    }

    /** The property's types without noise ("home,cell"), else its Apple group label. */
    private static String label(VCardProperty property, Map<String, String> groupLabels) {
        List<String> types = new ArrayList<>();
        for (String type : property.getParameters().getTypes()) {
            String clean = clean(type).toLowerCase(Locale.ROOT);
            if (!clean.isEmpty() && !NOISE_TYPES.contains(clean) && !types.contains(clean)) {
                types.add(clean);
            }
        }
        if (types.isEmpty() && property.getGroup() != null) {
            String label = groupLabels.getOrDefault(property.getGroup().toLowerCase(Locale.ROOT), "");
            Matcher apple = APPLE_LABEL.matcher(label);
            return apple.matches() ? apple.group(1).toLowerCase(Locale.ROOT) : label;
        }
        return String.join(",", types);
    }

    private static Map<String, String> groupLabels(VCard card) {
        Map<String, String> labels = new LinkedHashMap<>(); // Apple: itemN.X-ABLabel labels the itemN.URL
        for (RawProperty raw : card.getExtendedProperties()) {
            if (raw.getPropertyName().equalsIgnoreCase("X-ABLabel") && raw.getGroup() != null) {
                labels.put(raw.getGroup().toLowerCase(Locale.ROOT), clean(raw.getValue()));
            }
        }
        return labels;
    }

    private static List<ProfileLink> profiles(VCard card) {
        Map<String, String> labels = groupLabels(card);
        Map<String, ProfileLink> byKey = new LinkedHashMap<>();
        for (Url url : card.getUrls()) {
            add(byKey, url.getValue(), labelsOf(url, labels));
        }
        for (RawProperty raw : card.getExtendedProperties()) {
            String property = raw.getPropertyName().toUpperCase(Locale.ROOT);
            if (property.equals("X-SOCIALPROFILE") || property.equals("SOCIALPROFILE")
                    || property.equals("X-EVOLUTION-BLOG-URL")) {
                add(byKey, raw.getValue(), labelsOf(raw, labels));
            }
        }
        return List.copyOf(byKey.values());
    }

    private static List<String> labelsOf(VCardProperty property, Map<String, String> groupLabels) {
        List<String> labels = new ArrayList<>(property.getParameters().getTypes());
        labels.addAll(property.getParameters().get("SERVICE-TYPE"));
        if (property.getGroup() != null) {
            Optional.ofNullable(groupLabels.get(property.getGroup().toLowerCase(Locale.ROOT))).ifPresent(labels::add);
        }
        return labels;
    }

    private static void add(Map<String, ProfileLink> byKey, String value, List<String> labels) {
        String url = clean(value);
        if (url.isEmpty()) {
            return;
        }
        Optional<ProfileLink> parsed = ProfileLink.parse(url);
        if (parsed.isEmpty()) {
            return;
        }
        ProfileLink link = parsed.get();
        if (link.network() == Network.OTHER) {
            for (String label : labels) {
                Optional<Network> named = networkNamed(label);
                if (named.isPresent()) {
                    link = new ProfileLink(named.get(), link.url());
                    break;
                }
            }
        }
        ProfileLink chosen = link;
        ContactKeys.urlKey(chosen.url()).ifPresent(key -> byKey.putIfAbsent(key, chosen));
    }

    /** "LinkedIn", "xing", "Twitter", Apple's "_$!<HomePage>!$_" (no network) … */
    private static Optional<Network> networkNamed(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("twitter")) {
            return Optional.of(Network.X);
        }
        return Network.fromCode(name).filter(network -> network != Network.OTHER);
    }

    private static List<String> tags(VCard card) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Categories categories : card.getCategoriesList()) {
            for (String value : categories.getValues()) {
                String tag = clean(value);
                String key = tag.toLowerCase(Locale.ROOT);
                if (!tag.isEmpty() && !SYSTEM_CATEGORIES.contains(key)) {
                    tags.putIfAbsent(key, tag);
                }
            }
        }
        return List.copyOf(tags.values());
    }

    private static String notes(VCard card) {
        List<String> notes = new ArrayList<>();
        for (Note note : card.getNotes()) {
            String value = note.getValue() == null ? "" : note.getValue().replace("\r\n", "\n").strip();
            if (!value.isEmpty()) {
                notes.add(value);
            }
        }
        return String.join("\n\n", notes);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<Integer> cardStartLines(String content) {
        List<Integer> lines = new ArrayList<>();
        String[] all = content.split("\r\n|\r|\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (CARD_START.matcher(all[i]).matches()) {
                lines.add(i + 1);
            }
        }
        return lines;
    }
}
