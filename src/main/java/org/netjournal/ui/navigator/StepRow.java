package org.netjournal.ui.navigator;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netjournal.domain.StepState;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.Destination;
import org.netjournal.ui.common.LazyTooltip;
import org.netjournal.ui.models.StepModel;
import org.netjournal.ui.shared.StepIcons;

/** A step's row: number, icon, title (wrapping between words), state and checklist count, and a progress mark. */
final class StepRow extends NavigatorRow {

    private final StepModel step;
    private final FontIcon mark = new FontIcon();

    StepRow(StepModel step, Messages messages) {
        super("step-" + step.number());
        this.step = step;
        getStyleClass().add("step-row");
        setSpacing(8);
        setPadding(new Insets(8, 12, 8, 12));

        Label number = new Label(String.valueOf(step.number()));
        number.getStyleClass().add("step-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        FontIcon icon = new FontIcon(StepIcons.of(step.definition()));
        icon.getStyleClass().add("step-icon");
        Label title = new Label(messages.stepTitle(step.number()));
        title.getStyleClass().add("step-title");
        title.setWrapText(true); // long German titles wrap instead of being cut off
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label caption = new Label();
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "step-caption");
        caption.textProperty().bind(Bindings.createStringBinding(() -> messages.format("navigator.caption",
                messages.get(step.stateKey()), step.checkedCount(), step.items().size()),
                step.stateBinding(), step.items()));
        VBox texts = new VBox(1, title, caption);
        texts.setMinWidth(0);
        setHgrow(texts, Priority.ALWAYS);
        mark.getStyleClass().add("state-mark");
        mark.iconCodeProperty().bind(Bindings.createObjectBinding(
                () -> StepIcons.of(step.state()), step.stateBinding()));
        styleMark(step.state());
        step.stateBinding().addListener((obs, old, state) -> styleMark(state));
        getChildren().addAll(number, icon, texts, mark);

        LazyTooltip.install(this, () -> messages.get("step." + step.number() + ".summary"));
        accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.format("navigator.cellAccessible",
                step.number(), messages.stepTitle(step.number()), messages.get(step.stateKey())),
                step.stateBinding()));
    }

    private void styleMark(StepState state) {
        mark.getStyleClass().removeAll("not-started", "in-progress", "done");
        mark.getStyleClass().add(StepIcons.styleClass(state));
    }

    @Override
    Destination destination() {
        return new Destination.Step(step.number());
    }
}
