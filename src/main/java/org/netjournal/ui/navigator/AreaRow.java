package org.netjournal.ui.navigator;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.Destination;

/** A working area's row: icon, title and, for counts, a badge hidden at zero. Its id is {@code area-<name>}. */
final class AreaRow extends NavigatorRow {

    private final AreaEntry area;

    AreaRow(AreaEntry area, Messages messages) {
        super(idOf(area));
        this.area = area;
        getStyleClass().add("area-row");
        setSpacing(10);
        setPadding(new Insets(8, 12, 8, 46));
        FontIcon icon = new FontIcon(area.icon());
        icon.getStyleClass().add("step-icon");
        Label title = new Label(messages.get(area.titleKey()));
        title.getStyleClass().add("step-title");
        title.setMinWidth(Region.USE_PREF_SIZE); // a short word: shown whole, never "…" or squeezed away
        getChildren().addAll(icon, title);
        if (area.badge() != null) {
            Label badge = new Label();
            badge.getStyleClass().add("due-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE); // the count in full, never "…"
            badge.textProperty().bind(Bindings.createStringBinding(
                    () -> String.valueOf(area.badge().getValue().intValue()), area.badge()));
            badge.visibleProperty().bind(Bindings.createBooleanBinding(
                    () -> area.badge().getValue().intValue() > 0, area.badge()));
            Region spacer = new Region();
            setHgrow(spacer, Priority.ALWAYS);
            getChildren().addAll(spacer, badge);
        }
        setAccessibleText(messages.get(area.titleKey()));
    }

    /** "navigator.contacts" and "goals.navigator" give "area-contacts" and "area-goals": ids tests and CSS can name. */
    static String idOf(AreaEntry area) {
        return "area-" + area.titleKey().replace(".navigator", "").replace("navigator.", "");
    }

    @Override
    Destination destination() {
        return area.destination();
    }
}
