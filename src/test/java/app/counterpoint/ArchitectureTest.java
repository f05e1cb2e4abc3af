package app.counterpoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The MVVM layering, checked on every build so it cannot rot. */
@AnalyzeClasses(packages = "app.counterpoint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..",
                    "app.counterpoint.io..", "app.counterpoint.viewmodel..", "app.counterpoint.view..");

    @ArchTest
    static final ArchRule ioKnowsNoUserInterface = noClasses().that().resideInAnyPackage("..io..", "..cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..",
                    "app.counterpoint.viewmodel..", "app.counterpoint.view..");

    @ArchTest
    static final ArchRule viewModelsUseOnlyPropertiesAndCollections = noClasses().that()
            .resideInAPackage("..viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                    "javafx.application..", "javafx.animation..", "javafx.concurrent..", "javafx.fxml..",
                    "org.controlsfx..", "app.counterpoint.view..");

    @ArchTest
    static final ArchRule onlyTheViewModelTalksToTheFileReader = noClasses().that()
            .resideInAPackage("app.counterpoint.view..")
            .should().dependOnClassesThat().haveFullyQualifiedName("app.counterpoint.io.StoryReader")
            .orShould().dependOnClassesThat().haveSimpleName("StoryValidator");
}
