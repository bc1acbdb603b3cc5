package org.netjournal.ui.shared.coach;

import java.util.List;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.ContactSummary;
import org.netjournal.domain.EnergyInsights;
import org.netjournal.domain.NextSmallSteps;
import org.netjournal.i18n.Messages;

/** The coach's words: a next small step and the energy insights as plain sentences with their numbers. */
public final class CoachTexts {

    private final Messages messages;

    public CoachTexts(Messages messages) {
        this.messages = messages;
    }

    /** "Like one of Anna's posts", "Send Lena a short message" … */
    public String step(NextSmallSteps.Suggestion suggestion, ContactSummary contact) {
        return step(suggestion, callName(contact.firstName(), contact.fullName()));
    }

    /** The step with {@code name} as the person is called (see {@link #callName}). */
    public String step(NextSmallSteps.Suggestion suggestion, String name) {
        String key = switch (suggestion) {
            case LIKE_A_POST -> "coach.step.like";
            case COMMENT -> "coach.step.comment";
            case CONNECT -> "coach.step.connect";
            case SEND_A_MESSAGE -> "coach.step.message";
            case SUGGEST_MEETING -> "coach.step.meet";
            case SAY_HELLO -> "coach.step.hello";
        };
        return messages.format(key, name);
    }

    /** The first name when there is one (a coach speaks of Anna, not of Anna Berg), else what the contact has. */
    public static String callName(String firstName, String fullName) {
        if (firstName != null && !firstName.isBlank()) {
            return firstName.strip();
        }
        return fullName == null || fullName.isBlank() ? "\u2026" : fullName.strip();
    }

    /** Each insight as one sentence. */
    public List<String> insights(List<EnergyInsights.Insight> insights) {
        return insights.stream().map(this::insight).toList();
    }

    public String insight(EnergyInsights.Insight insight) {
        if (insight instanceof EnergyInsights.RecentChange change) {
            return recentChange(change);
        }
        if (insight instanceof EnergyInsights.ShortVersusLong duration) {
            return messages.format(duration.shortLeavesMore() ? "coach.insight.shortMore" : "coach.insight.longMore",
                    duration.thresholdMinutes(), points(duration.shortAverage()), duration.shortSessions(),
                    points(duration.longAverage()), duration.longSessions());
        }
        EnergyInsights.ActionCost cost = (EnergyInsights.ActionCost) insight;
        return sentence(messages.format("coach.insight.actionCost", action(cost.cheaper()), action(cost.dearer()),
                points(cost.cheaperCost()), points(cost.dearerCost()), cost.cheaperSessions(), cost.dearerSessions()));
    }

    /** English names the actions in lower case ("than messaging"); the sentence still starts with a capital. */
    private String sentence(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(messages.language().locale()) + text.substring(1);
    }

    private String recentChange(EnergyInsights.RecentChange change) {
        if (change.rose() >= change.fell()) {
            return messages.format("coach.insight.rose", change.rose(), change.sessions());
        }
        return messages.format("coach.insight.fell", change.fell(), change.sessions());
    }

    private String action(ActionKind kind) {
        return switch (kind) {
            case POSTS -> messages.get("coach.action.posting");
            case COMMENTS -> messages.get("coach.action.commenting");
            case LIKES -> messages.get("coach.action.liking");
            case NEW_CONNECTIONS -> messages.get("coach.action.connecting");
            case MESSAGES -> messages.get("coach.action.messaging");
            case LOOKED_AROUND -> messages.get("coach.action.lookingAround");
        };
    }

    private String points(double value) {
        return String.format(messages.language().locale(), "%.1f", value);
    }
}
