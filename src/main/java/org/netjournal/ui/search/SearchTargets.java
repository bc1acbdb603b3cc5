package org.netjournal.ui.search;

import org.netjournal.domain.SearchHit;
import org.netjournal.ui.Destination;

/** Where a search hit opens: the editor of its item, with the item selected. */
public final class SearchTargets {

    /** Wins are shown on step 7. */
    static final int WINS_STEP = 7;
    /** Step 2 holds the user's networks and their whys. */
    static final int NETWORKS_STEP = 2;

    /** The post planner is on step 6. */
    static final int POSTS_STEP = 6;

    private SearchTargets() {
    }

    public static Destination destinationOf(SearchHit hit) {
        return switch (hit.kind()) {
            case STEP -> new Destination.Step((int) hit.id());
            case CONTACT -> new Destination.Contacts(false, hit.id());
            // an interaction is part of its contact's timeline
            case INTERACTION -> new Destination.Contacts(false, hit.contactId() == null ? 0 : hit.contactId());
            case SESSION -> new Destination.Journal(hit.id());
            case DRAFT -> new Destination.Drafts(hit.id());
            case WIN -> new Destination.Step(WINS_STEP);
            case NETWORK -> new Destination.Step(NETWORKS_STEP);
            case POST -> new Destination.Step(POSTS_STEP);
            case REVIEW -> new Destination.Journal(); // the journal lists the weekly reviews
        };
    }
}
