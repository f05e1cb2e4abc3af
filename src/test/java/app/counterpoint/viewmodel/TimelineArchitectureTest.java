package app.counterpoint.viewmodel;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The view model and the timeline's pure layout code stay testable without a scene graph. */
class TimelineArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.counterpoint");

    @Test
    void viewModelUsesOnlyBeansAndCollectionsOfJavaFx() {
        noClasses().that().resideInAPackage("app.counterpoint.viewmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.css..", "javafx.geometry..")
                .check(CLASSES);
    }

    @Test
    void timelineLayoutAndAxisAreFreeOfJavaFx() {
        noClasses().that().haveNameNotMatching(".*\\.Timeline(View|Skin)(\\$.*)?")
                .and().resideInAPackage("app.counterpoint.view.timeline")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CLASSES);
    }
}
