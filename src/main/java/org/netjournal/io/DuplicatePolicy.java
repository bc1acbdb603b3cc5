package org.netjournal.io;

/** What an import does with rows that are already in the journal (or earlier in the same file). */
public enum DuplicatePolicy {
    /** Leave the contact in the journal as it is; the row is not imported. */
    SKIP,
    /** Merge the row into the contact in the journal (see {@link ImportPlanner#merge}). */
    UPDATE
}
