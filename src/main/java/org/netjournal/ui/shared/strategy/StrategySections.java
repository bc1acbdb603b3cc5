package org.netjournal.ui.shared.strategy;

import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.netjournal.domain.StarterText;
import org.netjournal.ui.Destination;
import org.netjournal.ui.UiContext;

/** What steps 4, 5 and 6 show of the strategy, below their checklists (see {@code StepExtras}). */
public final class StrategySections {

    private StrategySections() {
    }

    /** Step 4: the notebook for accounts worth following, the sessions and goals, words for a first comment. */
    public static Region lookingAround(UiContext context, Region activity) {
        return new VBox(22, new LookingAroundSection(context.strategy(), context.contacts(), context.messages(),
                () -> context.navigation().go(new Destination.Contacts(false))).root(), activity,
                starters(context, StarterText.THANK_YOU_COMMENT, StarterText.ENJOYED_YOUR_TALK));
    }

    /** Step 5: the goal, the people on the list, and words for a first request. */
    public static Region strategy(UiContext context) {
        return new VBox(22, new GoalSection(context.strategy(), context.messages(), context.steps().autosave()).root(),
                new TargetListSection(context.strategy(), context.contacts(), context.messages(), context.unsent(),
                        () -> context.navigation().go(new Destination.Contacts(false))).root(),
                starters(context, StarterText.REQUEST_COLLEAGUE, StarterText.REQUEST_NOT_MET_YET,
                        StarterText.INTRODUCE_IN_GROUP));
    }

    /** Step 6: the goal pinned above the sessions and goals, and words for posting and commenting. */
    public static Region getActive(UiContext context, Region activity) {
        return new VBox(22, new PinnedGoal(context.strategy(), context.messages(), context.navigation(), false).root(),
                activity, starters(context, StarterText.INTRODUCE_IN_GROUP, StarterText.ENJOYED_YOUR_TALK,
                        StarterText.THANK_YOU_COMMENT));
    }

    private static Region starters(UiContext context, StarterText... starters) {
        return new StarterOffer(context.strategy(), context.messages(), context.navigation(), List.of(starters)).root();
    }
}
