package org.netjournal.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses storage calls on the JavaFX thread while the tests run ({@value #PROPERTY} = true, set by the build for
 * tests only): the window must never wait on SQLite. Recognises the thread by its name because storage imports no
 * JavaFX. Each refusal is also kept, so that a test fails even when the refused call's error is swallowed on the
 * JavaFX thread.
 */
final class StorageThreadGuard {

    /** The system property that turns the guard on. */
    public static final String PROPERTY = "netjournal.storageThreadGuard";

    /** The name JavaFX gives its application thread. */
    private static final String FX_THREAD_NAME = "JavaFX Application Thread";

    private static final boolean ENABLED = Boolean.getBoolean(PROPERTY);
    private static final List<IllegalStateException> REFUSALS = new ArrayList<>();

    private StorageThreadGuard() {
    }

    /** Throws (and keeps the refusal) when the guard is on and this is the JavaFX thread. */
    static void check(String what) {
        if (ENABLED && FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            IllegalStateException refused = new IllegalStateException(what + " on the JavaFX thread");
            synchronized (REFUSALS) {
                REFUSALS.add(refused);
            }
            throw refused;
        }
    }

    static boolean enabled() {
        return ENABLED;
    }

    /** The refusals since the last call, oldest first. */
    static List<IllegalStateException> takeRefusals() {
        synchronized (REFUSALS) {
            List<IllegalStateException> taken = List.copyOf(REFUSALS);
            REFUSALS.clear();
            return taken;
        }
    }
}
