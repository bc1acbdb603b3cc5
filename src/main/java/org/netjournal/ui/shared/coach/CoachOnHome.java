package org.netjournal.ui.shared.coach;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.StepDefinition;
import org.netjournal.domain.Week;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.Destination;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.models.ReviewsModel;

/**
 * What the coach adds to the home page: on the last day of the week a calm card offering the weekly review (it can
 * be hidden for the week, or turned off in Settings, and says so), and the way to "how far you have come" (step 7).
 */
public final class CoachOnHome {

    private final VBox root = new VBox(12);
    private final VBox reviewCard = new VBox(8);
    private final UiContext context;
    private final ReviewsModel reviews;
    private final InvalidationListener refresh = observable -> refresh();

    public CoachOnHome(UiContext context) {
        this.context = context;
        this.reviews = context.journal().reviews();
        Messages messages = context.messages();
        root.setId("homeCoach");
        root.getStylesheets().add(GrowthChart.STYLES);

        reviewCard.setId("homeReviewCard");
        reviewCard.getStyleClass().add("review-card");
        Label title = new Label(messages.get("review.cardTitle"), new FontIcon(Material2OutlinedAL.EVENT_NOTE));
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label(messages.get("review.cardText"));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button start = new Button(messages.get("review.cardStart"));
        start.setId("homeReviewStart");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(event -> WeeklyReviewDialog.open(context, root.getScene().getWindow()));
        Button hide = new Button(messages.get("review.cardHide"));
        hide.setId("homeReviewHide");
        hide.getStyleClass().add(Styles.FLAT);
        hide.setOnAction(event -> reviews.hide(context.journal().goals().currentWeek()));
        Label off = new Label(messages.get("review.cardOff"));
        off.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        off.setWrapText(true);
        HBox buttons = new HBox(8, start, hide);
        buttons.setAlignment(Pos.CENTER_LEFT);
        reviewCard.getChildren().addAll(title, text, buttons, off);

        Hyperlink growth = new Hyperlink(messages.get("growth.openLink"), new FontIcon(Material2OutlinedMZ.SHOW_CHART));
        growth.setId("homeGrowthLink");
        growth.setContentDisplay(ContentDisplay.LEFT);
        growth.setOnAction(event -> context.navigation()
                .go(new Destination.Step(StepDefinition.HAVE_FUN.number())));
        root.getChildren().addAll(reviewCard, growth);

        WeakInvalidationListener weak = new WeakInvalidationListener(refresh);
        reviews.offeredProperty().addListener(weak);
        reviews.hiddenWeekProperty().addListener(weak);
        context.journal().goals().tracker().addListener(weak);
        context.journal().goals().todayProperty().addListener(weak); // the last day of the week may begin
        context.journal().loadedProperty().addListener(weak);
        refresh();
    }

    public Region root() {
        return root;
    }

    /** Shows the card on the last day of the week, unless hidden for the week or turned off. */
    public void refresh() {
        LocalDate today = context.journal().goals().today();
        Week week = context.journal().goals().currentWeek();
        boolean offered = reviews.offers(week, today);
        reviewCard.setVisible(offered);
        reviewCard.setManaged(offered);
    }
}
