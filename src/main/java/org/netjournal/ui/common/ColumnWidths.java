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
import javafx.scene.text.Font;

/**
 * Table columns as wide as their header and the rows shown: a header is never cut ("Obs…"), and the rest of the
 * table's width goes to the columns as its resize policy says. Measured again when the rows or the width change or the
 * table is shown again.
 */
public final class ColumnWidths {

    /** Room for the sort arrow beside a header's text. */
    private static final double SORT_ARROW = 22;
    /** A column never grows wider than this for one long value: it is shown cut off with its tooltip. */
    private static final double MOST = 360;

    private ColumnWidths() {
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
                double width = TextWidth.of(cell.getText(), cell.getFont()) + graphic + cell.snappedLeftInset()
                        + cell.snappedRightInset() + 4;
                cells.merge(cell.getTableColumn(), Math.min(width, MOST), Math::max);
            }
        }
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        double[] least = new double[columns.size()];
        double[] wanted = new double[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<?, ?> column = columns.get(i);
            least[i] = Math.ceil(headers.getOrDefault(column, column.getMinWidth()));
            wanted[i] = Math.max(least[i], Math.ceil(cells.getOrDefault(column, 0.0)));
        }
        // where not all fit, the widest columns give way first, never below their header: short values stay whole
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 18;
        if (room <= 0) {
            return; // not laid out yet: measured again once it has its width
        }
        shrinkWidestFirst(wanted, least, room);
        // the widths are set as computed (a constrained policy would squeeze them proportionally again); what is
        // left over goes to the last column
        double left = room - Arrays.stream(wanted).sum();
        if (left > 0 && wanted.length > 0) {
            wanted[wanted.length - 1] += left;
        }
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setMinWidth(least[i]); // a header is never cut
            columns.get(i).setPrefWidth(wanted[i]);
        }
    }
}
