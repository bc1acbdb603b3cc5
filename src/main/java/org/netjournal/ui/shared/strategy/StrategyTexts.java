package org.netjournal.ui.shared.strategy;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.netjournal.ui.common.PageLayout;
import org.netjournal.domain.FocusGroup;
import org.netjournal.i18n.Messages;

/** Labels shared by the strategy sections: headings, hints, the focus groups' names. */
final class StrategyTexts {

    private StrategyTexts() {
    }

    static String group(Messages messages, FocusGroup group) {
        return group == null ? messages.get("strategy.noGroup") : messages.get("focusGroup." + group.code());
    }

    static Label heading(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(Styles.TITLE_4);
        return title;
    }

    static Label hint(String text) {
        return PageLayout.sectionHint(text);
    }

    static Label empty(String text) {
        Label empty = new Label(text);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        return empty;
    }
}
