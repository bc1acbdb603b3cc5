package org.netjournal.ui.shared.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.models.CoachModel;
import org.netjournal.ui.models.MyNetworksModel;

/**
 * Settings → Coach: one switch per nudge on home (the small steps, the streak, the follow-ups, the goals running
 * short, the privacy review). The same settings "Turn off" writes where a nudge appears, so both stay in step.
 */
public final class CoachSwitches {

    private final VBox root = new VBox(6);
    private final List<Runnable> refreshers = new ArrayList<>();
    private final InvalidationListener changed = observable -> refreshers.forEach(Runnable::run);

    public CoachSwitches(CoachModel coach, MyNetworksModel networks, Messages messages) {
        root.setId("settingsCoach");
        add("settingsCoach-suggestions", messages.get("coach.settings.suggestions"),
                () -> coach.isOn(CoachModel.Nudge.SUGGESTIONS), on -> coach.setOn(CoachModel.Nudge.SUGGESTIONS, on));
        add("settingsCoach-streak", messages.get("coach.settings.streak"),
                () -> coach.isOn(CoachModel.Nudge.STREAK), on -> coach.setOn(CoachModel.Nudge.STREAK, on));
        add("settingsCoach-followUps", messages.get("coach.settings.followUps"),
                () -> coach.isOn(CoachModel.Nudge.FOLLOW_UPS), on -> coach.setOn(CoachModel.Nudge.FOLLOW_UPS, on));
        add("settingsCoach-runningShort", messages.get("coach.settings.runningShort"),
                () -> coach.isOn(CoachModel.Nudge.RUNNING_SHORT), on -> coach.setOn(CoachModel.Nudge.RUNNING_SHORT, on));
        add("settingsCoach-privacyReview", messages.get("coach.settings.privacyReview"),
                networks::isReminderOn, networks::setReminderOn);
        Label hint = new Label(messages.get("coach.settings.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        root.getChildren().add(hint);
        WeakInvalidationListener weak = new WeakInvalidationListener(changed);
        for (Observable source : List.of(coach.values(), networks.reminderProperty())) {
            source.addListener(weak);
        }
    }

    public Region root() {
        return root;
    }

    private void add(String id, String text, Supplier<Boolean> isOn, Consumer<Boolean> setOn) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setWrapText(true);
        box.setSelected(isOn.get());
        box.selectedProperty().addListener((obs, was, now) -> {
            if (now != isOn.get()) {
                setOn.accept(now);
            }
        });
        refreshers.add(() -> box.setSelected(isOn.get()));
        root.getChildren().add(box);
    }
}
