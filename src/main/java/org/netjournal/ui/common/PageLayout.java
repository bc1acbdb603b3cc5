package org.netjournal.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The shared frame of a scrolling page: content centred at the top, at most a readable width, same padding. */
public final class PageLayout {

    private PageLayout() {
    }

    public static void centre(ScrollPane scroll, Region content, double maxWidth) {
        content.setPadding(new Insets(26, 32, 32, 32));
        content.setMaxWidth(maxWidth);
        StackPane centred = new StackPane(content);
        StackPane.setAlignment(content, Pos.TOP_CENTER);
        scroll.setContent(centred);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-page-scroll");
    }
}
