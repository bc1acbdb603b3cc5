package org.netjournal.ui.shared.coach;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.StepDefinition;
import org.netjournal.ui.Destination;
import org.netjournal.ui.UiContext;

/** What the coach adds to the home page: the way to "how far you have come" (step 7). */
public final class CoachOnHome {

    private final VBox root = new VBox(12);

    public CoachOnHome(UiContext context) {
        root.setId("homeCoach");
        root.getStylesheets().add(GrowthChart.STYLES);
        Hyperlink growth = new Hyperlink(context.messages().get("growth.openLink"),
                new FontIcon(Material2OutlinedMZ.SHOW_CHART));
        growth.setId("homeGrowthLink");
        growth.setContentDisplay(ContentDisplay.LEFT);
        growth.setOnAction(event -> context.navigation()
                .go(new Destination.Step(StepDefinition.HAVE_FUN.number())));
        root.getChildren().add(growth);
    }

    public Region root() {
        return root;
    }
}
