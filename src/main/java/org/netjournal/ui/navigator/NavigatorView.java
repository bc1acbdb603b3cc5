package org.netjournal.ui.navigator;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.netjournal.domain.StepState;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.Destination;
import org.netjournal.ui.Navigation;
import org.netjournal.ui.models.StepModel;

/**
 * The left column: the home entry, the seven steps with their icon, title and progress mark, and the working areas,
 * as one column of light rows that scrolls as a whole. Marks the row of {@link Navigation}'s destination and writes
 * it when a row is opened (click, Enter or Space). The keyboard works like a list: Tab enters at the marked row
 * (one Tab stop for the whole navigator), Up/Down/Home/End move the focus, Enter or Space opens.
 */
public final class NavigatorView {

    /** The focus ring's state: the row has the focus and it came by the keyboard (Tab, Up, Down, Home, End). */
    private static final PseudoClass KEYBOARD_FOCUS = PseudoClass.getPseudoClass("keyboard-focus");

    private final VBox column = new VBox();
    private final ScrollPane root = new ScrollPane(column);
    private final Navigation navigation;
    /** Every row, top to bottom: the order Up and Down follow. */
    private final List<NavigatorRow> rows = new ArrayList<>();
    /** The one row in the Tab order: the focused one, else the marked one. */
    private NavigatorRow tabStop;
    /** While Up, Down, Home or End move the focus (JavaFX's :focus-visible stays off when code moves it). */
    private boolean focusByArrowKey;

    /** {@code top}: entries above the steps (the home page); {@code areas}: the working areas below them. */
    public NavigatorView(List<StepModel> steps, Navigation navigation, Messages messages, List<AreaEntry> top,
                         List<AreaEntry> areas) {
        this.navigation = navigation;
        root.getStyleClass().addAll("navigator", Tweaks.EDGE_TO_EDGE);
        column.getStyleClass().add("navigator-column");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setFocusTraversable(false); // the rows take the focus, the column around them never
        // the longest word of a step title ("Entdeckungstour") always fits, so titles wrap between words only; in em,
        // so this holds at every text size (View → Zoom)
        root.setStyle("-fx-min-width: 20.5em; -fx-max-width: 28.6em;");
        root.setId("navigator");

        VBox topGroup = group("topList", "area-list", top.stream().map(area -> new AreaRow(area, messages)).toList());
        topGroup.setVisible(!top.isEmpty());
        topGroup.setManaged(!top.isEmpty());
        VBox stepGroup = group("stepList", "step-list", steps.stream().map(step -> new StepRow(step, messages)).toList());
        VBox areaGroup = group("areaList", "area-list", areas.stream().map(area -> new AreaRow(area, messages)).toList());

        Label areasHeading = new Label(messages.get("navigator.areas"));
        areasHeading.getStyleClass().addAll(Styles.TEXT_CAPTION, "navigator-heading");
        areasHeading.setPadding(new Insets(10, 14, 4, 14));
        column.getChildren().addAll(topGroup, stepsHeader(steps, messages), stepGroup, areasHeading, areaGroup);

        column.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        navigation.selectedProperty().addListener((obs, old, destination) -> select(destination));
        select(navigation.selected());
    }

    public Region root() {
        return root;
    }

    /** A group of rows, named by {@code id} (tests and CSS find the steps as {@code #stepList > .step-row}). */
    private VBox group(String id, String styleClass, List<? extends NavigatorRow> groupRows) {
        VBox group = new VBox(); // the rows' padding as the list cells had it: the same look, edge to edge
        group.setId(id);
        group.getStyleClass().add(styleClass);
        for (NavigatorRow row : groupRows) {
            row.setOnOpen(() -> open(row));
            row.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
                if (event.getButton() == MouseButton.PRIMARY) {
                    row.requestFocus();
                    row.open();
                    event.consume(); // the scroll pane would take the focus from the row
                }
            });
            row.focusedProperty().addListener((obs, was, focused) -> {
                // a ring for Tab and the arrow keys; none for a click or the window's first focus, as on buttons
                row.pseudoClassStateChanged(KEYBOARD_FOCUS, focused && (focusByArrowKey || row.isFocusVisible()));
                if (focused) {
                    makeTabStop(row);
                    scrollToShow(row);
                }
            });
            rows.add(row);
        }
        group.getChildren().setAll(groupRows);
        return group;
    }

    private static VBox stepsHeader(List<StepModel> steps, Messages messages) {
        Label heading = new Label(messages.get("navigator.steps"));
        heading.getStyleClass().addAll(Styles.TEXT_CAPTION, "navigator-heading");
        Label overall = new Label();
        overall.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        ProgressBar overallBar = new ProgressBar();
        overallBar.getStyleClass().add(Styles.SMALL);
        overallBar.setMaxWidth(Double.MAX_VALUE);
        overallBar.setFocusTraversable(false);
        Runnable updateOverall = () -> {
            long done = steps.stream().filter(step -> step.state() == StepState.DONE).count();
            overall.setText(messages.format("navigator.overall", done, steps.size()));
            overallBar.setProgress((double) done / steps.size());
        };
        steps.forEach(step -> step.stateBinding().addListener((obs, old, now) -> updateOverall.run()));
        updateOverall.run();
        VBox header = new VBox(6, heading, overallBar, overall);
        header.setPadding(new Insets(14, 14, 10, 14));
        return header;
    }

    private void onKey(KeyEvent event) {
        if (!(event.getTarget() instanceof NavigatorRow row) || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        int index = rows.indexOf(row);
        switch (event.getCode()) {
            case UP, KP_UP -> focusRow(index - 1);
            case DOWN, KP_DOWN -> focusRow(index + 1);
            case HOME -> focusRow(0);
            case END -> focusRow(rows.size() - 1);
            case ENTER, SPACE -> row.open();
            default -> {
                return; // Tab, shortcuts and the rest go on to the window
            }
        }
        event.consume(); // the scroll pane would scroll by the arrow keys instead
    }

    /** Focuses the visible row at {@code index} or, when hidden (the home entry), the next one in that direction. */
    private void focusRow(int index) {
        int step = index < rows.indexOf(tabStop) ? -1 : 1;
        for (int i = index; i >= 0 && i < rows.size(); i += step) {
            if (rows.get(i).isVisible() && rows.get(i).getParent().isVisible()) {
                focusByArrowKey = true;
                rows.get(i).requestFocus();
                focusByArrowKey = false;
                return;
            }
        }
    }

    private void open(NavigatorRow row) {
        // a row whose area is shown already (e.g. a contact opened in it) keeps that destination
        if (!row.standsFor(navigation.selected())) {
            navigation.go(row.destination());
        }
    }

    private void select(Destination destination) {
        NavigatorRow marked = null;
        for (NavigatorRow row : rows) {
            row.setSelected(row.standsFor(destination));
            if (row.isSelected() && marked == null) {
                marked = row;
            }
        }
        boolean focusInside = rows.stream().anyMatch(Node::isFocused);
        if (!focusInside) {
            makeTabStop(marked != null ? marked : rows.stream().filter(row -> row instanceof StepRow).findFirst()
                    .orElse(rows.get(0)));
        }
    }

    private void makeTabStop(NavigatorRow row) {
        if (tabStop != null && tabStop != row) {
            tabStop.setFocusTraversable(false);
        }
        tabStop = row;
        row.setFocusTraversable(true);
    }

    /** Scrolls the column just enough that {@code row} is fully in view (the keyboard can reach every row). */
    private void scrollToShow(NavigatorRow row) {
        double contentHeight = column.getHeight();
        double viewportHeight = root.getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight || viewportHeight <= 0) {
            return;
        }
        Bounds bounds = column.sceneToLocal(row.localToScene(row.getBoundsInLocal()));
        double top = root.getVvalue() * (contentHeight - viewportHeight);
        double newTop = top;
        if (bounds.getMinY() < top) {
            newTop = bounds.getMinY();
        } else if (bounds.getMaxY() > top + viewportHeight) {
            newTop = bounds.getMaxY() - viewportHeight;
        }
        if (newTop != top) {
            root.setVvalue(newTop / (contentHeight - viewportHeight));
        }
    }
}
