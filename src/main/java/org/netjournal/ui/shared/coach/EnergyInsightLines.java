package org.netjournal.ui.shared.coach;

import atlantafx.base.theme.Styles;
import java.util.Collection;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.netjournal.domain.EnergyInsights;
import org.netjournal.domain.Session;
import org.netjournal.i18n.Messages;

/** What the energy notes say, as plain sentences with their numbers; empty when the rules make no claim. */
public final class EnergyInsightLines {

    private EnergyInsightLines() {
    }

    /** The sentences for {@code sessions}, or null when there is nothing to say. */
    public static Region of(Collection<Session> sessions, Messages messages) {
        List<String> sentences = new CoachTexts(messages).insights(EnergyInsights.of(sessions));
        if (sentences.isEmpty()) {
            return null;
        }
        VBox lines = new VBox(4);
        lines.setId("homeEnergyInsights");
        for (String sentence : sentences) {
            Label line = new Label(sentence);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().addAll(Styles.TEXT_SMALL, "energy-insight");
            lines.getChildren().add(line);
        }
        return lines;
    }
}
