package app.counterpoint.view.timeline;

import app.counterpoint.bench.HeadlessFx;
import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.Actor;
import app.counterpoint.model.CivilCalendar;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Frames of a deep-time story at every zoom: 5,000 events from the Big Bang to 2020 (a thousand in deep time kept to
 * millions of years, a thousand in prehistory to thousands, three thousand days and minutes since 1900), on a
 * 1280x800 timeline. From the whole 13.8 billion years down to the narrowest window, about the Big Bang, the
 * dinosaurs' end and 2017, it pans 7 pixels a frame at each zoom and prints the median and slowest frame (lay out and
 * draw), and the median of the FX thread's own CPU time for those frames, which a busy machine's other work does not
 * inflate. Run as a main on the test class path: {@code java -cp
 * target/test-classes:target/classes:<dependencies> app.counterpoint.view.timeline.DeepTimeFrameBenchmark}.
 */
public final class DeepTimeFrameBenchmark {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final double YEAR = 365.2425 * 86_400;

    private DeepTimeFrameBenchmark() {}

    public static void main(String[] args) throws Exception {
        HeadlessFx.runThenExit(() -> run(System.out));
    }

    private static Story story() {
        Random random = new Random(138);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            long millions = 1 + random.nextInt(13_800);
            events.add(event(events.size(), StoryDate.parse("-" + millions * 1_000_000L)));
        }
        for (int i = 0; i < 1_000; i++) {
            long thousands = 10 + random.nextInt(3_000);
            events.add(event(events.size(), StoryDate.parse("-" + thousands * 1_000L + "~")));
        }
        long from = CivilCalendar.yearStart(1900);
        long to = CivilCalendar.yearStart(2020);
        for (int i = 0; i < 3_000; i++) {
            long second = from + (long) (random.nextDouble() * (to - from));
            long[] d = CivilCalendar.civil(second);
            String day = String.format(Locale.ROOT, "%04d-%02d-%02d", d[0], d[1], d[2]);
            String text = random.nextBoolean() ? day : day + String.format(Locale.ROOT, "T%02d:%02d", d[3], d[4]);
            events.add(event(events.size(), StoryDate.parse(text)));
        }
        return new Story(
                "Deep time",
                null,
                List.of(),
                List.of(new Actor("x", "X", "#0072B2")),
                List.of(new Topic("a", "A", "#009E73"), new Topic("b", "B", "#CC79A7")),
                events,
                List.of());
    }

    private static Event event(int i, StoryDate start) {
        return EventBuilder.event("e" + i)
                .titled("Event " + i + " " + start.toDisplayString())
                .on(start)
                .topics(i % 3 == 0 ? "a" : "b")
                .actors("x")
                .build();
    }

    private static void run(PrintStream out) {
        // the first sweep lets the JIT compile the frame's code; only the second is printed
        sweep(new PrintStream(java.io.OutputStream.nullOutputStream()));
        sweep(out);
    }

    private static void sweep(PrintStream out) {
        Story story = story();
        ObservableList<Event> shown = FXCollections.observableArrayList(story.events());
        TimelineViewModel vm =
                new TimelineViewModel(new SimpleObjectProperty<>(story), shown, new SimpleObjectProperty<>());
        TimelineView view = FrameTiming.laidOut(vm, WIDTH, HEIGHT);
        double worst = 0;
        List<FrameTiming.Frames> all = new ArrayList<>();
        String[] names = {"the Big Bang", "the dinosaurs' end", "2017"};
        double[] centres = {
            CivilCalendar.yearStart(-13_800_000_000L),
            CivilCalendar.yearStart(-66_000_000),
            CivilCalendar.yearStart(2017)
        };
        out.printf("%-20s %14s %10s %10s %14s%n", "about", "window", "median ms", "max ms", "median cpu ms");
        double worstCpu = 0;
        for (int c = 0; c < centres.length; c++) {
            for (double span = 3e10 * YEAR; ; span /= 8) {
                double least = TimelineViewModel.leastSpanAt(centres[c]);
                double s = Math.max(span, least);
                double centre = centres[c];
                FrameTiming.Frames frames = FrameTiming.time(
                        view,
                        10,
                        40,
                        i -> {
                            double start = centre - s / 2 + (i + 10) * 7 * s / WIDTH;
                            vm.setWindow(start, start + s);
                        },
                        i -> {});
                worst = Math.max(worst, frames.medianWall());
                worstCpu = Math.max(worstCpu, frames.medianCpu());
                all.add(frames);
                out.printf(
                        "%-20s %14s %10.2f %10.2f %14.2f%n",
                        names[c],
                        describe(vm.getVisibleSpan()),
                        frames.medianWall(),
                        frames.slowestWall(),
                        frames.medianCpu());
                if (s <= least) {
                    break;
                }
            }
        }
        out.printf(
                "slowest median over %d zooms: %.2f ms (the FX thread's own CPU time: %.2f ms)%n",
                all.size(), worst, worstCpu);
    }

    private static String describe(double seconds) {
        double years = seconds / YEAR;
        if (years >= 1e9) {
            return String.format(Locale.ROOT, "%.1f Gyr", years / 1e9);
        }
        if (years >= 1e6) {
            return String.format(Locale.ROOT, "%.1f Myr", years / 1e6);
        }
        if (years >= 1e3) {
            return String.format(Locale.ROOT, "%.1f kyr", years / 1e3);
        }
        if (years >= 1) {
            return String.format(Locale.ROOT, "%.1f yr", years);
        }
        if (seconds >= 86_400) {
            return String.format(Locale.ROOT, "%.1f days", seconds / 86_400);
        }
        return String.format(Locale.ROOT, "%.0f s", seconds);
    }
}
