package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.ContactSummary;
import org.netjournal.ui.contacts.ImportFlow;

/**
 * Issue 13 in the window: the import preview shows company, position and "connected on", what LinkedIn hid,
 * "1 duplicate skipped" in the singular; the form shows every e-mail address and phone number of a contact.
 */
class ContactFilesWindowTest extends WindowTest {

    private void openContacts() throws Exception {
        app.robot.clickOn("#areaList > #area-contacts");
        AppDriver.waitUntil(() -> app.robot.lookup("#contactsPage").tryQuery().isPresent(), "the contacts area");
    }

    @SuppressWarnings("unchecked")
    private TableView<ContactSummary> table() {
        return app.robot.lookup("#contactsTable").queryAs(TableView.class);
    }

    private Path fixture(String name) throws Exception {
        Path copy = dataDir.resolveSibling(dataDir.getFileName() + "-" + name);
        Files.copy(ContactFilesWindowTest.class.getResourceAsStream("/org/netjournal/io/clients/" + name), copy);
        return copy;
    }

    /** Opens the preview of {@code file}, runs the import and returns the summary's text. */
    private String importFile(Path file) throws Exception {
        var flow = (ImportFlow) app.stage().getScene().getRoot().getProperties().get(ImportFlow.class);
        app.robot.interact(() -> flow.preview(file, app.stage().getScene().getRoot()));
        AppDriver.waitUntil(() -> app.robot.lookup("#importRows").tryQuery().isPresent(), "the preview");
        app.robot.clickOn("#runImport");
        AppDriver.waitUntil(() -> app.robot.lookup("#importSummary").tryQuery().isPresent(), "the summary");
        String text = app.robot.lookup("#importSummary .content").queryAs(Label.class).getText();
        app.robot.clickOn(app.robot.lookup("#importSummary .button").queryAs(Node.class));
        AppDriver.waitUntil(() -> app.robot.lookup("#importSummary").tryQuery().isEmpty(), "the summary closed");
        return text;
    }

    @Test
    void thePreviewShowsCompanyPositionAndConnectedOnAndCountsDuplicatesRight() throws Exception {
        app = new AppDriver(dataDir).start();
        openContacts();
        var flow = (ImportFlow) app.stage().getScene().getRoot().getProperties().get(ImportFlow.class);
        Path linkedIn = fixture("linkedin-2023.csv");
        app.robot.interact(() -> flow.preview(linkedIn, app.stage().getScene().getRoot()));
        AppDriver.waitUntil(() -> app.robot.lookup("#importRows").tryQuery().isPresent(), "the preview");
        TableView<?> rows = app.robot.lookup("#importRows").queryAs(TableView.class);
        assertEquals(java.util.List.of("Status", "Where", "Name", "Company", "Position", "Connected on", "Details"),
                rows.getColumns().stream().map(TableColumn::getText).toList());
        assertEquals("Adventure Works", rows.getColumns().get(3).getCellData(0));
        assertEquals("Data Scientist", rows.getColumns().get(4).getCellData(0));
        assertEquals("Mar 12, 2023", rows.getColumns().get(5).getCellData(0));
        assertTrue(app.robot.lookup("#importLeftOut").queryAs(Label.class).getText()
                .startsWith("2 connections are hidden by LinkedIn"));
        app.robot.clickOn("#runImport");
        AppDriver.waitUntil(() -> app.robot.lookup("#importSummary").tryQuery().isPresent(), "the summary");
        app.robot.clickOn(app.robot.lookup("#importSummary .button").queryAs(Node.class));
        AppDriver.waitUntil(() -> table().getItems().size() == 2, "two contacts");

        Path onePlusOne = dataDir.resolveSibling(dataDir.getFileName() + "-again.csv");
        Files.writeString(onePlusOne, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Priya,Raman,https://www.linkedin.com/in/priyaraman,,Adventure Works,Data Scientist,12 Mar 2023\n"
                + "Noah,Fischer,https://www.linkedin.com/in/noahfischer,,Contoso,Engineer,02 Apr 2023\n");
        assertTrue(importFile(onePlusOne).contains(", 1 duplicate skipped,"), "singular");
        assertTrue(importFile(linkedIn).contains(", 2 duplicates skipped,"), "plural");
        assertTrue(importFile(fixture("apple-icloud.vcf")).contains(", no duplicates skipped,"), "none");
    }

    @Test
    void theFormShowsEveryAddressAndNumberAndSavesThem() throws Exception {
        app = new AppDriver(dataDir).start();
        openContacts();
        importFile(fixture("apple-icloud.vcf"));
        AppDriver.waitUntil(() -> table().getItems().size() == 2, "James and Acme Corp");
        int james = table().getItems().stream().map(ContactSummary::fullName).toList().indexOf("James Richter");
        app.robot.interact(() -> table().getSelectionModel().select(james));
        AppDriver.waitUntil(() -> !app.robot.lookup("#phones").queryAs(TextArea.class).getText().isEmpty(),
                "the form shows James");
        assertEquals("james@acme.example", app.robot.lookup("#email")
                .queryAs(javafx.scene.control.TextField.class).getText());
        assertEquals("home: jr@home.example", app.robot.lookup("#otherEmails").queryAs(TextArea.class).getText());
        assertEquals("cell,voice: +1 (555) 010-2030 (preferred)\nwork,voice: +1 555 010 9999",
                app.robot.lookup("#phones").queryAs(TextArea.class).getText());

        app.robot.clickOn("#phones").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.END)
                .write("\nfax: +1 555 010 8888");
        assertTrue(app.robot.lookup("#phones").queryAs(TextArea.class).getText().endsWith("\nfax: +1 555 010 8888"));
        app.robot.clickOn("#company");
        app.waitUntilSaved();
        app.quit();
        app = new AppDriver(dataDir).start();
        openContacts();
        app.robot.interact(() -> table().getSelectionModel().select(james));
        AppDriver.waitUntil(() -> app.robot.lookup("#phones").queryAs(TextArea.class).getText()
                .endsWith("fax: +1 555 010 8888"), "the new number after a restart");
        assertEquals("home: jr@home.example", app.robot.lookup("#otherEmails").queryAs(TextArea.class).getText());
    }
}
