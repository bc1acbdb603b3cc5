package org.netjournal.ui.common;

import java.util.HashMap;
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
import javafx.scene.text.Text;

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
                double width = textWidth(label.getText(), label.getFont()) + header.snappedLeftInset()
                        + header.snappedRightInset() + label.snappedLeftInset() + label.snappedRightInset() + arrow;
                headers.merge(column, width, Math::max);
            }
        }
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && cell.getText() != null
                    && !cell.isEmpty()) {
                double graphic = cell.getGraphic() == null ? 0 : cell.getGraphic().prefWidth(-1) + 6;
                double width = textWidth(cell.getText(), cell.getFont()) + graphic + cell.snappedLeftInset()
                        + cell.snappedRightInset() + 4;
                cells.merge(cell.getTableColumn(), Math.min(width, MOST), Math::max);
            }
        }
        for (TableColumn<?, ?> column : table.getColumns()) {
            double header = Math.ceil(headers.getOrDefault(column, column.getMinWidth()));
            double content = Math.ceil(cells.getOrDefault(column, 0.0));
            column.setMinWidth(header); // a header is never cut
            column.setPrefWidth(Math.max(header, content));
        }
    }

    private static double textWidth(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
