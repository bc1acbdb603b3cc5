package org.netjournal.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.netjournal.io.ImportCandidate.PositionKind;

/**
 * A CSV file read as a header row and rows of cells by column name, for the readers of CSV files whose header is
 * their first record (NetJournal's own export and the address books' exports). Line ends are repaired as for
 * LinkedIn files ({@link LinkedInCsvReader#withLineEndsRepaired}); a file that breaks off (a quote never closed)
 * keeps the rows before and ends with an error row.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** One row: its cells by lower-case header name, and its line. */
    record Row(Map<String, String> cells, int line) {
        String get(String column) {
            String value = cells.get(column.toLowerCase(Locale.ROOT));
            return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
        }

        boolean blank() {
            return cells.values().stream().allMatch(String::isBlank);
        }
    }

    final List<String> header;
    final List<Row> rows = new ArrayList<>();
    /** An error row when the file broke off, else null. */
    ImportCandidate broken;

    private CsvTable(List<String> header) {
        this.header = header;
    }

    /** The header (first record) of the text in lower case; empty when the text is no CSV. Never throws. */
    static List<String> headerOf(String text) {
        try (CSVParser parser = FORMAT.parse(new StringReader(LinkedInCsvReader.withLineEndsRepaired(
                FileText.withoutBom(text))))) {
            for (CSVRecord record : parser) {
                List<String> header = new ArrayList<>();
                record.forEach(cell -> header.add(cell.strip().toLowerCase(Locale.ROOT)));
                return header;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            // no CSV we understand
        }
        return List.of();
    }

    static boolean hasColumns(List<String> header, String... names) {
        for (String name : names) {
            if (!header.contains(name.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    static CsvTable read(String text) {
        String content = LinkedInCsvReader.withLineEndsRepaired(FileText.withoutBom(text));
        LinkedInCsvReader.LineIndex lines = new LinkedInCsvReader.LineIndex(content);
        CsvTable table = null;
        long lastPosition = 0;
        try (CSVParser parser = FORMAT.parse(new StringReader(content))) {
            for (CSVRecord record : parser) {
                lastPosition = record.getCharacterPosition();
                if (table == null) {
                    List<String> header = new ArrayList<>();
                    record.forEach(cell -> header.add(cell.strip().toLowerCase(Locale.ROOT)));
                    table = new CsvTable(header);
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < record.size() && i < table.header.size(); i++) {
                    cells.putIfAbsent(table.header.get(i), record.get(i));
                }
                table.rows.add(new Row(cells, lines.lineOf(record.getCharacterPosition())));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException brokenOff) {
            if (table != null) {
                int line = lines.lineOf(lastPosition) + 1;
                table.broken = ImportCandidate.error(PositionKind.LINE, line, "",
                        ImportMessage.of("import.error.csvBroken", String.valueOf(line)));
            }
        }
        return table == null ? new CsvTable(List.of()) : table;
    }

    /** The header names matching {@code filter}, in the file's order. */
    List<String> columns(Predicate<String> filter) {
        return header.stream().filter(filter).distinct().toList();
    }
}
