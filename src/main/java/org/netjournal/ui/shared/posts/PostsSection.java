package org.netjournal.ui.shared.posts;

import java.util.Objects;
import org.netjournal.ui.models.PostsModel;
import org.netjournal.ui.models.UnsentLines;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.netjournal.domain.Network;
import org.netjournal.ui.common.NetworkToggles;
import org.netjournal.domain.Post;
import org.netjournal.domain.PostStatus;
import org.netjournal.i18n.DateTimeTexts;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.common.DateFields;
import org.netjournal.ui.common.UndoBar;

/**
 * Step 6's post planner: ideas, drafts and posted posts with their networks, date, link and "relates to my goal".
 * Typed text goes through the autosave; a choice is written at once. Marking a post posted without a date dates
 * it today, so it counts in this week's posting goals. A new idea typed and not added yet is kept like typed text.
 */
public final class PostsSection {

    private final PostsModel model;
    private final Messages messages;
    private final DateTimeTexts dates;
    private final VBox root = new VBox(8);
    private final TextField newIdea = new TextField();
    private final ListView<Post> list = new ListView<>();
    private final VBox editor = new VBox(8);
    private final TextArea text = new TextArea();
    private final ComboBox<PostStatus> status = new ComboBox<>();
    private final Map<Network, ToggleButton> networks = new EnumMap<>(Network.class);
    private final DatePicker date = new DatePicker();
    private final TextField link = new TextField();
    private final CheckBox relates = new CheckBox();
    private final UndoBar undoBar;
    /** The post being edited, as typed; null when none is selected. */
    private Post current;
    private boolean showing;
    private boolean deleting;

    /** @param unsent keeps the new idea as typed until it is added (also across restarts) */
    public PostsSection(PostsModel model, Messages messages, UnsentLines unsent) {
        this.model = model;
        this.messages = messages;
        this.dates = new DateTimeTexts(messages);
        this.undoBar = new UndoBar(messages, "postUndoBar");
        build();
        unsent.keep(newIdea, UnsentLines.Box.POST_IDEA);
    }

    public Region root() {
        return root;
    }

    private void build() {
        root.setId("postsSection");
        Label title = new Label(messages.get("posts.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(messages.get("posts.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        newIdea.setId("newPostIdea");
        newIdea.setPromptText(messages.get("posts.newIdeaPrompt"));
        HBox.setHgrow(newIdea, Priority.ALWAYS);
        Button add = new Button(messages.get("posts.addIdea"));
        add.setId("addPostIdea");
        add.setOnAction(event -> addIdea());
        newIdea.setOnAction(event -> addIdea());
        HBox addRow = new HBox(8, newIdea, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        list.setId("postsList");
        list.setItems(model.posts());
        list.setPrefHeight(150);
        list.setPlaceholder(new Label(messages.get("posts.empty")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Post post, boolean empty) {
                super.updateItem(post, empty);
                setText(empty || post == null ? null : line(post));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, post) -> show(post));

        buildEditor();
        root.getChildren().addAll(title, hint, addRow, list, undoBar.root(), editor);
    }

    private void buildEditor() {
        text.setId("postText");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.setPromptText(messages.get("posts.textPrompt"));
        text.textProperty().addListener((obs, was, typed) -> typed(current == null ? null : current.withText(typed)));

        status.setId("postStatus");
        status.getItems().setAll(PostStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(PostStatus value) {
                return value == null ? "" : statusName(value);
            }

            @Override
            public PostStatus fromString(String string) {
                return null;
            }
        });
        status.valueProperty().addListener((obs, was, chosen) -> {
            if (current != null && chosen != null && chosen != current.status()) {
                Post changed = current.withStatus(chosen);
                if (chosen == PostStatus.POSTED && changed.date() == null) {
                    changed = changed.withDate(LocalDate.now());
                    date.setValue(changed.date());
                }
                chose(changed);
            }
        });
        FlowPane networkRow = new FlowPane(6, 6);
        for (Network network : Network.values()) {
            ToggleButton toggle = new ToggleButton(messages.get("network." + network.code()));
            toggle.setId("post-network-" + network.code());
            toggle.getStyleClass().add(Styles.SMALL);
            toggle.selectedProperty().addListener((obs, was, is) -> {
                if (current != null && !showing) {
                    chose(current.withNetworks(chosenNetworks()));
                }
            });
            networks.put(network, toggle);
            networkRow.getChildren().add(toggle);
        }
        date.setId("postDate");
        DateFields.use(date, messages);
        date.setPrefWidth(150);
        date.valueProperty().addListener((obs, was, day) -> {
            if (current != null && !showing && !Objects.equals(day, current.date())) {
                chose(current.withDate(day));
            }
        });
        link.setId("postLink");
        link.setPromptText(messages.get("posts.linkPrompt"));
        HBox.setHgrow(link, Priority.ALWAYS);
        link.textProperty().addListener((obs, was, typed) -> typed(current == null ? null : current.withLink(typed)));
        relates.setId("postRelates");
        relates.setText(messages.get("posts.relatesToGoal"));
        relates.selectedProperty().addListener((obs, was, is) -> {
            if (current != null && !showing && is != current.relatesToGoal()) {
                chose(current.withRelatesToGoal(is));
            }
        });
        Button delete = new Button(messages.get("posts.delete"));
        delete.setId("deletePost");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> deleteCurrent());

        HBox statusRow = new HBox(8, status, date, relates);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        HBox linkRow = new HBox(8, link, delete);
        linkRow.setAlignment(Pos.CENTER_LEFT);
        editor.getChildren().setAll(text, statusRow, networkRow, linkRow);
        editor.managedProperty().bind(editor.visibleProperty());
        editor.setVisible(false);
    }

    /** "Posted · Recap of the meetup · LinkedIn, Xing · 24 Nov 2026 · goal". */
    private String line(Post post) {
        StringBuilder line = new StringBuilder(statusName(post.status())).append(" \u00b7 ");
        line.append(post.title().isEmpty() ? messages.get("posts.untitled") : post.title());
        if (!post.networks().isEmpty()) {
            line.append(" \u00b7 ").append(String.join(", ", post.networks().stream()
                    .map(network -> messages.get("network." + network.code())).toList()));
        }
        if (post.date() != null) {
            line.append(" \u00b7 ").append(dates.date(post.date()));
        }
        if (post.relatesToGoal()) {
            line.append(" \u00b7 ").append(messages.get("posts.goalMark"));
        }
        return line.toString();
    }

    private String statusName(PostStatus value) {
        return switch (value) {
            case IDEA -> messages.get("posts.status.idea");
            case DRAFT -> messages.get("posts.status.draft");
            case POSTED -> messages.get("posts.status.posted");
        };
    }

    private Set<Network> chosenNetworks() {
        return NetworkToggles.chosen(networks);
    }

    private void addIdea() {
        String typed = newIdea.getText().strip();
        if (typed.isEmpty()) {
            return;
        }
        model.save(Post.idea(typed), saved -> {
            if (newIdea.getText().strip().equals(typed)) { // words typed on while it was saved stay
                newIdea.clear(); // and with it the unsent line in the file
            }
            list.getSelectionModel().select(saved);
        });
    }

    private void show(Post post) {
        if (current != null && (post == null ? stillListed(current.id()) : post.id() == current.id())) {
            // the same post stored again (the list replaced its row): the fields are as new as it, or newer
            return;
        }
        model.flushEdits();
        current = null;
        showing = true;
        try {
            editor.setVisible(post != null);
            if (post != null) {
                text.setText(post.text());
                status.setValue(post.status());
                networks.forEach((network, toggle) -> toggle.setSelected(post.networks().contains(network)));
                date.setValue(post.date());
                link.setText(post.link());
                relates.setSelected(post.relatesToGoal());
            }
        } finally {
            showing = false;
        }
        current = post;
    }

    private boolean stillListed(long id) {
        return model.posts().stream().anyMatch(post -> post.id() == id) && !deleting;
    }

    /** Typed text: through the autosave (debounced, with a maximum wait). */
    private void typed(Post changed) {
        if (changed == null || showing) {
            return;
        }
        current = changed;
        model.edited(changed, saved -> list.refresh());
    }

    /** A choice: the whole post as it stands, written now (after any text still waiting, in one write). */
    private void chose(Post changed) {
        current = changed;
        model.edited(changed, saved -> list.refresh());
        model.flushEdits();
    }

    /** Deletes at once, without a question: the bar below the list gives the post back for a few seconds. */
    private void deleteCurrent() {
        if (current == null) {
            return;
        }
        long id = current.id();
        deleting = true;
        try {
            list.getSelectionModel().clearSelection();
        } finally {
            deleting = false;
        }
        model.delete(id, deleted -> undoBar.offer(messages.format("posts.deleted", deleted.title().isEmpty()
                ? messages.get("posts.untitled") : deleted.title()),
                () -> model.undelete(deleted, saved -> list.getSelectionModel().select(saved))));
    }
}
