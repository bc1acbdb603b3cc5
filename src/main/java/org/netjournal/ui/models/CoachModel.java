package org.netjournal.ui.models;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.netjournal.domain.ContactSummary;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.tasks.Tasks;

/**
 * The gentle coach's memory: which nudges on home are on, snoozed for a week or turned off, which target people
 * are snoozed ("Not this week"), and the target people's rows for the next small steps. Kept in the journal's
 * settings (so the JSON export carries them); changed at once here and written in the background.
 */
public final class CoachModel {

    /** The nudges home shows; each can be snoozed for a week or turned off. */
    public enum Nudge {
        SUGGESTIONS("coaching.suggestions"),
        STREAK("coaching.streak"),
        FOLLOW_UPS("coaching.followUps"),
        RUNNING_SHORT("coaching.runningShort");

        private final String setting;

        Nudge(String setting) {
            this.setting = setting;
        }

        public String setting() {
            return setting;
        }
    }

    /** A nudge's setting value when it is turned off; "" (or none) is on, an ISO day is snoozed until that day. */
    public static final String OFF = "off";

    /** "Hide for a week" and "Not this week" keep something away this many days. */
    public static final int SNOOZE_DAYS = 7;

    /** The target people snoozed, as {@code id=until,id=until}. */
    static final String SNOOZED_CONTACTS = "coaching.snoozedContacts";

    private final SettingsRepository settings;
    private final ContactsModel contacts;
    private final ModelWrites writes;
    /** The coach's settings as loaded and changed since; views listen to it. */
    private final ObservableMap<String, String> values = FXCollections.observableHashMap();
    private final ObservableList<ContactSummary> targets = FXCollections.observableArrayList();

    CoachModel(SettingsRepository settings, ContactsModel contacts, ModelWrites writes) {
        this.settings = settings;
        this.contacts = contacts;
        this.writes = writes;
    }

    /** Storage thread: the coach's settings. */
    Map<String, String> load() {
        Map<String, String> coach = new HashMap<>();
        settings.loadAll().forEach((key, value) -> {
            if (key.startsWith("coaching.")) {
                coach.put(key, value);
            }
        });
        return coach;
    }

    void show(Map<String, String> loaded) {
        values.clear();
        values.putAll(loaded);
    }

    /** The journal's settings, for the flows that keep a choice there (the calendar export). */
    public SettingsRepository settings() {
        return settings;
    }

    /** Changes whenever a nudge or a person is snoozed, turned off or on. */
    public ObservableMap<String, String> values() {
        return values;
    }

    // --- the nudges ------------------------------------------------------------------------------------

    /** Not turned off in Settings (it may still be snoozed). */
    public boolean isOn(Nudge nudge) {
        return !OFF.equals(values.get(nudge.setting()));
    }

    /** On and not snoozed on {@code today}. */
    public boolean isShown(Nudge nudge, LocalDate today) {
        String value = values.getOrDefault(nudge.setting(), "");
        if (value.isEmpty()) {
            return true;
        }
        if (OFF.equals(value)) {
            return false;
        }
        LocalDate until = day(value);
        return until == null || !today.isBefore(until);
    }

    /** "Hide for a week". */
    public void snooze(Nudge nudge, LocalDate today) {
        put(nudge.setting(), today.plusDays(SNOOZE_DAYS).toString());
    }

    /** Settings' switch (and "Turn off" where the nudge appears). */
    public void setOn(Nudge nudge, boolean on) {
        put(nudge.setting(), on ? "" : OFF);
    }

    // --- target people ---------------------------------------------------------------------------------

    /** The target people snoozed on {@code today}. */
    public Set<Long> snoozedContacts(LocalDate today) {
        Set<Long> snoozed = new HashSet<>();
        snoozedUntil().forEach((id, until) -> {
            if (today.isBefore(until)) {
                snoozed.add(id);
            }
        });
        return snoozed;
    }

    /** "Not this week": the person is left out of the suggestions for {@value #SNOOZE_DAYS} days. */
    public void snoozeContact(long contactId, LocalDate today) {
        Map<Long, LocalDate> snoozed = new LinkedHashMap<>();
        snoozedUntil().forEach((id, until) -> {
            if (today.isBefore(until)) { // the expired ones are dropped, so the setting stays short
                snoozed.put(id, until);
            }
        });
        snoozed.put(contactId, today.plusDays(SNOOZE_DAYS));
        StringBuilder text = new StringBuilder();
        snoozed.forEach((id, until) -> text.append(text.isEmpty() ? "" : ",").append(id).append('=').append(until));
        put(SNOOZED_CONTACTS, text.toString());
    }

    private Map<Long, LocalDate> snoozedUntil() {
        Map<Long, LocalDate> snoozed = new LinkedHashMap<>();
        for (String entry : values.getOrDefault(SNOOZED_CONTACTS, "").split(",")) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            try {
                LocalDate until = day(entry.substring(equals + 1));
                if (until != null) {
                    snoozed.put(Long.parseLong(entry.substring(0, equals).trim()), until);
                }
            } catch (NumberFormatException ignored) {
                // a hand-edited entry that is not an id: skipped, the others still count
            }
        }
        return snoozed;
    }

    /** The rows of the target people, read by {@link #loadTargets}. */
    public ObservableList<ContactSummary> targets() {
        return targets;
    }

    /**
     * Reads the rows of {@code targetIds}: from memory once the contact list is loaded, else in the background
     * (the list is not loaded for this, and only the target rows are read: a start shows home without reading every
     * contact).
     */
    public void loadTargets(Collection<Long> targetIds) {
        Set<Long> ids = Set.copyOf(targetIds);
        if (contacts.loadedProperty().get()) {
            targets.setAll(contacts.contacts().stream().filter(row -> ids.contains(row.id())).toList());
            return;
        }
        if (ids.isEmpty()) {
            targets.clear();
            return;
        }
        Tasks.create(() -> contacts.repository().targetSummaries().stream()
                        .filter(row -> ids.contains(row.id())).toList())
                .onSuccess((List<ContactSummary> rows) -> targets.setAll(rows))
                .runOn(writes.runner());
    }

    // ---------------------------------------------------------------------------------------------------

    private void put(String key, String value) {
        String before = values.put(key, value);
        writes.writeOrUndo(() -> settings.put(key, value), () -> {
            if (before == null) {
                values.remove(key);
            } else {
                values.put(key, before);
            }
        });
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
