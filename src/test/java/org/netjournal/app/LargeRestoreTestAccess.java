package org.netjournal.app;

import java.nio.file.Path;

/** Lets the benchmark write the large-restore test's export (the test class is package-private). */
public final class LargeRestoreTestAccess {

    private LargeRestoreTestAccess() {
    }

    public static void writeExport(Path file, int contacts) throws Exception {
        LargeRestoreTest.writeExport(file, contacts);
    }
}
