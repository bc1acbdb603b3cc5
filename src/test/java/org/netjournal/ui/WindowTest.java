package org.netjournal.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that drives the real window on its own fresh data folder. Whatever a test started is stopped after it,
 * also when it failed halfway, so the next test gets a clean toolkit.
 */
abstract class WindowTest {

    @TempDir
    Path dataDir;

    /** The app a test started ({@code app = new AppDriver(dataDir).start()}); stopped after each test. */
    AppDriver app;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            app.stop();
        }
    }
}
