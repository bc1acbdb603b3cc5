package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.FocusGroup;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.TargetMark;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.StrategyRepository;

/** "How far you have come": reached from home, drawn on step 7 from the journal's interactions and targets. */
class GrowthChartWindowTest extends WindowTest {

    private static Contact contact(String first) {
        return new Contact(0, first, "Keller", "", "", List.of(), "", "", List.of(), ComfortStage.OBSERVE,
                Cadence.NONE, "", ContactSource.MANUAL, null, Instant.parse("2025-01-01T10:00:00Z"));
    }

    @Test
    void theHomeLinkOpensStepSevenWithTheTargetsPerStageTheFirstsAndTheDerivedNote() throws Exception {
        LocalDate today = LocalDate.now();
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            ContactRepository contacts = new ContactRepository(db);
            long anna = contacts.save(contact("Anna")).id();
            long bo = contacts.save(contact("Bo")).id();
            long cy = contacts.save(contact("Cy")).id(); // not a target: her meeting still is a first
            contacts.addInteraction(new Interaction(0, anna, today.minusDays(35), InteractionKind.COMMENTED, null,
                    "", null));
            contacts.addInteraction(new Interaction(0, anna, today.minusDays(14), InteractionKind.MESSAGED, null,
                    "", null));
            contacts.addInteraction(new Interaction(0, cy, today.minusDays(200), InteractionKind.MET, null, "", null));
            StrategyRepository strategy = new StrategyRepository(db);
            strategy.markTarget(new TargetMark(anna, FocusGroup.COLLEAGUES));
            strategy.markTarget(new TargetMark(bo, FocusGroup.COLLEAGUES));
        }
        app = new AppDriver(dataDir).start();
        AppDriver.waitUntil(() -> app.robot.lookup("#homeGrowthLink").tryQuery().isPresent(), "the link on home");
        javafx.scene.control.Hyperlink link = app.find("#homeGrowthLink");
        app.robot.interact(link::fire);
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage7 #growthChart").tryQuery().isPresent(), "step 7");

        StackedAreaChart<Number, Number> chart = app.find("#growthArea");
        AppDriver.waitUntil(() -> chart.getData().size() == ComfortStage.values().length
                && count(chart, ComfortStage.MESSAGE, 11) == 1, "the series");
        assertEquals(1, count(chart, ComfortStage.OBSERVE, 11), "Bo, this week");
        assertEquals(1, count(chart, ComfortStage.COMMENT, 8), "Anna three weeks ago, derived from her comment");
        assertEquals(0, count(chart, ComfortStage.MESSAGE, 8));
        assertEquals(2, count(chart, ComfortStage.OBSERVE, 0), "both twelve weeks ago");

        List<String> markers = app.robot.lookup("#growthChart .growth-marker").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of("First comment", "First message"), markers);
        assertTrue(texts(app.find("#growthEarlierFirsts")).contains("First meeting on"),
                texts(app.find("#growthEarlierFirsts")));
        String note = app.<Label>find("#growthNote").getText();
        assertTrue(note.startsWith("Stages before ") && note.contains("derived from your logged interactions"), note);
        String legend = texts(app.find("#growthLegend"));
        assertTrue(legend.contains("Observe") && legend.contains("Meet") && legend.contains("Your firsts"), legend);
        app.quit();
    }

    /** The stage's count across {@code week}'s band: a step, the same at both its ends (-1 when not a step). */
    private static int count(StackedAreaChart<Number, Number> chart, ComfortStage stage, int week) {
        List<XYChart.Data<Number, Number>> points = chart.getData().get(stage.ordinal()).getData();
        if (2 * week + 1 >= points.size()) {
            return -1;
        }
        XYChart.Data<Number, Number> start = points.get(2 * week);
        XYChart.Data<Number, Number> end = points.get(2 * week + 1);
        boolean step = start.getXValue().doubleValue() == week - 0.5 && end.getXValue().doubleValue() > week + 0.49
                && start.getYValue().intValue() == end.getYValue().intValue();
        return step ? start.getYValue().intValue() : -1;
    }
}
