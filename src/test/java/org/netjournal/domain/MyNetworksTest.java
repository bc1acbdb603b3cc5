package org.netjournal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the user's networks mean for steps 2 and 3, the defaults and the review reminder. */
class MyNetworksTest {

    @Test
    void nothingChosenMeansNoDefaultsAndNoTicks() {
        MyNetworks none = new MyNetworks(List.of(MyNetwork.chosen(Network.XING).withChosen(false)));
        assertEquals(Set.of(), none.defaults());
        assertNull(none.firstDefault());
        assertFalse(none.anyChosen());
        assertFalse(none.accountsCreated());
        assertFalse(none.profilesFilled());
        assertFalse(none.privacyReviewed());
    }

    @Test
    void chosenNetworksAreTheDefaultsInTheUsersOrderAndOwnOnesCountAsOther() {
        MyNetworks mine = new MyNetworks(List.of(MyNetwork.chosen(Network.MASTODON), MyNetwork.custom("Forum"),
                MyNetwork.chosen(Network.LINKEDIN), MyNetwork.custom("Slack group")));
        assertEquals(List.of(Network.MASTODON, Network.OTHER, Network.LINKEDIN), List.copyOf(mine.defaults()));
        assertEquals(Network.MASTODON, mine.firstDefault());
        assertTrue(mine.anyChosen());
        assertFalse(mine.anyChosenWithWhy());
        assertTrue(new MyNetworks(List.of(MyNetwork.chosen(Network.X).withWhy("tech people"))).anyChosenWithWhy());
        assertFalse(new MyNetworks(List.of(MyNetwork.chosen(Network.X).withWhy("  \n"))).anyChosenWithWhy());
    }

    @Test
    void stepThreeTicksOnlyWhenEveryChosenNetworkIsDone() {
        MyNetwork linkedIn = MyNetwork.chosen(Network.LINKEDIN);
        for (NetworkCheck check : linkedIn.profileChecks()) {
            linkedIn = linkedIn.withChecked(check, true);
        }
        MyNetwork instagram = MyNetwork.chosen(Network.INSTAGRAM).withChecked(NetworkCheck.ACCOUNT, true);
        MyNetworks both = new MyNetworks(List.of(linkedIn, instagram));
        assertTrue(both.accountsCreated());
        assertFalse(both.profilesFilled());
        assertFalse(both.privacyReviewed());

        MyNetwork reviewed = instagram.withReviewedOn(LocalDate.of(2026, 1, 5));
        assertFalse(new MyNetworks(List.of(linkedIn, reviewed)).privacyReviewed());
        MyNetwork allPrivacyTicked = linkedIn;
        for (NetworkCheck check : linkedIn.privacyChecks()) {
            allPrivacyTicked = allPrivacyTicked.withChecked(check, true);
        }
        assertTrue(new MyNetworks(List.of(allPrivacyTicked, reviewed)).privacyReviewed());
        // a network no longer chosen does not hold the step back
        assertTrue(new MyNetworks(List.of(allPrivacyTicked, instagram.withChosen(false))).privacyReviewed());
    }

    @Test
    void aReviewIsDueSixMonthsAfterTheLastOneAndNeverBeforeTheFirst() {
        MyNetwork never = MyNetwork.chosen(Network.X);
        MyNetwork reviewed = MyNetwork.chosen(Network.LINKEDIN).withReviewedOn(LocalDate.of(2026, 1, 31));
        MyNetworks mine = new MyNetworks(List.of(never, reviewed));
        assertEquals(List.of(), mine.reviewsDue(LocalDate.of(2026, 7, 31)));
        assertEquals(List.of(reviewed), mine.reviewsDue(LocalDate.of(2026, 8, 1)));
        assertFalse(reviewed.withChosen(false).reviewOverdue(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void theProfileLinkIsKeptAsTypedAndRepairedWhenRead() {
        MyNetwork typed = MyNetwork.chosen(Network.LINKEDIN).withProfileLink(" linkedin.com/in/ada ");
        assertEquals(" linkedin.com/in/ada ", typed.profileLink());
        assertEquals(Optional.of(new ProfileLink(Network.LINKEDIN, "https://linkedin.com/in/ada")), typed.profile());
        assertEquals(Optional.empty(), typed.withProfileLink("my profile").profile());
        assertEquals(Network.OTHER, MyNetwork.custom("Forum").withProfileLink("forum.example/u/ada")
                .profile().orElseThrow().network());
    }

    @Test
    void aNetworkOfOnesOwnNeedsANameAndABuiltInOneHasNone() {
        assertThrows(IllegalArgumentException.class, () -> MyNetwork.custom("  "));
        assertThrows(IllegalArgumentException.class, () -> new MyNetwork(0, Network.X, "Twitter", true, "", "",
                null, Set.of()));
        assertEquals("Forum", MyNetwork.custom(" Forum ").customName());
    }
}
