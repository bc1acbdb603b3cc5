package org.netjournal.ui.shared;

import atlantafx.base.theme.Styles;
import java.util.Comparator;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSummary;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.models.ContactsModel;

/** Step 5's strategy link: the target contacts with their comfort stage, and adding one in a click. */
public final class TargetContactsSection {

    private final VBox root = new VBox(8);

    public TargetContactsSection(ContactsModel model, Messages messages, Runnable openContacts) {
        ContactLabels labels = new ContactLabels(messages);
        Label title = new Label(messages.get("step5.targets"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(messages.get("step5.targetsHint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);

        SortedList<ContactSummary> byStage = new SortedList<>(model.contacts(),
                Comparator.comparing(ContactSummary::stage).reversed()
                        .thenComparing(ContactSummary::fullName, String.CASE_INSENSITIVE_ORDER));
        ListView<ContactSummary> list = new ListView<>(byStage);
        list.setId("targetContacts");
        list.setFixedCellSize(34);
        list.setPrefHeight(34 * 5 + 4);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ContactSummary row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(row.fullName());
                HBox.setHgrow(name, Priority.ALWAYS);
                name.setMaxWidth(Double.MAX_VALUE);
                Label stage = new Label(labels.stage(row.stage()));
                stage.getStyleClass().addAll(Styles.TEXT_SMALL, "state-chip");
                HBox line = new HBox(8, name, stage);
                line.setAlignment(Pos.CENTER_LEFT);
                setGraphic(line);
            }
        });
        Label empty = new Label(messages.get("step5.noTargets"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        Runnable resize = () -> list.setPrefHeight(34 * Math.max(2, Math.min(6, byStage.size())) + 4);
        byStage.addListener((ListChangeListener<ContactSummary>) change -> resize.run());
        resize.run();

        TextField name = new TextField();
        name.setId("targetName");
        name.setPromptText(messages.get("step5.namePrompt"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(messages.get("step5.add"), new FontIcon(Material2OutlinedMZ.PERSON_ADD));
        add.setId("addTarget");
        add.disableProperty().bind(name.textProperty().isEmpty());
        Runnable addTarget = () -> {
            String full = name.getText().strip();
            if (full.isEmpty()) {
                return;
            }
            int space = full.lastIndexOf(' ');
            String first = space > 0 ? full.substring(0, space) : full;
            String last = space > 0 ? full.substring(space + 1) : "";
            model.save(Contact.named(first, last), null, saved -> { });
            name.clear();
        };
        add.setOnAction(event -> addTarget.run());
        name.setOnAction(event -> addTarget.run());
        Hyperlink open = new Hyperlink(messages.get("step5.openContacts"));
        open.setOnAction(event -> openContacts.run());
        HBox addRow = new HBox(8, name, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(new VBox(2, title, hint), list, addRow, open);
    }

    public Region root() {
        return root;
    }
}
