package org.netjournal.ui.navigator;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netjournal.domain.StepState;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.Destination;
import org.netjournal.ui.Navigation;
import org.netjournal.ui.common.LazyTooltip;
import org.netjournal.ui.shared.StepIcons;
import org.netjournal.ui.models.StepModel;

/** The left column: the seven steps with their icon, title and progress mark. Writes {@link Navigation}. */
public final class NavigatorView {

    private final VBox column = new VBox();
    private final ScrollPane root = new ScrollPane(column);
    /** As tall as its seven rows: the sidebar scrolls as one column, never the list inside it. */
    private final ListView<StepModel> stepList = new ListView<>() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // as tall as its rows once they are laid out at this width: grows or shrinks on the next pulse
            double rows = rowsHeight(this);
            if (rows > 0 && Math.abs(rows - getPrefHeight()) > 0.5) {
                setPrefHeight(rows);
                setMinHeight(rows);
                setMaxHeight(rows);
            }
        }
    };

    private final ListView<AreaEntry> areaList = new ListView<>();

    private final ListView<AreaEntry> topList = new ListView<>();

    /** {@code top}: entries above the steps (the home page); {@code areas}: the working areas below them. */
    public NavigatorView(List<StepModel> steps, Navigation navigation, Messages messages, List<AreaEntry> top,
                         List<AreaEntry> areas) {
        root.getStyleClass().addAll("navigator", Tweaks.EDGE_TO_EDGE);
        column.getStyleClass().add("navigator-column");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // the longest word of a step title ("Entdeckungstour") always fits, so titles wrap between words only; in em,
        // so this holds at every text size (View → Zoom)
        root.setStyle("-fx-min-width: 20.5em; -fx-max-width: 28.6em;");
        root.setId("navigator");

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

        stepList.getItems().setAll(steps);
        stepList.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "step-list");
        stepList.setCellFactory(list -> new StepCell(messages));
        stepList.setId("stepList");
        stepList.setPrefHeight(7 * 64); // about seven rows until they are laid out (see layoutChildren)

        stepList.getSelectionModel().selectedItemProperty().addListener((obs, old, step) -> {
            if (step != null) {
                navigation.go(new Destination.Step(step.number()));
            }
        });

        Label areasHeading = new Label(messages.get("navigator.areas"));
        areasHeading.getStyleClass().addAll(Styles.TEXT_CAPTION, "navigator-heading");
        areasHeading.setPadding(new Insets(10, 14, 4, 14));
        configureAreaList(areaList, areas, "areaList", messages, navigation);

        configureAreaList(topList, top, "topList", messages, navigation);
        topList.setVisible(!top.isEmpty());
        topList.setManaged(!top.isEmpty());
        column.getChildren().addAll(topList, header, stepList, areasHeading, areaList);
        navigation.selectedProperty().addListener((obs, old, destination) -> select(destination));
        select(navigation.selected());
    }

    private void select(Destination destination) {
        if (destination instanceof Destination.Step step) {
            stepList.getSelectionModel().select(step.number() - 1);
            areaList.getSelectionModel().clearSelection();
            topList.getSelectionModel().clearSelection();
        } else {
            stepList.getSelectionModel().clearSelection();
            for (ListView<AreaEntry> list : List.of(topList, areaList)) {
                list.getItems().stream().filter(area -> area.destination().equals(destination.area())).findFirst()
                        .ifPresentOrElse(area -> list.getSelectionModel().select(area),
                                () -> list.getSelectionModel().clearSelection());
            }
        }
    }

    private static void configureAreaList(ListView<AreaEntry> list, List<AreaEntry> entries, String id,
                                          Messages messages, Navigation navigation) {
        list.getItems().setAll(entries);
        list.setId(id);
        list.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "area-list");
        list.setCellFactory(view -> new AreaCell(messages));
        list.setFixedCellSize(40);
        list.setPrefHeight(40 * entries.size() + 4);
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, area) -> {
            // marking the entry of a destination that opens an item in the area must not replace that destination
            if (area != null && !area.destination().equals(navigation.selected().area())) {
                navigation.go(area.destination());
            }
        });
    }

    public Region root() {
        return root;
    }

    /** The height of all rows as laid out (their titles wrap at the list's width); 0 before the first layout. */
    private static double rowsHeight(ListView<?> list) {
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getWidth() <= 0) {
            return 0;
        }
        double sum = list.snappedTopInset() + list.snappedBottomInset();
        for (int i = 0; i < list.getItems().size(); i++) {
            IndexedCell<?> cell = flow.getVisibleCell(i);
            sum += cell != null && cell.getHeight() > 0 ? cell.getHeight() : flow.getCell(i).prefHeight(flow.getWidth());
        }
        return Math.ceil(sum);
    }

    private static final class AreaCell extends ListCell<AreaEntry> {
        private final Messages messages;

        AreaCell(Messages messages) {
            this.messages = messages;
            setPrefWidth(0); // follow the list's width, never widen it (no sideways scrolling)
        }

        @Override
        protected void updateItem(AreaEntry area, boolean empty) {
            super.updateItem(area, empty);
            if (empty || area == null) {
                setGraphic(null);
                return;
            }
            FontIcon icon = new FontIcon(area.icon());
            icon.getStyleClass().add("step-icon");
            Label title = new Label(messages.get(area.titleKey()));
            title.getStyleClass().add("step-title");
            title.setMinWidth(0);
            HBox row = new HBox(10, icon, title);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(2, 4, 2, 38));
            if (area.badge() != null) {
                Label badge = new Label();
                badge.getStyleClass().add("due-badge");
                badge.textProperty().bind(Bindings.createStringBinding(
                        () -> String.valueOf(area.badge().getValue().intValue()), area.badge()));
                badge.visibleProperty().bind(Bindings.createBooleanBinding(
                        () -> area.badge().getValue().intValue() > 0, area.badge()));
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                row.getChildren().addAll(spacer, badge);
            }
            setAccessibleText(messages.get(area.titleKey()));
            setGraphic(row);
        }
    }

    private static final class StepCell extends ListCell<StepModel> {
        private final Messages messages;
        private final Label number = new Label();
        private final FontIcon icon = new FontIcon();
        private final Label title = new Label();
        private final Label caption = new Label();
        private final FontIcon mark = new FontIcon();
        private final HBox graphic;
        private final javafx.beans.value.ChangeListener<StepState> markStyle = (obs, old, state) -> styleMark(state);
        private StepModel shown;

        StepCell(Messages messages) {
            this.messages = messages;
            number.getStyleClass().add("step-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            icon.getStyleClass().add("step-icon");
            title.getStyleClass().add("step-title");
            title.setWrapText(true); // long German titles wrap instead of being cut off
            title.setMinHeight(Region.USE_PREF_SIZE);
            caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox texts = new VBox(1, title, caption);
            HBox.setHgrow(texts, Priority.ALWAYS);
            texts.setMinWidth(0);
            mark.getStyleClass().add("state-mark");
            graphic = new HBox(8, number, icon, texts, mark);
            graphic.setAlignment(Pos.CENTER_LEFT);
            graphic.setPadding(new Insets(6, 4, 6, 4));
            setPrefWidth(0); // let the cell follow the list width instead of its text
            LazyTooltip.install(this, () -> shown == null ? null : messages.get("step." + shown.number() + ".summary"));
            // give the row a definite width so the title knows where to wrap
            listViewProperty().addListener((obs, old, list) -> {
                if (list != null) {
                    graphic.prefWidthProperty().bind(list.widthProperty().subtract(22));
                    graphic.maxWidthProperty().bind(list.widthProperty().subtract(22));
                }
            });
        }

        @Override
        protected void updateItem(StepModel step, boolean empty) {
            super.updateItem(step, empty);
            textProperty().unbind();
            caption.textProperty().unbind();
            mark.iconCodeProperty().unbind();
            if (shown != null) {
                shown.stateBinding().removeListener(markStyle);
                shown = null;
            }
            if (empty || step == null) {
                setGraphic(null);
                return;
            }
            number.setText(String.valueOf(step.number()));
            icon.setIconCode(StepIcons.of(step.definition()));
            title.setText(messages.stepTitle(step.number()));
            caption.textProperty().bind(Bindings.createStringBinding(
                    () -> captionFor(step), step.stateBinding(), step.items()));
            mark.iconCodeProperty().bind(Bindings.createObjectBinding(
                    () -> StepIcons.of(step.state()), step.stateBinding()));
            styleMark(step.state());
            shown = step;
            step.stateBinding().addListener(markStyle);
            setGraphic(graphic);
            setAccessibleText(messages.format("navigator.cellAccessible", step.number(),
                    messages.stepTitle(step.number()), messages.get(step.stateKey())));
        }

        private void styleMark(StepState state) {
            mark.getStyleClass().removeAll("not-started", "in-progress", "done");
            mark.getStyleClass().add(StepIcons.styleClass(state));
        }

        private String captionFor(StepModel step) {
            String state = messages.get(step.stateKey());
            return messages.format("navigator.caption", state, step.checkedCount(), step.items().size());
        }
    }
}
