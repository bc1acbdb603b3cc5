import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A second reference point for the start-up benchmark: the bare window plus what any themed JavaFX app pays
 * before it shows anything of its own: the AtlantaFX stylesheet and one control styled by it. The gap between
 * this and {@code BareWindow} is the theme's share; the gap between NetJournal and this is the app's own.
 * Not part of the app: bench/startup.sh compiles it on the fly (after BareWindow, whose frame report
 * it shares) and runs it on the app's own runtime.
 */
public final class ThemedWindow extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        BareWindow.showAndReportFirstFrame(stage, new Scene(new StackPane(new Button("OK")), 1100, 720),
                "Themed JavaFX window");
    }

    public static void main(String[] args) {
        launch(ThemedWindow.class, args);
    }
}
