package org.netjournal.ui.shared;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.Streak;

/** The streak as a small panel: its length, a line about this week, the shield. Used by home and goals. */
public final class StreakView {

    private final StreakTexts texts;
    private final VBox root = new VBox(8);
    private final Label headline = new Label();
    private final Label encouragement = new Label();
    private final Label shield = new Label();
    private final Label forgiven = new Label();

    public StreakView(GoalLabels labels) {
        this.texts = new StreakTexts(labels);
        FontIcon flame = new FontIcon(Material2OutlinedAL.LOCAL_FIRE_DEPARTMENT);
        flame.getStyleClass().add("streak-icon");
        StackPane tile = new StackPane(flame);
        tile.getStyleClass().add("streak-tile");
        headline.getStyleClass().addAll(Styles.TITLE_3, "streak-headline");
        headline.setId("streakCount");
        headline.setWrapText(true);
        encouragement.setWrapText(true);
        encouragement.setId("streakEncouragement");
        VBox titles = new VBox(2, headline, encouragement);
        HBox top = new HBox(12, tile, titles);
        top.setAlignment(Pos.CENTER_LEFT);

        shield.setGraphic(new FontIcon(Material2OutlinedMZ.SECURITY));
        shield.getStyleClass().add("streak-shield");
        shield.setWrapText(true);
        shield.setId("streakShield");
        shield.setMinHeight(Region.USE_PREF_SIZE);
        forgiven.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        forgiven.setWrapText(true);
        root.getChildren().addAll(top, shield, forgiven);
        root.getStyleClass().add("streak-view");
    }

    public VBox root() {
        return root;
    }

    public void show(Streak streak, boolean hasGoals) {
        headline.setText(texts.headline(streak));
        encouragement.setText(texts.encouragement(streak, hasGoals));
        shield.setText(texts.shield(streak));
        shield.getStyleClass().remove("ready");
        if (streak.shieldAvailable()) {
            shield.getStyleClass().add("ready");
        }
        String forgivenText = texts.forgiven(streak).orElse("");
        forgiven.setText(forgivenText);
        forgiven.setVisible(!forgivenText.isEmpty());
        forgiven.setManaged(!forgivenText.isEmpty());
        shield.setVisible(hasGoals);
        shield.setManaged(hasGoals);
    }
}
