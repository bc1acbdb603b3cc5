package org.netjournal.ui.models;

import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netjournal.domain.MyNetwork;
import org.netjournal.domain.MyNetworks;
import org.netjournal.domain.Network;
import org.netjournal.domain.NetworkCheck;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.MyNetworkRepository;
import org.netjournal.storage.SettingsRepository;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.Autosave;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.common.UserFacingErrors;

/**
 * The user's networks as the UI sees them (steps 2 and 3, the defaults elsewhere, home's reminder): loaded once,
 * changed in memory at once and in the file through the storage thread. The why and the profile link are typed
 * text and go through the window's {@link Autosave}; a tick, a choice or a review is one write each.
 */
public final class MyNetworksModel {

    /** "off" when the user turned the privacy review reminder off; else the day until which it is snoozed. */
    static final String REMINDER_SETTING = "privacyReviewReminder";
    static final String REMINDER_OFF = "off";
    /** How long "hide for a week" keeps the reminder away: as long as every other nudge. */
    static final int SNOOZE_DAYS = CoachModel.SNOOZE_DAYS;

    private record WhyKey(long id) {
    }

    private record LinkKey(long id) {
    }

    private final MyNetworkRepository repository;
    private final SettingsRepository settings;
    private final ModelWrites writes;
    private final Autosave autosave;
    private final ObservableList<MyNetwork> networks = FXCollections.observableArrayList();
    private final ObjectBinding<MyNetworks> summary;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<String> reminder = new ReadOnlyObjectWrapper<>("");

    public MyNetworksModel(MyNetworkRepository repository, SettingsRepository settings, TaskRunner runner,
                           SaveStatus saveStatus, UserFacingErrors errors, Autosave autosave) {
        this.repository = repository;
        this.settings = settings;
        this.writes = new ModelWrites(runner, saveStatus, errors);
        this.autosave = autosave;
        summary = Bindings.createObjectBinding(() -> new MyNetworks(networks), networks);
    }

    private record Loaded(List<MyNetwork> networks, String reminder) {
    }

    /** Loads in the background; {@link #loadedProperty()} turns true when the list is there. */
    public void reload() {
        Tasks.create(() -> new Loaded(repository.list(), settings.get(REMINDER_SETTING).orElse("")))
                .onSuccess(data -> {
                    reminder.set(data.reminder());
                    networks.setAll(data.networks());
                    loaded.set(true);
                })
                .runOn(writes.runner());
    }

    // --- read side -------------------------------------------------------------------------------------

    /** Every network the user picked or added, chosen or not any more, in the user's order. */
    public ObservableList<MyNetwork> all() {
        return networks;
    }

    /** What the list means (chosen ones, defaults, step progress); changes whenever the list changes. */
    public ObjectBinding<MyNetworks> summary() {
        return summary;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The chosen networks as sessions, goals, drafts and contacts name them: the default everywhere. */
    public Set<Network> defaults() {
        return summary.get().defaults();
    }

    /** The one network to preset where only one fits (a new goal, a new draft), or null when none is chosen. */
    public Network firstDefault() {
        return summary.get().firstDefault();
    }

    /** Every network for a choice box: the chosen ones first (in the user's order), then the others. */
    public List<Network> ordered() {
        LinkedHashSet<Network> ordered = new LinkedHashSet<>(defaults());
        ordered.addAll(List.of(Network.values()));
        return List.copyOf(ordered);
    }

    public Optional<MyNetwork> find(long id) {
        return networks.stream().filter(network -> network.id() == id).findFirst();
    }

    public Optional<MyNetwork> builtIn(Network network) {
        return networks.stream().filter(mine -> !mine.isCustom() && mine.network() == network).findFirst();
    }

    /** The name the user reads: the network's own, or the name the user gave it. */
    public static String name(MyNetwork network, Messages messages) {
        return network.isCustom() ? network.customName() : messages.get("network." + network.network().code());
    }

    /** The reminder setting: "" (on), {@code off}, or the ISO day until which it is snoozed. */
    public ReadOnlyObjectProperty<String> reminderProperty() {
        return reminder.getReadOnlyProperty();
    }

    /** The privacy review reminder is not turned off (it may be snoozed). */
    public boolean isReminderOn() {
        return !REMINDER_OFF.equals(reminder.get());
    }

    /** The chosen networks whose privacy review home should mention today: none while off or snoozed. */
    public List<MyNetwork> reviewsToMention(LocalDate today) {
        String setting = reminder.get();
        if (REMINDER_OFF.equals(setting)) {
            return List.of();
        }
        if (!setting.isEmpty()) {
            try {
                if (today.isBefore(LocalDate.parse(setting))) {
                    return List.of();
                }
            } catch (DateTimeParseException unreadable) {
                // a damaged setting reminds as if it were on
            }
        }
        return summary.get().reviewsDue(today);
    }

    // --- write side ------------------------------------------------------------------------------------

    /** Makes {@code network} one of mine (again, with its earlier words, if it was chosen before). */
    public void choose(Network network) {
        Optional<MyNetwork> known = builtIn(network);
        if (known.isPresent()) {
            setChosen(known.get(), true);
        } else {
            writes.write(() -> repository.save(MyNetwork.chosen(network)), this::put, error -> { });
        }
    }

    /** Chosen or not; the why, the link and the ticks stay either way. */
    public void setChosen(MyNetwork network, boolean chosen) {
        put(network.withChosen(chosen));
        writes.write(() -> repository.setChosen(network.id(), chosen), () -> { }, error -> { });
    }

    /** Adds a network of the user's own; blank names are ignored. */
    public void addCustom(String name, Consumer<MyNetwork> onAdded) {
        if (name == null || name.isBlank()) {
            return;
        }
        writes.write(() -> repository.save(MyNetwork.custom(name)), added -> {
            put(added);
            onAdded.accept(added);
        }, error -> { });
    }

    /** The why as typed, kept in memory at once and written by the autosave. */
    public void whyEdited(MyNetwork network, String text) {
        current(network).ifPresent(now -> put(now.withWhy(text)));
        autosave.edited(new WhyKey(network.id()), () -> {
            repository.saveWhy(network.id(), text);
            return null;
        }, ignored -> { });
    }

    /** The profile link as typed, word for word; repaired only when it is read. */
    public void profileLinkEdited(MyNetwork network, String text) {
        current(network).ifPresent(now -> put(now.withProfileLink(text)));
        autosave.edited(new LinkKey(network.id()), () -> {
            repository.saveProfileLink(network.id(), text);
            return null;
        }, ignored -> { });
    }

    /** Writes what is typed now (focus loss, leaving the page). */
    public void flushEdits() {
        autosave.flush();
    }

    public void setChecked(MyNetwork network, NetworkCheck check, boolean checked) {
        current(network).ifPresent(now -> put(now.withChecked(check, checked)));
        writes.write(() -> repository.setChecked(network.id(), check, checked), () -> { }, error -> { });
    }

    /** "I reviewed my privacy settings today." */
    public void reviewedOn(MyNetwork network, LocalDate day) {
        current(network).ifPresent(now -> put(now.withReviewedOn(day)));
        writes.write(() -> repository.setReviewedOn(network.id(), day), () -> { }, error -> { });
    }

    /** Keeps the review reminder away until {@code today} + {@value #SNOOZE_DAYS} days. */
    public void snoozeReminder(LocalDate today) {
        setReminder(today.plusDays(SNOOZE_DAYS).toString());
    }

    /** Turns the review reminder off ({@code false}) or on again. */
    public void setReminderOn(boolean on) {
        setReminder(on ? "" : REMINDER_OFF);
    }

    private void setReminder(String value) {
        reminder.set(value);
        writes.write(() -> settings.put(REMINDER_SETTING, value), () -> { }, error -> { });
    }

    private Optional<MyNetwork> current(MyNetwork network) {
        return find(network.id());
    }

    private void put(MyNetwork network) {
        for (int i = 0; i < networks.size(); i++) {
            if (networks.get(i).id() == network.id()) {
                if (!networks.get(i).equals(network)) {
                    networks.set(i, network);
                }
                return;
            }
        }
        networks.add(network);
    }
}
