import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: the least a JavaFX app can do (an empty window), measured exactly like
 * NetJournal's start-up probe (process start to the first painted frame) and printed in the same format.
 * Not part of the app: bench/startup.sh compiles it on the fly and runs it on the app's own runtime.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        showAndReportFirstFrame(stage, new Scene(new StackPane(), 1100, 720), "Bare JavaFX window");
    }

    /** Shows {@code scene}, prints the time from process start to its first painted frame, then exits. */
    static void showAndReportFirstFrame(Stage stage, Scene scene, String title) {
        stage.setTitle(title);
        stage.setScene(scene);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                System.out.println("NETJOURNAL_STARTUP_MS=" + Duration.between(started, Instant.now()).toMillis());
                System.out.flush();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        stage.show();
    }

    public static void main(String[] args) {
        launch(BareWindow.class, args);
    }
}
