package io.journeyascode.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Profiles validate and build of the largest corpus with JDK Flight Recorder and summarises
 * where the CPU samples went: the hottest methods (self) and the generator's own methods
 * (inclusive), so the benchmark's report says where the time goes, not only how much.
 */
final class Profiles {

    private Profiles() {}

    static String profile(Path jar, Path work, Path corpus, int n, int jobs) throws Exception {
        StringBuilder md = new StringBuilder("Where the time goes (JFR CPU samples, N = " + n + "):\n");
        Path validateJfr = work.resolve("validate-" + n + ".jfr");
        run(jar, work, validateJfr, List.of("validate", corpus.toString()));
        md.append(summary("validate", validateJfr));
        Path out = work.resolve("site-profile-" + n);
        BenchmarkRunner.deleteOutput(out);
        Path buildJfr = work.resolve("build-" + n + ".jfr");
        run(
                jar,
                work,
                buildJfr,
                List.of("build", corpus.toString(), "--out", out.toString(), "--engine", "dot", "--jobs", "" + jobs));
        md.append(summary("build --engine dot", buildJfr));
        return md.toString();
    }

    private static void run(Path jar, Path work, Path jfr, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                BenchmarkRunner.javaExecutable(),
                "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile",
                "-jar",
                jar.toString()));
        command.addAll(args);
        new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
    }

    static String summary(String title, Path jfr) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            total++;
            List<RecordedFrame> frames = stack.getFrames();
            String top = name(frames.get(0));
            self.merge(top, 1, Integer::sum);
            Set<String> seen = new LinkedHashSet<>();
            String firstOwn = null;
            for (RecordedFrame frame : frames) {
                String method = name(frame);
                if (method.startsWith("io.journeyascode.")) {
                    if (firstOwn == null) {
                        firstOwn = method;
                    }
                    if (seen.add(method)) {
                        inclusive.merge(method, 1, Integer::sum);
                    }
                }
            }
            packages.merge(area(top, firstOwn), 1, Integer::sum);
        }
        int samples = total;
        StringBuilder md = new StringBuilder();
        md.append("\n").append(title).append(": ").append(total).append(" samples\n\n");
        md.append("| by area (own package nearest the sample) | share |\n|---|---:|\n");
        top(packages, 8).forEach(e -> md.append(row(e, samples)));
        md.append("\n| hottest methods (self) | share |\n|---|---:|\n");
        top(self, 10).forEach(e -> md.append(row(e, samples)));
        md.append("\n| generator methods (inclusive) | share |\n|---|---:|\n");
        top(inclusive, 12).forEach(e -> md.append(row(e, samples)));
        return md.toString();
    }

    private static String area(String top, String firstOwn) {
        if (firstOwn == null) {
            return top.startsWith("java.") || top.startsWith("jdk.") || top.startsWith("sun.")
                    ? "JDK (no generator frame: start-up, GC helpers, JIT)"
                    : "libraries (no generator frame)";
        }
        String[] parts = firstOwn.split("\\.");
        return parts.length > 2 ? "io.journeyascode." + parts[2] : firstOwn;
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .toList();
    }

    private static String row(Map.Entry<String, Integer> e, int total) {
        return String.format(
                Locale.ROOT, "| `%s` | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / Math.max(1, total));
    }
}
