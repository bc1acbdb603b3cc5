package org.netjournal.ui.shared.coach;

import javafx.scene.Parent;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.GrowthSeries;
import org.netjournal.domain.TargetMark;
import org.netjournal.domain.Week;
import org.netjournal.i18n.DateTimeTexts;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.models.GrowthModel;
import org.netjournal.ui.common.PageLayout;

/**
 * "How far you have come" (step 7): the target contacts per comfort stage over the last twelve weeks as stacked
 * steps (a stage holds for a week and changes at its end; it never slopes between weeks), lowest rung at the bottom, the user's firsts as small labelled markers, a one-line legend, and, while part
 * of it is derived from logged interactions rather than recorded stage changes, a note that says so. The chart
 * follows the contacts and the target list; a step page is rebuilt each time it is shown, so it listens weakly.
 */
public final class GrowthChart {

    /** Half a week on the x axis: a week's band reaches this far on either side of its number. */
    static final double HALF = 0.5;
    /** How far before the next band a week's step ends: the rise to the next week is (nearly) vertical. */
    static final double EDGE = 0.001;

    /** The stylesheet of the coach's views. */
    public static final String STYLES = GrowthChart.class.getResource("growth-chart.css").toExternalForm();

    private final VBox root = new VBox(8);
    private final UiContext context;
    private final GrowthModel model;
    private final Messages messages;
    private final DateTimeTexts dates;
    private final MarkedAreaChart chart;
    private final Label note = new Label();
    private final Label empty = new Label();
    private final FlowPane earlier = new FlowPane(12, 4);
    private final InvalidationListener refresh = observable -> refresh();
    private final MapChangeListener<Long, TargetMark> targetsChanged = change -> refresh();

    public GrowthChart(UiContext context) {
        this.context = context;
        this.model = context.journal().growth();
        this.messages = context.messages();
        this.dates = new DateTimeTexts(messages);
        root.setId("growthChart");
        root.getStylesheets().add(STYLES);

        Label title = new Label(messages.get("growth.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = PageLayout.sectionHint(messages.get("growth.hint"));
        // week i is the band from i - 0.5 to i + 0.5: its tick and label sit in its middle
        NumberAxis weeks = new NumberAxis(-HALF, GrowthSeries.WEEKS - HALF, 1);
        weeks.setMinorTickVisible(false);
        NumberAxis people = new NumberAxis();
        people.setMinorTickVisible(false);
        people.setTickUnit(1);
        people.setForceZeroInRange(true);
        people.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? String.valueOf(value.intValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
        chart = new MarkedAreaChart(weeks, people);
        chart.setId("growthArea");
        chart.getStyleClass().add("growth-chart");
        chart.setCreateSymbols(false);
        chart.setVerticalZeroLineVisible(false); // x = 0 is the middle of the first week, not an origin
        chart.setVerticalGridLinesVisible(false); // the steps mark the weeks' edges already
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        chart.setMinHeight(200);
        note.setId("growthNote");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        empty.setId("growthEmpty");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        earlier.setId("growthEarlierFirsts");
        root.getChildren().addAll(new VBox(2, title, hint), empty, chart, legend(), earlier, note);
        root.getProperties().put(GrowthChart.class, this);

        WeakInvalidationListener weak = new WeakInvalidationListener(refresh);
        context.contacts().contacts().addListener(weak);
        context.contacts().loadedProperty().addListener(weak);
        context.strategy().loadedProperty().addListener(weak);
        context.strategy().targets().addListener(new WeakMapChangeListener<>(targetsChanged));
        refresh();
    }

    public Region root() {
        return root;
    }

    private void refresh() {
        List<ContactSummary> targets = context.contacts().contacts().stream()
                .filter(contact -> context.strategy().isTarget(contact.id())).toList();
        Week current = context.journal().goals().currentWeek();
        model.series(targets, current, GrowthSeries.WEEKS, series -> show(series, targets.isEmpty()));
    }

    private void show(GrowthSeries.Series series, boolean noTargets) {
        empty.setText(messages.get("growth.noTargets"));
        empty.setVisible(noTargets);
        empty.setManaged(noTargets);
        List<XYChart.Series<Number, Number>> data = new ArrayList<>();
        for (ComfortStage stage : ComfortStage.values()) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(stageName(stage));
            // a step, not a slope: a stage is what stood at the end of a week, flat across the week's band, and
            // the change rises at the band's edge (every series has the same x values, so the stacking stays exact)
            for (int i = 0; i < series.weeks().size(); i++) {
                int count = series.weeks().get(i).count(stage);
                line.getData().add(new XYChart.Data<>(i - HALF, count));
                line.getData().add(new XYChart.Data<>(i + HALF - (i + 1 < series.weeks().size() ? EDGE : 0), count));
            }
            data.add(line);
        }
        chart.getData().setAll(data);
        // room above the highest week for the markers' labels
        NumberAxis people = (NumberAxis) chart.getYAxis();
        int most = series.weeks().stream().mapToInt(GrowthSeries.WeekStages::total).max().orElse(0);
        people.setAutoRanging(false);
        people.setLowerBound(0);
        people.setUpperBound(Math.max(2, most + Math.max(1, Math.ceil(most * 0.4))));
        people.setTickUnit(Math.max(1, Math.ceil(people.getUpperBound() / 8)));
        for (ComfortStage stage : ComfortStage.values()) {
            XYChart.Series<Number, Number> line = data.get(stage.ordinal());
            // the stage's own colour class, so that the colours follow the ladder and not the series' order
            if (line.getNode() instanceof Parent group) {
                group.getChildrenUnmodifiable().forEach(node -> node.getStyleClass().add("stage-" + stage.ordinal()));
            }
        }
        List<Week> weeks = series.weeks().stream().map(GrowthSeries.WeekStages::week).toList();
        ((NumberAxis) chart.getXAxis()).setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                int index = value.intValue();
                return index >= 0 && index < weeks.size() && value.doubleValue() == index
                        ? messages.format("growth.week", weeks.get(index).number()) : "";
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        List<Marker> markers = new ArrayList<>();
        List<String> before = new ArrayList<>();
        LocalDate start = weeks.isEmpty() ? LocalDate.MAX : weeks.get(0).start();
        for (GrowthSeries.Milestone milestone : series.firsts()) {
            String text = firstName(milestone.first());
            if (milestone.date().isBefore(start)) {
                before.add(messages.format("growth.firstOn", text, dates.date(milestone.date())));
            } else {
                // in the middle of its day within its week's band
                double x = (ChronoUnit.DAYS.between(start, milestone.date()) + HALF) / 7.0 - HALF;
                markers.add(new Marker(Math.max(-HALF, Math.min(x, GrowthSeries.WEEKS - HALF)), text,
                        milestone.date()));
            }
        }
        chart.showMarkers(markers);
        earlier.getChildren().clear();
        if (!before.isEmpty()) {
            Label label = PageLayout.sectionHint(messages.format("growth.earlierFirsts", String.join(", ", before)));
            earlier.getChildren().add(label);
        }
        if (series.partlyDerived()) {
            note.setText(series.recordedSince()
                    .map(since -> messages.format("growth.derivedBefore", dates.date(since)))
                    .orElse(messages.get("growth.derivedAll")));
        } else {
            note.setText(messages.get("growth.recorded"));
        }
    }

    private Node legend() {
        HBox legend = new HBox(12);
        legend.setId("growthLegend");
        legend.setAlignment(Pos.CENTER_LEFT);
        for (ComfortStage stage : ComfortStage.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("growth-swatch", "stage-" + stage.ordinal());
            Label name = new Label(stageName(stage), swatch);
            name.getStyleClass().add(Styles.TEXT_SMALL);
            legend.getChildren().add(name);
        }
        Label marker = new Label(messages.get("growth.legendFirsts"), markerDot());
        marker.getStyleClass().add(Styles.TEXT_SMALL);
        legend.getChildren().add(marker);
        return legend;
    }

    private static Circle markerDot() {
        Circle dot = new Circle(3.5);
        dot.getStyleClass().add("growth-marker-dot");
        return dot;
    }

    private String stageName(ComfortStage stage) {
        return messages.get("stage." + stage.code());
    }

    private String firstName(GrowthSeries.First first) {
        return switch (first) {
            case FIRST_COMMENT -> messages.get("growth.firstComment");
            case FIRST_CONNECTION_REQUEST -> messages.get("growth.firstRequest");
            case FIRST_MESSAGE -> messages.get("growth.firstMessage");
            case FIRST_MEETING -> messages.get("growth.firstMeeting");
        };
    }

    /** A first on the chart: where (weeks from the first shown), its name and day. */
    record Marker(double x, String text, LocalDate date) {
    }

    /** The stacked areas with the firsts drawn over them: a dashed line, a dot on top and the first's name. */
    private final class MarkedAreaChart extends StackedAreaChart<Number, Number> {
        private final List<Node[]> drawn = new ArrayList<>();
        private final List<Marker> markers = new ArrayList<>();

        MarkedAreaChart(NumberAxis x, NumberAxis y) {
            super(x, y);
        }

        void showMarkers(List<Marker> shown) {
            for (Node[] nodes : drawn) {
                getPlotChildren().removeAll(nodes);
            }
            drawn.clear();
            markers.clear();
            markers.addAll(shown);
            for (Marker marker : shown) {
                Line line = new Line();
                line.getStyleClass().add("growth-marker-line");
                Circle dot = markerDot();
                Label label = new Label(marker.text());
                label.getStyleClass().add("growth-marker-label");
                label.getStyleClass().add("growth-marker");
                label.setAccessibleText(messages.format("growth.firstOn", marker.text(), dates.date(marker.date())));
                label.setManaged(false);
                Node[] nodes = {line, dot, label};
                drawn.add(nodes);
                getPlotChildren().addAll(nodes);
            }
            requestChartLayout();
        }

        @Override
        protected void layoutPlotChildren() {
            super.layoutPlotChildren();
            double height = getYAxis().getHeight();
            for (int i = 0; i < drawn.size(); i++) {
                Node[] nodes = drawn.get(i);
                double x = getXAxis().getDisplayPosition(markers.get(i).x());
                Line line = (Line) nodes[0];
                line.setStartX(x);
                line.setEndX(x);
                // staggered, so that two firsts in one week stay readable
                double top = 4 + (i % 3) * 18;
                line.setStartY(top + 8);
                line.setEndY(height);
                nodes[1].relocate(x - 3.5, top + 4);
                Label label = (Label) nodes[2];
                label.toFront();
                label.autosize();
                double width = label.prefWidth(-1);
                double left = Math.min(Math.max(0, x + 6), Math.max(0, getXAxis().getWidth() - width));
                label.resizeRelocate(left, top, width, label.prefHeight(width));
            }
        }
    }
}
