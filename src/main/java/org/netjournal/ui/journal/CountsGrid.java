package org.netjournal.ui.journal;

import java.util.TreeMap;
import javafx.scene.Node;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.Network;
import org.netjournal.domain.SessionCounts;
import org.netjournal.i18n.Messages;
import org.netjournal.i18n.JournalTexts;

/**
 * The session entry's counts: one row of spinners (one per action kind) while the session is on one network or
 * none, and a small grid, one row per chosen network, once it is on several, so that each network gets what was
 * done there. The first row ({@code count-posts} …) holds the counts of the only network, or, with several
 * networks, the counts not assigned to any (shown only when there are some, e.g. an old session's).
 *
 * <p>Ticking or unticking a network moves the counts as {@link SessionCounts#usedOn} does: the counts of a
 * one-network session become that network's row when a second network is ticked, and a network's counts are
 * kept (as not assigned) when it is unticked. Nothing typed is thrown away except text that is not a number.
 */
final class CountsGrid {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,5}");
    private static final int MAX_COUNT = 9999;

    private final Messages messages;
    private final JournalTexts texts;
    private final GridPane grid = new GridPane();
    private final Map<ActionKind, Spinner<Integer>> loose = new EnumMap<>(ActionKind.class);
    private final Map<Network, Map<ActionKind, Spinner<Integer>>> byNetwork = new EnumMap<>(Network.class);
    private Set<Network> shownFor = Set.of();

    CountsGrid(Messages messages, JournalTexts texts) {
        this.messages = messages;
        this.texts = texts;
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setId("countsGrid");
        for (ActionKind kind : ActionKind.values()) {
            loose.put(kind, countSpinner("count-" + kind.code(), texts.actions().name(kind)));
        }
        for (Network network : Network.values()) {
            Map<ActionKind, Spinner<Integer>> row = new EnumMap<>(ActionKind.class);
            for (ActionKind kind : ActionKind.values()) {
                row.put(kind, countSpinner("count-" + network.code() + "-" + kind.code(),
                        texts.network(network) + ", " + texts.actions().name(kind)));
            }
            byNetwork.put(network, row);
        }
        layout(Set.of(), false);
    }

    Region root() {
        return grid;
    }

    /** Every spinner, shown or not (for validation, change listeners and the "changed?" state). */
    List<Spinner<Integer>> spinners() {
        List<Spinner<Integer>> all = new ArrayList<>(loose.values());
        byNetwork.values().forEach(row -> all.addAll(row.values()));
        return all;
    }

    /** The spinner typing starts in: posts of the first row shown. */
    Spinner<Integer> first() {
        if (shownFor.size() >= 2 && !grid.getChildren().contains(loose.get(ActionKind.POSTS))) {
            return byNetwork.get(shownFor.iterator().next()).get(ActionKind.POSTS);
        }
        return loose.get(ActionKind.POSTS);
    }

    /** Shows {@code counts} of a session on {@code networks}. */
    void setCounts(SessionCounts counts, Set<Network> networks) {
        write(counts.usedOn(networks), networks);
    }

    /** The user ticked or unticked networks: the counts follow as described in the class comment. */
    void networksChanged(Set<Network> chosen) {
        if (chosen.equals(shownFor)) {
            return;
        }
        write(asTyped(true).usedOn(chosen), chosen);
    }

    /** The counts as entered for a session on the networks shown; empty when a shown count is not a number. */
    Optional<SessionCounts> entered() {
        for (Spinner<Integer> spinner : shownSpinners()) {
            if (parseCount(spinner.getEditor().getText()) == null) {
                return Optional.empty();
            }
        }
        return Optional.of(asTyped(false));
    }

    /** The texts as typed, for the unsent entry: {@code POSTS} for the first row, {@code LINKEDIN:POSTS} … */
    Map<String, String> typedTexts() {
        Map<String, String> typed = new TreeMap<>();
        loose.forEach((kind, spinner) -> typed.put(kind.name(), spinner.getEditor().getText()));
        for (Network network : shownFor.size() >= 2 ? shownFor : Set.<Network>of()) {
            byNetwork.get(network).forEach((kind, spinner) -> {
                String text = spinner.getEditor().getText();
                if (!text.isBlank() && !"0".equals(text.strip())) {
                    typed.put(network.name() + ":" + kind.name(), text);
                }
            });
        }
        return typed;
    }

    /** Puts typed texts back ({@link #typedTexts()}; an earlier release kept only the first row). */
    void restoreTyped(Map<String, String> typed, Set<Network> chosen) {
        write(SessionCounts.NONE, chosen);
        loose.forEach((kind, spinner) -> setText(spinner, typed.getOrDefault(kind.name(), "")));
        for (Network network : chosen.size() >= 2 ? chosen : Set.<Network>of()) {
            byNetwork.get(network).forEach((kind, spinner) ->
                    setText(spinner, typed.getOrDefault(network.name() + ":" + kind.name(), "0")));
        }
        layout(chosen, loose.values().stream().anyMatch(spinner -> notZero(spinner)));
    }

    // ---------------------------------------------------------------------------------------------------

    private List<Spinner<Integer>> shownSpinners() {
        List<Spinner<Integer>> shown = new ArrayList<>();
        for (Node child : grid.getChildren()) {
            if (child instanceof Spinner<?> spinner) {
                @SuppressWarnings("unchecked")
                Spinner<Integer> count = (Spinner<Integer>) spinner;
                shown.add(count);
            }
        }
        return shown;
    }

    /** The counts in the shown fields; a text that is not a number counts as 0 when {@code lenient}. */
    private SessionCounts asTyped(boolean lenient) {
        Map<ActionKind, Integer> first = values(loose, lenient);
        if (shownFor.size() < 2) {
            return SessionCounts.unassigned(first).usedOn(shownFor);
        }
        Map<Network, Map<ActionKind, Integer>> rows = new EnumMap<>(Network.class);
        for (Network network : shownFor) {
            rows.put(network, values(byNetwork.get(network), lenient));
        }
        return new SessionCounts(first, rows);
    }

    private static Map<ActionKind, Integer> values(Map<ActionKind, Spinner<Integer>> row, boolean lenient) {
        Map<ActionKind, Integer> values = new EnumMap<>(ActionKind.class);
        row.forEach((kind, spinner) -> {
            Integer value = parseCount(spinner.getEditor().getText());
            values.put(kind, value == null && lenient ? 0 : value);
        });
        return values;
    }

    /** Shows {@code counts} (already {@link SessionCounts#usedOn used on} {@code chosen}) in the fields. */
    private void write(SessionCounts counts, Set<Network> chosen) {
        boolean several = chosen.size() >= 2;
        loose.forEach((kind, spinner) -> setValue(spinner, several ? counts.on(null, kind) : counts.total(kind)));
        byNetwork.forEach((network, row) -> row.forEach((kind, spinner) ->
                setValue(spinner, several && chosen.contains(network) ? counts.on(network, kind) : 0)));
        layout(chosen, several && !counts.unassigned().isEmpty());
    }

    /** Header of action kinds, then the rows for {@code chosen}: the first row alone, or one per network. */
    private void layout(Set<Network> chosen, boolean showUnassigned) {
        // in the networks' order, as the rows are: Set.copyOf's order changes from one start to the next, and the
        // dialog's first field (first()) and the labels' targets would follow it
        shownFor = chosen.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(chosen));
        boolean several = chosen.size() >= 2;
        grid.getChildren().clear();
        int column = several ? 1 : 0;
        for (ActionKind kind : ActionKind.values()) {
            Label label = new Label(texts.actions().name(kind));
            label.getStyleClass().add(Styles.TEXT_SMALL);
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setLabelFor(several ? byNetwork.get(shownFor.iterator().next()).get(kind) : loose.get(kind));
            grid.add(label, column++, 0);
        }
        int row = 1;
        if (several) {
            for (Network network : shownFor) {
                addRow(row++, texts.network(network), byNetwork.get(network));
            }
            if (showUnassigned) {
                addRow(row, messages.get("perNetwork.entry.unassigned"), loose);
            }
        } else {
            int col = 0;
            for (Spinner<Integer> spinner : loose.values()) {
                grid.add(spinner, col++, 1);
            }
        }
    }

    private void addRow(int row, String name, Map<ActionKind, Spinner<Integer>> spinners) {
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        grid.add(label, 0, row);
        int column = 1;
        for (Spinner<Integer> spinner : spinners.values()) {
            grid.add(spinner, column++, row);
        }
    }

    private static boolean notZero(Spinner<Integer> spinner) {
        Integer value = parseCount(spinner.getEditor().getText());
        return value == null || value > 0;
    }

    private static void setValue(Spinner<Integer> spinner, int value) {
        spinner.getValueFactory().setValue(value);
        spinner.getEditor().setText(Integer.toString(value));
    }

    private static void setText(Spinner<Integer> spinner, String text) {
        Integer value = parseCount(text);
        if (value != null) {
            spinner.getValueFactory().setValue(value);
        }
        spinner.getEditor().setText(text);
    }

    /**
     * An editable spinner whose text is the truth: a text that is not a number stays as typed (marked by the
     * validation) instead of being thrown away or failing the converter.
     */
    private static Spinner<Integer> countSpinner(String id, String accessibleText) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, MAX_COUNT, 0);
        Spinner<Integer> spinner = new Spinner<>(factory);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "0" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                Integer parsed = parseCount(text);
                return parsed != null ? parsed : factory.getValue(); // keep the last good value
            }
        });
        spinner.setId(id);
        spinner.setAccessibleText(accessibleText);
        spinner.setEditable(true);
        spinner.setPrefWidth(92);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        spinner.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        spinner.getEditor().setPrefColumnCount(3);
        spinner.getEditor().setAlignment(Pos.CENTER);
        // select all on focus so typing a number replaces the 0
        spinner.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                Platform.runLater(spinner.getEditor()::selectAll);
            }
        });
        return spinner;
    }

    /** A count as typed: blank is 0; null when it is not a whole number from 0 to {@link #MAX_COUNT}. */
    static Integer parseCount(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return 0;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            return null;
        }
        int parsed = Integer.parseInt(value);
        return parsed <= MAX_COUNT ? parsed : null;
    }
}
