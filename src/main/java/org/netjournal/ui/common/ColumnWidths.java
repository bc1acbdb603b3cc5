package org.netjournal.ui.common;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Table columns as wide as their header and the rows shown. Where not all fit, the columns marked with
 * {@link #givesWay} are hidden first (the form shows what they hold), then the widest columns give way, never below
 * their header: a header is never cut ("Obs…") and short values stay whole. Measured again when the rows or the
 * width change or the table is shown again.
 */
public final class ColumnWidths {

    /** Room for the sort arrow beside a header's text. */
    private static final double SORT_ARROW = 30;
    /** A column never grows wider than this for one long value: it is shown cut off with its tooltip. */
    private static final double MOST = 360;
    /** A long value counts with at most this width when deciding which columns to hide: it may give way instead. */
    private static final double ENOUGH = 220;
    /** Where a column's rank among those that give way is kept: the lowest is hidden first. */
    private static final String GIVES_WAY = ColumnWidths.class.getName() + ".givesWay";
    /** The header's and the content's width last measured while the column was shown, for when it is hidden. */
    private static final String MEASURED = ColumnWidths.class.getName() + ".measured";

    private ColumnWidths() {
    }

    /**
     * Marks columns that are hidden when the table is too narrow for all of them, the first given first; they come
     * back when there is room again.
     */
    public static void givesWay(List<? extends TableColumn<?, ?>> columns) {
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).getProperties().put(GIVES_WAY, i);
        }
    }

    /** Lowers the largest of {@code widths} (never below {@code least}) until they sum to at most {@code room}. */
    static void shrinkWidestFirst(double[] widths, double[] least, double room) {
        double excess = Arrays.stream(widths).sum() - room;
        while (excess > 0.5) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] > least[i] && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return; // every column is at its header's width
            }
            double next = least[widest];
            for (int i = 0; i < widths.length; i++) {
                if (i != widest && widths[i] < widths[widest]) {
                    next = Math.max(next, widths[i]);
                }
            }
            double cut = Math.min(excess, Math.max(1, widths[widest] - next));
            widths[widest] -= cut;
            excess -= cut;
        }
    }

    /**
     * Which columns to show in {@code room}: all whose {@code wanted} widths fit, else without the columns that
     * give way ({@code rank} ≥ 0, the lowest first) until the rest fit or none is left to hide. A long value
     * counts as {@link #ENOUGH} (it is shortened rather than a column hidden for it), a header always whole.
     */
    static boolean[] shown(double[] wanted, double[] least, int[] rank, double room) {
        boolean[] shown = new boolean[wanted.length];
        Arrays.fill(shown, true);
        double[] needed = new double[wanted.length];
        for (int i = 0; i < wanted.length; i++) {
            needed[i] = Math.max(least[i], Math.min(wanted[i], ENOUGH));
        }
        double sum = Arrays.stream(needed).sum();
        while (sum > room) {
            int next = -1;
            for (int i = 0; i < wanted.length; i++) {
                if (shown[i] && rank[i] >= 0 && (next < 0 || rank[i] < rank[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                break;
            }
            shown[next] = false;
            sum -= needed[next];
        }
        return shown;
    }

    public static void fitToContent(TableView<?> table) {
        boolean[] pending = {false};
        InvalidationListener refit = changed -> {
            if (!pending[0]) {
                pending[0] = true;
                // after the next layout, when the cells show the new rows
                Platform.runLater(() -> Platform.runLater(() -> {
                    pending[0] = false;
                    fit(table);
                }));
            }
        };
        table.getItems().addListener(refit);
        table.itemsProperty().addListener(refit);
        table.skinProperty().addListener(refit);
        table.sceneProperty().addListener(refit);
        table.widthProperty().addListener(refit);
        table.getSortOrder().addListener(refit);
    }

    private static void fit(TableView<?> table) {
        if (table.getSkin() == null) {
            return;
        }
        table.applyCss();
        table.layout();
        Map<TableColumn<?, ?>, Double> headers = new HashMap<>();
        Map<TableColumn<?, ?>, Double> cells = new HashMap<>();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() instanceof TableColumn<?, ?> column
                    && header.lookup(".label") instanceof Label label) {
                // room for the sort arrow only where it shows: the arrow takes the place of nothing else
                double arrow = table.getSortOrder().contains(column) ? SORT_ARROW : 4;
                double width = TextWidth.of(label.getText(), label.getFont()) + header.snappedLeftInset()
                        + header.snappedRightInset() + label.snappedLeftInset() + label.snappedRightInset() + arrow;
                headers.merge(column, width, Math::max);
            }
        }
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && cell.getText() != null
                    && !cell.isEmpty()) {
                double graphic = cell.getGraphic() == null ? 0 : cell.getGraphic().prefWidth(-1) + 6;
                // the text as the cell draws it: a little wider than measured alone (rounding, the cell's border)
                double width = Math.ceil(TextWidth.of(cell.getText(), cell.getFont())) + graphic
                        + cell.snappedLeftInset() + cell.snappedRightInset() + 8;
                cells.merge(cell.getTableColumn(), Math.min(width, MOST), Math::max);
            }
        }
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        int count = columns.size();
        double[] least = new double[count];
        double[] wanted = new double[count];
        int[] rank = new int[count];
        for (int i = 0; i < count; i++) {
            TableColumn<?, ?> column = columns.get(i);
            double[] measured = column.isVisible() && headers.containsKey(column)
                    ? new double[] {Math.ceil(headers.get(column)), Math.ceil(cells.getOrDefault(column, 0.0))}
                    : (double[]) column.getProperties().getOrDefault(MEASURED, new double[] {column.getMinWidth(), 0});
            column.getProperties().put(MEASURED, measured);
            least[i] = measured[0];
            wanted[i] = Math.max(least[i], measured[1]);
            rank[i] = (Integer) column.getProperties().getOrDefault(GIVES_WAY, -1);
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 18;
        if (room <= 0) {
            return; // not laid out yet: measured again once it has its width
        }
        boolean[] shown = shown(wanted, least, rank, room);
        double[] shownWanted = new double[count];
        double[] shownLeast = new double[count];
        for (int i = 0; i < count; i++) {
            shownWanted[i] = shown[i] ? wanted[i] : 0;
            shownLeast[i] = shown[i] ? least[i] : 0;
        }
        // where still not all fit, the widest columns give way first, never below their header
        shrinkWidestFirst(shownWanted, shownLeast, room);
        // the widths are set as computed (a constrained policy would squeeze them proportionally again); what is
        // left over goes to the last column shown
        double left = room - Arrays.stream(shownWanted).sum();
        for (int i = count - 1; i >= 0 && left > 0; i--) {
            if (shown[i]) {
                shownWanted[i] += left;
                break;
            }
        }
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (int i = 0; i < count; i++) {
            columns.get(i).setVisible(shown[i]);
            columns.get(i).setMinWidth(shown[i] ? Math.min(least[i], shownWanted[i]) : least[i]); // a header is never cut
            columns.get(i).setPrefWidth(shown[i] ? shownWanted[i] : least[i]);
        }
    }
}
