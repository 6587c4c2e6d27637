package io.journeyascode.bench;

import io.journeyascode.api.Version;
import io.journeyascode.diagram.Diagrams;
import io.journeyascode.load.LoadResult;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.PlaybookIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's benchmark (SPEC §10, issue 7): generates the corpus for each size, times whole
 * processes of the command-line jar several times (median, min–max, peak RSS), times Hugo
 * building the same pages without diagrams and one batched {@code dot} run over the same DOT
 * files when they are on the machine, and prints a Markdown table with the ratios of SPEC §10.
 * Hugo's twin ({@link HugoSite}) renders every HTML page of the build at the same path, from the
 * build's own view models through Go-template ports of its templates, with Hugo rendering the
 * Markdown, and leaves out only the journeys' diagrams; after the timed runs the benchmark
 * compares the two sites page by page by visible text and notes the result.
 *
 * <p>Run it with {@code ./mvnw -B -pl generator -Pbenchmark -DskipTests package} (see
 * the README, Performance). Options: {@code --sizes 10,100,1000 --runs 5,5,3 --jobs 2
 * --jar PATH --work DIR --profile true}, and {@code --corpus=DIR} to measure a playbook of one's
 * own instead of the generated ones: it is copied into the work folder first (the rebuilds change
 * a journey's title there, never in {@code DIR}), and its journeys are N.
 */
public final class BenchmarkRunner {

    /** A line the build prints on stderr with its diagram stage time, e.g. {@code timing diagrams 812 ms}. */
    private static final Pattern DIAGRAM_TIMING =
            Pattern.compile("(?im)^\\s*timing:?\\s+diagrams?\\b[^0-9\\n]*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s)\\b");

    private final Path jar;
    private final Path work;
    private final List<Integer> sizes;
    private final List<Integer> runs;
    /** A playbook of the user's to measure instead of generated corpora, or null. */
    private final Path ownCorpus;
    /** The size whose ratios the targets table shows: the last measured. */
    private int largest;

    private final int jobs;
    private final boolean profile;
    private final boolean timeAvailable = Files.isExecutable(Path.of("/usr/bin/time"));
    private final boolean syncAvailable = onPath("sync");
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** One case measured at one size. */
    record Row(String name, int n, List<Double> seconds, long peakKiB, String note) {

        double median() {
            List<Double> sorted = new ArrayList<>(seconds);
            Collections.sort(sorted);
            int m = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
        }
    }

    /** One timed process (or group of processes started together). */
    record Timed(double seconds, long peakKiB, int exitCode, String output) {}

    /** Per size, build time / Hugo time of each pair of runs made one after the other. */
    private final Map<Integer, List<Double>> buildHugoRatios = new java.util.HashMap<>();

    BenchmarkRunner(
            Path jar, Path work, List<Integer> sizes, List<Integer> runs, int jobs, boolean profile, Path ownCorpus) {
        this.jar = jar;
        this.work = work;
        this.ownCorpus = ownCorpus;
        this.sizes = sizes;
        this.runs = runs;
        this.jobs = jobs;
        this.profile = profile;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && args[i].contains("=")) { // --name=value, the value may be empty
                options.put(args[i].substring(2, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                System.err.println("unknown argument: " + args[i]);
                System.exit(2);
            }
        }
        Path work = Path.of(options.getOrDefault("work", "target/bench")).toAbsolutePath();
        Path jar = Path.of(options.getOrDefault("jar", "target/journey-generator-" + Version.get() + "-cli.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            System.err.println(
                    "The command-line jar " + jar + " is missing: run `./mvnw -pl generator package` first.");
            System.exit(2);
        }
        List<Integer> sizes = ints(options.getOrDefault("sizes", "10,100,1000"));
        List<Integer> runs = ints(options.getOrDefault("runs", "5,5,3"));
        int jobs = Integer.parseInt(options.getOrDefault("jobs", "2"));
        String corpus = options.getOrDefault("corpus", "").trim();
        Path ownCorpus = corpus.isEmpty() ? null : Path.of(corpus).toAbsolutePath();
        if (ownCorpus != null && !Files.isDirectory(ownCorpus)) {
            System.err.println("--corpus " + ownCorpus + " is not a folder.");
            System.exit(2);
        }
        BenchmarkRunner runner = new BenchmarkRunner(
                jar, work, sizes, runs, jobs, Boolean.parseBoolean(options.get("profile")), ownCorpus);
        String report = runner.run();
        System.out.println(report);
        Files.writeString(work.resolve("results.md"), report, StandardCharsets.UTF_8);
        System.out.println("(written to " + work.resolve("results.md") + ")");
    }

    private static List<Integer> ints(String text) {
        return Arrays.stream(text.split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
    }

    String run() throws Exception {
        Files.createDirectories(work);
        Path corpus = null;
        if (ownCorpus != null) {
            corpus = work.resolve("corpus-own");
            deleteTree(corpus);
            copyTree(ownCorpus, corpus);
            int n = PlaybookLoader.load(corpus).playbook().journeys().size();
            notes.add("Corpus: " + ownCorpus + " (" + n + " journeys), copied to " + corpus
                    + " before the runs; validate and build ran with `--fail-on never`.");
            log("N=" + n + ": " + ownCorpus + " copied to " + corpus);
            measureSize(n, runs.get(0), corpus, null);
        } else {
            for (int i = 0; i < sizes.size(); i++) {
                int n = sizes.get(i);
                corpus = work.resolve("corpus-" + n);
                deleteTree(corpus);
                CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
                generator.write(corpus, n);
                log("N=" + n + ": corpus written to " + corpus);
                // the rebuilds change the first journey the generator wrote, as they always did
                measureSize(n, runs.get(Math.min(i, runs.size() - 1)), corpus, generator.journeyFile(0));
            }
        }
        if (profile) {
            notes.add(Profiles.profile(jar, work, corpus, largest, jobs));
        }
        return report();
    }

    /** Measures every case on {@code corpus}; {@code changed} is the journey file its rebuilds change, if not the first. */
    private void measureSize(int n, int times, Path corpus, String changed) throws Exception {
        largest = n;

        // validate
        List<Timed> validate = repeat(times, k -> cli("validate", corpus.toString()));
        Timed first = validate.get(0);
        if (first.exitCode() != 0) {
            notes.add("validate N=" + n + " exited " + first.exitCode() + ": " + firstLines(first.output(), 5));
        }
        add("validate", n, validate, "");

        // Hugo's site is written first, so that each of its runs can follow a build run (below).
        Optional<LoadResult> loaded = load(corpus);
        boolean withHugo = loaded.isPresent() && onPath("hugo");
        Path hugoSite = work.resolve("hugo-" + n);
        Path hugoOut = work.resolve("hugo-public-" + n);
        int hugoPages = 0;
        if (withHugo) {
            deleteTree(hugoSite);
            hugoPages = HugoSite.write(corpus, hugoSite);
        }

        // build --engine dot from scratch, a fresh output (and cache) each run, each followed by a
        // Hugo run over the same pages: a pair sees the same machine, whose speed drifts and whose
        // disk may have fast and slow spells, so the ratio of a pair is the fairer comparison.
        Path out = work.resolve("site-" + n);
        List<Timed> hugo = new ArrayList<>();
        List<Timed> builds = repeat(times, k -> {
            deleteOutput(out);
            Timed build =
                    cli("build", corpus.toString(), "--out", out.toString(), "--engine", "dot", "--jobs", "" + jobs);
            if (withHugo) {
                deleteTree(hugoOut);
                hugo.add(timed(
                        List.of(
                                "hugo",
                                "--quiet",
                                "--source",
                                hugoSite.toString(),
                                "--destination",
                                hugoOut.toString()),
                        work));
            }
            return build;
        });
        String pages = out.toFile().exists()
                ? countFiles(out, ".html") + " pages, " + megabytes(htmlBytes(out)) + " of HTML"
                : "no site written";
        if (withHugo && Files.isDirectory(out) && Files.isDirectory(hugoOut)) {
            // Before the rebuilds below change the site: the last build's pages against Hugo's.
            String same = HugoSite.compare(out, hugoOut);
            notes.add("N=" + n + ": " + same);
            log("  " + same);
        }
        if (builds.get(0).exitCode() != 0) {
            notes.add("build N=" + n + " exited " + builds.get(0).exitCode() + ": "
                    + firstLines(builds.get(0).output(), 5));
        }
        add("build --engine dot (from scratch)", n, builds, pages);
        builds.get(builds.size() - 1)
                .output()
                .lines()
                .filter(l -> l.startsWith("timing: ") && !l.startsWith("timing:   "))
                .forEach(l -> log("    " + l));
        // every build run's own figure, so that the row has the runs' median and range
        List<Double> diagramStage = diagramTimings(builds);
        String diagramSource = "reported by each build run";
        if (diagramStage.isEmpty()) {
            OptionalDouble inProcess = diagramStageInProcess(corpus);
            inProcess.ifPresent(diagramStage::add);
            diagramSource = "Diagrams.render in the benchmark's JVM";
        }
        if (!diagramStage.isEmpty()) {
            rows.add(new Row("diagram stage of the build", n, diagramStage, 0, diagramSource));
        }

        // rebuild after one journey changed, warm cache
        Optional<TitleChange> change = TitleChange.find(corpus, changed);
        if (change.isEmpty()) {
            notes.add("N=" + n + ": no journey has its title on one line: the rebuild cases are skipped.");
        } else {
            rebuilds(n, times, corpus, out, change.get());
        }

        if (n == sizes.get(0) && ownCorpus == null) {
            Path jsOut = work.resolve("site-js-" + n);
            List<Timed> js = repeat(times, k -> {
                deleteOutput(jsOut);
                return cli(
                        "build", corpus.toString(), "--out", jsOut.toString(), "--engine", "js", "--jobs", "" + jobs);
            });
            add("build --engine js (from scratch)", n, js, "");
        }

        if (withHugo) {
            add(
                    "Hugo, same pages without diagrams",
                    n,
                    hugo,
                    hugoPages + " pages from the build's view models, Go-template ports of its templates, Markdown"
                            + " rendered by Hugo, no journey diagrams: " + countFiles(hugoOut, ".html")
                            + " HTML files, " + megabytes(htmlBytes(hugoOut))
                            + "; each run right after a build run");
            if (builds.stream().allMatch(t -> t.exitCode() == 0)
                    && hugo.stream().allMatch(t -> t.exitCode() == 0)) {
                List<Double> ratios = new ArrayList<>();
                for (int k = 0; k < builds.size(); k++) {
                    ratios.add(builds.get(k).seconds() / hugo.get(k).seconds());
                }
                buildHugoRatios.put(n, ratios);
                log(String.format(
                        Locale.ROOT,
                        "  build / Hugo run by run                       N=%-5d %s",
                        n,
                        ratios.stream().map(BenchmarkRunner::ratio).toList()));
            }
        } else if (!onPath("hugo")) {
            notes.add("Hugo is not on the PATH: its case is skipped (`apt-get install hugo`).");
        }
        if (loaded.isPresent() && onPath("dot")) {
            batchedDot(n, times, loaded.get());
        }
    }

    /**
     * The rebuilds after {@code change}: each in a fresh process (warm cache), then in one
     * watching process, its first rebuilds and (after more, untimed, as in an editing session,
     * while the second-tier compiler catches up) as many again. The file is restored afterwards.
     */
    private void rebuilds(int n, int times, Path corpus, Path out, TitleChange change) throws Exception {
        List<Timed> rebuilds;
        try {
            rebuilds = repeat(times, k -> {
                change.write("rev " + k);
                return cli("build", corpus.toString(), "--out", out.toString(), "--engine", "dot", "--jobs", "" + jobs);
            });
        } finally {
            change.restore();
        }
        add("rebuild after one journey changed", n, rebuilds, "the title of " + change.relative(corpus));
        List<Timed> watched = watchedRebuilds(corpus, out, change, WATCH_WARMUP + times);
        add(
                "rebuild in `build --watch` after one journey changed (from the write to `Site written`),"
                        + " its first rebuilds",
                n,
                watched.subList(0, times),
                "the process started once; its first build not counted");
        add(
                "rebuild in `build --watch` after one journey changed, after " + WATCH_WARMUP + " rebuilds",
                n,
                watched.subList(WATCH_WARMUP, WATCH_WARMUP + times),
                "the same process: rebuilds " + (WATCH_WARMUP + 1) + " to " + (WATCH_WARMUP + times));
    }

    private void batchedDot(int n, int times, LoadResult loaded) throws Exception {
        Map<String, String> dot;
        try {
            dot = Diagrams.dot(new PlaybookIndex(loaded.playbook()));
        } catch (UnsupportedOperationException e) {
            notes.add("Diagrams.dot is not implemented yet: the batched dot case is skipped.");
            return;
        }
        Path dir = work.resolve("dot-" + n);
        deleteTree(dir);
        Files.createDirectories(dir);
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> e : dot.entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".dot"), e.getValue(), StandardCharsets.UTF_8);
            files.add(e.getKey() + ".dot");
        }
        // Two processes, each rendering half of the graphs (NOTES.md: "two processes in parallel").
        int half = (files.size() + 1) / 2;
        List<List<String>> commands = new ArrayList<>();
        for (List<String> part : List.of(files.subList(0, half), files.subList(half, files.size()))) {
            if (!part.isEmpty()) {
                List<String> command = new ArrayList<>(List.of("dot", "-Tsvg", "-O"));
                command.addAll(part);
                commands.add(command);
            }
        }
        List<Timed> runs = repeat(times, k -> {
            try (Stream<Path> svgs = Files.list(dir)) {
                for (Path svg : svgs.filter(p -> p.toString().endsWith(".svg")).toList()) {
                    Files.delete(svg);
                }
            }
            return timedParallel(commands, dir);
        });
        add("batched dot, 2 processes, same DOT files", n, runs, files.size() + " graphs");

        // What the generator does instead (one graph per process, see NativeDotRenderer), for scale.
        List<Timed> single = repeat(Math.min(times, 2), k -> singleProcesses(files, dir));
        add("dot, one process per graph, 2 at a time", n, single, files.size() + " graphs");
    }

    private Timed singleProcesses(List<String> files, Path dir) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        try {
            List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
            for (String file : files) {
                done.add(pool.submit(() -> new ProcessBuilder("dot", "-Tsvg", "-o", file + ".svg", file)
                        .directory(dir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start()
                        .waitFor()));
            }
            int exit = 0;
            for (java.util.concurrent.Future<Integer> f : done) {
                exit = Math.max(exit, f.get());
            }
            return new Timed((System.nanoTime() - start) / 1e9, 0, exit, "");
        } finally {
            pool.shutdownNow();
        }
    }

    private Optional<LoadResult> load(Path corpus) {
        LoadResult loaded = PlaybookLoader.load(corpus);
        if (loaded.playbook().journeys().isEmpty()) {
            notes.add("The loader read no journeys (not merged yet?): the Hugo and batched dot cases are skipped.");
            return Optional.empty();
        }
        return Optional.of(loaded);
    }

    private List<Double> diagramTimings(List<Timed> builds) {
        List<Double> values = new ArrayList<>();
        for (Timed t : builds) {
            Matcher m = DIAGRAM_TIMING.matcher(t.output());
            if (m.find()) {
                double v = Double.parseDouble(m.group(1));
                values.add(m.group(2).equals("ms") ? v / 1000 : v);
            }
        }
        return values;
    }

    private OptionalDouble diagramStageInProcess(Path corpus) {
        try {
            LoadResult loaded = PlaybookLoader.load(corpus);
            PlaybookIndex index = new PlaybookIndex(loaded.playbook());
            long start = System.nanoTime();
            Diagrams.render(index, io.journeyascode.api.Engine.DOT, jobs, s -> {});
            return OptionalDouble.of((System.nanoTime() - start) / 1e9);
        } catch (RuntimeException e) {
            notes.add("The diagram stage could not be measured in process: " + e);
            return OptionalDouble.empty();
        }
    }

    // ---- processes

    @FunctionalInterface
    interface Step {
        Timed run(int k) throws Exception;
    }

    /**
     * Rebuilds in one {@code journey build --watch} process: each run writes the changed title and
     * times until the process prints its next {@code Site written} line (the watch's gathering of
     * changes included). Peak RSS is the watching JVM's at the end.
     */
    /** Rebuilds of a watching process before the timed ones of its steady state. */
    private static final int WATCH_WARMUP = 10;

    private List<Timed> watchedRebuilds(Path corpus, Path out, TitleChange change, int times) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar.toString()));
        command.addAll(List.of(
                "build",
                corpus.toString(),
                "--out",
                out.toString(),
                "--engine",
                "dot",
                "--jobs",
                "" + jobs,
                "--watch"));
        command.addAll(failOn());
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        java.util.concurrent.BlockingQueue<String> written = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (var lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("Site written to ") || line.startsWith("Site not written")) {
                        written.add(line);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        List<Timed> all = new ArrayList<>();
        try {
            awaitLine(written, process);
            for (int k = 0; k < times; k++) {
                Thread.sleep(500); // the watch is idle, as after an edit in an editor
                long start = System.nanoTime();
                change.write("watch " + k);
                String line = awaitLine(written, process);
                double seconds = (System.nanoTime() - start) / 1e9;
                long peak = process.descendants()
                        .mapToLong(p -> vmHwm(p.pid()))
                        .max()
                        .orElse(0);
                all.add(new Timed(
                        seconds, Math.max(peak, vmHwm(process.pid())), line.startsWith("Site written") ? 0 : 1, line));
            }
        } finally {
            change.restore();
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
        return all;
    }

    private static String awaitLine(java.util.concurrent.BlockingQueue<String> lines, Process process)
            throws InterruptedException {
        String line = lines.poll(600, TimeUnit.SECONDS);
        if (line == null) {
            process.destroy();
            throw new IllegalStateException("build --watch printed no `Site written` line in 10 minutes");
        }
        return line;
    }

    private List<Timed> repeat(int times, Step step) throws Exception {
        List<Timed> all = new ArrayList<>();
        for (int k = 0; k < times; k++) {
            all.add(step.run(k));
        }
        return all;
    }

    private Timed cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        if (args[0].equals("build")) {
            command.add("-Djourney.timings=true"); // the build then logs its diagram stage time
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        command.addAll(failOn());
        return timed(command, work);
    }

    /**
     * For a playbook of the user's, {@code --fail-on never}: one with findings at error level is
     * measured too (its site is written anyway). The generated corpus has no errors.
     */
    private List<String> failOn() {
        return ownCorpus == null ? List.of() : List.of("--fail-on", "never");
    }

    Timed timed(List<String> command, Path dir) throws Exception {
        return timedParallel(List.of(command), dir);
    }

    /** Starts the commands together and waits for all; peak RSS is the largest of them. */
    Timed timedParallel(List<List<String>> commands, Path dir) throws Exception {
        settleDisk();
        List<Process> processes = new ArrayList<>();
        List<Path> rssFiles = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        long[] hwm = new long[commands.size()];
        long start = System.nanoTime();
        for (int i = 0; i < commands.size(); i++) {
            Path rss = Files.createTempFile(work, "rss", ".txt");
            Path output = Files.createTempFile(work, "out", ".txt");
            List<String> command = new ArrayList<>();
            if (timeAvailable) {
                command.addAll(List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString()));
            }
            command.addAll(commands.get(i));
            processes.add(new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start());
            rssFiles.add(rss);
            outputs.add(output);
        }
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            if (!timeAvailable) {
                while (!p.waitFor(10, TimeUnit.MILLISECONDS)) {
                    hwm[i] = Math.max(hwm[i], vmHwm(p.pid()));
                }
            }
            p.waitFor();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        int exit = 0;
        StringBuilder output = new StringBuilder();
        for (int i = 0; i < processes.size(); i++) {
            exit = Math.max(exit, processes.get(i).exitValue());
            if (timeAvailable) {
                String text = Files.readString(rssFiles.get(i)).trim();
                String[] lines = text.split("\n");
                try {
                    hwm[i] = Long.parseLong(lines[lines.length - 1].trim());
                } catch (NumberFormatException e) {
                    hwm[i] = 0;
                }
            }
            peak = Math.max(peak, hwm[i]);
            output.append(Files.readString(outputs.get(i), StandardCharsets.UTF_8));
            Files.delete(rssFiles.get(i));
            Files.delete(outputs.get(i));
        }
        return new Timed(seconds, peak, exit, output.toString());
    }

    /**
     * Writes out what earlier steps left in the page cache (above all the deletion of the last
     * run's 26,000 files) before a timed run starts, so that no run pays for the one before: on
     * this machine's disk both the build and Hugo swung 2-5x between runs without it.
     */
    private void settleDisk() throws InterruptedException {
        if (!syncAvailable) {
            return;
        }
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor(120, TimeUnit.SECONDS);
        } catch (IOException e) {
            // not there after all: the runs are timed as they come
        }
    }

    private static long vmHwm(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two polls
        }
        return 0;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
    }

    // ---- files

    /** Deletes a site and the cache that belongs to it. */
    static void deleteOutput(Path out) throws IOException {
        deleteTree(out);
        deleteTree(out.resolveSibling(out.getFileName() + ".cache"));
    }

    /** Copies the folder {@code from} with everything in it into {@code to}, where none of its files may exist yet. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static long countFiles(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(suffix)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the HTML files under {@code dir}. */
    static long htmlBytes(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(".html"))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    // ---- report

    private void add(String name, int n, List<Timed> timings, String note) {
        long failed = timings.stream().filter(t -> t.exitCode() != 0).count();
        if (failed > 0) {
            // A failed process is no measurement: shown, but kept out of the targets.
            name = name + " (FAILED)";
            note = failed + " of " + timings.size() + " runs exited non-zero: "
                    + firstLines(timings.get(0).output(), 1).replace('|', '/');
        }
        long peak = timings.stream().mapToLong(Timed::peakKiB).max().orElse(0);
        List<Double> seconds = timings.stream().map(Timed::seconds).toList();
        Row row = new Row(name, n, seconds, peak, note);
        rows.add(row);
        log(String.format(Locale.ROOT, "  %-45s N=%-5d median %.2f s, peak %s", name, n, row.median(), mib(peak)));
    }

    private String report() {
        StringBuilder md = new StringBuilder();
        md.append("| case | N | runs | median | min–max | peak RSS | note |\n");
        md.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (Row row : rows) {
            double min = row.seconds().stream().mapToDouble(d -> d).min().orElse(0);
            double max = row.seconds().stream().mapToDouble(d -> d).max().orElse(0);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.2f s | %.2f–%.2f s | %s | %s |%n",
                    row.name(),
                    row.n(),
                    row.seconds().size(),
                    row.median(),
                    min,
                    max,
                    row.peakKiB() > 0 ? mib(row.peakKiB()) : "—",
                    row.note()));
        }
        int n = largest;
        md.append("\nTargets of SPEC §10 at N = ").append(n).append(":\n\n");
        md.append("| target | measured | goal | met |\n|---|---:|---:|---|\n");
        find("validate", n)
                .ifPresent(v ->
                        target(md, "validate, JVM start included", seconds(v.median()), v.median() < 2.0, "< 2 s"));
        Optional<Row> build = find("build --engine dot (from scratch)", n);
        Optional<Row> hugo = find("Hugo, same pages without diagrams", n);
        List<Double> pairs = buildHugoRatios.get(n);
        if (pairs != null && !pairs.isEmpty()) {
            double r = new Row("", n, pairs, 0, "").median();
            double low = Collections.min(pairs);
            double high = Collections.max(pairs);
            target(
                    md,
                    "full build / Hugo pages-only build (median of the run-by-run ratios, " + ratio(low) + "–"
                            + ratio(high) + ")",
                    ratio(r),
                    r <= 1.0,
                    "≤ 1.0");
        } else if (build.isPresent() && hugo.isPresent()) {
            double r = build.get().median() / hugo.get().median();
            target(md, "full build / Hugo pages-only build", ratio(r), r <= 1.0, "≤ 1.0");
        }
        Optional<Row> stage = find("diagram stage of the build", n);
        Optional<Row> dot = find("batched dot, 2 processes, same DOT files", n);
        if (stage.isPresent() && dot.isPresent()) {
            double r = stage.get().median() / dot.get().median();
            target(md, "diagram stage / batched dot", ratio(r), r <= 1.5, "≤ 1.5");
        }
        Optional<Row> rebuild = find("rebuild after one journey changed", n);
        if (build.isPresent() && rebuild.isPresent()) {
            double r = rebuild.get().median() / build.get().median();
            target(md, "rebuild after one change / full build", ratio(r), r <= 0.10, "≤ 0.10");
        }
        rows.stream()
                .filter(row -> row.n() == n && row.name().startsWith("rebuild in `build --watch`"))
                .forEach(watched -> build.ifPresent(full -> {
                    double r = watched.median() / full.median();
                    String which = watched.name().contains("after " + WATCH_WARMUP + " rebuilds")
                            ? "after " + WATCH_WARMUP + " rebuilds"
                            : "its first rebuilds";
                    target(
                            md,
                            "the same in `build --watch` (" + which + ") / full build",
                            ratio(r),
                            r <= 0.10,
                            "≤ 0.10");
                }));
        long peak = rows.stream()
                .filter(r -> r.n() == n && r.name().matches("validate|build.*|rebuild.*"))
                .mapToLong(Row::peakKiB)
                .max()
                .orElse(0);
        if (peak > 0) {
            target(md, "peak RSS of the generator", mib(peak), peak < 1024 * 1024, "< 1 GiB");
        }
        md.append("\nMachine: ").append(machine()).append('\n');
        if (!timeAvailable) {
            md.append(
                    "\nPeak RSS polled from /proc/PID/status VmHWM every 10 ms (install `time` for exact figures).\n");
        }
        for (String note : notes) {
            md.append("\n").append(note).append('\n');
        }
        return md.toString();
    }

    private Optional<Row> find(String name, int n) {
        return rows.stream().filter(r -> r.name().equals(name) && r.n() == n).findFirst();
    }

    private static void target(StringBuilder md, String name, String measured, boolean met, String goal) {
        md.append("| ")
                .append(name)
                .append(" | ")
                .append(measured)
                .append(" | ")
                .append(goal)
                .append(" | ")
                .append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }

    private static String mib(long kib) {
        return String.format(Locale.ROOT, "%d MiB", Math.round(kib / 1024.0));
    }

    private String machine() {
        List<String> parts = new ArrayList<>();
        parts.add(Runtime.getRuntime().availableProcessors() + " cores (nproc " + capture(List.of("nproc")) + ")");
        parts.add(capture(List.of("sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"))
                .trim());
        parts.add(capture(List.of("sh", "-c", "awk '/MemTotal/ {printf \"%.0f GiB RAM\", $2/1048576}' /proc/meminfo")));
        parts.add(firstLines(capture(List.of(javaExecutable(), "-version")), 1));
        parts.add(capture(List.of("dot", "-V")));
        parts.add(firstLines(capture(List.of("hugo", "version")), 1));
        parts.add("load average " + capture(List.of("cat", "/proc/loadavg")));
        parts.add(Instant.now().toString());
        return String.join("; ", parts.stream().filter(s -> !s.isBlank()).toList());
    }

    private String capture(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return text;
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    private static String firstLines(String text, int count) {
        return String.join(" / ", text.lines().limit(count).toList());
    }

    private static void log(String line) {
        System.err.println("[bench] " + line);
    }
}
