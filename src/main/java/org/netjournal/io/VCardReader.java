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
import java.util.regex.Pattern;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactKeys;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactValidation;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.io.ImportCandidate.PositionKind;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files as Apple Contacts, Google Contacts, Outlook and Xing write them, with
 * ez-vcard's plain-text reader (folded lines, quoted-printable with a charset, {@code itemN.} groups).
 *
 * <ul>
 * <li>Name: {@code N} (given and additional names → first name, family name → last name), else {@code FN} split
 *     at the last space ("Doe, Jane" at the comma).</li>
 * <li>{@code ORG} (first part) → company; {@code TITLE}, else {@code ROLE} → role; the preferred, else the first
 *     {@code EMAIL} → e-mail; {@code CATEGORIES} → tags (without Google's system groups "myContacts" and
 *     "starred"); all {@code NOTE}s → notes.</li>
 * <li>Profiles: every http(s) address among {@code URL}, {@code X-SOCIALPROFILE} (Apple) and {@code SOCIALPROFILE}
 *     (vCard 4.0, RFC 9554). An address without a scheme such as {@code www.xing.com/profile/x} gets
 *     {@code https://}; other values (Apple's {@code x-apple:user}, Mastodon handles) are left out. The network
 *     is recognised from the host, else from the label ({@code TYPE}, {@code SERVICE-TYPE} or Apple's
 *     {@code itemN.X-ABLabel}).</li>
 * </ul>
 * A card without any name (also a company card: Apple's {@code X-ABShowAs:COMPANY}, or an {@code FN} that only
 * repeats the {@code ORG}) is an error row. Positions are the line where the card begins.
 */
public final class VCardReader {

    private static final Set<String> SYSTEM_CATEGORIES = Set.of("mycontacts", "starred");
    private static final Pattern CARD_START = Pattern.compile("(?i)^\\s*BEGIN\\s*:\\s*VCARD\\s*$");

    private final Instant importedAt;

    /** @param importedAt the creation time given to every contact read */
    public VCardReader(Instant importedAt) {
        this.importedAt = importedAt;
    }

    public List<ImportCandidate> read(String text) {
        String content = FileText.withoutBom(text);
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

    private ImportCandidate card(VCard card, PositionKind kind, int position) {
        String[] name = name(card);
        String firstName = name[0];
        String lastName = name[1];
        String email = email(card);
        List<ProfileLink> profiles = profiles(card);
        if (ContactValidation.checkName(firstName, lastName).isPresent()) {
            String label = !email.isEmpty() ? email : profiles.isEmpty() ? company(card) : profiles.get(0).url();
            return ImportCandidate.error(kind, position, label, ImportMessage.of("import.error.noName"));
        }
        List<ImportMessage> warnings = new ArrayList<>();
        if (ContactValidation.checkEmail(email).isPresent()) {
            warnings.add(ImportMessage.of("import.warning.emailInvalid", email));
            email = "";
        }
        Contact contact = new Contact(0, firstName, lastName, company(card), role(card), profiles, email, "",
                tags(card), ComfortStage.OBSERVE, Cadence.NONE, notes(card), ContactSource.VCARD, null, importedAt);
        return ImportCandidate.contact(kind, position, contact, List.of(), warnings);
    }

    private static String[] name(VCard card) {
        StructuredName structured = card.getStructuredName();
        if (structured != null) {
            StringBuilder first = new StringBuilder(clean(structured.getGiven()));
            for (String additional : structured.getAdditionalNames()) {
                if (!clean(additional).isEmpty()) {
                    first.append(first.length() == 0 ? "" : " ").append(clean(additional));
                }
            }
            String last = clean(structured.getFamily());
            if (first.length() > 0 || !last.isEmpty()) {
                return new String[] {first.toString(), last};
            }
        }
        for (FormattedName formatted : card.getFormattedNames()) {
            String full = clean(formatted.getValue()).replaceAll("(?U)\\s+", " ");
            if (full.isEmpty() || isCompanyCard(card, full)) {
                continue;
            }
            int comma = full.indexOf(',');
            if (comma > 0 && comma == full.lastIndexOf(',')) { // "Doe, Jane"
                return new String[] {full.substring(comma + 1).strip(), full.substring(0, comma).strip()};
            }
            int space = full.lastIndexOf(' ');
            return space < 0 ? new String[] {full, ""}
                    : new String[] {full.substring(0, space), full.substring(space + 1)};
        }
        return new String[] {"", ""};
    }

    /** Apple marks company cards (X-ABShowAs:COMPANY); Outlook and Google repeat the company as the FN. */
    private static boolean isCompanyCard(VCard card, String formattedName) {
        for (RawProperty raw : card.getExtendedProperties()) {
            if (raw.getPropertyName().equalsIgnoreCase("X-ABShowAs") && "COMPANY".equalsIgnoreCase(clean(raw.getValue()))) {
                return true;
            }
        }
        return formattedName.equalsIgnoreCase(company(card));
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

    private static String email(VCard card) {
        String first = "";
        for (Email email : card.getEmails()) {
            String value = clean(email.getValue());
            if (value.isEmpty()) {
                continue;
            }
            if (isPreferred(email)) {
                return value;
            }
            if (first.isEmpty()) {
                first = value;
            }
        }
        return first;
    }

    private static boolean isPreferred(VCardProperty property) {
        VCardParameters parameters = property.getParameters();
        return parameters.getTypes().stream().anyMatch(type -> type.equalsIgnoreCase("pref"))
                || parameters.getPref() != null;
    }

    private static List<ProfileLink> profiles(VCard card) {
        Map<String, String> labels = new LinkedHashMap<>(); // Apple: itemN.X-ABLabel labels the itemN.URL
        for (RawProperty raw : card.getExtendedProperties()) {
            if (raw.getPropertyName().equalsIgnoreCase("X-ABLabel") && raw.getGroup() != null) {
                labels.put(raw.getGroup().toLowerCase(Locale.ROOT), clean(raw.getValue()));
            }
        }
        Map<String, ProfileLink> byKey = new LinkedHashMap<>();
        for (Url url : card.getUrls()) {
            add(byKey, url.getValue(), labelsOf(url, labels));
        }
        for (RawProperty raw : card.getExtendedProperties()) {
            String property = raw.getPropertyName().toUpperCase(Locale.ROOT);
            if (property.equals("X-SOCIALPROFILE") || property.equals("SOCIALPROFILE")) {
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
