package org.netjournal.ui.shared.networks;

import org.netjournal.domain.MyNetwork;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.netjournal.ui.common.PageLayout;
import org.netjournal.i18n.Messages;

/** The small text pieces the networks sections share: headings, hints and empty-list lines. */
final class NetworkTexts {

    private NetworkTexts() {
    }

    static Label heading(Messages messages, String key) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        return title;
    }

    static Label hint(String text) {
        return PageLayout.sectionHint(text);
    }

    static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A stable id part for a network of mine: its code, or "own-" and its id for a network of the user's own. */
    static String idOf(MyNetwork network) {
        return network.isCustom() ? "own-" + network.id() : network.network().code();
    }
}
