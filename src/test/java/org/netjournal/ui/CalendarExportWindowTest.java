package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactSource;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.DataFolder;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.ui.shared.coach.CalendarExportFlow;

/**
 * File → Export reminders (.ics): the first export asks about names with "Initials only" as the default button,
 * the choice is remembered and can be changed, the slot's time is taken from the dialog, and a re-export keeps the
 * events' UIDs.
 */
class CalendarExportWindowTest extends WindowTest {

    private final AtomicReference<Object> done = new AtomicReference<>();

    private void exportTo(Path file) throws Exception {
        done.set(null);
        CalendarExportFlow flow = (CalendarExportFlow) app.stage().getScene().getRoot().getProperties()
                .get(CalendarExportFlow.class);
        flow.choosingFileWith(owner -> file);
        app.robot.interact(() -> flow.start(app.stage(), error -> done.set(error == null ? "ok" : error)));
    }

    private ICalendar finished(Path file) throws Exception {
        AppDriver.waitUntil(() -> done.get() != null, "the export");
        assertEquals("ok", done.get());
        AppDriver.waitUntil(() -> app.robot.lookup("#calendarExported").tryQuery().isPresent(), "the message");
        app.clickDialogButton("calendarExported", "OK");
        return Biweekly.parse(Files.readString(file)).first();
    }

    @Test
    void theFirstExportOffersInitialsAsTheSafeDefaultAndRemembersIt() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(dataDir))) {
            new ContactRepository(db).save(new Contact(0, "Anna", "Berg", "", "", List.of(), "", "", List.of(),
                    ComfortStage.COMMENT, Cadence.MONTHLY, "", ContactSource.MANUAL, null,
                    Instant.parse("2025-01-01T10:00:00Z")));
        }
        app = new AppDriver(dataDir).start();
        Path first = dataDir.resolveSibling(dataDir.getFileName() + "-first.ics");
        Path second = dataDir.resolveSibling(dataDir.getFileName() + "-second.ics");

        exportTo(first);
        AppDriver.waitUntil(() -> app.robot.lookup("#calendarPrivacy").tryQuery().isPresent(), "the privacy question");
        app.robot.push(KeyCode.ENTER); // the default button: initials only
        AppDriver.waitUntil(() -> app.robot.lookup("#calendarExport").tryQuery().isPresent(), "the export dialog");
        CheckBox initials = app.find("#calendarInitials");
        assertTrue(initials.isSelected(), "initials only, as chosen");
        TextField time = app.find("#calendarTime");
        app.robot.interact(() -> time.setText("18.30"));
        app.clickDialogButton("calendarExport", "Export\u2026");
        ICalendar calendar = finished(first);

        VEvent followUp = calendar.getEvents().get(0);
        assertEquals("Get in touch with A. B.", followUp.getSummary().getValue());
        assertEquals("Send A. B. a connection request", followUp.getDescription().getValue());
        assertFalse(Files.readString(first).contains("Anna"), "no name left the journal");
        VEvent session = calendar.getEvents().get(1);
        LocalDateTime start = LocalDateTime.ofInstant(session.getDateStart().getValue().toInstant(),
                ZoneId.systemDefault());
        assertEquals("18:30", start.toLocalTime().toString(), "the time typed in the dialog");

        exportTo(second); // no question the second time; full names chosen in the dialog
        AppDriver.waitUntil(() -> app.robot.lookup("#calendarExport").tryQuery().isPresent(), "the export dialog");
        assertTrue(app.robot.lookup("#calendarPrivacy").tryQuery().isEmpty(), "asked once only");
        CheckBox again = app.find("#calendarInitials");
        assertTrue(again.isSelected(), "the choice was remembered");
        assertEquals("18:30", app.<TextField>find("#calendarTime").getText(), "the slot was remembered");
        app.robot.clickOn(again);
        app.clickDialogButton("calendarExport", "Export\u2026");
        ICalendar renamed = finished(second);

        assertEquals("Get in touch with Anna Berg", renamed.getEvents().get(0).getSummary().getValue());
        assertEquals("Send Anna a connection request", renamed.getEvents().get(0).getDescription().getValue());
        assertEquals(calendar.getEvents().stream().map(event -> event.getUid().getValue()).toList(),
                renamed.getEvents().stream().map(event -> event.getUid().getValue()).toList(), "the same events");
    }
}
