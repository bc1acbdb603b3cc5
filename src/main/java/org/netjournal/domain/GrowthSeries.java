package org.netjournal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How far the user has come: for each of the last weeks, how many target contacts stood on each rung of the
 * comfort ladder at the end of that week, and the days of the user's firsts (first comment, first connection
 * request, first message, first meeting). Stage changes are recorded from the version that stores them on; for the
 * time before, a contact's stage in a week is derived from the interactions logged up to then (the highest rung
 * reached, never down), and the series says from when it is recorded.
 */
public final class GrowthSeries {

    /** Weeks the chart shows by default. */
    public static final int WEEKS = 12;

    /** A recorded move of a contact to a stage on a day. */
    public record StageChange(long contactId, LocalDate date, ComfortStage stage) {

        public StageChange {
            Objects.requireNonNull(date);
            Objects.requireNonNull(stage);
        }
    }

    /** Target contacts per stage at the end of {@code week}; every stage is present (0 when nobody). */
    public record WeekStages(Week week, Map<ComfortStage, Integer> contacts) {

        public WeekStages {
            Objects.requireNonNull(week);
            contacts = Collections.unmodifiableMap(new EnumMap<>(contacts));
        }

        public int count(ComfortStage stage) {
            return contacts.getOrDefault(stage, 0);
        }

        public int total() {
            return contacts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The firsts marked on the chart, each with the interaction kind that makes it. */
    public enum First {
        FIRST_COMMENT(InteractionKind.COMMENTED),
        FIRST_CONNECTION_REQUEST(InteractionKind.REQUEST_SENT),
        FIRST_MESSAGE(InteractionKind.MESSAGED),
        FIRST_MEETING(InteractionKind.MET);

        private final InteractionKind kind;

        First(InteractionKind kind) {
            this.kind = kind;
        }

        public InteractionKind kind() {
            return kind;
        }
    }

    /** A first and the day it happened. */
    public record Milestone(First first, LocalDate date) {
    }

    /**
     * The series, oldest week first.
     *
     * @param recordedSince the first day a stage change was recorded; weeks ending before it are derived from
     *                      interactions (empty: all of it is derived)
     */
    public record Series(List<WeekStages> weeks, List<Milestone> firsts, Optional<LocalDate> recordedSince) {

        public Series {
            weeks = List.copyOf(weeks);
            firsts = List.copyOf(firsts);
            Objects.requireNonNull(recordedSince);
        }

        /** True when at least one week shown is derived from interactions rather than recorded stage changes. */
        public boolean partlyDerived() {
            return weeks.stream().anyMatch(week -> recordedSince.map(since -> week.week().lastDay().isBefore(since))
                    .orElse(true));
        }
    }

    private GrowthSeries() {
    }

    /**
     * The last {@code weeks} weeks ending with {@code current}. A target contact counts from the week it was added
     * (from the start when that day is unknown). Its stage at the end of a week is the last recorded change up to
     * then, else the highest rung of its interactions up to then (observe without any); in the current week its
     * present stage, which is what the user sees everywhere else.
     *
     * @param interactions all interactions (the firsts come from every contact, not only targets)
     */
    public static Series of(Collection<ContactSummary> targets, Collection<Interaction> interactions,
                            Collection<StageChange> changes, Week current, int weeks) {
        List<WeekStages> series = new ArrayList<>(weeks);
        for (Week week = current.plusWeeks(-(weeks - 1L)); !week.isAfter(current); week = week.next()) {
            Map<ComfortStage, Integer> counts = new EnumMap<>(ComfortStage.class);
            for (ComfortStage stage : ComfortStage.values()) {
                counts.put(stage, 0);
            }
            LocalDate end = week.lastDay();
            for (ContactSummary contact : targets) {
                if (contact.addedOn() != null && contact.addedOn().isAfter(end)) {
                    continue;
                }
                ComfortStage stage = week.equals(current) ? contact.stage()
                        : stageAt(contact.id(), end, interactions, changes);
                counts.merge(stage, 1, Integer::sum);
            }
            series.add(new WeekStages(week, counts));
        }
        Optional<LocalDate> recordedSince = changes.stream().map(StageChange::date).min(LocalDate::compareTo);
        return new Series(series, firsts(interactions), recordedSince);
    }

    /** The stage of one contact at the end of {@code day}, from recorded changes, else from interactions. */
    static ComfortStage stageAt(long contactId, LocalDate day, Collection<Interaction> interactions,
                                Collection<StageChange> changes) {
        StageChange latest = null;
        for (StageChange change : changes) {
            if (change.contactId() == contactId && !change.date().isAfter(day)
                    && (latest == null || !change.date().isBefore(latest.date()))) {
                latest = change;
            }
        }
        if (latest != null) {
            return latest.stage();
        }
        ComfortStage stage = ComfortStage.OBSERVE;
        for (Interaction interaction : interactions) {
            if (interaction.contactId() == contactId && !interaction.date().isAfter(day)) {
                stage = ContactRules.stageAfter(stage, interaction.kind());
            }
        }
        return stage;
    }

    /** The day of each first that happened, in the order of {@link First}. */
    static List<Milestone> firsts(Collection<Interaction> interactions) {
        List<Milestone> milestones = new ArrayList<>();
        for (First first : First.values()) {
            interactions.stream().filter(interaction -> interaction.kind() == first.kind())
                    .map(Interaction::date).min(LocalDate::compareTo)
                    .ifPresent(date -> milestones.add(new Milestone(first, date)));
        }
        return milestones;
    }
}
