package io.journeyascode.diagram;

import io.journeyascode.api.Engine;
import io.journeyascode.model.Journey;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Moment;
import io.journeyascode.model.Phase;
import io.journeyascode.model.PlaybookIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: times the diagram stage on N generated journeys of 25 touchpoints and writes their
 * DOT files to a folder, so that one plain batched {@code dot} run can be timed against it.
 * {@code java -cp … io.journeyascode.diagram.DiagramBenchmark N JOBS OUT_DIR [RUNS]}
 */
public final class DiagramBenchmark {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int jobs = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        PlaybookIndex index = Fixtures.index(corpus(n, 42));
        Files.createDirectories(out);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        for (int run = 1; run <= runs; run++) {
            var os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            DiagramSet set = Diagrams.render(index, Engine.DOT, jobs, s -> {});
            long t1 = System.nanoTime();
            long c1 = os.getProcessCpuTime();
            System.out.printf(
                    "run %d: %d diagrams, %d failures, %.3f s wall, %.3f s CPU in the JVM (dot not counted)%n",
                    run, set.svgByJourney().size(), set.failures().size(), (t1 - t0) / 1e9, (c1 - c0) / 1e9);
        }
        long t0 = System.nanoTime();
        Map<String, String> dots = Diagrams.dot(index);
        System.out.printf("DOT text only: %.3f s%n", (System.nanoTime() - t0) / 1e9);
        for (var e : dots.entrySet()) {
            Files.writeString(out.resolve(e.getKey() + ".dot"), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    static List<Journey> corpus(int n, long seed) {
        Random random = new Random(seed);
        List<Journey> journeys = new ArrayList<>();
        String[] channels = {"web", "mobile", "email", "phone", "chat", "store", "social"};
        String[] emotions = {"joy", "trust", "relief", "calm", "fear", "anticipation"};
        Phase[] phases = {Phase.BEFORE, Phase.BEFORE, Phase.DURING, Phase.DURING, Phase.AFTER};
        for (int j = 0; j < n; j++) {
            var builder = Fixtures.journey("journey-" + j, "Journey number " + j + " of the benchmark")
                    .owner("team-" + (j % 7));
            int t = 0;
            for (int s = 0; s < 5; s++) {
                var tps = new Fixtures.TouchpointBuilder[5];
                for (int k = 0; k < 5; k++, t++) {
                    var tp = Fixtures.tp(
                                    "tp-" + t,
                                    "Touchpoint " + t + " with a somewhat longer name",
                                    channels[random.nextInt(channels.length)])
                            .expects("Expectation one for " + t, "Expectation two")
                            .emotion(emotions[random.nextInt(emotions.length)]);
                    if (random.nextInt(5) == 0) {
                        tp.critical();
                        if (random.nextBoolean()) {
                            tp.metric(Fixtures.metric(MetricType.CSAT, 80.0, 70.0 + random.nextInt(30)));
                        }
                    }
                    if (random.nextInt(8) == 0) {
                        tp.outsourced("Provider " + t);
                    }
                    if (random.nextInt(6) == 0 && t < 23) {
                        tp.leadsTo("tp-" + (t + 1), "tp-" + (t + 2));
                    }
                    if (random.nextInt(6) == 0 && t < 20) {
                        tp.setsExpectationsFor("tp-" + (t + 4));
                    }
                    if (t == 12) {
                        tp.moment(Moment.PEAK);
                    }
                    tps[k] = tp;
                }
                builder.stage("stage-" + s, "Stage " + s, phases[s], tps);
            }
            journeys.add(builder.build());
        }
        return journeys;
    }
}
