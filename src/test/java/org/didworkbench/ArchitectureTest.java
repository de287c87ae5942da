package org.didworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency arrows of docs/architecture: ui → service → {store, io, report} → domain; cli → service. */
@AnalyzeClasses(packages = "org.didworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("Root").definedBy("org.didworkbench")
            .layer("Ui").definedBy("org.didworkbench.ui..")
            .layer("Cli").definedBy("org.didworkbench.cli..")
            .layer("Service").definedBy("org.didworkbench.service..")
            .layer("Store").definedBy("org.didworkbench.store..")
            .layer("Io").definedBy("org.didworkbench.io..")
            .layer("Report").definedBy("org.didworkbench.report..")
            .layer("Sample").definedBy("org.didworkbench.sample..")
            .layer("Domain").definedBy("org.didworkbench.domain..")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Root")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Root")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Root", "Ui", "Cli")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Io").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Sample").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Root", "Ui", "Cli", "Service", "Store", "Io", "Report",
                    "Sample");

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("org.didworkbench.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.apache.commons.csv..",
                    "com.fasterxml..", "java.nio.file..", "org.controlsfx..", "java.io..")
            .because("the domain holds the rules and must stay testable without files, databases or a display");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackages("org.didworkbench.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the command line must run with no display and never load the toolkit");

    @ArchTest
    static final ArchRule sqlOnlyInStore = noClasses().that().resideOutsideOfPackages("org.didworkbench.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("SQL lives in the store");
}
