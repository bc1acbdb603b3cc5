package org.netjournal.storage;

/**
 * The journal looks lost (see {@link JournalHealth.Assessment#looksLost()}): it was not opened and nothing was
 * written, so the user can choose between restoring a backup and starting fresh.
 */
public final class LostJournalException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient JournalHealth.Assessment assessment;

    public LostJournalException(JournalHealth.Assessment assessment) {
        super("The journal " + assessment.journal() + " looks lost: " + assessment.describe());
        this.assessment = assessment;
    }

    public JournalHealth.Assessment assessment() {
        return assessment;
    }
}
