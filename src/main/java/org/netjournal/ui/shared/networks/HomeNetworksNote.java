package org.netjournal.ui.shared.networks;

import org.netjournal.ui.models.MyNetworksModel;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.MyNetwork;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.shared.coach.NudgeControls;

/**
 * Home's line about the user's networks ("Your networks: LinkedIn · Xing", a link to step 2) and, when a privacy
 * review is older than six months, a gentle reminder that can be hidden for a week or turned off, as every nudge. Nothing is
 * shown while no network is chosen: step 2 is the place to start, and the next-step card already says so.
 */
public final class HomeNetworksNote {

    private final VBox root = new VBox(6);
    private final MyNetworksModel model;
    private final Messages messages;
    private final Runnable openStepTwo;
    private final Runnable openStepThree;
    private final InvalidationListener refresh = changed -> refresh();

    public HomeNetworksNote(MyNetworksModel model, Messages messages, Runnable openStepTwo, Runnable openStepThree) {
        this.model = model;
        this.messages = messages;
        this.openStepTwo = openStepTwo;
        this.openStepThree = openStepThree;
        root.setId("homeNetworks");
        root.getProperties().put(HomeNetworksNote.class, this);
        WeakInvalidationListener weak = new WeakInvalidationListener(refresh);
        model.all().addListener(weak);
        model.reminderProperty().addListener(weak);
        refresh();
    }

    public Region root() {
        return root;
    }

    /** Shown again ("today" may have moved on). */
    public void refresh() {
        root.getChildren().clear();
        List<MyNetwork> chosen = model.all().stream().filter(MyNetwork::chosen).toList();
        root.setVisible(!chosen.isEmpty());
        root.setManaged(!chosen.isEmpty());
        if (chosen.isEmpty()) {
            return;
        }
        Label mine = new Label(messages.format("home.networks.mine", chosen.stream()
                .map(network -> MyNetworksModel.name(network, messages)).collect(Collectors.joining(" \u00b7 "))));
        mine.setId("homeNetworksMine");
        mine.setWrapText(true);
        Hyperlink edit = new Hyperlink(messages.get("home.networks.edit"));
        edit.setId("homeNetworksEdit");
        edit.setOnAction(event -> openStepTwo.run());
        HBox line = new HBox(8, new FontIcon(Material2OutlinedMZ.PUBLIC), mine, edit);
        line.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().add(line);

        List<MyNetwork> due = model.reviewsToMention(LocalDate.now());
        if (!due.isEmpty()) {
            root.getChildren().add(reminder(due));
        }
    }

    private Region reminder(List<MyNetwork> due) {
        Label text = new Label(messages.format("home.networks.reviewDue", due.stream()
                .map(network -> MyNetworksModel.name(network, messages)).collect(Collectors.joining(", "))),
                new FontIcon(Material2OutlinedMZ.SECURITY));
        text.setId("homeReviewReminder");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button review = new Button(messages.get("home.networks.review"));
        review.setId("homeReviewOpen");
        review.getStyleClass().add(Styles.SMALL);
        review.setOnAction(event -> openStepThree.run());
        // quieted like every other nudge: for a week, or off (the same switch as in Settings → Coach)
        HBox quiet = NudgeControls.of(() -> model.snoozeReminder(LocalDate.now()), () -> model.setReminderOn(false),
                messages, "homeReview");
        FlowPane buttons = new FlowPane(6, 6, review, quiet);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, text, buttons);
        box.getStyleClass().add("timeline-row");
        return box;
    }
}
