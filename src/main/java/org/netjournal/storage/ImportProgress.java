package org.netjournal.storage;

/**
 * Lets a long import tell how far it is and ask whether the user cancelled. Called on the storage thread:
 * implementations must be cheap and thread-safe (e.g. update a JavaFX {@code Task}'s progress).
 */
public interface ImportProgress {

    /** {@code done} of {@code total} items are written (not yet committed). */
    void report(int done, int total);

    /** True when the import should stop; everything written so far is then rolled back. */
    boolean isCancelled();

    /** No reporting, never cancelled. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void report(int done, int total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
