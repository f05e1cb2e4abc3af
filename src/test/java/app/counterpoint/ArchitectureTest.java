package app.counterpoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

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

    /**
     * What a story file's reading or import says is wrong is a key of the problems bundle ({@link
     * app.counterpoint.i18n.LocalText}), told in the reader's language: the reader's and the importers' classes never
     * hand a problem over as English words.
     */
    @ArchTest
    static final ArchRule theReadersProblemsAreKeys = noClasses()
            .that()
            .resideInAnyPackage(
                    "app.counterpoint.io.json..",
                    "app.counterpoint.io.validate..",
                    "app.counterpoint.io.source..",
                    "app.counterpoint.io.importing..")
            .or()
            .haveFullyQualifiedName("app.counterpoint.io.StoryReader")
            .should()
            .callMethod(app.counterpoint.io.problem.Problems.class, "add", int.class, int.class, String.class)
            .orShould()
            .callMethod(
                    app.counterpoint.io.problem.Problems.class,
                    "add",
                    app.counterpoint.io.problem.Located.class,
                    String.class)
            .orShould()
            .callMethod(
                    app.counterpoint.io.problem.Problems.class, "addAtCharColumn", int.class, int.class, String.class)
            .orShould()
            .callMethod(
                    app.counterpoint.io.problem.Problems.class,
                    "warn",
                    app.counterpoint.io.problem.Located.class,
                    String.class)
            .orShould()
            .callConstructor(
                    app.counterpoint.io.problem.ValidationProblem.class,
                    String.class,
                    int.class,
                    int.class,
                    String.class);

    @ArchTest
    static final ArchRule ioKnowsNoUserInterface = noClasses()
            .that()
            .resideInAPackage("..io..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "app.counterpoint.viewmodel..", "app.counterpoint.view..");

    /**
     * The command line is a user interface of its own, for terminals: like a view it may use the view models (to
     * export a comparison exactly as the window does), but never the window toolkit or the views, so it runs with
     * no display.
     */
    @ArchTest
    static final ArchRule theCommandLineNeedsNoWindowToolkit = noClasses()
            .that()
            .resideInAPackage("..cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx.scene..",
                    "javafx.stage..",
                    "javafx.application..",
                    "org.controlsfx..",
                    "app.counterpoint.view..");

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
     * The timeline's layout, axis and motion are pure, tested without a toolkit; only the control, its skins, input
     * and animation ({@code view.timeline}) and the painting ({@code view.timeline.paint}) use JavaFX.
     */
    @ArchTest
    static final ArchRule timelineLayoutIsFreeOfJavaFx = noClasses()
            .that()
            .resideInAPackage("app.counterpoint.view.timeline.layout..")
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

    /** The words of every language and the dates as each writes them: plain Java (and ICU), for the window and check. */
    @ArchTest
    static final ArchRule languagesArePlainJava = noClasses()
            .that()
            .resideInAPackage("app.counterpoint.i18n..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "org.controlsfx..",
                    "app.counterpoint.io..",
                    "app.counterpoint.viewmodel..",
                    "app.counterpoint.view..",
                    "app.counterpoint.cli..");

    /** Drafting a story from an article is plain Java (and jsoup), tested and run without a toolkit or a file. */
    @ArchTest
    static final ArchRule draftingIsPlainJava = noClasses()
            .that()
            .resideInAPackage("app.counterpoint.draft..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "org.controlsfx..",
                    "app.counterpoint.io..",
                    "app.counterpoint.viewmodel..",
                    "app.counterpoint.view..",
                    "app.counterpoint.cli..");

    /** Settings storage and the about text are plain Java: the view models and views use them, never the reverse. */
    @ArchTest
    static final ArchRule settingsAndAboutArePlainJava = noClasses()
            .that()
            .resideInAnyPackage("app.counterpoint.settings..", "app.counterpoint.about..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "org.controlsfx..",
                    "app.counterpoint.io..",
                    "app.counterpoint.viewmodel..",
                    "app.counterpoint.view..",
                    "app.counterpoint.cli..");

    /**
     * Views only delegate: files are opened, checked and written through the view models, so a view reaches into
     * {@code io} for nothing but the problems it lists ({@code io.problem}).
     */
    @ArchTest
    static final ArchRule viewsReachIoOnlyForItsProblems = noClasses()
            .that()
            .resideInAPackage("app.counterpoint.view..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "app.counterpoint.io",
                    "app.counterpoint.io.json..",
                    "app.counterpoint.io.validate..",
                    "app.counterpoint.io.importing..",
                    "app.counterpoint.io.export..",
                    "app.counterpoint.io.recovery..",
                    "app.counterpoint.io.source..");

    @ArchTest
    static final ArchRule onlyTheViewModelTalksToTheFileReader = noClasses()
            .that()
            .resideInAPackage("app.counterpoint.view..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("app.counterpoint.io.StoryReader")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("StoryDecoder");

    /**
     * The parts of io and io itself depend on each other one way only: problems at the bottom, then JSON, then
     * validating, importing and exporting, then StoryReader and StoryOpener at the top.
     */
    @ArchTest
    static final ArchRule ioPartsAreFreeOfCycles =
            slices().assignedFrom(partsOf("app.counterpoint.io")).should().beFreeOfCycles();

    /** The feature view models (compare, filter, timeline, …) and MainViewModel above them depend one way only. */
    @ArchTest
    static final ArchRule viewModelFeaturesAreFreeOfCycles = slices().assignedFrom(
                    partsOf("app.counterpoint.viewmodel"))
            .should()
            .beFreeOfCycles();

    /** The timeline control, its pure layout and its painting depend on each other one way only. */
    @ArchTest
    static final ArchRule timelinePartsAreFreeOfCycles = slices().assignedFrom(
                    partsOf("app.counterpoint.view.timeline"))
            .should()
            .beFreeOfCycles();

    /**
     * One slice for the classes right in {@code root} and one for each package under it (with its own subpackages):
     * unlike {@code matching("root.(*)..")}, the top package takes part, so a part that reaches back up is a cycle.
     */
    private static SliceAssignment partsOf(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                if (pkg.equals(root)) {
                    return SliceIdentifier.of(root);
                }
                if (pkg.startsWith(root + ".")) {
                    String rest = pkg.substring(root.length() + 1);
                    int dot = rest.indexOf('.');
                    return SliceIdentifier.of(root + "." + (dot < 0 ? rest : rest.substring(0, dot)));
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return root + " and each package under it";
            }
        };
    }
}
