package org.netjournal.ui.shared;

import org.netjournal.i18n.Messages;
import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.netjournal.domain.GoalProgress;
import org.netjournal.domain.WeekProgress;
import org.netjournal.domain.WeeklyGoal;

/**
 * One progress bar per goal of a week: the goal, done of target, a check mark once met. The goals area adds
 * edit and remove buttons per row; the home page shows the bars alone.
 *
 * <p>Node ids for tests: each row has the style class {@code goal-progress-row}, its bar {@code goal-bar}
 * and its count {@code goal-count}.
 */
public final class GoalProgressList {

    private final GoalLabels labels;
    private final Messages messages;
    private final VBox root = new VBox(12);
    private final Consumer<WeeklyGoal> onEdit;
    private final Consumer<WeeklyGoal> onRemove;

    /** {@code onEdit} and {@code onRemove} may be null: the rows then have no buttons. */
    public GoalProgressList(GoalLabels labels, Consumer<WeeklyGoal> onEdit, Consumer<WeeklyGoal> onRemove) {
        this.labels = labels;
        this.messages = labels.messages();
        this.onEdit = onEdit;
        this.onRemove = onRemove;
        root.getStyleClass().add("goal-progress-list");
    }

    public VBox root() {
        return root;
    }

    public void show(WeekProgress week) {
        root.getChildren().clear();
        for (GoalProgress progress : week.goals()) {
            root.getChildren().add(row(progress));
        }
    }

    private Region row(GoalProgress progress) {
        Label title = new Label(labels.goal(progress.goal()));
        title.getStyleClass().add("goal-title");
        Label count = new Label(labels.doneOfTarget(progress));
        count.getStyleClass().addAll("goal-count", Styles.TEXT_MUTED);
        FontIcon check = new FontIcon(Material2OutlinedAL.CHECK_CIRCLE);
        check.getStyleClass().add("goal-met-icon");
        check.setVisible(progress.met());
        check.setManaged(progress.met());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, spacer, count, check);
        top.setAlignment(Pos.CENTER_LEFT);
        if (progress.met()) {
            count.getStyleClass().remove(Styles.TEXT_MUTED);
            count.getStyleClass().add("goal-count-met");
            count.setTooltip(new Tooltip(messages.get("goals.metTooltip")));
        }

        ProgressBar bar = new ProgressBar(progress.fraction());
        bar.getStyleClass().add("goal-bar");
        if (progress.met()) {
            bar.getStyleClass().add("met");
        }
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setFocusTraversable(false);
        bar.setAccessibleText(labels.goal(progress.goal()) + ": " + labels.doneOfTarget(progress));
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox barRow = new HBox(6, bar);
        barRow.setAlignment(Pos.CENTER_LEFT);
        WeeklyGoal goal = progress.goal();
        if (onEdit != null) {
            Button edit = iconButton(new FontIcon(Material2OutlinedAL.EDIT), messages.get("goals.editTooltip"));
            edit.getStyleClass().add("goal-edit");
            edit.setOnAction(event -> onEdit.accept(goal));
            barRow.getChildren().add(edit);
        }
        if (onRemove != null) {
            Button remove = iconButton(new FontIcon(Material2OutlinedAL.DELETE_OUTLINE),
                    messages.get("goals.removeTooltip"));
            remove.getStyleClass().add("goal-remove");
            barRow.getChildren().add(remove);
        }
        VBox row = new VBox(4, top, barRow);
        row.getStyleClass().add("goal-progress-row");
        if (onRemove != null) {
            Button remove = (Button) barRow.getChildren().get(barRow.getChildren().size() - 1);
            remove.setOnAction(event -> confirmRemoval(goal, row));
        }
        return row;
    }

    /**
     * Removing a goal also drops it from the weeks behind (and so from the streak), and adding it again starts
     * afresh: ask once, inline, instead of a dialog.
     */
    private void confirmRemoval(WeeklyGoal goal, VBox row) {
        Label question = new Label(messages.get("goals.removeQuestion"));
        question.setWrapText(true);
        question.getStyleClass().add(Styles.TEXT_SMALL);
        HBox.setHgrow(question, Priority.ALWAYS);
        question.setMaxWidth(Double.MAX_VALUE);
        Button yes = new Button(messages.get("goals.removeConfirm"));
        yes.getStyleClass().addAll(Styles.DANGER, Styles.SMALL, "goal-remove-confirm");
        yes.setOnAction(event -> onRemove.accept(goal));
        Button keep = new Button(messages.get("goals.removeKeep"));
        keep.getStyleClass().add(Styles.SMALL);
        yes.setMinWidth(Region.USE_PREF_SIZE);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        question.setMinWidth(0);
        HBox confirm = new HBox(8, question, yes, keep);
        confirm.setAlignment(Pos.CENTER_LEFT);
        confirm.getStyleClass().add("goal-remove-box");
        keep.setOnAction(event -> row.getChildren().remove(confirm));
        row.getChildren().stream().filter(node -> node.getStyleClass().contains("goal-remove-box")).findFirst()
                .ifPresent(row.getChildren()::remove);
        row.getChildren().add(confirm);
        keep.requestFocus();
    }

    private static Button iconButton(FontIcon icon, String tip) {
        Button button = new Button(null, icon);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        return button;
    }
}
