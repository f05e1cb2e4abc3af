package app.counterpoint.tools;

import static app.counterpoint.fixture.EventBuilder.event;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Excerpt;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.view.MainWindowFixture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: how long the source reader takes to open a 100,000-character article with 500 statements taken from
 * it, at its last paragraph, and to scroll it a page at a time, on the real window. Prints its figures. Run with
 * {@code mvn test -Dtest=ReaderBenchmark -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ReaderBenchmark {

    private MainWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.onBundledStory(stage, 1280, 800);
    }

    private static Story longStory() {
        StringBuilder text = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        for (int i = 0; text.length() < 100_000; i++) {
            String s = "Paragraph " + i + ": the minister said the talks on item " + i
                    + " had been \u201Cconstructive and frank\u201D, and that both sides would meet again soon.";
            sentences.add(s);
            text.append(s).append("\n\n");
        }
        Source source = new Source("a", "A long article", null, null, null, null, text.toString(), null, null);
        Actor a = new Actor("a1", "Ministry", "#1F5FAD");
        Actor b = new Actor("a2", "Union", "#C0392B");
        List<Statement> statements = new ArrayList<>();
        int step = sentences.size() / 500;
        for (int k = 0; k < 500; k++) {
            String s = sentences.get(k * step);
            String exact = s.substring(0, s.indexOf(':'));
            statements.add(new Statement(
                    "s" + k,
                    "e",
                    k % 2 == 0 ? "a1" : "a2",
                    List.of("t"),
                    exact,
                    StatementKind.QUOTE,
                    "a",
                    null,
                    new Excerpt(exact, null, null)));
        }
        return new Story(
                "Long",
                null,
                List.of(source),
                List.of(a, b),
                List.of(new Topic("t", "Talks", "#E69F00")),
                List.of(event("e")
                        .titled("Talks")
                        .on("2024-06-01")
                        .topics("t")
                        .sources("a")
                        .build()),
                statements);
    }

    @Test
    void openAndScroll(FxRobot robot) {
        Story story = longStory();
        var vm = fixture.viewModel();
        robot.interact(() -> vm.show("long.json", story));
        WaitForAsyncUtils.waitForFxEvents();
        int runs = 7;
        double[] open = new double[runs];
        double[] page = new double[runs];
        double[] model = new double[runs];
        int[] shownParagraphs = new int[1];
        var list = fixture.window().reader().textList();
        for (int r = 0; r < runs; r++) {
            Statement target = story.statements().get(r % 2 == 0 ? 499 : 3);
            long[] shown = new long[1];
            long t0 = System.nanoTime();
            robot.interact(() -> {
                vm.reader().show(target);
                shown[0] = System.nanoTime();
                fixture.window().getScene().getRoot().applyCss();
                fixture.window().getScene().getRoot().layout();
            });
            open[r] = (System.nanoTime() - t0) / 1e6;
            model[r] = (shown[0] - t0) / 1e6;
            int paragraphs = vm.reader().paragraphs().size();
            shownParagraphs[0] = paragraphs;
            long t1 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                int at = (i * 37 + r * 11) % paragraphs;
                robot.interact(() -> {
                    list.scrollTo(at);
                    list.layout();
                });
            }
            page[r] = (System.nanoTime() - t1) / 1e6 / 20;
            robot.interact(() -> vm.reader().close());
        }
        Arrays.sort(open);
        Arrays.sort(page);
        Arrays.sort(model);
        System.out.printf(
                "reader view model (passages, paragraphs, the window's swap of panes): median %.1f ms%n",
                model[runs / 2]);
        System.out.printf(
                "reader, %,d characters, %d paragraphs, 500 passages: open + first layout median %.1f ms (min %.1f,"
                        + " max %.1f); a jump and its layout median %.2f ms (max %.2f)%n",
                story.sources().get(0).text().length(),
                shownParagraphs[0],
                open[runs / 2],
                open[0],
                open[runs - 1],
                page[runs / 2],
                page[runs - 1]);
    }
}
