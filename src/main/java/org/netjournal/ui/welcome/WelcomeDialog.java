package org.netjournal.ui.welcome;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.StepDefinition;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.FirstStart;
import org.netjournal.ui.common.TabTraversal;
import org.netjournal.ui.models.StepEditor;
import org.netjournal.ui.models.StepModel;
import org.netjournal.ui.theme.Theme;
import org.netjournal.ui.common.DialogWindows;

/**
 * The first-start welcome: three short pages in a modal window over the main window, skippable on every page
 * (Skip, Esc or the window's close button), with Back/Next and progress dots; Enter goes on.
 *
 * <p>The "why" on the last page is step 1's notes itself: typing writes to the step model, whose autosave
 * stores it, so nothing typed is lost by switching the language (which rebuilds these pages), by skipping or by
 * quitting. Closing with a why ticks step 1's "write down your why" item, so step 1's progress shows it.
 */
public final class WelcomeDialog {

    /** What the welcome asks of the application, which owns the settings and the main window. */
    public interface Host {
        /** Switches the app and the window behind to {@code language}; the welcome switches itself. */
        void changeLanguage(Language language);

        void changeTheme(Theme theme);

        /** The welcome was finished or skipped (never called when the app quit under it). */
        void closed(FirstStart.Outcome outcome, boolean wroteWhy);
    }

    static final int PAGE_COUNT = 3;
    private static final double WIDTH = 660;
    private static final double HEIGHT = 600;
    private static final String STYLESHEET = WelcomeDialog.class.getResource("welcome-dialog.css").toExternalForm();

    private final Stage stage = new Stage();
    private final Window owner;
    private final Path journalFile;
    private final StepEditor steps;
    private final Host host;
    private final BorderPane root = new BorderPane();
    private final ChangeListener<Boolean> ownerClosing;
    private Messages messages;
    private Theme theme;
    private int page;
    private boolean closed;
    private TextArea whyArea;
    private Button next;

    public WelcomeDialog(Window owner, Language language, Theme theme, Path journalFile, StepEditor steps,
                         Host host) {
        this.owner = owner;
        this.messages = new Messages(language);
        this.theme = theme;
        this.journalFile = journalFile;
        this.steps = steps;
        this.host = host;

        root.setId("welcome");
        root.getStyleClass().add("welcome");
        root.setPrefSize(WIDTH, HEIGHT);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        stage.setScene(scene);
        DialogWindows.prepare(stage, owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setResizable(false);
        if (owner instanceof Stage ownerStage) {
            stage.getIcons().setAll(ownerStage.getIcons());
        }
        // the app may quit under the welcome (the start-up probe does): go with it, recording nothing
        ownerClosing = (obs, was, showing) -> {
            if (!showing) {
                closed = true;
                stage.close();
            }
        };
        stage.setOnCloseRequest(event -> {
            event.consume();
            if (owner.isShowing()) {
                close(FirstStart.Outcome.SKIPPED); // the window's own close button means "not now" too
            } else {
                ownerClosing.changed(owner.showingProperty(), true, false);
            }
        });
        owner.showingProperty().addListener(ownerClosing);
        render();
    }

    public void show() {
        stage.show();
        stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - stage.getWidth()) / 2));
        stage.setY(owner.getY() + Math.max(0, (owner.getHeight() - stage.getHeight()) / 3));
        stage.toFront();
        focusPage();
    }

    /** Builds the window from the current texts, on the current page (again after a language switch). */
    private void render() {
        stage.setTitle(messages.get("welcome.windowTitle"));
        WelcomePages pages = new WelcomePages(messages);
        Region content = switch (page) {
            case 0 -> pages.intro();
            case 1 -> pages.yourData(journalFile, messages.language(), theme, this::chooseLanguage,
                    this::chooseTheme);
            default -> pages.firstStep(whyArea());
        };
        StackPane body = new StackPane(content);
        StackPane.setAlignment(content, Pos.TOP_LEFT);
        body.getStyleClass().add("welcome-body");
        root.setCenter(body);
        root.setBottom(footer());
    }

    /** A fresh area showing step 1's notes; what is typed goes straight into the step model (and its autosave). */
    private TextArea whyArea() {
        StepModel first = steps.step(1);
        whyArea = new TextArea(first.notesProperty().get());
        whyArea.textProperty().addListener((obs, old, text) -> first.notesProperty().set(text));
        TabTraversal.install(whyArea);
        whyArea.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                steps.flushNotes();
            }
        });
        return whyArea;
    }

    private Region footer() {
        Button skip = new Button(messages.get("welcome.skip"));
        skip.setId("welcomeSkip");
        skip.getStyleClass().add(Styles.FLAT);
        skip.setTooltip(new Tooltip(messages.get("welcome.skipHint")));
        skip.setOnAction(event -> close(FirstStart.Outcome.SKIPPED));

        Button back = new Button(messages.get("welcome.back"), new FontIcon(Material2OutlinedAL.ARROW_BACK));
        back.setId("welcomeBack");
        back.setVisible(page > 0); // keeps its place, so Next does not jump around
        back.setOnAction(event -> go(page - 1));

        boolean last = page == PAGE_COUNT - 1;
        next = new Button(messages.get(last ? "welcome.finish" : "welcome.next"),
                new FontIcon(last ? Material2OutlinedAL.CHECK : Material2OutlinedAL.ARROW_FORWARD));
        next.setId("welcomeNext");
        next.getStyleClass().add(Styles.ACCENT);
        next.setContentDisplay(last ? ContentDisplay.LEFT : ContentDisplay.RIGHT); // the arrow points onwards
        next.setDefaultButton(true);
        next.setOnAction(event -> {
            if (last) {
                close(FirstStart.Outcome.FINISHED);
            } else {
                go(page + 1);
            }
        });

        HBox dots = new HBox(8);
        dots.setId("welcomeDots");
        dots.setAlignment(Pos.CENTER);
        for (int i = 0; i < PAGE_COUNT; i++) {
            Region dot = new Region();
            dot.getStyleClass().add("welcome-dot");
            if (i == page) {
                dot.getStyleClass().add("current");
            }
            dots.getChildren().add(dot);
        }
        dots.setAccessibleText(messages.format("welcome.progress", page + 1, PAGE_COUNT));
        dots.setFocusTraversable(false);

        for (Button button : new Button[] {skip, back, next}) {
            button.setMinWidth(Region.USE_PREF_SIZE); // German labels are longer: never cut them
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, skip, gap, back, next);
        buttons.setAlignment(Pos.CENTER);
        dots.setMouseTransparent(true);
        // the dots sit in the middle of the window, whatever the buttons' widths
        StackPane footer = new StackPane(buttons, dots);
        footer.getStyleClass().add("welcome-footer");
        return footer;
    }

    private void go(int target) {
        page = Math.max(0, Math.min(PAGE_COUNT - 1, target));
        render();
        focusPage();
    }

    private void focusPage() {
        if (page == PAGE_COUNT - 1 && whyArea != null) {
            whyArea.requestFocus();
            whyArea.positionCaret(whyArea.getLength());
        } else {
            next.requestFocus();
        }
    }

    private void chooseLanguage(Language language) {
        if (language == messages.language()) {
            return;
        }
        steps.flushNotes();
        host.changeLanguage(language);
        messages = new Messages(language);
        render();
        // keep the keyboard where it was: on the language just chosen
        Optional.ofNullable(root.lookup("#welcomeLanguage-" + language.code())).ifPresent(Node::requestFocus);
    }

    private void chooseTheme(Theme chosen) {
        if (chosen == theme) {
            return;
        }
        theme = chosen;
        host.changeTheme(chosen);
    }

    /** Esc skips; Enter goes on (Shift+Enter is a line break in the why). A focused button keeps its own Enter. */
    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            event.consume();
            close(FirstStart.Outcome.SKIPPED);
        } else if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            Node focused = stage.getScene().getFocusOwner();
            if (event.isShiftDown() && focused == whyArea && whyArea != null) {
                whyArea.replaceSelection("\n");
            } else if (focused instanceof ButtonBase button && !(button instanceof ToggleButton)) {
                button.fire();
            } else {
                next.fire();
            }
        }
    }

    private void close(FirstStart.Outcome outcome) {
        if (closed) {
            return;
        }
        closed = true;
        owner.showingProperty().removeListener(ownerClosing);
        boolean wroteWhy = tickWhyIfWritten();
        stage.close();
        host.closed(outcome, wroteWhy);
    }

    /** Step 1 is done when the why is written down: tick its item, and save the words now rather than later. */
    private boolean tickWhyIfWritten() {
        StepModel first = steps.step(1);
        String why = first.notesProperty().get();
        if (why == null || why.isBlank()) {
            return false;
        }
        String whyItem = StepDefinition.WHY_IT_MATTERS.builtInItemKeys().get(0);
        for (ChecklistItem item : first.items()) {
            if (whyItem.equals(item.builtInKey()) && !item.checked()) {
                steps.setChecked(first, item, true);
                break;
            }
        }
        steps.flushNotes();
        return true;
    }
}
