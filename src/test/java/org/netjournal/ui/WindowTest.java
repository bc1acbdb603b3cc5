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

    /** Every text shown under {@code root}, in order, one per line. */
    static String texts(javafx.scene.Node root) {
        StringBuilder all = new StringBuilder();
        collect(root, all);
        return all.toString();
    }

    private static void collect(javafx.scene.Node node, StringBuilder all) {
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
            all.append(labeled.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                collect(child, all);
            }
        }
    }

    /** Ctrl+number, as a user opens a step, and waits for its page. */
    void showStep(int number) throws Exception {
        app.robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.valueOf("DIGIT" + number));
        AppDriver.waitUntil(() -> app.robot.lookup("#stepPage" + number).tryQuery().isPresent(), "step " + number);
    }
}
