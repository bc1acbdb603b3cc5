package org.netjournal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules, checked on the main classes: only {@code storage} talks to SQLite, neither {@code domain} nor
 * {@code storage} knows JavaFX, {@code domain} stands on the JDK alone, the layers depend downwards only and the
 * packages form no cycle.
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
     * {@code app} wires everything; {@code ui} uses {@code storage}, {@code tasks}, {@code i18n} and {@code domain};
     * {@code io} (files of other programs) uses {@code storage}, {@code i18n} and {@code domain}. One known exception
     * is still allowed: {@code ui} → {@code io} (the journal export and the contact import flows, and
     * {@code JournalTexts}, UI text that lives in {@code io}); it goes when those move (issue 12, point 3).
     */
    @ArchTest
    static final ArchRule layersDependDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("app").definedBy("org.netjournal.app..")
            .layer("ui").definedBy("org.netjournal.ui..")
            .layer("io").definedBy("org.netjournal.io..")
            .layer("storage").definedBy("org.netjournal.storage..")
            .layer("tasks").definedBy("org.netjournal.tasks..")
            .layer("i18n").definedBy("org.netjournal.i18n..")
            .layer("domain").definedBy("org.netjournal.domain..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("io").mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("storage").mayOnlyBeAccessedByLayers("app", "ui", "io")
            .whereLayer("tasks").mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("i18n").mayOnlyBeAccessedByLayers("app", "ui", "io");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.netjournal.(*)..").should().beFreeOfCycles();
}
