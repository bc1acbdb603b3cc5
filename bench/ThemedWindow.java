import java.time.Duration;
import java.time.Instant;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A second reference point for the start-up benchmark: the bare window plus what any themed JavaFX app pays
 * before it shows anything of its own: the AtlantaFX stylesheet and one control styled by it. The gap between
 * this and {@code BareWindow} is the theme's share; the gap between NetJournal and this is the app's own.
 * Not part of the app: packaging/bench-startup.sh compiles it on the fly and runs it on the app's own runtime.
 */
public final class ThemedWindow extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        Scene scene = new Scene(new StackPane(new Button("OK")), 1100, 720);
        stage.setTitle("Themed JavaFX window");
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
        launch(ThemedWindow.class, args);
    }
}
