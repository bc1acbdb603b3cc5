package org.netjournal.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannelText;
import org.netjournal.domain.ContactDetails;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactValidation;
import org.netjournal.domain.ProfileLink;
import org.netjournal.io.ImportCandidate.PositionKind;

/**
 * Reads NetJournal's own CSV export ({@link ContactExporter#CSV_HEADER}) back, every column: the apostrophe
 * that kept a cell from being a spreadsheet formula is removed again, profiles are split at spaces, tags at
 * commas, e-mail addresses and phone numbers read as {@link ContactChannelText} wrote them. "Last Interaction"
 * and "Next Due" are derived and skipped; "Added On" is a day (the JSON export keeps the exact time).
 */
final class NetJournalCsvReader {

    private final ZoneId zone;

    /** @param zone the time zone the export wrote "Added On" in */
    NetJournalCsvReader(ZoneId zone) {
        this.zone = zone;
    }

    /** True when the first record is our header (its first columns; later releases may add columns). */
    static boolean looksLikeOurs(List<String> header) {
        List<String> ours = ContactExporter.CSV_HEADER.subList(0, 17).stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).toList();
        return header.size() >= ours.size() && header.subList(0, ours.size()).equals(ours);
    }

    List<ImportCandidate> read(String text) {
        CsvTable table = CsvTable.read(text);
        List<ImportCandidate> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows) {
            if (!row.blank()) {
                result.add(candidate(row));
            }
        }
        if (table.broken != null) {
            result.add(table.broken);
        }
        return result;
    }

    private ImportCandidate candidate(CsvTable.Row row) {
        String first = cell(row, "First Name");
        String last = cell(row, "Last Name");
        String label = (first + " " + last).strip();
        if (ContactValidation.checkName(first, last).isPresent()) {
            return ImportCandidate.error(PositionKind.LINE, row.line(), cell(row, "Email"),
                    ImportMessage.of("import.error.noName"));
        }
        List<ProfileLink> profiles = new ArrayList<>();
        for (String url : cell(row, "Profiles").split("\\s+")) {
            String value = unsafe(url);
            if (!value.isEmpty()) {
                if (!ContactValidation.isHttpUrl(value)) {
                    return ImportCandidate.error(PositionKind.LINE, row.line(), label,
                            ImportMessage.of("import.error.urlNotHttp", value));
                }
                profiles.add(ProfileLink.of(value));
            }
        }
        List<String> tags = Arrays.stream(cell(row, "Tags").split(",")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).toList();
        Optional<ComfortStage> stage = ComfortStage.fromCode(cell(row, "Stage"));
        Optional<Cadence> cadence = cell(row, "Cadence").isEmpty() ? Optional.of(Cadence.NONE)
                : Cadence.fromCode(cell(row, "Cadence"));
        Optional<ContactSource> source = cell(row, "Source").isEmpty() ? Optional.of(ContactSource.MANUAL)
                : ContactSource.fromCode(cell(row, "Source"));
        for (String[] check : new String[][] {{"Stage", stage.isPresent() ? "" : cell(row, "Stage")},
                {"Cadence", cadence.isPresent() ? "" : cell(row, "Cadence")},
                {"Source", source.isPresent() ? "" : cell(row, "Source")}}) {
            if (!check[1].isEmpty()) {
                return ImportCandidate.error(PositionKind.LINE, row.line(), label,
                        ImportMessage.of("import.error.badValue", check[0], check[1]));
            }
        }
        LocalDate connectedOn;
        LocalDate addedOn;
        try {
            connectedOn = date(cell(row, "Connected On"));
            addedOn = date(cell(row, "Added On"));
        } catch (DateTimeParseException notADate) {
            return ImportCandidate.error(PositionKind.LINE, row.line(), label,
                    ImportMessage.of("import.error.badValue", "Date", notADate.getParsedString()));
        }
        ContactDetails details = new ContactDetails(cell(row, "Middle Name"), cell(row, "Name Prefix"),
                cell(row, "Name Suffix"), !cell(row, "Organisation").isEmpty(),
                ContactChannelText.parse(cell(row, "Emails"), ContactExporter.CSV_PREFERRED),
                ContactChannelText.parse(cell(row, "Phones"), ContactExporter.CSV_PREFERRED));
        Instant created = addedOn == null ? Instant.EPOCH : addedOn.atStartOfDay(zone).toInstant();
        Contact contact = new Contact(0, first, last, cell(row, "Company"), cell(row, "Role"), profiles,
                cell(row, "Email"), cell(row, "How We Met"), tags, stage.orElse(ComfortStage.OBSERVE),
                cadence.orElse(Cadence.NONE), rawCell(row, "Notes"), source.orElse(ContactSource.MANUAL), connectedOn,
                created, details);
        return ImportCandidate.contact(PositionKind.LINE, row.line(), contact, List.of(), List.of());
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static String cell(CsvTable.Row row, String column) {
        return unsafe(row.get(column));
    }

    /** Notes keep their inner line breaks and indentation; only the formula guard is undone. */
    private static String rawCell(CsvTable.Row row, String column) {
        String value = row.cells().getOrDefault(column.toLowerCase(Locale.ROOT), "");
        return unsafe(value.replace("\r\n", "\n"));
    }

    /** Undoes {@link SpreadsheetCells#safe}: "'=SUM(1)" was "=SUM(1)". */
    private static String unsafe(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
