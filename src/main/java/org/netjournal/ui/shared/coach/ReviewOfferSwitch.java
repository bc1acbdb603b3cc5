package org.netjournal.ui.shared.coach;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.layout.Region;
import org.netjournal.ui.UiContext;
import org.netjournal.ui.models.ReviewsModel;

/** The setting "offer the weekly review on home", for the Settings dialog; changed at once. */
public final class ReviewOfferSwitch {

    private ReviewOfferSwitch() {
    }

    /** The switch, set from the reviews model and changing it at once. */
    public static Control create(UiContext context) {
        ReviewsModel reviews = context.journal().reviews();
        CheckBox offer = new CheckBox(context.messages().get("review.settingOffer"));
        offer.setId("settingsReviewOffer");
        offer.setWrapText(true);
        offer.setMinHeight(Region.USE_PREF_SIZE);
        offer.setSelected(reviews.offeredProperty().get());
        offer.selectedProperty().addListener((obs, was, on) -> reviews.setOffered(on));
        return offer;
    }
}
