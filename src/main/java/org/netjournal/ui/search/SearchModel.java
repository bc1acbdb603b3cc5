package org.netjournal.ui.search;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.netjournal.domain.SearchResults;
import org.netjournal.storage.SearchRepository;
import org.netjournal.tasks.TaskRunner;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.UserFacingErrors;

/**
 * Runs searches on the storage thread and hands back only the answer to the latest one: while the user types,
 * an older query that is still queued is skipped, and one that finishes late is dropped.
 */
public final class SearchModel {

    /** Hits shown per kind; the group header says how many there are in all. */
    public static final int HITS_PER_KIND = 5;

    private final SearchRepository repository;
    private final TaskRunner runner;
    private final UserFacingErrors errors;
    /** The ticket of the latest request; written on the UI thread, read on the storage thread too. */
    private final AtomicLong latest = new AtomicLong();

    public SearchModel(SearchRepository repository, TaskRunner runner, UserFacingErrors errors) {
        this.repository = repository;
        this.runner = runner;
        this.errors = errors;
    }

    /**
     * Searches for {@code text}; {@code onResults} gets the results, or {@code onFailure} a sentence saying what
     * went wrong, on the UI thread, unless a newer search was asked for meanwhile.
     */
    public void search(String text, Consumer<SearchResults> onResults, Consumer<String> onFailure) {
        long ticket = latest.incrementAndGet();
        Tasks.create(() -> ticket == latest.get() ? repository.search(text, HITS_PER_KIND) : null)
                .onSuccess(results -> {
                    if (results != null && ticket == latest.get()) {
                        onResults.accept(results);
                    }
                })
                .onError(error -> {
                    if (ticket == latest.get()) {
                        onFailure.accept(errors.describe(error));
                    }
                })
                .runOn(runner);
    }

    /** Forgets the searches asked for so far: their answers will not be handed back. */
    public void cancel() {
        latest.incrementAndGet();
    }
}
