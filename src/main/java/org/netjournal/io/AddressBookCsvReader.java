package org.netjournal.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannel;
import org.netjournal.domain.ContactDetails;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactValidation;
import org.netjournal.domain.ProfileLink;
import org.netjournal.io.ImportCandidate.PositionKind;

/**
 * Reads the CSV exports of Google Contacts, Outlook and Thunderbird by their column names (each in English, as
 * they write them by default):
 *
 * <ul>
 * <li>Names: "First Name"/"Given Name", "Middle Name"/"Additional Name", "Last Name"/"Family Name", prefix
 *     ("Name Prefix", Outlook's "Title"), "Suffix"/"Name Suffix"; else "Display Name"/"Name" split like a
 *     vCard {@code FN}.</li>
 * <li>Company ("Company", "Organization Name", "Organization 1 - Name", "Organization"), role ("Job Title", "Organization
 *     Title", "Organization 1 - Title"), "Notes".</li>
 * <li>E-mail addresses: Google's "E-mail N - Value" with "E-mail N - Label" (a label starting with "* " marks
 *     the preferred one; one cell may hold several addresses joined by " ::: "), Outlook's "E-mail Address",
 *     "E-mail 2 Address" …, Thunderbird's "Primary Email" (preferred) and "Secondary Email".</li>
 * <li>Phone numbers: Google's "Phone N - Value"/"Label"; every other column naming a phone, mobile, pager or
 *     fax, labelled by its column ("Business Phone 2" → "business").</li>
 * <li>Web pages ("Web Page", "Web Page 1", "Website N - Value") become profiles; postal addresses, birthdays and
 *     photos are counted as left out; Google's "Labels" are tags (without its system groups).</li>
 * </ul>
 */
final class AddressBookCsvReader {

    private static final String[] FIRST = {"first name", "given name"};
    private static final String[] MIDDLE = {"middle name", "additional name"};
    private static final String[] LAST = {"last name", "family name"};
    private static final String[] PREFIX = {"name prefix", "title"};
    private static final String[] SUFFIX = {"name suffix", "suffix"};
    private static final String[] DISPLAY = {"display name", "name", "file as"};
    private static final String[] COMPANY = {"company", "organization name", "organization 1 - name", "organization"};
    /** Google's system groups, which are no tags a user chose. */
    private static final Set<String> SYSTEM_LABELS = Set.of("mycontacts", "starred");
    private static final String[] ROLE = {"job title", "organization title", "organization 1 - title"};
    private static final Set<String> NOT_PHONES = Set.of("phonetic first name", "phonetic middle name",
            "phonetic last name");

    private final ImportFormat format;
    private final Instant importedAt;

    AddressBookCsvReader(ImportFormat format, Instant importedAt) {
        this.format = format;
        this.importedAt = importedAt;
    }

    /** The kind of address-book CSV the header belongs to, if any. */
    static Optional<ImportFormat> recognise(List<String> header) {
        if (CsvTable.hasColumns(header, "primary email", "display name")) {
            return Optional.of(ImportFormat.THUNDERBIRD_CSV);
        }
        if (CsvTable.hasColumns(header, "e-mail address", "business phone")
                || CsvTable.hasColumns(header, "e-mail address", "mobile phone", "job title")) {
            return Optional.of(ImportFormat.OUTLOOK_CSV);
        }
        if (CsvTable.hasColumns(header, "given name", "family name")
                || CsvTable.hasColumns(header, "first name", "last name", "e-mail 1 - value")
                || CsvTable.hasColumns(header, "first name", "last name", "phonetic first name")) {
            return Optional.of(ImportFormat.GOOGLE_CSV);
        }
        return Optional.empty();
    }

    List<ImportCandidate> read(String text) {
        CsvTable table = CsvTable.read(text);
        List<ImportCandidate> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows) {
            if (!row.blank()) {
                result.add(candidate(table, row));
            }
        }
        if (table.broken != null) {
            result.add(table.broken);
        }
        return result;
    }

    private ImportCandidate candidate(CsvTable table, CsvTable.Row row) {
        List<ImportMessage> warnings = new ArrayList<>();
        List<ContactChannel> emails = emails(table, row, warnings);
        String first = first(row, FIRST);
        String last = first(row, LAST);
        String middle = first(row, MIDDLE);
        String prefix = format == ImportFormat.GOOGLE_CSV || format == ImportFormat.OUTLOOK_CSV
                ? first(row, PREFIX) : "";
        String suffix = first(row, SUFFIX);
        boolean organisation = false;
        String company = first(row, COMPANY);
        if (first.isEmpty() && last.isEmpty()) {
            String display = first(row, DISPLAY);
            if (!display.isEmpty()) {
                VCardReader.Name name = VCardReader.splitFormatted(display);
                first = name.first();
                last = name.last();
                middle = name.middle();
            } else if (!company.isEmpty()) {
                last = company;
                organisation = true;
            } else if (!emails.isEmpty()) {
                VCardReader.Name name = VCardReader.nameFromEmail(emails.get(0).value());
                first = name.first();
                last = name.last();
                middle = name.middle();
                warnings.add(0, ImportMessage.of("import.warning.nameFromEmail"));
            }
        }
        if (ContactValidation.checkName(first, last).isPresent()) {
            return ImportCandidate.error(PositionKind.LINE, row.line(), "", ImportMessage.of("import.error.noName"));
        }
        List<ProfileLink> profiles = new ArrayList<>();
        for (String column : table.columns(name -> name.startsWith("web page") || name.startsWith("website")
                && name.endsWith("value"))) {
            for (String url : split(row.get(column))) {
                String value = url.contains("://") ? url : "https://" + url;
                if (ContactValidation.isHttpUrl(value)) {
                    profiles.add(ProfileLink.of(value));
                }
            }
        }
        LeftOut.count(filledGroups(table, row, "address", "street"), LeftOut.ADDRESS, warnings);
        LeftOut.count(row.get("birthday").isEmpty() ? 0 : 1, LeftOut.BIRTHDAY, warnings);
        LeftOut.count(row.get("photo").isEmpty() ? 0 : 1, LeftOut.PHOTO, warnings);
        ContactDetails details = new ContactDetails(middle, prefix, suffix, organisation, emails,
                phones(table, row));
        Contact contact = new Contact(0, first, last, company, first(row, ROLE), profiles, "", "", tags(row),
                ComfortStage.OBSERVE, Cadence.NONE, row.get("notes"), ContactSource.CSV, null, importedAt, details);
        return ImportCandidate.contact(PositionKind.LINE, row.line(), contact, List.of(), warnings);
    }

    private static List<ContactChannel> emails(CsvTable table, CsvTable.Row row, List<ImportMessage> warnings) {
        List<ContactChannel> emails = new ArrayList<>();
        for (String column : table.columns(name -> (name.contains("e-mail") || name.contains("email"))
                && !name.contains("type") && !name.contains("display") && !name.endsWith("label"))) {
            String label = "";
            boolean preferred = column.equals("primary email");
            if (column.endsWith(" - value")) { // Google: "E-mail 1 - Value" and "E-mail 1 - Label"
                label = row.get(column.replace(" - value", " - label"));
                if (label.startsWith("* ")) {
                    preferred = true;
                    label = label.substring(2);
                }
            }
            for (String value : split(row.get(column))) {
                if (ContactValidation.checkEmail(value).isPresent()) {
                    warnings.add(ImportMessage.of("import.warning.emailInvalid", value));
                } else {
                    emails.add(new ContactChannel(value, label.toLowerCase(Locale.ROOT), preferred));
                }
            }
        }
        return emails;
    }

    private static List<ContactChannel> phones(CsvTable table, CsvTable.Row row) {
        List<ContactChannel> phones = new ArrayList<>();
        for (String column : table.columns(name -> !NOT_PHONES.contains(name) && !name.endsWith("label")
                && !name.endsWith("type") && (name.contains("phone") || name.contains("mobile")
                || name.contains("pager") || name.contains("fax")))) {
            String label;
            boolean preferred = false;
            if (column.endsWith(" - value")) {
                label = row.get(column.replace(" - value", " - label"));
                if (label.startsWith("* ")) {
                    preferred = true;
                    label = label.substring(2);
                }
            } else {
                label = column.replaceAll("\\b(phone|number)\\b", "").replaceAll("\\d", "").strip();
                preferred = column.startsWith("primary");
            }
            for (String value : split(row.get(column))) {
                phones.add(new ContactChannel(value, label.toLowerCase(Locale.ROOT), preferred));
            }
        }
        return phones;
    }

    /** Google's "Labels" (older: "Group Membership"), e.g. "* myContacts ::: Mentors". */
    private static List<String> tags(CsvTable.Row row) {
        List<String> tags = new ArrayList<>();
        for (String column : List.of("labels", "group membership")) {
            for (String value : split(row.get(column))) {
                String tag = value.startsWith("* ") ? value.substring(2).strip() : value;
                if (!SYSTEM_LABELS.contains(tag.toLowerCase(Locale.ROOT))) {
                    tags.add(tag);
                }
            }
        }
        return tags;
    }

    /** Google joins several values of one field with " ::: ". */
    private static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        for (String value : cell.split(" ::: ")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    /** How many address groups ("Home Street", "Address 1 - Formatted", "Work Address") have text. */
    private static int filledGroups(CsvTable table, CsvTable.Row row, String... words) {
        Set<String> groups = new LinkedHashSet<>();
        for (String column : table.columns(name -> !name.contains("mail")
                && Arrays.stream(words).anyMatch(name::contains))) {
            if (!row.get(column).isEmpty()) {
                groups.add(column.replaceAll("\\s*-.*$", "").replaceAll("\\s*(street|address)\\s*\\d*$", "")
                        .replaceAll("\\s*\\d+$", "") + column.replaceAll("\\D", ""));
            }
        }
        return groups.size();
    }

    private static String first(CsvTable.Row row, String[] columns) {
        for (String column : columns) {
            String value = row.get(column);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
