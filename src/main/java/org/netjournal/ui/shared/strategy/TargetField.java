package org.netjournal.ui.shared.strategy;

import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.netjournal.ui.models.StrategyModel;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.netjournal.domain.FocusGroup;
import org.netjournal.domain.TargetMark;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.common.PickedChoices;

/**
 * The contact form's "on my list" row: whether the contact is a target contact, and its focus group. A change is
 * written at once; on a new contact that is not saved yet it waits for the contact's first save.
 */
public final class TargetField {

    private final StrategyModel strategy;
    private final CheckBox onList = new CheckBox();
    private final ComboBox<FocusGroup> group = new ComboBox<>();
    private final FlowPane root;
    private long contactId;
    private boolean showing;
    /** A choice made on a contact not saved yet; applied when it gets its id. */
    private boolean pending;

    public TargetField(StrategyModel strategy, Messages messages) {
        this.strategy = strategy;
        onList.setText(messages.get("strategy.onMyList"));
        onList.setId("contactTarget");
        group.setId("contactFocusGroup");
        group.getItems().setAll(Stream.concat(Stream.of((FocusGroup) null),
                List.of(FocusGroup.values()).stream()).toList());
        PickedChoices.show(group, value -> StrategyTexts.group(messages, value));
        group.setAccessibleText(messages.get("strategy.focusGroup"));
        onList.selectedProperty().addListener((obs, was, now) -> {
            if (!now && !showing) {
                group.setValue(null);
            }
            changed();
        });
        group.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !showing) {
                onList.setSelected(true);
            }
            changed();
        });
        // the group goes below the tick when the form is narrow (German at 1440 px beside the table): never cut,
        // never wider than the form
        onList.setMinWidth(Region.USE_PREF_SIZE);
        group.setMinWidth(Region.USE_PREF_SIZE);
        root = new FlowPane(10, 6, onList, group);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    public Region root() {
        return root;
    }

    /** Ticked: the contact shown is (or is about to be) on the list of target contacts. */
    public ReadOnlyBooleanProperty onListProperty() {
        return onList.selectedProperty();
    }

    /** Shows the contact with {@code id} (0: a new one, not saved yet) and applies a choice waiting for it. */
    public void show(long id) {
        boolean apply = pending && contactId <= 0 && id > 0;
        contactId = id;
        if (apply) {
            pending = false;
            changed();
            return;
        }
        pending = false;
        TargetMark mark = id > 0 ? strategy.targets().get(id) : null;
        showing = true;
        try {
            onList.setSelected(mark != null);
            group.setValue(mark == null ? null : mark.group());
        } finally {
            showing = false;
        }
    }

    private void changed() {
        if (showing) {
            return;
        }
        if (contactId <= 0) {
            pending = true;
            return;
        }
        if (onList.isSelected()) {
            TargetMark now = strategy.targets().get(contactId);
            if (now == null || now.group() != group.getValue()) {
                strategy.markTarget(contactId, group.getValue());
            }
        } else {
            strategy.unmarkTarget(contactId);
        }
    }
}
