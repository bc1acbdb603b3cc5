package org.netjournal.ui.navigator;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.HBox;
import org.netjournal.ui.Destination;

/**
 * One entry of the navigator: a plain row instead of a list cell. A {@code ListView} per group cost about a third of
 * the start-up time the app adds to a bare window (its skin, virtual flow, scroll bars and cells); a column of these
 * rows shows the same and costs next to nothing. {@link NavigatorView} moves the keyboard focus between them and
 * marks the row of the shared selection.
 */
abstract class NavigatorRow extends HBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private boolean selected;
    private Runnable onOpen = () -> { };

    NavigatorRow(String id) {
        setId(id);
        getStyleClass().add("nav-row");
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0); // follow the column's width, never widen it (no sideways scrolling)
        setFocusTraversable(false); // the navigator keeps one row in the Tab order (see NavigatorView)
        // to a screen reader a toggle: its text, whether it is the marked one, and "press" opens it
        setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
    }

    /** Where opening this row leads. */
    abstract Destination destination();

    /** Whether this row stands for {@code shown}, the destination the window shows (an item in its area too). */
    final boolean standsFor(Destination shown) {
        return destination().sameAreaAs(shown);
    }

    final void setSelected(boolean selected) {
        this.selected = selected;
        pseudoClassStateChanged(SELECTED, selected);
        notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
    }

    /** What opening the row does (a click, Enter, Space or a screen reader's "press"). */
    final void setOnOpen(Runnable onOpen) {
        this.onOpen = onOpen;
    }

    final void open() {
        onOpen.run();
    }

    final boolean isSelected() {
        return selected;
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.SELECTED ? selected : super.queryAccessibleAttribute(attribute, parameters);
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            open();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}
