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
    static final ArchRule modelIsPlainJava = noClasses()
            .that()
            .resideInAPackage("..model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "com.fasterxml..",
                    "app.counterpoint.io..",
                    "app.counterpoint.viewmodel..",
                    "app.counterpoint.view..");

    @ArchTest
    static final ArchRule ioKnowsNoUserInterface = noClasses()
            .that()
            .resideInAnyPackage("..io..", "..cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "app.counterpoint.viewmodel..", "app.counterpoint.view..");

    @ArchTest
    static final ArchRule viewModelsUseOnlyPropertiesAndCollections = noClasses()
            .that()
            .resideInAPackage("..viewmodel..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx.scene..",
                    "javafx.stage..",
                    "javafx.application..",
                    "javafx.animation..",
                    "javafx.css..",
                    "javafx.geometry..",
                    "javafx.concurrent..",
                    "javafx.fxml..",
                    "org.controlsfx..",
                    "app.counterpoint.view..");

    /**
     * The timeline's layout and axis are pure, tested without a toolkit; only controls, skins, input, animation and
     * painting (painters, their palette and text measuring) use JavaFX.
     */
    @ArchTest
    static final ArchRule timelineLayoutIsFreeOfJavaFx = noClasses()
            .that()
            .haveNameNotMatching(".*\\.(Timeline(View|Skin|Input|Overview|OverviewSkin|Toolbar|Palette)"
                    + "|WindowAnimator|[A-Za-z]*Painter|TextMeasurer)(\\$.*)?")
            .and()
            .resideInAPackage("app.counterpoint.view.timeline")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..");

    /** The shared-words highlighter and its tokenizer are pure text functions, tested without a toolkit. */
    @ArchTest
    static final ArchRule textIsPlainJava = noClasses()
            .that()
            .resideInAPackage("app.counterpoint.text..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "org.controlsfx..",
                    "app.counterpoint.viewmodel..",
                    "app.counterpoint.view..",
                    "app.counterpoint.io..");

    @ArchTest
    static final ArchRule onlyTheViewModelTalksToTheFileReader = noClasses()
            .that()
            .resideInAPackage("app.counterpoint.view..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("app.counterpoint.io.StoryReader")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("StoryValidator");
}
