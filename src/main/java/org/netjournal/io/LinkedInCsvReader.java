package org.netjournal.io;

import java.util.regex.Pattern;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactValidation;
import org.netjournal.domain.Network;
import org.netjournal.domain.ProfileLink;
import org.netjournal.io.ImportCandidate.PositionKind;

/**
 * Reads LinkedIn's {@code Connections.csv} (Settings → Data privacy → Get a copy of your data).
 *
 * <p>The file may start with a byte-order mark and a preamble ("Notes:" and a quoted, possibly multi-line text)
 * of varying length, so the header is searched for: the first record with the cells "First Name", "Last
 * Name" and "URL" or "Connected On" (Outlook's and Google's contact CSVs are not LinkedIn exports). Columns are found by their header name (any order, extra columns ignored, {@code URL} optional as in
 * older exports). Everyone in the file is a connection: contacts start at the {@link ComfortStage#CONNECT} rung.
 */
public final class LinkedInCsvReader {

    /** The header must be among this many records at the start of the file. */
    static final int HEADER_SEARCH_RECORDS = 50;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    /**
     * "12 Mar 2024" (English month abbreviations, also full names), ISO "2024-03-12", and "15-Jan-24" (older
     * exports, a two-digit year of this century).
     */
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-uu")
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-uuuu")
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu")
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu")
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    enum Column {
        FIRST_NAME("first name"), LAST_NAME("last name"), URL("url", "profile url"),
        EMAIL("email address", "e-mail address", "email"), COMPANY("company"), POSITION("position"),
        CONNECTED_ON("connected on");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    /** "www.linkedin.com/in/x": a host with a dot, then an optional path; what a URL without scheme looks like. */
    private static final Pattern HOST_AND_PATH =
            Pattern.compile("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+(/\\S*)?");

    private final Instant importedAt;
    private int hiddenRows;

    /** @param importedAt the creation time given to every contact read */
    public LinkedInCsvReader(Instant importedAt) {
        this.importedAt = importedAt;
    }

    /**
     * How many rows of the last {@link #read} LinkedIn blanked for members who restrict their data: everything
     * empty but "Connected On" ({@code ,,,,,,01 Jan 2023}). They are no contacts and no errors.
     */
    public int hiddenRows() {
        return hiddenRows;
    }

    /**
     * A bare CR (old Mac line end, or one typed into a cell by a spreadsheet) inside a file whose lines end in
     * LF would end a record in the middle of a row and make a phantom contact of its rest; in such a file it is
     * a space. A file with no LF at all ends its lines with CR, and CR CR LF is one line end.
     */
    static String withLineEndsRepaired(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        return text.replace("\r\r\n", "\r\n").replaceAll("\r(?!\n)", " ");
    }

    /** True when one of the first records is a connections header. Never throws. */
    public static boolean looksLikeConnections(String text) {
        try (CSVParser parser = FORMAT.parse(new StringReader(withLineEndsRepaired(FileText.withoutBom(text))))) {
            Iterator<CSVRecord> records = parser.iterator();
            for (int i = 0; i < HEADER_SEARCH_RECORDS && records.hasNext(); i++) {
                if (headerColumns(records.next()).isPresent()) {
                    return true;
                }
            }
            return false;
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            return false; // an unclosed quote and the like: not a file we understand
        }
    }

    /**
     * Reads all rows after the header. Rows without any content are skipped; a row without a name or with a
     * profile URL that is not http(s) is an error; a date that is not understood or an implausible e-mail is
     * left out with a warning.
     *
     * @throws UnsupportedFileException when there is no header among the first records
     */
    public List<ImportCandidate> read(String text) throws UnsupportedFileException {
        String content = withLineEndsRepaired(FileText.withoutBom(text));
        hiddenRows = 0;
        LineIndex lines = new LineIndex(content);
        List<ImportCandidate> result = new ArrayList<>();
        Map<Column, Integer> columns = null;
        int recordsBeforeHeader = 0;
        long lastPosition = 0;
        try (CSVParser parser = FORMAT.parse(new StringReader(content))) {
            for (CSVRecord record : parser) {
                lastPosition = record.getCharacterPosition();
                if (columns == null) {
                    columns = headerColumns(record).orElse(null);
                    if (columns == null && ++recordsBeforeHeader >= HEADER_SEARCH_RECORDS) {
                        break;
                    }
                    continue;
                }
                int line = lines.lineOf(record.getCharacterPosition());
                row(record, columns, line).ifPresent(result::add);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            // Commons CSV stops at e.g. a quote that is never closed: keep what was read, report where it broke
            if (columns == null) {
                throw new UnsupportedFileException(broken, "import.unsupported.unknownFormat");
            }
            int line = lines.lineOf(lastPosition) + 1;
            result.add(ImportCandidate.error(PositionKind.LINE, line, "",
                    ImportMessage.of("import.error.csvBroken", String.valueOf(line))));
        }
        if (columns == null) {
            throw new UnsupportedFileException("import.unsupported.unknownFormat");
        }
        return result;
    }

    private Optional<ImportCandidate> row(CSVRecord record, Map<Column, Integer> columns, int line) {
        String firstName = cell(record, columns, Column.FIRST_NAME);
        String lastName = cell(record, columns, Column.LAST_NAME);
        String url = cell(record, columns, Column.URL);
        String email = cell(record, columns, Column.EMAIL);
        String company = cell(record, columns, Column.COMPANY);
        String position = cell(record, columns, Column.POSITION);
        String connectedOn = cell(record, columns, Column.CONNECTED_ON);
        boolean blank = true;
        for (String value : record) {
            blank &= value.isBlank();
        }
        if (blank) {
            return Optional.empty(); // e.g. a trailing line of commas
        }
        if (firstName.isEmpty() && lastName.isEmpty() && url.isEmpty() && email.isEmpty() && company.isEmpty()
                && position.isEmpty() && !connectedOn.isEmpty()) {
            hiddenRows++;
            return Optional.empty();
        }
        String label = firstNonBlank((firstName + " " + lastName).strip(), email, url);
        if (ContactValidation.checkName(firstName, lastName).isPresent()) {
            return Optional.of(ImportCandidate.error(PositionKind.LINE, line, label,
                    ImportMessage.of("import.error.noName")));
        }
        // a URL without scheme ("www.linkedin.com/in/x", older exports) is kept whole: the import pipeline adds
        // https:// as the contact form does; one with another scheme is not a profile
        boolean withoutScheme = !url.contains(":") && HOST_AND_PATH.matcher(url).matches();
        if (!url.isEmpty() && !withoutScheme && !ContactValidation.isHttpUrl(url)) {
            return Optional.of(ImportCandidate.error(PositionKind.LINE, line, label,
                    ImportMessage.of("import.error.urlNotHttp", url)));
        }
        List<ImportMessage> warnings = new ArrayList<>();
        if (ContactValidation.checkEmail(email).isPresent()) {
            warnings.add(ImportMessage.of("import.warning.emailInvalid", email));
            email = "";
        }
        LocalDate connected = null;
        if (!connectedOn.isEmpty()) {
            connected = parseDate(connectedOn).orElse(null);
            if (connected == null) {
                warnings.add(ImportMessage.of("import.warning.dateNotUnderstood", connectedOn));
            }
        }
        List<ProfileLink> profiles = url.isEmpty() ? List.of()
                : List.of(new ProfileLink(Network.fromUrl(url.contains("://") ? url : "https://" + url), url));
        Contact contact = new Contact(0, firstName, lastName, company, position, profiles, email, "", List.of(),
                ComfortStage.CONNECT, Cadence.NONE, "", ContactSource.LINKEDIN, connected, importedAt);
        return Optional.of(ImportCandidate.contact(PositionKind.LINE, line, contact, List.of(), warnings));
    }

    static Optional<LocalDate> parseDate(String text) {
        String value = text.strip();
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /**
     * The column of each header cell we know, when the record is a connections header: "First Name", "Last
     * Name" and "URL" or "Connected On".
     */
    private static Optional<Map<Column, Integer>> headerColumns(CSVRecord record) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < record.size(); i++) {
            String name = FileText.withoutBom(record.get(i)).strip().toLowerCase(Locale.ROOT);
            for (Column column : Column.values()) {
                if (column.names.contains(name)) {
                    columns.putIfAbsent(column, i);
                }
            }
        }
        // Outlook's and Google's contact CSVs have first and last names too, but never these LinkedIn columns
        boolean linkedIn = columns.containsKey(Column.URL) || columns.containsKey(Column.CONNECTED_ON);
        return columns.containsKey(Column.FIRST_NAME) && columns.containsKey(Column.LAST_NAME) && linkedIn
                ? Optional.of(columns) : Optional.empty();
    }

    private static String cell(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return "";
        }
        String value = record.get(index);
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String firstNonBlank(String... values) {
        return Arrays.stream(values).filter(v -> !v.isBlank()).findFirst().orElse("");
    }

    /** Line numbers (1-based) of character offsets; a line ends at LF, CRLF or a lone CR. */
    static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long offset) {
            int found = Arrays.binarySearch(starts, (int) Math.min(offset, Integer.MAX_VALUE));
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
