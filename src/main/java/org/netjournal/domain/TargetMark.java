package org.netjournal.domain;

/**
 * A contact the user put on their list of target contacts (step 5), with the focus group it belongs to, or
 * {@code group == null} when it is on the list without one. A contact without a mark is not a target contact,
 * however it came into the journal (an imported connection is not chosen yet).
 */
public record TargetMark(long contactId, FocusGroup group) {

    public TargetMark {
        if (contactId <= 0) {
            throw new IllegalArgumentException("A target mark belongs to a saved contact");
        }
    }
}
