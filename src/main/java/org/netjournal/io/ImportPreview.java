package org.netjournal.io;

import java.util.List;
import java.util.Objects;

/**
 * What an import file would do, row by row, before anything is written: each row is new, a duplicate (of a
 * contact in the journal or of an earlier row of the file) or an error with its reason.
 *
 * @param fileName   the file's name, for the dialog title and messages
 * @param hiddenRows rows a LinkedIn export blanks for members who restrict their data (only "Connected On" is
 *                   filled): no contact and no error, just counted ("3 connections hidden by LinkedIn")
 */
public record ImportPreview(String fileName, ImportFormat format, List<Row> rows, int hiddenRows) {

    public ImportPreview(String fileName, ImportFormat format, List<Row> rows) {
        this(fileName, format, rows, 0);
    }

    public enum Status { NEW, DUPLICATE, ERROR }

    /**
     * One row of the file.
     *
     * @param index         0-based index in {@link #rows()}
     * @param existingId    for a duplicate of a contact in the journal: its id; else null
     * @param earlierRow    for a duplicate of an earlier row of this file: that row's index; else -1
     * @param earlierPosition that earlier row's line or card number; else 0
     * @param matchedName   the name of the contact or row this one duplicates; else empty
     */
    public record Row(int index, ImportCandidate candidate, Status status, Long existingId, int earlierRow,
                      int earlierPosition, String matchedName) {

        public Row {
            Objects.requireNonNull(candidate);
            Objects.requireNonNull(status);
            matchedName = Objects.requireNonNullElse(matchedName, "");
        }

        /**
         * Why the row is not simply new, for the preview's reason column: the error, or which contact it
         * duplicates. Null for a new row (see {@link ImportCandidate#warnings()} for what was left out).
         */
        public ImportMessage reason() {
            return switch (status) {
                case NEW -> null;
                case ERROR -> candidate.error();
                case DUPLICATE -> existingId != null
                        ? ImportMessage.of("import.duplicate.existing", matchedName)
                        : ImportMessage.of(candidate.positionKind() == ImportCandidate.PositionKind.LINE
                                ? "import.duplicate.earlierLine" : "import.duplicate.earlierCard",
                                String.valueOf(earlierPosition), matchedName);
            };
        }
    }

    public long count(Status status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }

    public long newCount() {
        return count(Status.NEW);
    }

    public long duplicateCount() {
        return count(Status.DUPLICATE);
    }

    public long errorCount() {
        return count(Status.ERROR);
    }
}
