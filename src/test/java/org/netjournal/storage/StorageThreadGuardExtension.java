package org.netjournal.storage;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test (see {@code META-INF/services}): fails a test during which storage was called on the
 * JavaFX thread, even when the refusal's exception was swallowed there.
 */
public final class StorageThreadGuardExtension implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        List<IllegalStateException> refusals = StorageThreadGuard.takeRefusals();
        if (!refusals.isEmpty()) {
            AssertionError failure = new AssertionError(refusals.size()
                    + " storage call(s) on the JavaFX thread during (or just before) this test; the first one",
                    refusals.get(0));
            refusals.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
