package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ScrollBar;
import javafx.geometry.Orientation;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.ProfileLink;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The contacts table at the smallest and at a common window size, in English and German: names, companies and
 * stages of normal length are shown whole (the text drawn in the cell is the whole value), no column header is cut
 * to "…", with nothing selected and with a contact open. Below the width where list and form fit side by side, the
 * form is shown instead of the list, with its fields and buttons inside the window.
 */
class ContactsLayoutWindowTest extends WindowTest {

    private static final String[][] PEOPLE = {
        {"Tom", "Becker", "Nordlicht GmbH", "Product Designer"},
        {"Katharina", "Schmidt-Weber", "Stadtwerke Musterstadt", ""},
        {"Jürgen", "Großmann", "Versicherungsgruppe Nord AG", "Leiter Kundenkommunikation"},
        {"Ada", "Lovelace", "Analytical Engines Ltd", "Principal Mathematician"},
        {"Mehmet", "Yılmaz", "Brückenbau Schulze", "Bauleiter"},
        {"Grace", "Hopper", "Navy Computing", ""},
    };

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"English, 960, 600", "Deutsch, 960, 600", "English, 1440, 900", "Deutsch, 1440, 900"})
    void namesCompaniesAndStagesAreShownWhole(String language, int width, int height) throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            ContactRepository contacts = new ContactRepository(db);
            ComfortStage[] stages = ComfortStage.values();
            for (int i = 0; i < PEOPLE.length; i++) {
                String[] p = PEOPLE[i];
                contacts.save(new Contact(0, p[0], p[1], p[2], p[3],
                        List.of(ProfileLink.of("https://www.linkedin.com/in/" + p[0].toLowerCase())),
                        p[0].toLowerCase() + "@example.org", "Barcamp", List.of("barcamp", "design"),
                        stages[i % stages.length], Cadence.MONTHLY, "", ContactSource.MANUAL,
                        java.time.LocalDate.now().minusMonths(2), java.time.Instant.now()));
            }
        }
        app = new AppDriver(dataDir).start();
        app.useLanguage(language);
        Stage stage = app.stage();
        app.resizeTo(width, height);
        app.robot.interact(() -> menuItems(1).stream().filter(item -> !(item instanceof SeparatorMenuItem))
                .toList().get(7 + 2).fire()); // Go → Contacts
        AppDriver.waitUntil(() -> app.robot.lookup("#contactsTable").tryQuery().isPresent()
                && table().getItems().size() == PEOPLE.length, "the contacts");

        assertAllShownWhole("nothing selected");

        // open Tom Becker, as a click on his row does
        app.robot.clickOn(app.robot.lookup("#contactsTable .table-cell").match(cell ->
                "Tom Becker".equals(((TableCell<?, ?>) cell).getText())).queryAs(Node.class));
        AppDriver.waitUntil(() -> app.robot.lookup("#firstName").tryQuery().map(Node::isVisible).orElse(false)
                && "Tom".equals(app.<javafx.scene.control.TextField>find("#firstName").getText()), "Tom's form");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.robot.lookup("#contactsPick").tryQuery().map(pick -> !pick.isVisible()
                || pick.getScene() == null).orElse(true), "no hint to pick a contact over the form");
        boolean oneAtATime = app.robot.lookup("#contactsTable").tryQuery().isEmpty();
        if (!oneAtATime) {
            assertAllShownWhole("Tom Becker open");
        }
        // the form's fields and its buttons lie inside the window (once scrolled to)
        for (String field : List.of("#firstName", "#lastName", "#deleteContact", "#logInteraction")) {
            Node node = app.reveal(field);
            WaitForAsyncUtils.waitForFxEvents();
            Bounds at = node.localToScene(node.getLayoutBounds());
            Node form = app.find("#contactForm");
            assertTrue(node.isVisible() && at.getMinX() >= 0 && at.getMaxX() <= stage.getScene().getWidth() + 1
                    && at.getMinY() >= 0 && at.getMaxY() <= stage.getScene().getHeight() + 1,
                    field + " at " + at + " in " + stage.getScene().getWidth() + "×" + stage.getScene().getHeight()
                    + ", the form at " + form.localToScene(form.getLayoutBounds()));
        }
        // no horizontal scroll bar on the form: every row (also "On my list" with its group) fits its width
        ScrollPane formScroll = app.find("#contactForm");
        boolean horizontalBar = formScroll.lookupAll(".scroll-bar").stream()
                .filter(bar -> bar.getParent() == formScroll) // the form's own bars, not those of its text areas
                .anyMatch(bar -> bar.isVisible() && ((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL);
        assertFalse(horizontalBar, "a horizontal scroll bar on the form: its content needs "
                + formScroll.getContent().minWidth(-1) + " px, the view is " + formScroll.getViewportBounds());
        if (oneAtATime) { // back to the list, where the user left it
            app.robot.clickOn("#backToList");
            AppDriver.waitUntil(() -> app.robot.lookup("#contactsTable").tryQuery().isPresent(), "the list again");
            assertTrue(app.<Node>find("#contactsTable").isFocused(), "the list has the focus");
            assertAllShownWhole("back from Tom Becker");
        }
    }

    /** Every drawn name, company and stage is the whole value; no header of a shown column is cut. */
    private void assertAllShownWhole(String when) throws TimeoutException {
        List<String> problems = new ArrayList<>();
        // the widths are measured after a layout pass: give it a few pulses
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        app.robot.interact(() -> {
            TableView<ContactSummary> table = table();
            TableColumn<?, ?> name = table.getColumns().get(0);
            TableColumn<?, ?> work = table.getColumns().get(1);
            TableColumn<?, ?> stageColumn = table.getColumns().get(3);
            int cells = 0;
            for (Node node : table.lookupAll(".table-cell")) {
                if (!(node instanceof TableCell<?, ?> cell) || cell.isEmpty() || cell.getText() == null
                        || !cell.isVisible() || !cell.getTableColumn().isVisible()) {
                    continue;
                }
                String shown = node.lookup(".text") instanceof Text text ? text.getText() : "";
                String whole = cell.getText();
                if (cell.getTableColumn() == work) {
                    whole = whole.split(" \u00b7 ")[0]; // the company; a long role after it may give way
                }
                if ((cell.getTableColumn() == name || cell.getTableColumn() == work
                        || cell.getTableColumn() == stageColumn) && !shown.startsWith(whole)) {
                    problems.add(cell.getTableColumn().getText() + ": \"" + cell.getText() + "\" shown as \""
                            + shown + "\"");
                }
                cells++;
            }
            if (cells == 0) {
                problems.add("no cells drawn");
            }
            if (!name.isVisible() || !work.isVisible() || !stageColumn.isVisible()) {
                problems.add("name, company and stage columns are not all shown");
            }
            for (Node node : table.lookupAll(".column-header .label")) {
                Label label = (Label) node;
                if (label.getParent() instanceof javafx.scene.control.skin.TableColumnHeader header
                        && !header.getTableColumn().isVisible()) {
                    continue;
                }
                String shown = label.lookup(".text") instanceof Text text ? text.getText() : label.getText();
                if (label.isVisible() && label.getWidth() > 0 && (shown.endsWith("\u2026") || shown.endsWith("..."))
                        && !label.getText().endsWith("\u2026")) {
                    problems.add("header \"" + label.getText() + "\" cut to \"" + shown + "\"");
                }
            }
        });
        assertEquals(List.of(), problems, when);
    }

    @SuppressWarnings("unchecked")
    private TableView<ContactSummary> table() {
        return app.robot.lookup("#contactsTable").queryAs(TableView.class);
    }

    /** The items of the menu bar's {@code index}th menu (File, Go, View, Help). */
    private List<MenuItem> menuItems(int index) {
        MenuBar bar = app.find(".menu-bar");
        return bar.getMenus().get(index).getItems();
    }
}
