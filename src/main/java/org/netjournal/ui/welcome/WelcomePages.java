package org.netjournal.ui.welcome;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.StepDefinition;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.theme.Theme;

/**
 * The welcome's three pages, built from the current texts: what NetJournal is, where the journal lives (with the
 * language and theme choice), and the first tiny action. Plain builders; {@link WelcomeDialog} decides which
 * one shows and rebuilds them when the language changes.
 */
final class WelcomePages {

    private final Messages messages;

    WelcomePages(Messages messages) {
        this.messages = messages;
    }

    /** Page 1: a warm hello and the idea of seven small steps. */
    Region intro() {
        Image image = new Image(WelcomePages.class.getResource("/org/netjournal/icons/netjournal-128.png")
                .toExternalForm());
        ImageView icon = new ImageView(image);
        icon.setFitWidth(88);
        icon.setFitHeight(88);
        icon.setSmooth(true);

        GridPane steps = new GridPane();
        steps.getStyleClass().add("welcome-steps");
        steps.setHgap(18);
        steps.setVgap(8);
        int half = (StepDefinition.COUNT + 1) / 2;
        for (StepDefinition step : StepDefinition.values()) {
            Label number = new Label(Integer.toString(step.number()));
            number.getStyleClass().add("welcome-step-number");
            Label title = new Label(messages.stepTitle(step.number()), number);
            title.setGraphicTextGap(8);
            int index = step.number() - 1;
            steps.add(title, index / half, index % half);
        }

        return page("welcomeIntro", centredHeader(icon, messages.get("welcome.intro.title")),
                text(messages.get("welcome.intro.lead"), "welcome-lead"),
                text(messages.get("welcome.intro.text"), null),
                steps,
                text(messages.get("welcome.intro.pace"), Styles.TEXT_MUTED));
    }

    /** Page 2: the journal is a private file on this computer; language and look. */
    Region yourData(Path journalFile, Language language, Theme theme, Consumer<Language> onLanguage,
                    Consumer<Theme> onTheme) {
        TextField path = new TextField(journalFile.toString());
        path.setId("welcomeJournalPath");
        path.setEditable(false); // selectable, so it can be copied, but it is not a setting
        path.setFocusTraversable(false);
        HBox.setHgrow(path, Priority.ALWAYS);
        VBox fileFact = new VBox(6, wrapped(messages.get("welcome.data.file")), path);

        VBox facts = new VBox(14,
                fact(Material2OutlinedAL.LOCK, wrapped(messages.get("welcome.data.private"))),
                fact(Material2OutlinedAL.FOLDER_OPEN, fileFact),
                fact(Material2OutlinedAL.BACKUP, wrapped(messages.get("welcome.data.backups"))));

        ToggleGroup languages = new ToggleGroup();
        HBox languageButtons = segmented(languages);
        for (Language option : Language.values()) {
            ToggleButton button = choice(languages, messages.get("language." + option.code()), null,
                    option == language, () -> onLanguage.accept(option));
            button.setId("welcomeLanguage-" + option.code());
            languageButtons.getChildren().add(button);
        }
        ToggleGroup themes = new ToggleGroup();
        HBox themeButtons = segmented(themes);
        for (Theme option : Theme.values()) {
            ToggleButton button = choice(themes, themeLabel(option), new FontIcon(themeIcon(option)),
                    option == theme, () -> onTheme.accept(option));
            button.setId("welcomeTheme-" + option.code());
            themeButtons.getChildren().add(button);
        }
        pill(languageButtons);
        pill(themeButtons);

        GridPane choices = new GridPane();
        choices.setHgap(16);
        choices.setVgap(10);
        choices.addRow(0, choiceLabel(Material2OutlinedMZ.TRANSLATE, messages.get("menu.language")), languageButtons);
        choices.addRow(1, choiceLabel(Material2OutlinedMZ.PALETTE, messages.get("menu.theme")), themeButtons);
        choices.getStyleClass().add("welcome-choices");

        return page("welcomeData", header(Material2OutlinedMZ.PRIVACY_TIP, messages.get("welcome.data.title")),
                facts, choices, text(messages.get("welcome.data.later"), Styles.TEXT_MUTED));
    }

    /** Page 3: the why for step 1, typed into {@code whyArea} (which writes it to step 1's notes). */
    Region firstStep(TextArea whyArea) {
        whyArea.setId("welcomeWhy");
        whyArea.setWrapText(true);
        whyArea.setPrefRowCount(8);
        whyArea.setPromptText(messages.get("welcome.why.prompt"));
        Label label = wrapped(messages.get("welcome.why.question"));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setLabelFor(whyArea);
        FontIcon saved = new FontIcon(Material2OutlinedMZ.SAVE);
        Label hint = new Label(messages.get("welcome.why.hint"), saved);
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return page("welcomeWhyPage", header(Material2OutlinedAL.EDIT, messages.get("welcome.why.title")),
                text(messages.get("welcome.why.text"), null), new VBox(8, label, whyArea, hint));
    }

    /**
     * The label of a theme. A switch without a default on purpose: a new theme (e.g. one that follows the
     * system) does not compile until it has its label and icon here.
     */
    private String themeLabel(Theme theme) {
        return switch (theme) {
            case SYSTEM -> messages.get("settings.theme.system");
            case LIGHT -> messages.get("menu.theme.light");
            case DARK -> messages.get("menu.theme.dark");
        };
    }

    private static Ikon themeIcon(Theme theme) {
        return switch (theme) {
            case SYSTEM -> Material2OutlinedMZ.SETTINGS_BRIGHTNESS;
            case LIGHT -> Material2OutlinedMZ.WB_SUNNY;
            case DARK -> Material2OutlinedMZ.NIGHTS_STAY;
        };
    }

    private static VBox page(String id, Node... children) {
        VBox page = new VBox(18, children);
        page.setId(id);
        page.getStyleClass().add("welcome-page");
        page.setFillWidth(true);
        return page;
    }

    private static Node centredHeader(ImageView icon, String title) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_1, "welcome-title");
        heading.setWrapText(true);
        VBox header = new VBox(10, icon, heading);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static Node header(Ikon ikon, String title) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("welcome-page-icon");
        StackPane tile = new StackPane(icon);
        tile.getStyleClass().add("welcome-icon-tile");
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_1, "welcome-title");
        heading.setWrapText(true);
        HBox header = new HBox(16, tile, heading);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static Label text(String value, String styleClass) {
        Label label = wrapped(value);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    private static Label wrapped(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE); // never cut a line off; the page is sized for the longest text
        return label;
    }

    private static Node fact(Ikon ikon, Region content) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("welcome-fact-icon");
        HBox.setHgrow(content, Priority.ALWAYS);
        HBox row = new HBox(12, icon, content);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private static Label choiceLabel(Ikon ikon, String text) {
        Label label = new Label(text, new FontIcon(ikon));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static HBox segmented(ToggleGroup group) {
        HBox box = new HBox();
        box.setAlignment(Pos.CENTER_LEFT);
        // a choice stays chosen: clicking the selected button again must not leave the group empty
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                group.selectToggle(old);
            }
        });
        return box;
    }

    private static ToggleButton choice(ToggleGroup group, String text, Node graphic, boolean selected,
                                       Runnable onChosen) {
        ToggleButton button = new ToggleButton(text, graphic);
        button.setToggleGroup(group);
        button.setSelected(selected);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> {
            if (button.isSelected()) {
                onChosen.run();
            }
        });
        return button;
    }

    /** AtlantaFX's segmented look: the first and last buttons are rounded on the outside only. */
    private static void pill(HBox buttons) {
        List<Node> children = buttons.getChildren();
        for (int i = 0; i < children.size(); i++) {
            children.get(i).getStyleClass().add(i == 0 ? Styles.LEFT_PILL
                    : i == children.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
        }
    }
}
