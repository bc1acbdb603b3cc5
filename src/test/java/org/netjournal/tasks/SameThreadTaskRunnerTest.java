package org.netjournal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test runner keeps FxTaskRunner's promises: order, one answer per piece of work, the barrier, errors. */
class SameThreadTaskRunnerTest {

    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final List<String> events = new ArrayList<>();

    @Test
    void workQueuedByACallbackRunsAfterItAndTheBarrierWaitsForIt() {
        Tasks.create(() -> "a").onSuccess(result -> {
            events.add("a done");
            Tasks.create(() -> "b").onSuccess(done -> events.add("b done")).runOn(runner);
            runner.afterPendingWrites(() -> events.add("barrier"));
            events.add("a callback ends");
        }).andFinally(() -> events.add("a finally")).runOn(runner);
        assertEquals(List.of("a done", "a callback ends", "a finally", "b done", "barrier"), events);
    }

    @Test
    void anErrorGoesToOnErrorThenAndFinallyAndTheNextWorkStillRuns() {
        Tasks.create((Tasks.Work) () -> {
            throw new AssertionError("not only exceptions");
        }).onSuccess(result -> events.add("success")).onError(error -> events.add("error " + error.getMessage()))
                .andFinally(() -> events.add("finally")).runOn(runner);
        Tasks.create(() -> "next").onSuccess(events::add).runOn(runner);
        assertEquals(List.of("error not only exceptions", "finally", "next"), events);
    }

    @Test
    void afterShutdownWorkIsDropped() {
        runner.shutdown();
        Tasks.create(() -> "late").onSuccess(events::add).andFinally(() -> events.add("finally")).runOn(runner);
        runner.afterPendingWrites(() -> events.add("barrier"));
        assertEquals(List.of(), events);
    }
}
