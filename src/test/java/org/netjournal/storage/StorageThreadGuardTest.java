package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard that keeps SQLite off the JavaFX thread while the tests run. */
class StorageThreadGuardTest {

    @TempDir
    Path dir;

    @Test
    void theBuildTurnsTheGuardOnForTests() {
        assertTrue(StorageThreadGuard.enabled(), "surefire sets -D" + StorageThreadGuard.PROPERTY + "=true");
    }

    @Test
    void openingReadingAndWritingAreRefusedOnTheJavaFxThread() throws Exception {
        try (JournalDatabase database = JournalDatabase.open(new DataFolder(dir))) {
            StepRepository steps = new StepRepository(database);
            assertEquals(7, steps.loadAll().size(), "on any other thread storage works");

            assertInstanceOf(IllegalStateException.class, onAThreadNamedLikeJavaFx(() -> steps.loadAll()));
            assertInstanceOf(IllegalStateException.class, onAThreadNamedLikeJavaFx(() -> {
                steps.saveNotes(1, "typed");
                return null;
            }));
            assertInstanceOf(IllegalStateException.class,
                    onAThreadNamedLikeJavaFx(() -> JournalDatabase.open(new DataFolder(dir.resolve("other")))));
            assertEquals(3, StorageThreadGuard.takeRefusals().size(), "kept for the extension, which would fail us");
            assertNotEquals("typed", steps.load(1).notes(), "nothing was written");
        }
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static Throwable onAThreadNamedLikeJavaFx(Call call) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                call.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "JavaFX Application Thread");
        thread.start();
        thread.join();
        return failure.get();
    }
}
