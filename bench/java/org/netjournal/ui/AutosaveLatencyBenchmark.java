package org.netjournal.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.netjournal.storage.DataFolder;

/**
 * Autosave latency (issue 6, points 2 and 8): the real app, headless, a user typing a few characters into a
 * step's notes; measured from the last keystroke reaching the editor (the text changed, on the FX thread) to
 * the note being committed in the journal file (seen by a second, independent SQLite connection polling every
 * millisecond). Through the real debounce ({@code Autosave}: 700 ms). Prints median and worst over the runs
 * and the ratio to the debounce.
 *
 * <pre>bench/autosave.sh [RUNS]      (default 50)</pre>
 */
public final class AutosaveLatencyBenchmark {

    static final int DEBOUNCE_MILLIS = org.netjournal.ui.common.Autosave.DEBOUNCE_MILLIS;

    private AutosaveLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path dir = Files.createTempDirectory("netjournal-autosave");
        AppDriver app = new AppDriver(dir).start();
        List<Double> latencies = new ArrayList<>();
        try {
            app.robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
            AppDriver.waitUntil(() -> app.robot.lookup("#stepPage2").tryQuery().isPresent(), "step 2");
            TextArea notes = app.robot.lookup("#stepPage2 #notes").queryAs(TextArea.class);
            AtomicLong lastChange = new AtomicLong();
            Platform.runLater(() -> notes.textProperty().addListener((obs, old, now) -> lastChange.set(System.nanoTime())));
            app.robot.clickOn(notes);
            String url = "jdbc:sqlite:" + new DataFolder(dir).databaseFile();
            try (Connection reader = DriverManager.getConnection(url);
                 PreparedStatement select = reader.prepareStatement("SELECT notes FROM step WHERE number = 2")) {
                for (int run = 0; run < runs; run++) {
                    app.robot.write("w" + run + " "); // a short burst of typing, then a pause
                    String expected = notes.getText();
                    while (!expected.equals(stored(select))) {
                        Thread.sleep(1);
                    }
                    long inFile = System.nanoTime();
                    latencies.add((inFile - lastChange.get()) / 1e6);
                    Thread.sleep(100 + run % 7 * 30); // different phases against the pulse and the storage thread
                }
            }
            app.quit();
        } catch (Throwable failure) {
            app.stop();
            throw failure;
        }
        Collections.sort(latencies);
        double median = latencies.get(latencies.size() / 2);
        double worst = latencies.get(latencies.size() - 1);
        double best = latencies.get(0);
        System.out.printf(Locale.ROOT, "Autosave latency, last keystroke to the note committed in the file, %d runs "
                + "(debounce %d ms):%n", runs, DEBOUNCE_MILLIS);
        System.out.printf(Locale.ROOT, "  median %.0f ms (%.2f x the debounce, %.0f ms after it)%n", median,
                median / DEBOUNCE_MILLIS, median - DEBOUNCE_MILLIS);
        System.out.printf(Locale.ROOT, "  best %.0f ms, worst %.0f ms (%.2f x the debounce)%n", best, worst,
                worst / DEBOUNCE_MILLIS);
        System.exit(0);
    }

    private static String stored(PreparedStatement select) throws Exception {
        try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
