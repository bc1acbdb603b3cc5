package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.Contact;
import org.netjournal.domain.GrowthSeries.StageChange;
import org.netjournal.domain.Interaction;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.JournalSnapshot;
import org.netjournal.domain.Network;

/** Stage changes are recorded from version 9 on: on upgrade, on every move, and a restore keeps the file's record. */
class StageChangeStorageTest {

    @TempDir
    Path temp;

    @Test
    void anUpgradedJournalRecordsTodaysStagesAndEveryMoveFromThenOn() throws Exception {
        DataFolder folder = OldJournal.folder(temp.resolve("v8"), 8,
                "INSERT INTO contact (id, first_name, stage, created_at) VALUES "
                        + "(1, 'Anna', 'comment', '2025-01-01T00:00:00Z'), (2, 'Bo', 'observe', '2025-01-01T00:00:00Z')",
                "INSERT INTO interaction (contact_id, date, kind, note) VALUES (1, '2025-02-03', 'commented', '')");
        try (JournalDatabase db = JournalDatabase.open(folder)) {
            assertEquals(JournalDatabase.SCHEMA_VERSION, db.schemaVersion());
            LocalDate today = LocalDate.now();
            StageChangeRepository changes = new StageChangeRepository(db);
            assertEquals(List.of(new StageChange(1, today, ComfortStage.COMMENT),
                    new StageChange(2, today, ComfortStage.OBSERVE)), changes.list(), "what is known on upgrade");

            ContactRepository contacts = new ContactRepository(db);
            contacts.addInteraction(new Interaction(0, 2, today, InteractionKind.MESSAGED, Network.LINKEDIN, "", null));
            Contact cy = contacts.save(Contact.named("Cy", ""));
            contacts.addInteraction(new Interaction(0, 1, today, InteractionKind.LIKED, Network.LINKEDIN, "", null));
            assertEquals(List.of(new StageChange(1, today, ComfortStage.COMMENT),
                    new StageChange(2, today, ComfortStage.MESSAGE), new StageChange(cy.id(), today,
                            ComfortStage.OBSERVE)), changes.list(),
                    "a move is recorded (the day's last stage); a like does not move a stage down");

            contacts.delete(2);
            assertEquals(List.of(1L, cy.id()), changes.list().stream().map(StageChange::contactId).toList());
        }
    }

    @Test
    void aRestoreKeepsTheRecordedChangesOfTheFileAndRecordsTodayOnlyForAFileWithoutThem() throws Exception {
        LocalDate earlier = LocalDate.of(2026, 10, 5);
        JournalSnapshot withHistory = new JournalSnapshot(java.util.Map.of(), List.of(), List.of(
                Contact.named("Anna", "").withId(4).withStage(ComfortStage.MESSAGE)), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, List.of(), List.of(),
                List.of(new StageChange(4, earlier, ComfortStage.LIKE),
                        new StageChange(4, earlier.plusDays(9), ComfortStage.MESSAGE)), List.of());
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("restored")))) {
            new JournalSnapshots(db).restoreIntoEmpty(withHistory);
            assertEquals(withHistory.stageChanges(), new StageChangeRepository(db).list(), "nothing of today added");
        }
        JournalSnapshot withoutHistory = new JournalSnapshot(java.util.Map.of(), List.of(), withHistory.contacts(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("older-file")))) {
            new JournalSnapshots(db).restoreIntoEmpty(withoutHistory);
            assertEquals(List.of(new StageChange(4, LocalDate.now(), ComfortStage.MESSAGE)),
                    new StageChangeRepository(db).list(), "recorded from the day of the restore, as an upgrade does");
        }
    }
}
