package org.netjournal.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one small thing to do next with each target person, from the rung of the comfort ladder they are on: a
 * like for someone only watched so far, a comment after likes, then a connection request, a short message, a
 * suggestion to meet, and after meeting a hello now and then. Logging the interaction moves the stage up (see
 * {@link ContactRules#stageAfter}), so the next suggestion is the next rung.
 */
public final class NextSmallSteps {

    /** Suggestions shown on the home page at most: more would be a to-do list, not a small step. */
    public static final int SHOWN = 3;

    /**
     * The rhythm for a target person without a keep-in-touch cadence: a small step every two weeks keeps them in
     * mind without turning the list into a chore.
     */
    public static final int DEFAULT_RHYTHM_DAYS = 14;

    private NextSmallSteps() {
    }

    /** What to do, in words the page chooses; ordered like the comfort ladder. */
    public enum Suggestion {
        LIKE_A_POST,
        COMMENT,
        CONNECT,
        SEND_A_MESSAGE,
        SUGGEST_MEETING,
        SAY_HELLO
    }

    /**
     * One suggestion.
     *
     * @param dueOn the day the step is due: the contact's next due day, or, without a cadence, the last interaction
     *              (else the day the contact was added) plus {@value #DEFAULT_RHYTHM_DAYS} days
     */
    public record Step(ContactSummary contact, Suggestion suggestion, LocalDate dueOn) {

        public Step {
            Objects.requireNonNull(contact);
            Objects.requireNonNull(suggestion);
            Objects.requireNonNull(dueOn);
        }

        /** Days overdue (positive), 0 when due today, negative when still ahead. */
        public long daysOverdue(LocalDate today) {
            return ChronoUnit.DAYS.between(dueOn, today);
        }
    }

    /** The next rung's suggestion for someone on {@code stage}. */
    public static Suggestion forStage(ComfortStage stage) {
        return switch (Objects.requireNonNull(stage)) {
            case OBSERVE -> Suggestion.LIKE_A_POST;
            case LIKE -> Suggestion.COMMENT;
            case COMMENT -> Suggestion.CONNECT;
            case CONNECT -> Suggestion.SEND_A_MESSAGE;
            case MESSAGE -> Suggestion.SUGGEST_MEETING;
            case MEET -> Suggestion.SAY_HELLO;
        };
    }

    /** The suggestion for one contact, whether due or not (the contact page shows it always). */
    public static Step forContact(ContactSummary contact) {
        LocalDate dueOn = contact.nextDue().orElseGet(() -> {
            LocalDate last = contact.lastInteraction() != null ? contact.lastInteraction() : contact.addedOn();
            return last == null ? LocalDate.MIN : last.plusDays(DEFAULT_RHYTHM_DAYS);
        });
        return new Step(contact, forStage(contact.stage()), dueOn);
    }

    /**
     * At most {@code limit} steps due by the end of {@code week} among {@code targets}, the most overdue first
     * (then by name); contacts in {@code snoozed} are left out.
     */
    public static List<Step> forWeek(Collection<ContactSummary> targets, Week week, Set<Long> snoozed, int limit) {
        LocalDate weekEnd = week.lastDay();
        return targets.stream().filter(contact -> !snoozed.contains(contact.id())).map(NextSmallSteps::forContact)
                .filter(step -> !step.dueOn().isAfter(weekEnd))
                .sorted(Comparator.comparing(Step::dueOn)
                        .thenComparing(Step::contact, ContactSummary.BY_NAME))
                .limit(limit).toList();
    }
}
