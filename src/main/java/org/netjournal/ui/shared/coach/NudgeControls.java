package org.netjournal.ui.shared.coach;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.models.CoachModel;

/**
 * The small "Hide for a week · Turn off" line under every nudge on home: a nudge says where it can be quieted,
 * and turning it off here is the same switch as in Settings → Coach.
 */
public final class NudgeControls {

    private NudgeControls() {
    }

    /** The line for {@code nudge}; ids are {@code idPrefix + "Snooze"} and {@code idPrefix + "Off"}. */
    public static HBox of(CoachModel coach, CoachModel.Nudge nudge, Messages messages, String idPrefix) {
        return of(() -> coach.snooze(nudge, LocalDate.now()), () -> coach.setOn(nudge, false), messages, idPrefix);
    }

    /**
     * The line for a nudge kept elsewhere (the privacy review reminder): {@code snoozeForAWeek} keeps it away for
     * {@value CoachModel#SNOOZE_DAYS} days, {@code turnOff} is its switch in Settings → Coach.
     */
    public static HBox of(Runnable snoozeForAWeek, Runnable turnOff, Messages messages, String idPrefix) {
        Hyperlink snooze = new Hyperlink(messages.get("coach.hideForWeek"));
        snooze.setId(idPrefix + "Snooze");
        snooze.setOnAction(event -> snoozeForAWeek.run());
        Hyperlink off = new Hyperlink(messages.get("coach.turnOff"));
        off.setId(idPrefix + "Off");
        off.setOnAction(event -> turnOff.run());
        Label dot = new Label("\u00b7");
        HBox line = new HBox(2, snooze, dot, off);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "nudge-controls");
        return line;
    }
}
