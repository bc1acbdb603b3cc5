package org.netjournal.ui.shared.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.ActionKind;
import org.netjournal.domain.EnergyInsights;
import org.netjournal.domain.NextSmallSteps;
import org.netjournal.i18n.Language;
import org.netjournal.i18n.Messages;

/** The coach's sentences, with their numbers, in English and German. */
class CoachTextsTest {

    private final CoachTexts english = new CoachTexts(new Messages(Language.ENGLISH));
    private final CoachTexts german = new CoachTexts(new Messages(Language.GERMAN));

    @Test
    void theStepsNameThePersonByTheFirstName() {
        assertEquals("Like one of Anna's posts", english.step(NextSmallSteps.Suggestion.LIKE_A_POST, "Anna"));
        assertEquals("Send Lena a connection request", english.step(NextSmallSteps.Suggestion.CONNECT, "Lena"));
        assertEquals("Suggest a call or coffee to Mia", english.step(NextSmallSteps.Suggestion.SUGGEST_MEETING, "Mia"));
        assertEquals("Lena eine kurze Nachricht schreiben",
                german.step(NextSmallSteps.Suggestion.SEND_A_MESSAGE, "Lena"));
        assertEquals("Anna", CoachTexts.callName(" Anna ", "Anna Berg"));
        assertEquals("Dr. Berg", CoachTexts.callName("", "Dr. Berg"));
    }

    @Test
    void theInsightsArePlainSentencesWithTheirCounts() {
        List<EnergyInsights.Insight> insights = List.of(new EnergyInsights.RecentChange(5, 1, 1, 7),
                new EnergyInsights.ShortVersusLong(20, 4.0, 5, 3.2, 5),
                new EnergyInsights.ActionCost(ActionKind.COMMENTS, 0.0, 5, ActionKind.MESSAGES, 1.0, 5));

        assertEquals(List.of("Your energy rose after 5 of your last 7 sessions.",
                "Sessions under 20 minutes left you with more energy (4.0 on average, 5 sessions) than longer ones "
                        + "(3.2, 5 sessions).",
                "Commenting costs you less energy than messaging (0.0 vs 1.0 points, 5 and 5 sessions)."),
                english.insights(insights));
        assertEquals("Sitzungen unter 20 Minuten ließen dir mehr Energie (4,0 im Schnitt, 5 Sitzungen) als längere "
                + "(3,2, 5 Sitzungen).", german.insight(insights.get(1)));
    }

    @Test
    void fallingEnergyAndLongerSessionsAreSaidAsTheyAre() {
        assertEquals("Your energy fell after 4 of your last 6 sessions.",
                english.insight(new EnergyInsights.RecentChange(1, 1, 4, 6)));
        assertEquals("Sessions of 20 minutes or more left you with more energy (4.5 on average, 6 sessions) than "
                        + "shorter ones (3.0, 5 sessions).",
                english.insight(new EnergyInsights.ShortVersusLong(20, 3.0, 5, 4.5, 6)));
    }
}
