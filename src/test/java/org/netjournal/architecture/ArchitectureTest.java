package org.netjournal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.scene.control.ProgressIndicator;
import org.netjournal.ui.theme.TrimmedTheme;

/**
 * The house rules, checked on the main classes: only {@code storage} talks to SQLite, neither {@code domain} nor
 * {@code storage} knows JavaFX, {@code domain} stands on the JDK alone, the layers depend downwards only (no
 * exceptions), the window reaches {@code io} only through its import and export flows, and the packages form no
 * cycle.
 */
@AnalyzeClasses(packages = "org.netjournal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyStorageTalksToSqlite = noClasses()
            .that().resideOutsideOfPackage("org.netjournal.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("one layer owns the file: errors, threads and migrations are decided there");

    @ArchTest
    static final ArchRule domainAndStorageKnowNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.netjournal.domain..", "org.netjournal.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("they run on the storage thread and in the command line, where there is no window");

    @ArchTest
    static final ArchRule domainStandsOnTheJdkAlone = classes()
            .that().resideInAPackage("org.netjournal.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.netjournal.domain..", "java..")
            .because("the rules of the journal are plain Java that every layer may use");

    /**
     * The direction, top to bottom, as the README draws it; each layer uses only layers below it:
     * <pre>
     * app      wiring, start-up, command line
     * ui       the window
     * io       other programs' files
     * storage  the SQLite file                   tasks   the storage thread
     * i18n     texts
     * files    owner-only files, synced folders
     * domain   records and pure rules
     * </pre>
     * {@code app} wires everything; {@code ui} uses {@code io} for the import and export flows only (see
     * {@link #uiReachesIoOnlyThroughFlows}); {@code io} (the files of other programs) uses {@code storage},
     * {@code files}, {@code i18n} and {@code domain}; {@code storage} uses {@code files} and {@code domain};
     * {@code tasks}, {@code i18n} and {@code files} stand on the JDK (and {@code domain}).
     */
    @ArchTest
    static final ArchRule layersDependDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("app").definedBy("org.netjournal.app..")
            .layer("ui").definedBy("org.netjournal.ui..")
            .layer("io").definedBy("org.netjournal.io..")
            .layer("storage").definedBy("org.netjournal.storage..")
            .layer("tasks").definedBy("org.netjournal.tasks..")
            .layer("i18n").definedBy("org.netjournal.i18n..")
            .layer("files").definedBy("org.netjournal.files..")
            .layer("domain").definedBy("org.netjournal.domain..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("io").mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("storage").mayOnlyBeAccessedByLayers("app", "ui", "io")
            .whereLayer("tasks").mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("i18n").mayOnlyBeAccessedByLayers("app", "ui", "io")
            .whereLayer("files").mayOnlyBeAccessedByLayers("app", "ui", "io", "storage")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("app", "ui", "io", "storage", "i18n");

    /**
     * The window reads and writes other programs' files in its import and export flows ({@code ImportFlow},
     * {@code JournalExportFlow}), nowhere else; texts the window shows live in {@code i18n}, not in {@code io}.
     */
    @ArchTest
    static final ArchRule uiReachesIoOnlyThroughFlows = noClasses()
            .that().resideInAPackage("org.netjournal.ui..").and().haveNameNotMatching(".*Flow(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("org.netjournal.io..")
            .because("importing and exporting are flows of their own; pages and dialogs start them");

    @ArchTest
    static final ArchRule smallPackagesStandOnTheJdk = classes()
            .that().resideInAnyPackage("org.netjournal.tasks..", "org.netjournal.files..", "org.netjournal.i18n..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.netjournal.tasks..", "org.netjournal.files..",
                    "org.netjournal.i18n..", "org.netjournal.domain..", "java..", "javafx.application..")
            .because("threads, private files and texts are the ground the layers stand on");

    /** The parts of the window every area may use; everything else under {@code ui} is one area's own. */
    static final String[] SHARED_UI_PACKAGES = {
        "org.netjournal.ui.common..", // widgets and helpers that know no area: autosave, dialogs, forms
        "org.netjournal.ui.models..", // view models more than one area shows: contacts, sessions, goals, steps …
        "org.netjournal.ui.shared..", // views and labels more than one area shows: goal bars, streak, contact picker
        "org.netjournal.ui.theme..",  // light, dark, system
    };

    /**
     * An area ({@code ui.home}, {@code ui.journal} …) never reaches into another: what two areas show lives in a
     * shared package, and moving between areas goes through {@code ui.Navigation}. The window itself (the
     * {@code ui} package: MainWindow, Navigation, UiContext) puts the areas together and may know them all.
     */
    @ArchTest
    static final ArchRule areasDoNotReachIntoEachOther = slices().matching("org.netjournal.ui.(*)..")
            .namingSlices("ui.$1")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.<JavaClass>alwaysTrue(),
                    JavaClass.Predicates.resideInAnyPackage(SHARED_UI_PACKAGES))
            .because("an area can then change, or go, without breaking another");

    @ArchTest
    static final ArchRule sharedUiPackagesKnowNoArea = noClasses()
            .that().resideInAnyPackage(SHARED_UI_PACKAGES)
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.netjournal.ui..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(SHARED_UI_PACKAGES)))
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.netjournal.ui"))))
            .because("what every area uses must not pull one area in with it");

    @ArchTest
    static final ArchRule onlyOutlinedIconsAreDrawn = noClasses()
            .should().dependOnClassesThat().haveNameMatching(
                    "org\\.kordamp\\.ikonli\\.material2\\.Material2(Round|Sharp)?(AL|MZ)")
            .because("ui.common.IconFonts loads only the outlined icon font; an icon of another family would show"
                    + " as an empty box");

    /** The controls whose rules {@link TrimmedTheme} leaves out of the theme: one of them would show unstyled. */
    @ArchTest
    static final ArchRule noControlTheThemeLeavesOut = noClasses()
            .should().dependOnClassesThat().haveNameMatching("javafx\\.scene\\.control\\.(Accordion|ChoiceBox|ColorPicker"
                    + "|Pagination|PasswordField|Slider|SplitMenuButton|TabPane|Tab|ToolBar|TreeView|TreeCell|TreeTableView"
                    + "|TreeTableCell|TreeTableRow)(\\$.*)?")
            .orShould().dependOnClassesThat().haveNameMatching("javafx\\.scene\\.(chart\\.PieChart|web\\.HTMLEditor)(\\$.*)?")
            .orShould().dependOnClassesThat().haveNameMatching("atlantafx\\.base\\.controls\\.(?!CustomTextField$).*")
            .orShould().dependOnClassesThat().haveNameMatching("org\\.controlsfx\\.control\\.PopOver.*")
            // a ProgressBar is a ProgressIndicator too: only a spinning indicator of its own is left out
            .orShould().callConstructor(ProgressIndicator.class)
            .orShould().callConstructor(ProgressIndicator.class, double.class)
            .because("ui.theme.TrimmedTheme leaves their rules out of the theme (a faster start); to use one, take its"
                    + " style classes out of TrimmedTheme.UNUSED_STYLE_CLASSES");

    @ArchTest
    static final ArchRule uiPackagesFormNoCycle = slices().matching("org.netjournal.ui.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.netjournal.(*)..").should().beFreeOfCycles();
}
