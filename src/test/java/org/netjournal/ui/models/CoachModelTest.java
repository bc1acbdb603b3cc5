package org.netjournal.ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Contact;
import org.netjournal.domain.TargetMark;
import org.netjournal.domain.ContactSummary;
import org.netjournal.storage.ContactRepository;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.storage.StrategyRepository;
import org.netjournal.ui.ViewModelJournal;

/** The coach's snoozes and switches against a real journal file: a week is a week, off stays off, both stored. */
class CoachModelTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path temp;

    private ViewModelJournal journal;
    private SettingsRepository settings;
    private ContactRepository contacts;

    @BeforeEach
    void open() throws Exception {
        journal = new ViewModelJournal(temp);
        settings = new SettingsRepository(journal.database);
        contacts = new ContactRepository(journal.database);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    /** A model as the window makes it, loaded from the file. */
    private CoachModel loaded() {
        CoachModel coach = new CoachModel(settings, new ContactsModel(contacts, journal.runner, journal.saveStatus,
                journal.errors, journal.autosave), new ModelWrites(journal.runner, journal.saveStatus, journal.errors));
        coach.show(coach.load());
        return coach;
    }

    @Test
    void aSnoozedNudgeComesBackAfterAWeekAndOneTurnedOffStaysAway() {
        CoachModel coach = loaded();
        assertTrue(coach.isShown(CoachModel.Nudge.STREAK, MONDAY), "on unless the user says otherwise");

        coach.snooze(CoachModel.Nudge.STREAK, MONDAY);
        coach.setOn(CoachModel.Nudge.SUGGESTIONS, false);

        CoachModel reopened = loaded();
        assertFalse(reopened.isShown(CoachModel.Nudge.STREAK, MONDAY.plusDays(6)));
        assertTrue(reopened.isShown(CoachModel.Nudge.STREAK, MONDAY.plusDays(7)), "a week later it is back");
        assertTrue(reopened.isOn(CoachModel.Nudge.STREAK), "snoozed is not off");
        assertFalse(reopened.isOn(CoachModel.Nudge.SUGGESTIONS));
        assertFalse(reopened.isShown(CoachModel.Nudge.SUGGESTIONS, MONDAY.plusYears(1)), "off stays off");
        assertTrue(reopened.isShown(CoachModel.Nudge.FOLLOW_UPS, MONDAY));
    }

    @Test
    void notThisWeekLeavesOnePersonOutForSevenDaysAndForgetsOldSnoozes() {
        CoachModel coach = loaded();
        coach.snoozeContact(4, MONDAY);
        coach.snoozeContact(9, MONDAY.plusDays(8)); // by then 4's week is over: dropped from the setting

        CoachModel reopened = loaded();
        assertEquals(Set.of(9L), reopened.snoozedContacts(MONDAY.plusDays(8)));
        assertEquals(Set.of(), reopened.snoozedContacts(MONDAY.plusDays(15)));
        assertEquals("9=" + MONDAY.plusDays(15), settings.get(CoachModel.SNOOZED_CONTACTS).orElseThrow());
    }

    @Test
    void aDamagedSettingRemindsAsIfOnAndSkipsWhatItCannotRead() {
        settings.put(CoachModel.Nudge.STREAK.setting(), "next tuesday");
        settings.put(CoachModel.SNOOZED_CONTACTS, "x=2026-12-20,5=soon,7=2026-12-20");

        CoachModel coach = loaded();

        assertTrue(coach.isShown(CoachModel.Nudge.STREAK, MONDAY));
        assertEquals(Set.of(7L), coach.snoozedContacts(MONDAY));
    }

    @Test
    void theTargetsRowsAreReadWithoutLoadingTheContactList() {
        long anna = contacts.save(Contact.named("Anna", "Berg")).id();
        long omar = contacts.save(Contact.named("Omar", "Haddad")).id();
        StrategyRepository strategy = new StrategyRepository(journal.database);
        strategy.unmarkTarget(omar); // only the people on the user's list are read
        strategy.markTarget(new TargetMark(anna, null));
        CoachModel coach = loaded();

        coach.loadTargets(List.of(anna));

        assertEquals(List.of("Anna Berg"), coach.targets().stream().map(ContactSummary::fullName).toList());
    }
}
