package org.netjournal.io;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Categories;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Email;
import ezvcard.property.Telephone;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Url;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannel;
import org.netjournal.domain.ContactChannelText;
import org.netjournal.domain.ControlCharacters;
import org.netjournal.domain.ContactRules;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;

/**
 * Writes the journal's contacts as JSON (lossless, see {@link JsonJournalFormat}), CSV (one row per contact
 * for spreadsheets) or vCard 3.0 (for address books), and the whole journal as JSON ({@link #exportJournal}).
 * Always UTF-8.
 */
public final class ContactExporter {

    public enum Format {
        JSON("json"), CSV("csv"), VCARD("vcard");

        private final String code;

        Format(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** The usual file name extension, without the dot. */
        public String extension() {
            return this == VCARD ? "vcf" : code;
        }

        public static Optional<Format> fromCode(String code) {
            for (Format format : values()) {
                if (format.code.equalsIgnoreCase(code)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /** The CSV columns, in order. */
    public static final List<String> CSV_HEADER = List.of("First Name", "Last Name", "Company", "Role", "Email",
            "Profiles", "Networks", "Tags", "Stage", "Cadence", "Last Interaction", "Next Due", "How We Met",
            "Notes", "Source", "Connected On", "Added On", "Middle Name", "Name Prefix", "Name Suffix",
            "Organisation", "Emails", "Phones");

    /** The word for a preferred e-mail address or phone number in the CSV export's "Emails" and "Phones". */
    public static final String CSV_PREFERRED = "preferred";

    private final Clock clock;

    public ContactExporter() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock the export time (JSON) and the time zone of the day a contact was added (CSV) */
    public ContactExporter(Clock clock) {
        this.clock = clock;
    }

    /** Writes {@code contacts} (and for JSON their {@code interactions}) to {@code out} as UTF-8; leaves it open. */
    public void export(Format format, List<Contact> contacts, Collection<Interaction> interactions, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        switch (format) {
            case JSON -> JsonJournalWriter.write(writer, contacts, interactions, clock.instant());
            case CSV -> writeCsv(writer, contacts, interactions);
            case VCARD -> writeVCard(writer, contacts);
            default -> throw new IllegalArgumentException(format.toString());
        }
        writer.flush();
    }

    /** Writes the whole journal as JSON (see {@link JsonJournalFormat}) to {@code out} as UTF-8; leaves it open. */
    public void exportJournal(JournalSnapshot journal, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        JsonJournalWriter.write(writer, journal, clock.instant());
        writer.flush();
    }

    /**
     * One row per contact under a header row ({@link #CSV_HEADER}): profiles joined by a space, tags by ", ",
     * stage and cadence as codes, dates ISO. A cell that a spreadsheet would take for a formula (starting with
     * {@code = + - @}) gets a leading apostrophe; the JSON export is the exact one.
     */
    public void writeCsv(Writer out, List<Contact> contacts, Collection<Interaction> interactions) throws IOException {
        Map<Long, LocalDate> lastInteraction = new HashMap<>();
        for (Interaction interaction : interactions) {
            lastInteraction.merge(interaction.contactId(), interaction.date(),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
        ZoneId zone = clock.getZone();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(out, format);
        for (Contact contact : contacts) {
            Contact c = ControlCharacters.strip(contact); // imports remove them; a spreadsheet must never see one
            LocalDate last = lastInteraction.get(c.id());
            LocalDate added = LocalDate.ofInstant(c.createdAt(), zone);
            Optional<LocalDate> nextDue = ContactRules.nextDue(c.cadence(), last, added);
            List<Object> row = new ArrayList<>();
            row.add(SpreadsheetCells.safe(c.firstName()));
            row.add(SpreadsheetCells.safe(c.lastName()));
            row.add(SpreadsheetCells.safe(c.company()));
            row.add(SpreadsheetCells.safe(c.role()));
            row.add(SpreadsheetCells.safe(c.email()));
            row.add(c.profiles().stream().map(ProfileLink::url).map(SpreadsheetCells::safe)
                    .collect(Collectors.joining(" ")));
            row.add(c.profiles().stream().map(ProfileLink::network).distinct().map(Network::code)
                    .collect(Collectors.joining(" ")));
            row.add(SpreadsheetCells.safe(String.join(", ", c.tags())));
            row.add(c.stage().code());
            row.add(c.cadence().code());
            row.add(last == null ? "" : last.toString());
            row.add(nextDue.map(LocalDate::toString).orElse(""));
            row.add(SpreadsheetCells.safe(c.howWeMet()));
            row.add(SpreadsheetCells.safe(c.notes()));
            row.add(c.source().code());
            row.add(c.connectedOn() == null ? "" : c.connectedOn().toString());
            row.add(added.toString());
            row.add(SpreadsheetCells.safe(c.details().middleName()));
            row.add(SpreadsheetCells.safe(c.details().namePrefix()));
            row.add(SpreadsheetCells.safe(c.details().nameSuffix()));
            row.add(c.details().organisation() ? "yes" : "");
            row.add(SpreadsheetCells.safe(ContactChannelText.format(c.details().emails(), CSV_PREFERRED)));
            row.add(SpreadsheetCells.safe(ContactChannelText.format(c.details().phones(), CSV_PREFERRED)));
            printer.printRecord(row);
        }
        printer.flush();
    }

    /**
     * vCard 3.0: {@code N} (with middle names, prefix and suffix), {@code FN}, {@code ORG}, {@code TITLE}, every
     * {@code EMAIL} and {@code TEL} (their labels as {@code TYPE}s, the preferred one with {@code TYPE=pref}), one
     * {@code URL} per profile (its {@code TYPE} the network code), {@code CATEGORIES} from the tags, {@code NOTE};
     * an organisation also gets Apple's {@code X-ABShowAs:COMPANY}, which Apple, iCloud and DAVx5 understand.
     */
    public void writeVCard(Writer out, List<Contact> contacts) throws IOException {
        List<VCard> cards = new ArrayList<>(contacts.size());
        for (Contact contact : contacts) {
            Contact c = ControlCharacters.strip(contact); // a NUL or ESC would break the address book reading it
            VCard card = new VCard();
            StructuredName name = new StructuredName();
            name.setGiven(c.firstName());
            name.setFamily(c.lastName());
            addIfPresent(name.getAdditionalNames(), c.details().middleName());
            addIfPresent(name.getPrefixes(), c.details().namePrefix());
            addIfPresent(name.getSuffixes(), c.details().nameSuffix());
            card.setStructuredName(name);
            card.setFormattedName(c.displayName());
            if (c.details().organisation()) {
                card.addExtendedProperty("X-ABShowAs", "COMPANY");
            }
            if (!c.company().isBlank()) {
                Organization organization = new Organization();
                organization.getValues().add(c.company());
                card.setOrganization(organization);
            }
            if (!c.role().isBlank()) {
                card.addTitle(c.role());
            }
            for (ContactChannel channel : c.details().emails()) {
                Email email = new Email(channel.value());
                addTypes(email.getParameters(), channel);
                card.addEmail(email);
            }
            for (ContactChannel channel : c.details().phones()) {
                Telephone telephone = new Telephone(channel.value());
                addTypes(telephone.getParameters(), channel);
                card.addTelephoneNumber(telephone);
            }
            for (ProfileLink profile : c.profiles()) {
                Url url = new Url(profile.url());
                if (profile.network() != Network.OTHER) {
                    url.setType(profile.network().code().toLowerCase(Locale.ROOT));
                }
                card.addUrl(url);
            }
            if (!c.tags().isEmpty()) {
                Categories categories = new Categories();
                categories.getValues().addAll(c.tags());
                card.setCategories(categories);
            }
            if (!c.notes().isBlank()) {
                card.addNote(c.notes());
            }
            cards.add(card);
        }
        Ezvcard.write(cards).version(VCardVersion.V3_0).prodId(false).go(out);
        out.flush();
    }

    private static void addIfPresent(List<String> values, String value) {
        if (!value.isBlank()) {
            values.add(value);
        }
    }

    /** A label "home,voice" is written as the types it came from; "pref" marks the preferred one (vCard 3.0). */
    private static void addTypes(VCardParameters parameters, ContactChannel channel) {
        for (String type : channel.label().split("[,;]")) {
            if (!type.isBlank() && !type.strip().equalsIgnoreCase("pref")) {
                parameters.addType(type.strip());
            }
        }
        if (channel.preferred()) {
            parameters.addType("pref");
        }
    }
}
