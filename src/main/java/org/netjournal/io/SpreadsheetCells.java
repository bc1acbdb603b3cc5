package org.netjournal.io;

/** Text written into CSV cells that people open in spreadsheets. */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** Spreadsheets run cells starting with = + - @ (and tab/CR) as formulas; an apostrophe keeps them text. */
    static String safe(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
