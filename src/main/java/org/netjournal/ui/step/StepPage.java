package org.netjournal.ui.step;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.netjournal.domain.StepState;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netjournal.ui.common.PageLayout;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.ChecklistItem;
import org.netjournal.domain.StepDefinition;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.common.TabTraversal;
import org.netjournal.ui.models.StepModel;
import org.netjournal.ui.models.StepEditor;
import org.netjournal.ui.shared.StepIcons;

/** The editor for one step: guidance, the "done when" checklist, the state and the notes. */
public final class StepPage {

    private final StepModel step;
    private final StepEditor editor;
    private final Messages messages;
    private final ScrollPane root = new ScrollPane();
    private final VBox checklist = new VBox(4);
    private final TextArea notes = new TextArea();
    /** The notes' title, writing prompt and field: what Ctrl+1…7 brings into view. */
    private Region notesSection;

    public StepPage(StepModel step, StepEditor editor, Messages messages) {
        this(step, editor, messages, null);
    }

    /** {@code extra}: what belongs to this step from another area (e.g. step 5's target contacts), or null. */
    public StepPage(StepModel step, StepEditor editor, Messages messages, Region extra) {
        this.step = step;
        this.editor = editor;
        this.messages = messages;

        VBox content = new VBox(22, header(), guidance(), checklistSection());
        if (extra != null) {
            content.getChildren().add(extra);
        }
        notesSection = notesSection();
        content.getChildren().add(notesSection);
        content.getStyleClass().add("step-page");
        PageLayout.centre(root, content, 820);
        root.setId("stepPage" + step.number());
    }

    public Region root() {
        return root;
    }

    public TextArea notesArea() {
        return notes;
    }

    public void focusNotes() {
        if (root.getScene() != null) {
            // a ScrollPane attaches its content only once its skin exists; create and lay it out now to focus at
            // once and to know where the notes are
            root.applyCss();
            root.layout();
        }
        notes.requestFocus();
        notes.positionCaret(notes.getLength());
        keepNotesInView();
    }

    /**
     * Brings the notes into view, and keeps them there while the page settles: its pane is laid out on the next
     * pulse, and the step's sessions and goals arrive from storage afterwards and push the notes down.
     */
    private void keepNotesInView() {
        InvalidationListener reveal = changed -> revealNotes();
        root.viewportBoundsProperty().addListener(reveal);
        notesSection.boundsInParentProperty().addListener(reveal);
        revealNotes();
        PauseTransition settle = new PauseTransition(Duration.seconds(2));
        Runnable end = () -> {
            settle.stop();
            root.viewportBoundsProperty().removeListener(reveal);
            notesSection.boundsInParentProperty().removeListener(reveal);
        };
        settle.setOnFinished(done -> end.run());
        settle.play();
        // the user scrolling or leaving the notes ends it at once
        root.addEventFilter(ScrollEvent.SCROLL, event -> end.run());
        notes.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                end.run();
            }
        });
    }

    /** Scrolls so the notes' title and writing prompt are at the top of the view, with the field below them. */
    private void revealNotes() {
        Node content = root.getContent();
        if (content == null || notesSection.getScene() == null) {
            return;
        }
        Bounds section = content.sceneToLocal(notesSection.localToScene(notesSection.getLayoutBounds()));
        double viewport = root.getViewportBounds().getHeight();
        double range = content.getLayoutBounds().getHeight() - viewport;
        if (range <= 0 || viewport <= 0) {
            return;
        }
        // the section's top at the top of the view: title, prompt and the field's first lines below it
        root.setVvalue(Math.max(0, Math.min(1, (section.getMinY() - 12) / range)));
    }

    private Region header() {
        StackPane iconTile = PageLayout.iconTile(StepIcons.of(step.definition()));

        Label overline = new Label(messages.format("step.overline", step.number(), StepDefinition.COUNT));
        overline.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
        Label title = new Label(messages.stepTitle(step.number()));
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        VBox titles = new VBox(2, overline, title);
        HBox.setHgrow(titles, Priority.ALWAYS);

        Label state = new Label();
        state.setId("stepState");
        state.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(step.stateKey()), step.stateBinding(), step.items()));
        FontIcon stateIcon = new FontIcon();
        stateIcon.iconCodeProperty().bind(Bindings.createObjectBinding(
                () -> StepIcons.of(step.state()), step.stateBinding()));
        state.setGraphic(stateIcon);
        state.getStyleClass().add("state-chip");
        step.stateBinding().addListener((obs, old, now) -> styleState(state));
        styleState(state);

        CheckBox markDone = new CheckBox(messages.get("step.markDone"));
        markDone.setId("markDone");
        // The box shows whether the step counts as done, never only the stored mark: ticked every item means
        // done, so the box is ticked too and cannot be unticked (untick an item instead).
        boolean[] showing = {false};
        Runnable showState = () -> {
            showing[0] = true;
            markDone.setSelected(step.state() == StepState.DONE);
            markDone.setDisable(step.doneByItems());
            showing[0] = false;
        };
        showState.run();
        markDone.selectedProperty().addListener((obs, old, selected) -> {
            if (!showing[0] && selected != step.markedDoneProperty().get()) {
                editor.setMarkedDone(step, selected);
            }
        });
        // the model outlives this page (a new one is built at each visit): listen weakly, held by the page's root
        InvalidationListener stateChanged = changed -> showState.run();
        root.getProperties().put("markDoneListener", stateChanged);
        step.stateBinding().addListener(new WeakInvalidationListener(stateChanged));
        step.items().addListener(new WeakInvalidationListener(stateChanged));
        markDone.setTooltip(new Tooltip(messages.get("step.markDoneHint")));

        VBox stateBox = new VBox(6, state, markDone);
        stateBox.setAlignment(Pos.CENTER_RIGHT);

        HBox header = new HBox(16, iconTile, titles, stateBox);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void styleState(Label state) {
        state.getStyleClass().removeAll("not-started", "in-progress", "done");
        state.getStyleClass().add(StepIcons.styleClass(step.state()));
    }

    private Region guidance() {
        Label text = new Label(messages.get("step." + step.number() + ".guidance"));
        text.setWrapText(true);
        text.getStyleClass().add("guidance-text");
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(text);
        box.getStyleClass().add("guidance");
        return box;
    }

    private Region checklistSection() {
        Label title = new Label(messages.get("step.doneWhen"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(messages.get("step.doneWhenHint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);

        checklist.setId("checklist");
        rebuildChecklist();
        step.items().addListener((ListChangeListener<ChecklistItem>) change -> rebuildChecklist());

        TextField newItem = new TextField();
        newItem.setId("newItemField");
        newItem.setPromptText(messages.get("step.addItemPrompt"));
        HBox.setHgrow(newItem, Priority.ALWAYS);
        Button add = new Button(messages.get("step.addItem"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId("addItemButton");
        add.disableProperty().bind(newItem.textProperty().isEmpty());
        Runnable addItem = () -> {
            if (!newItem.getText().isBlank()) {
                editor.addItem(step, newItem.getText());
                newItem.clear();
            }
        };
        add.setOnAction(event -> addItem.run());
        newItem.setOnAction(event -> addItem.run());
        HBox addRow = new HBox(8, newItem, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        addRow.setPadding(new Insets(6, 0, 0, 0));

        return new VBox(8, new VBox(2, title, hint), checklist, addRow);
    }

    private void rebuildChecklist() {
        // Rows are rebuilt from the model; keep keyboard focus on the same item across the rebuild.
        Object focusedItem = null;
        Node focusOwner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        for (Node node = focusOwner; node != null; node = node.getParent()) {
            if (node.getParent() == checklist) {
                focusedItem = node.getUserData();
                break;
            }
        }
        checklist.getChildren().setAll(step.items().stream().map(this::itemRow).toList());
        if (focusedItem != null) {
            for (Node row : checklist.getChildren()) {
                if (focusedItem.equals(row.getUserData())) {
                    ((HBox) row).getChildren().get(0).requestFocus();
                }
            }
        }
    }

    private Region itemRow(ChecklistItem item) {
        String label = item.isBuiltIn()
                ? messages.get("step." + step.number() + ".item." + item.builtInKey())
                : item.text();
        CheckBox box = new CheckBox(label);
        box.setSelected(item.checked());
        box.setWrapText(true);
        box.getStyleClass().add("checklist-item");
        box.selectedProperty().addListener((obs, old, selected) -> editor.setChecked(step, item, selected));
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(6, box);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("checklist-row");
        row.setUserData(item.id());
        if (item.isBuiltIn()) {
            return row;
        }

        Button rename = iconButton(new FontIcon(Material2OutlinedAL.EDIT), messages.get("step.renameItem"));
        Button remove = iconButton(new FontIcon(Material2OutlinedAL.DELETE), messages.get("step.removeItem"));
        remove.getStyleClass().add(Styles.DANGER);
        rename.setOnAction(event -> startRename(row, box, item));
        remove.setOnAction(event -> editor.removeItem(step, item));
        row.getChildren().addAll(rename, remove);
        return row;
    }

    private void startRename(HBox row, CheckBox box, ChecklistItem item) {
        TextField field = new TextField(item.text());
        field.setId("renameField");
        HBox.setHgrow(field, Priority.ALWAYS);
        int index = row.getChildren().indexOf(box);
        row.getChildren().set(index, field);
        field.requestFocus();
        field.selectAll();
        Runnable commit = () -> {
            if (field.getText().isBlank() || field.getText().strip().equals(item.text())) {
                row.getChildren().set(row.getChildren().indexOf(field), box); // nothing to save
            } else {
                editor.renameItem(step, item, field.getText()); // the list is rebuilt from the model
            }
        };
        field.setOnAction(event -> commit.run());
        field.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                row.getChildren().set(row.getChildren().indexOf(field), box);
                box.requestFocus();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && row.getChildren().contains(field)) {
                commit.run();
            }
        });
    }

    private Button iconButton(FontIcon icon, String tooltip) {
        Button button = new Button(null, icon);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        return button;
    }

    private Region notesSection() {
        Label title = new Label(messages.get("step.notes"));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setLabelFor(notes);
        notes.setId("notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(12);
        // on a tall window the notes take half of the view: room to write rather than empty space below
        root.viewportBoundsProperty().addListener((obs, old, view) ->
                notes.setMinHeight(Math.max(Region.USE_COMPUTED_SIZE, Math.floor(view.getHeight() * 0.5))));
        // the prompt stays readable while typing: a focused field hides its prompt text
        Label prompt = new Label(messages.get("step." + step.number() + ".notesPrompt"));
        prompt.getStyleClass().add("notes-prompt");
        prompt.setId("notesPrompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        notes.setText(step.notesProperty().get());
        notes.textProperty().addListener((obs, old, text) -> step.notesProperty().set(text));
        notes.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                editor.flushNotes(); // leaving the field saves at once, not only after the pause
            }
        });
        TabTraversal.install(notes);
        FontIcon autosave = new FontIcon(Material2OutlinedMZ.SAVE);
        Label hint = new Label(messages.get("step.notesHint"), autosave);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(8, title, prompt, notes, hint);
    }
}
