package io.journeyascode.diagram;

import io.journeyascode.api.ToolException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Native Graphviz: many graphs per {@code dot -Tsvg} process (one input, SVGs split from
 * stdout), up to {@code jobs} processes at a time. Each graph in a batch gets a generated name
 * ({@code b<index>}) so that its SVG is matched by the {@code <!-- Title: … -->} comment dot
 * writes, not by position. dot 2.43 may crash on some batched graphs: when a batch exits
 * non-zero or leaves graphs without output, those graphs are rendered one by one, and the ones
 * that still fail are reported.
 */
final class NativeDotRenderer implements GraphRenderer {

    /**
     * Graphs per process: one. dot 2.43 lays out the second and later graphs of a process
     * differently from run to run (measured on the benchmark corpus: 3 to 8 of 12 graphs of one
     * input change between two runs, with or without address randomisation), while a graph alone
     * in its process comes out the same every time. SPEC §11 wants the same bytes for the same
     * input whatever {@code --jobs}, and the build cache needs a journey's SVG not to depend on
     * which other diagrams are drawn with it: so no batching, up to {@code jobs} processes at once.
     */
    static final int MAX_BATCH = 1;

    private static final String HEADER = "digraph \"journey\" {";
    private static final String TITLE = "<!-- Title: b";
    private static final int MAX_STDERR = 4096;
    private static final long TIMEOUT_SECONDS = 60;
    private static final long TIMEOUT_SECONDS_PER_GRAPH = 2;

    private final Path dot;
    /** What dot processes run with: see {@link DotPlugins}; empty means dot's own setup. */
    private volatile Map<String, String> environment = Map.of();

    private final long timeoutSeconds;
    private final long timeoutSecondsPerGraph;

    NativeDotRenderer(Path dot) {
        this(dot, TIMEOUT_SECONDS, TIMEOUT_SECONDS_PER_GRAPH);
    }

    /** With a time limit per process of {@code timeoutSeconds + perGraph × graphs}. */
    NativeDotRenderer(Path dot, long timeoutSeconds, long perGraph) {
        this.dot = dot;
        this.timeoutSeconds = timeoutSeconds;
        this.timeoutSecondsPerGraph = perGraph;
    }

    /** The {@code dot} program on the PATH, if any. */
    static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = File.separatorChar == '\\';
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : windows ? new String[] {"dot.exe", "dot.bat"} : new String[] {"dot"}) {
                try {
                    Path candidate = Path.of(dir, name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                } catch (RuntimeException e) {
                    // an unusable PATH entry: skip it
                }
            }
        }
        return Optional.empty();
    }

    Path program() {
        return dot;
    }

    @Override
    public String id() {
        return "dot";
    }

    @Override
    public List<Rendered> render(List<String> dots, int jobs, Finisher finish) {
        if (dots.isEmpty()) {
            return List.of();
        }
        Optional<DotPlugins> plugins = DotPlugins.create(dot);
        environment = plugins.map(DotPlugins::environment).orElse(Map.of());
        try {
            return renderAll(dots, jobs, finish);
        } finally {
            plugins.ifPresent(DotPlugins::close);
        }
    }

    private List<Rendered> renderAll(List<String> dots, int jobs, Finisher finish) {
        Rendered[] results = new Rendered[dots.size()];
        List<int[]> chunks = chunks(dots.size(), Math.max(1, jobs));
        if (chunks.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(Math.max(1, jobs), chunks.size()), r -> {
            Thread t = new Thread(r, "journey-dot");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int[] chunk : chunks) {
                futures.add(pool.submit(() -> renderChunk(dots, chunk[0], chunk[1], finish, results)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolException("Rendering the diagrams was interrupted.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ToolException te) {
                throw te;
            }
            throw new ToolException("Rendering the diagrams with " + dot + " failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
        return Arrays.asList(results);
    }

    /** Contiguous index ranges [from, to): at least {@code jobs} of them, none above MAX_BATCH. */
    static List<int[]> chunks(int n, int jobs) {
        List<int[]> chunks = new ArrayList<>();
        if (n == 0) {
            return chunks;
        }
        int count = Math.max(Math.min(jobs, n), (n + MAX_BATCH - 1) / MAX_BATCH);
        if (count > jobs && count % jobs != 0) {
            count += jobs - count % jobs; // equal rounds for the workers
        }
        count = Math.min(count, n);
        for (int c = 0; c < count; c++) {
            chunks.add(new int[] {(int) ((long) n * c / count), (int) ((long) n * (c + 1) / count)});
        }
        return chunks;
    }

    private void renderChunk(List<String> dots, int from, int to, Finisher finish, Rendered[] results) {
        List<Integer> indices = new ArrayList<>();
        for (int i = from; i < to; i++) {
            indices.add(i);
        }
        String error = batch(dots, indices, finish, results);
        for (int i = from; i < to; i++) {
            if (results[i] == null) {
                // the batch crashed or skipped this graph: alone, it may render
                String single = batch(dots, List.of(i), finish, results);
                if (results[i] == null) {
                    results[i] = Rendered.failed(single.isEmpty() ? error : single);
                }
            }
        }
    }

    /**
     * Runs one dot process over the graphs; fills {@code results} for every graph it rendered and
     * returns what went wrong ("" when the process exited 0).
     */
    private String batch(List<String> dots, List<Integer> indices, Finisher finish, Rendered[] results) {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(dot.toString(), "-Tsvg");
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new ToolException("Could not run Graphviz " + dot + ": " + e.getMessage() + ".", e);
        }
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread errors = daemon("journey-dot-stderr", () -> drain(process.getErrorStream(), stderr));
        Thread writer = daemon("journey-dot-stdin", () -> write(process.getOutputStream(), dots, indices));
        long limitSeconds = timeoutSeconds + timeoutSecondsPerGraph * (long) indices.size();
        java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
        // a watchdog: a layout that never ends must not hang the build (SPEC §11)
        java.util.concurrent.CompletableFuture<Process> watchdog = process.onExit()
                .completeOnTimeout(process, limitSeconds, java.util.concurrent.TimeUnit.SECONDS)
                .whenComplete((p, e) -> {
                    if (p.isAlive()) {
                        timedOut.set(true);
                        p.destroyForcibly();
                    }
                });
        errors.start();
        writer.start();
        try {
            readSvgs(process.getInputStream(), finish, results);
            int exit = process.waitFor();
            writer.join();
            errors.join();
            watchdog.cancel(false);
            if (timedOut.get()) {
                return "dot did not finish within " + limitSeconds + " s";
            }
            if (exit == 0) {
                return "";
            }
            String message = stderr.toString(StandardCharsets.UTF_8).strip();
            int newline = message.indexOf('\n');
            if (newline > 0) {
                message = message.substring(0, newline);
            }
            return "dot exited with status " + exit + (message.isEmpty() ? "" : " (" + message + ")");
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ToolException("Rendering the diagrams was interrupted.", e);
        } catch (IOException e) {
            process.destroyForcibly();
            return "reading dot's output failed: " + e.getMessage();
        }
    }

    private static void write(OutputStream stdin, List<String> dots, List<Integer> indices) {
        try (OutputStream out = stdin) {
            for (int i : indices) {
                String text = dots.get(i);
                if (!text.startsWith(HEADER)) {
                    throw new IllegalArgumentException("DOT text must start with " + HEADER);
                }
                out.write(("digraph \"b" + i + "\" {").getBytes(StandardCharsets.US_ASCII));
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                out.write(bytes, HEADER.length(), bytes.length - HEADER.length());
            }
        } catch (IOException e) {
            // dot stopped reading (it crashed): the graphs without output are retried
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream into) {
        byte[] buffer = new byte[4096];
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (into.size() < MAX_STDERR) {
                    into.write(buffer, 0, Math.min(n, MAX_STDERR - into.size()));
                }
            }
        } catch (IOException e) {
            // nothing more to read
        }
    }

    private static final byte[] SVG_END = "</svg>\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * Splits dot's stdout into SVGs as they arrive (on bytes, so each SVG is decoded once) and
     * files each under its graph's index.
     */
    private static void readSvgs(InputStream stdout, Finisher finish, Rendered[] results) throws IOException {
        byte[] buffer = new byte[1 << 17];
        int length = 0;
        int searchFrom = 0;
        try (InputStream in = stdout) {
            int n;
            while ((n = in.read(buffer, length, buffer.length - length)) > 0) {
                length += n;
                int start = 0;
                int end;
                while ((end = indexOf(buffer, SVG_END, Math.max(start, searchFrom), length)) >= 0) {
                    int cut = end + SVG_END.length;
                    file(new String(buffer, start, cut - start, StandardCharsets.UTF_8), finish, results);
                    start = cut;
                }
                System.arraycopy(buffer, start, buffer, 0, length - start);
                length -= start;
                searchFrom = Math.max(0, length - SVG_END.length + 1);
                if (length == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                }
            }
        }
    }

    private static int indexOf(byte[] data, byte[] part, int from, int to) {
        byte first = part[0];
        outer:
        for (int i = from; i <= to - part.length; i++) {
            if (data[i] != first) {
                continue;
            }
            for (int k = 1; k < part.length; k++) {
                if (data[i + k] != part[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void file(String svg, Finisher finish, Rendered[] results) {
        int title = svg.indexOf(TITLE);
        if (title < 0) {
            return;
        }
        int from = title + TITLE.length();
        int to = from;
        while (to < svg.length() && Character.isDigit(svg.charAt(to))) {
            to++;
        }
        int index;
        try {
            index = Integer.parseInt(svg.substring(from, to));
        } catch (NumberFormatException e) {
            return;
        }
        if (index >= 0 && index < results.length && results[index] == null) {
            try {
                results[index] = Rendered.ok(finish.finish(index, svg));
            } catch (RuntimeException e) {
                results[index] = Rendered.failed("post-processing the SVG failed: " + e.getMessage());
            }
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }
}
