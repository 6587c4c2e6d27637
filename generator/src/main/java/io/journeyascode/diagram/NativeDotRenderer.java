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
 * Native Graphviz: the graphs of a batch go through one {@code dot -Tsvg} process (one input,
 * SVGs split from stdout), up to {@code jobs} processes at a time. Each graph in a batch gets a
 * generated name ({@code b<position>}) so that its SVG is matched by the {@code <!-- Title: … -->}
 * comment dot writes, not by position. dot 2.43 may crash on some batched graphs: when a batch
 * exits non-zero or leaves graphs without output, those graphs are rendered one by one, and the
 * ones that still fail are reported.
 *
 * <p>dot 2.43 is deterministic for a given sequence of graphs as long as no graph has an
 * HTML-like label (expat seeds its hash tables at random; the diagrams have none), but a graph's
 * layout may depend on the graphs before it in its process: it orders clusters by the memory
 * addresses of their names. {@link Diagrams} therefore makes batches that depend on the journeys
 * alone, never on {@code --jobs} or on which diagrams a rebuild needs.
 */
final class NativeDotRenderer implements GraphRenderer {

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
    public List<Rendered> render(List<String> dots, List<List<Integer>> batches, int jobs, Finisher finish) {
        if (dots.isEmpty()) {
            return List.of();
        }
        Optional<DotPlugins> plugins = DotPlugins.create(dot);
        environment = plugins.map(DotPlugins::environment).orElse(Map.of());
        try {
            return renderAll(dots, batches, jobs, finish);
        } finally {
            plugins.ifPresent(DotPlugins::close);
        }
    }

    private List<Rendered> renderAll(List<String> dots, List<List<Integer>> batches, int jobs, Finisher finish) {
        Rendered[] results = new Rendered[dots.size()];
        if (batches.isEmpty()) {
            return Arrays.asList(results);
        }
        // the largest batches first, so that the workers finish at about the same time
        List<List<Integer>> order = new ArrayList<>(batches);
        order.sort((a, b) -> Integer.compare(b.size(), a.size()));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(Math.max(1, jobs), order.size()), r -> {
            Thread t = new Thread(r, "journey-dot");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<Integer> batch : order) {
                futures.add(pool.submit(() -> renderBatch(dots, batch, finish, results)));
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
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                results[i] = Rendered.failed("the graph was in no batch");
            }
        }
        return Arrays.asList(results);
    }

    private void renderBatch(List<String> dots, List<Integer> batch, Finisher finish, Rendered[] results) {
        String error = batch(dots, batch, finish, results);
        for (int i : batch) {
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
            readSvgs(process.getInputStream(), indices, finish, results);
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
            for (int position = 0; position < indices.size(); position++) {
                String text = dots.get(indices.get(position));
                if (!text.startsWith(HEADER)) {
                    throw new IllegalArgumentException("DOT text must start with " + HEADER);
                }
                out.write(("digraph \"b" + position + "\" {").getBytes(StandardCharsets.US_ASCII));
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
    private static void readSvgs(InputStream stdout, List<Integer> indices, Finisher finish, Rendered[] results)
            throws IOException {
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
                    file(new String(buffer, start, cut - start, StandardCharsets.UTF_8), indices, finish, results);
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

    private static void file(String svg, List<Integer> indices, Finisher finish, Rendered[] results) {
        int title = svg.indexOf(TITLE);
        if (title < 0) {
            return;
        }
        int from = title + TITLE.length();
        int to = from;
        while (to < svg.length() && Character.isDigit(svg.charAt(to))) {
            to++;
        }
        int position;
        try {
            position = Integer.parseInt(svg.substring(from, to));
        } catch (NumberFormatException e) {
            return;
        }
        if (position < 0 || position >= indices.size()) {
            return;
        }
        int index = indices.get(position);
        if (results[index] == null) {
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
