package org.netjournal.ui.models;

import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.netjournal.domain.StepDefinition;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.netjournal.domain.Draft;
import org.netjournal.domain.FocusGroup;
import org.netjournal.domain.InterestingAccount;
import org.netjournal.domain.StarterText;
import org.netjournal.domain.Strategy;
import org.netjournal.domain.StrategyGoal;
import org.netjournal.domain.TargetMark;
import org.netjournal.i18n.Messages;
import org.netjournal.storage.StrategyRepository;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.Autosave;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.common.UserFacingErrors;

/**
 * Steps 4 and 5 as the window sees them: the goal (typed text, through the window's {@link Autosave}), the target
 * contacts with their focus groups, the interesting accounts, and which drafts are still starter texts. Loaded once,
 * changed at once here and in the journal file in the background (a failed write puts the old state back and says
 * so in the status bar).
 */
public final class StrategyModel {

    /** The autosave key of the goal: its text and date are written together. */
    private record GoalKey() {
    }

    /** The autosave key of step 4's form typed but not noted yet. */
    private record UnsentAccountKey() {
    }

    /** Separates the fields of the unsent account note: a text field cannot hold it. */
    private static final String FIELD_SEPARATOR = "\u001F";

    private final StrategyRepository repository;
    private final ModelWrites writes;
    private final Autosave autosave;

    private final StringProperty goalText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> byWhen = new SimpleObjectProperty<>();
    private final ObservableMap<Long, TargetMark> targets = FXCollections.observableHashMap();
    private final ObservableList<InterestingAccount> accounts = FXCollections.observableArrayList();
    private final ObservableMap<Long, String> starterDrafts = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    /** Step 4's form as typed (name, link, why) until it is noted: kept in the file like any typed text. */
    private final List<StringProperty> unsentAccount = List.of(new SimpleStringProperty(""),
            new SimpleStringProperty(""), new SimpleStringProperty(""));
    private boolean populating;
    /** Held here: a binding's dependencies only hold it weakly. */
    private final BooleanBinding goalWritten = Bindings.createBooleanBinding(
            () -> goal().isWritten(), goalText);
    private final BooleanBinding hasTargets = Bindings.isNotEmpty(targets);
    private final BooleanBinding accountsNoted = Bindings.isNotEmpty(accounts);

    public StrategyModel(StrategyRepository repository, TaskRunner runner, SaveStatus saveStatus,
                         UserFacingErrors errors, Autosave autosave) {
        this.repository = repository;
        this.writes = new ModelWrites(runner, saveStatus, errors);
        this.autosave = autosave;
        goalText.addListener((obs, old, text) -> goalEdited());
        byWhen.addListener((obs, old, date) -> goalEdited());
        unsentAccount.forEach(field -> field.addListener((obs, old, text) -> unsentAccountEdited()));
    }

    /**
     * Adds the starter texts in the window's language the first time a journal is opened with this version (see
     * {@link StrategyRepository#addStartersOnce}); queue it before the drafts are loaded, so they are among them.
     */
    public void addStartersOnce(Messages messages) {
        Map<StarterText, Draft> starters = new LinkedHashMap<>();
        for (StarterText starter : StarterText.values()) {
            starters.put(starter, StarterTexts.draft(starter, messages));
        }
        Tasks.create(() -> repository.addStartersOnce(starters)).runOn(writes.runner());
    }

    /**
     * The checklists tick from what the user did here: step 5's from the goal written and a first target contact,
     * step 4's "follow a few people" from a first account noted as worth following.
     */
    public void tickSteps(StepEditor steps) {
        steps.tickWhen(StepDefinition.STRATEGY, "write-goal", goalWritten);
        steps.tickWhen(StepDefinition.STRATEGY, "list-contacts", hasTargets);
        steps.tickWhen(StepDefinition.SIGHTSEEING, "follow-people", accountsNoted);
    }

    /** Loads everything in the background; views follow the properties and lists. */
    public void reload() {
        Tasks.create(() -> Map.entry(repository.load(), repository.unsentAccount())).onSuccess(loadedData -> {
            show(loadedData.getKey());
            String[] fields = loadedData.getValue().split(FIELD_SEPARATOR, -1);
            populating = true;
            try {
                for (int i = 0; i < unsentAccount.size(); i++) {
                    unsentAccount.get(i).set(i < fields.length ? fields[i] : "");
                }
            } finally {
                populating = false;
            }
        }).runOn(writes.runner());
    }

    private void show(Strategy strategy) {
        populating = true;
        try {
            goalText.set(strategy.goal().text());
            byWhen.set(strategy.goal().byWhen());
        } finally {
            populating = false;
        }
        Map<Long, TargetMark> marks = new LinkedHashMap<>();
        strategy.targets().forEach(mark -> marks.put(mark.contactId(), mark));
        targets.clear();
        targets.putAll(marks);
        accounts.setAll(strategy.accounts());
        starterDrafts.clear();
        starterDrafts.putAll(strategy.starterDrafts());
        loaded.set(true);
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    // --- the goal --------------------------------------------------------------------------------------

    /** The goal's words; what is typed here reaches the file through the autosave. */
    public StringProperty goalTextProperty() {
        return goalText;
    }

    /** By when (null: no date). */
    public ObjectProperty<LocalDate> byWhenProperty() {
        return byWhen;
    }

    /** The goal, the people on the list and the accounts as they are now (for the Markdown journal). */
    public Strategy snapshot() {
        return new Strategy(goal(), targets.values().stream()
                .sorted(Comparator.comparingLong(TargetMark::contactId)).toList(), accounts, Map.of());
    }

    public StrategyGoal goal() {
        return new StrategyGoal(goalText.get(), byWhen.get());
    }

    private void goalEdited() {
        if (populating) {
            return;
        }
        StrategyGoal goal = goal();
        autosave.edited(new GoalKey(), () -> {
            repository.saveGoal(goal);
            return null;
        }, ignored -> { });
    }

    // --- target contacts -------------------------------------------------------------------------------

    /** The contacts on the list, by contact id. */
    public ObservableMap<Long, TargetMark> targets() {
        return targets;
    }

    public boolean isTarget(long contactId) {
        return targets.containsKey(contactId);
    }

    /** Puts the contact on the list in {@code group} (null: no group) or moves it there. */
    public void markTarget(long contactId, FocusGroup group) {
        TargetMark mark = new TargetMark(contactId, group);
        TargetMark before = targets.put(contactId, mark);
        writes.writeOrUndo(() -> repository.markTarget(mark), () -> putBack(contactId, before));
    }

    /** Takes the contact off the list; it stays a contact. */
    public void unmarkTarget(long contactId) {
        TargetMark before = targets.remove(contactId);
        if (before != null) {
            writes.writeOrUndo(() -> repository.unmarkTarget(contactId), () -> putBack(contactId, before));
        }
    }

    private void putBack(long contactId, TargetMark before) {
        if (before == null) {
            targets.remove(contactId);
        } else {
            targets.put(contactId, before);
        }
    }

    // --- interesting accounts --------------------------------------------------------------------------

    /** The accounts noted in step 4, in the order they were noted. */
    public ObservableList<InterestingAccount> accounts() {
        return accounts;
    }

    /** Step 4's name (0), link (1) and why (2) as typed and not noted yet; the form binds to these. */
    public StringProperty unsentAccountField(int index) {
        return unsentAccount.get(index);
    }

    private void unsentAccountEdited() {
        if (populating) {
            return;
        }
        String fields = unsentAccount.stream().map(StringProperty::get).anyMatch(text -> !text.isEmpty())
                ? String.join(FIELD_SEPARATOR, unsentAccount.stream().map(StringProperty::get).toList()) : "";
        autosave.edited(new UnsentAccountKey(), () -> {
            repository.saveUnsentAccount(fields);
            return null;
        }, ignored -> { });
    }

    public void addAccount(InterestingAccount account) {
        writes.write(() -> repository.saveAccount(account), accounts::add, error -> { });
    }

    public void deleteAccount(InterestingAccount account) {
        int index = accounts.indexOf(account);
        accounts.remove(account);
        writes.writeOrUndo(() -> repository.deleteAccount(account.id()),
                () -> accounts.add(Math.max(0, index), account));
    }

    // --- starter texts ---------------------------------------------------------------------------------

    /** The drafts that are still untouched starter texts: draft id to starter code. */
    public ObservableMap<Long, String> starterDrafts() {
        return starterDrafts;
    }

    /** The draft that is the untouched starter {@code starter}, or 0 when the user edited or removed it. */
    public long draftOf(StarterText starter) {
        return starterDrafts.entrySet().stream().filter(entry -> entry.getValue().equals(starter.code()))
                .mapToLong(Map.Entry::getKey).findFirst().orElse(0);
    }

    /**
     * A draft was saved or deleted in the drafts area: the storage decides whether it is still an example (an edit
     * of its words makes it the user's own), so the marks are read again after the writes queued so far.
     */
    public void draftsChanged() {
        Tasks.create(repository::starterDrafts).onSuccess(marks -> {
            starterDrafts.keySet().retainAll(marks.keySet());
            starterDrafts.putAll(marks);
        }).runOn(writes.runner());
    }
}
