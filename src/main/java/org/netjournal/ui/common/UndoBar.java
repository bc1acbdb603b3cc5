package org.netjournal.ui.common;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.i18n.Messages;

/**
 * The bar that follows a delete without a question ("The session of … was deleted. [Undo] [×]"), for
 * {@value #SECONDS} seconds or until the next delete; Undo gives back what the last delete took. Deleting stays
 * one click and is never the default of a question, because it can be taken back here.
 */
public final class UndoBar {

    static final int SECONDS = 10;

    private final HBox root = new HBox(10);
    private final Label text = new Label();
    private final PauseTransition timer = new PauseTransition(Duration.seconds(SECONDS));
    private Runnable undo;

    /** @param id the bar's id; its text is {@code <id>Text}, its button {@code <id>Button} */
    public UndoBar(Messages messages, String id) {
        text.setWrapText(true);
        text.setId(id + "Text");
        Button undoButton = new Button(messages.get("undo.button"), new FontIcon(Material2OutlinedMZ.UNDO));
        undoButton.setId(id + "Button");
        undoButton.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        undoButton.setOnAction(event -> undo());
        Button close = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setAccessibleText(messages.get("undo.dismiss"));
        close.setOnAction(event -> hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().setAll(new FontIcon(Material2OutlinedAL.DELETE_OUTLINE), text, spacer, undoButton, close);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 8, 6, 12));
        root.getStyleClass().addAll(Styles.BG_ACCENT_SUBTLE, Styles.BORDER_DEFAULT);
        root.setStyle("-fx-border-width: 1 0 0 0;");
        root.setId(id);
        root.managedProperty().bind(root.visibleProperty());
        root.setVisible(false);
        timer.setOnFinished(event -> hide());
    }

    public Region root() {
        return root;
    }

    /** Says what was deleted ({@code said}) and offers {@code undo} until the time is up or the next delete. */
    public void offer(String said, Runnable undo) {
        this.undo = undo;
        text.setText(said);
        root.setVisible(true);
        timer.playFromStart();
    }

    private void undo() {
        Runnable giveBack = undo;
        hide();
        if (giveBack != null) {
            giveBack.run();
        }
    }

    /** Puts the bar away; what was deleted stays deleted. */
    public void hide() {
        timer.stop();
        root.setVisible(false);
        undo = null;
    }
}
