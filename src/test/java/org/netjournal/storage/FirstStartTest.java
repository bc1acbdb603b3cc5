package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Contact;

/** When the first-start welcome is due: a real journal file, changed the way the app changes it. */
class FirstStartTest {

    @TempDir
    Path temp;

    private JournalDatabase openNew() throws Exception {
        JournalDatabase database = JournalDatabase.open(new DataFolder(temp.resolve("data")));
        new StepRepository(database).ensureBuiltInItems(); // as every start does
        return database;
    }

    private static boolean due(JournalDatabase database) throws Exception {
        return FirstStart.isDue(database, new SettingsRepository(database).loadAll());
    }

    @Test
    void aNewJournalIsDueAndSettingsAloneDoNotChangeThat() throws Exception {
        try (JournalDatabase database = openNew()) {
            assertTrue(due(database), "a brand-new journal");
            // what the welcome itself and the window write: language, theme, window size
            new SettingsRepository(database).putAll(Map.of("language", "de", "theme", "dark", "window.width", "900"));
            assertTrue(due(database), "settings are not the user's data");
        }
    }

    @Test
    void finishingOrSkippingIsRememberedInTheFileAcrossReopening() throws Exception {
        for (FirstStart.Outcome outcome : FirstStart.Outcome.values()) {
            Path folder = temp.resolve(outcome.code());
            try (JournalDatabase database = JournalDatabase.open(new DataFolder(folder))) {
                new SettingsRepository(database).put(FirstStart.SETTING, outcome.code());
            }
            try (JournalDatabase reopened = JournalDatabase.open(new DataFolder(folder))) {
                Map<String, String> settings = new SettingsRepository(reopened).loadAll();
                assertFalse(FirstStart.notYetSeen(settings), outcome.code());
                assertFalse(FirstStart.isDue(reopened, settings), outcome.code() + ", although the journal is empty");
                assertEquals(Optional.of(outcome), FirstStart.Outcome.fromCode(settings.get(FirstStart.SETTING)));
            }
        }
    }

    @Test
    void aContactMakesTheJournalNonEmpty() throws Exception {
        try (JournalDatabase database = openNew()) {
            new ContactRepository(database).save(Contact.named("Anna", "Müller"));
            assertFalse(due(database));
        }
    }

    @Test
    void stepNotesATickedItemOrAnOwnItemMakeTheJournalNonEmpty() throws Exception {
        try (JournalDatabase database = openNew()) {
            StepRepository steps = new StepRepository(database);
            steps.saveNotes(1, "I want a new job");
            assertFalse(due(database), "notes of step 1 (the why)");
            steps.saveNotes(1, "");
            assertTrue(due(database), "the why removed again");

            long firstItem = steps.load(2).items().get(0).id();
            steps.setChecked(firstItem, true);
            assertFalse(due(database), "a ticked built-in item");
            steps.setChecked(firstItem, false);
            assertTrue(due(database));

            steps.addItem(3, "Ask Anna");
            assertFalse(due(database), "an own checklist item");
        }
    }
}
