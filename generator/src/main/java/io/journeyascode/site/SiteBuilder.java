package io.journeyascode.site;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.ToolException;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.api.Version;
import io.journeyascode.diagram.DiagramSet;
import io.journeyascode.diagram.Diagrams;
import io.journeyascode.diagram.EmotionCurve;
import io.journeyascode.model.Journey;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.report.ReportFormat;
import io.journeyascode.report.ReportOptions;
import io.journeyascode.report.Reports;
import io.journeyascode.site.view.LayoutView;
import io.journeyascode.site.view.MarkdownPageView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes the CX playbook site (SPEC §8) whole or not at all (SPEC §11): everything is rendered
 * into a temporary sibling of the output folder, which then replaces the old site; on any failure
 * the temporary folder is deleted and the old site stays as it was. Pages are rendered on up to
 * {@code jobs} threads; each page's bytes depend only on the input, so the site is the same
 * whatever the thread count, time zone or locale.
 */
public final class SiteBuilder {

    /** Where the bytes of a file go; the real one writes the file, tests inject failures. */
    @FunctionalInterface
    interface Output {
        void write(Path file, byte[] content) throws IOException;
    }

    private record Job(String path, Supplier<byte[]> content) {}

    static final List<String> REPORTS = List.of("reports/findings.json", "reports/findings.sarif", "reports/junit.xml");

    private SiteBuilder() {}

    /**
     * Refuses an output folder that would overwrite or sit inside the journeys (SPEC §11), or
     * that is an existing file.
     */
    public static void checkOutput(Path journeysDir, Path outputDir) {
        Path journeys = canonical(journeysDir);
        Path out = canonical(outputDir);
        if (out.getParent() == null) {
            throw new ToolException(
                    "The output folder " + outputDir + " is a file system root; give a folder for the site.");
        }
        if (out.equals(journeys) || (out.startsWith(journeys) && !inIgnoredFolder(journeys.relativize(out)))) {
            throw new ToolException("The output folder " + outputDir
                    + " is inside the journeys folder; give a folder outside it, such as target/playbook.");
        }
        if (journeys.startsWith(out)) {
            throw new ToolException("The output folder " + outputDir
                    + " contains the journeys folder and would replace it; give a folder of its own.");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ToolException("The output path " + outputDir + " is an existing file; give a folder.");
        }
    }

    /**
     * True when a path inside the journeys folder lies in a folder the loader skips (SPEC §3:
     * {@code target} or a name starting with {@code .}), as {@code journeys/target/playbook} of a
     * Maven module whose YAML lives in the module folder itself.
     */
    private static boolean inIgnoredFolder(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Builds the site; returns the diagram engine used ("dot", "js", or "none"). */
    public static String build(ValidationResult validation, BuildOptions options, Consumer<String> log) {
        return build(validation, options, log, SiteBuilder::writeFile);
    }

    static String build(ValidationResult validation, BuildOptions options, Consumer<String> log, Output output) {
        checkOutput(options.journeysDir(), options.outputDir());
        Path out = canonical(options.outputDir());
        Path parent = out.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new ToolException("Cannot create " + parent + ": " + e.getMessage() + ".", e);
        }
        // Held from before the leftovers are removed (they may be another build's) until the swap.
        try (BuildLock lock = BuildLock.acquire(out, options.outputDir())) {
            return buildLocked(validation, options, log, output, out, parent);
        }
    }

    private static String buildLocked(
            ValidationResult validation,
            BuildOptions options,
            Consumer<String> log,
            Output output,
            Path out,
            Path parent) {
        String name = out.getFileName().toString();
        removeLeftovers(parent, name, log);

        PlaybookIndex index = new PlaybookIndex(validation.playbook());
        Messages msg = Messages.load(validation.playbook().config().locale(), options.siteDir());
        Templates templates = new Templates(options.templatesDir(), Locale.forLanguageTag(msg.language()));
        Markdown markdown = new Markdown();
        SortedMap<String, byte[]> siteFiles = SiteFiles.load(options.siteDir());
        List<MarkdownPageView> pages = pages(siteFiles, markdown, log);
        Catalog catalog = new Catalog(index, validation.findings());
        DiagramSet diagrams = diagrams(index, options, log);
        Optional<LocalDate> buildDate =
                options.sourceDateEpoch().map(s -> LocalDate.ofInstant(Instant.ofEpochSecond(s), ZoneOffset.UTC));
        Optional<String> sourceUrl = options.sourceUrl().filter(u -> {
            boolean ok = UrlPolicy.isSafeWebLink(u);
            if (!ok) {
                log.accept("Ignoring --source-url " + u + ": give an http or https address.");
            }
            return ok;
        });
        ViewMapper mapper = new ViewMapper(
                catalog,
                new ViewMapper.Inputs(
                        msg,
                        markdown,
                        diagrams.svgByJourney(),
                        new Curves(index, log),
                        sourceUrl,
                        options.today(),
                        buildDate,
                        Version.get(),
                        pages,
                        io.journeyascode.rules.RuleCatalogue.docs(msg.language()),
                        REPORTS));
        ReportOptions reportOptions = new ReportOptions("", options.failOn(), sourceUrl);

        List<Job> jobs = jobs(catalog, mapper, templates, msg, siteFiles, pages, diagrams, validation, reportOptions);

        Path temp = parent.resolve("." + name + ".tmp-" + random());
        try {
            Files.createDirectory(temp);
            writeAll(temp, jobs, Math.max(1, options.jobs()), output);
            swap(temp, out, parent, name, log);
        } catch (IOException e) {
            deleteQuietly(temp, log);
            throw new ToolException("Cannot write the site to " + options.outputDir() + ": " + e.getMessage() + ".", e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp, log);
            throw e;
        }
        log.accept("Wrote " + jobs.size() + " files to " + options.outputDir());
        return diagrams.engineUsed();
    }

    private static List<Job> jobs(
            Catalog catalog,
            ViewMapper mapper,
            Templates templates,
            Messages msg,
            SortedMap<String, byte[]> siteFiles,
            List<MarkdownPageView> pages,
            DiagramSet diagrams,
            ValidationResult validation,
            ReportOptions reportOptions) {
        List<Job> jobs = new ArrayList<>();
        Function<String, Function<String, Function<Supplier<Object>, Job>>> page =
                path -> template -> view -> new Job(path, () -> {
                    Object model = view.get();
                    return html(templates, template, mapper.layout(path, kind(template), title(model)), msg, model);
                });
        jobs.add(page.apply(SitePaths.INDEX).apply("index.ftlh").apply(mapper::index));
        for (Journey journey : catalog.journeys) {
            String id = journey.id().value();
            jobs.add(page.apply(SitePaths.journey(id)).apply("journey.ftlh").apply(() -> mapper.journey(journey)));
            String svg = diagrams.svgByJourney().get(id);
            if (svg != null) {
                jobs.add(new Job(SitePaths.journeySvg(id), () -> svg.getBytes(StandardCharsets.UTF_8)));
            }
            for (Touchpoint tp : catalog.touchpoints(journey)) {
                jobs.add(page.apply(SitePaths.touchpoint(id, tp.id().value()))
                        .apply("touchpoint.ftlh")
                        .apply(() -> mapper.touchpoint(journey, tp)));
            }
        }
        for (String team : catalog.teams.keySet()) {
            jobs.add(page.apply(SitePaths.team(team)).apply("team.ftlh").apply(() -> mapper.team(team)));
        }
        for (String channel : catalog.touchpointsByChannel.keySet()) {
            jobs.add(
                    page.apply(SitePaths.channel(channel)).apply("channel.ftlh").apply(() -> mapper.channel(channel)));
        }
        jobs.add(page.apply(SitePaths.FINDINGS).apply("findings.ftlh").apply(mapper::findings));
        jobs.add(page.apply(SitePaths.RULES).apply("rules.ftlh").apply(mapper::rules));
        jobs.add(page.apply(SitePaths.SEARCH).apply("search.ftlh").apply(mapper::search));
        for (MarkdownPageView p : pages) {
            jobs.add(page.apply(SitePaths.page(p.name())).apply("page.ftlh").apply(() -> p));
        }
        for (Map.Entry<String, byte[]> file : siteFiles.entrySet()) {
            String path = file.getKey();
            if (path.startsWith("assets/") || (path.startsWith("pages/") && !path.endsWith(".md"))) {
                byte[] bytes = file.getValue();
                jobs.add(new Job(path, () -> bytes));
            }
        }
        String json = SearchIndex.json(SearchIndex.entries(catalog, msg));
        jobs.add(new Job("search-index.json", () -> json.getBytes(StandardCharsets.UTF_8)));
        jobs.add(
                new Job("assets/search-index.js", () -> SearchIndex.script(json).getBytes(StandardCharsets.UTF_8)));
        Map<String, ReportFormat> reports = new LinkedHashMap<>();
        reports.put(REPORTS.get(0), ReportFormat.JSON);
        reports.put(REPORTS.get(1), ReportFormat.SARIF);
        reports.put(REPORTS.get(2), ReportFormat.JUNIT);
        reports.forEach((path, format) -> jobs.add(new Job(
                path, () -> Reports.render(format, validation, reportOptions).getBytes(StandardCharsets.UTF_8))));
        return jobs;
    }

    private static String kind(String template) {
        return template.substring(0, template.indexOf('.'));
    }

    private static String title(Object view) {
        if (view instanceof io.journeyascode.site.view.IndexView v) {
            return v.title();
        } else if (view instanceof io.journeyascode.site.view.JourneyView v) {
            return v.title();
        } else if (view instanceof io.journeyascode.site.view.TouchpointView v) {
            return v.name() + " · " + v.journey().label();
        } else if (view instanceof io.journeyascode.site.view.TeamView v) {
            return v.name();
        } else if (view instanceof io.journeyascode.site.view.ChannelView v) {
            return v.name();
        } else if (view instanceof MarkdownPageView v) {
            return v.title();
        }
        return "";
    }

    private static byte[] html(Templates templates, String template, LayoutView layout, Messages msg, Object view) {
        Map<String, Object> model = Map.of("layout", layout, "msg", msg.all(), "view", view);
        return templates.render(template, model).getBytes(StandardCharsets.UTF_8);
    }

    private static List<MarkdownPageView> pages(
            SortedMap<String, byte[]> files, Markdown markdown, Consumer<String> log) {
        List<MarkdownPageView> pages = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String path = file.getKey();
            if (!path.startsWith("pages/") || !path.endsWith(".md") || path.indexOf('/', 6) >= 0) {
                continue;
            }
            String name = path.substring(6, path.length() - 3);
            if (!SitePaths.isSafeId(name)) {
                log.accept("Skipping " + path + ": page names are kebab-case, such as pages/how-we-work.md.");
                continue;
            }
            Markdown.Page page = markdown.renderPage(new String(file.getValue(), StandardCharsets.UTF_8));
            pages.add(new MarkdownPageView(name, page.title().isEmpty() ? name : page.title(), page.html()));
        }
        return pages;
    }

    private static DiagramSet diagrams(PlaybookIndex index, BuildOptions options, Consumer<String> log) {
        DiagramSet set;
        try {
            set = Diagrams.render(index, options.engine(), Math.max(1, options.jobs()), log);
        } catch (UnsupportedOperationException e) {
            log.accept("Journey diagrams are not available in this build; pages show a notice instead.");
            return new DiagramSet(Map.of(), "none", List.of());
        }
        for (String failure : set.failures()) {
            log.accept("Diagram not drawn: " + failure);
        }
        return set;
    }

    /** Emotion curves, or none at all when this build has no curve renderer. */
    private static final class Curves implements Function<Journey, Optional<String>> {
        private final PlaybookIndex index;
        private final Consumer<String> log;
        private final AtomicBoolean unsupported = new AtomicBoolean();

        Curves(PlaybookIndex index, Consumer<String> log) {
            this.index = index;
            this.log = log;
        }

        @Override
        public Optional<String> apply(Journey journey) {
            if (unsupported.get()) {
                return Optional.empty();
            }
            try {
                return Optional.of(EmotionCurve.svg(journey, index)).filter(s -> !s.isBlank());
            } catch (UnsupportedOperationException e) {
                if (!unsupported.getAndSet(true)) {
                    log.accept("Emotion curves are not available in this build; pages show a notice instead.");
                }
                return Optional.empty();
            }
        }
    }

    // ---- writing -----------------------------------------------------------------------

    private static void writeAll(Path root, List<Job> jobs, int threads, Output output) throws IOException {
        TreeSet<Path> dirs = new TreeSet<>();
        for (Job job : jobs) {
            Path dir = root.resolve(job.path()).getParent();
            if (dir != null) {
                dirs.add(dir);
            }
        }
        for (Path dir : dirs) {
            Files.createDirectories(dir);
        }
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "journey-site-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<Void> done = new ExecutorCompletionService<>(pool);
            List<Future<Void>> futures = new ArrayList<>(jobs.size());
            for (Job job : jobs) {
                futures.add(done.submit(() -> {
                    output.write(root.resolve(job.path()), job.content().get());
                    return null;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    done.take().get();
                } catch (ExecutionException e) {
                    futures.forEach(f -> f.cancel(true));
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof UncheckedIOException io) {
                        throw io.getCause();
                    }
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolException("The site build was interrupted.", e);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void writeFile(Path file, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content);
        }
    }

    /** Puts the new site in place of the old one; on failure the old one is put back. */
    private static void swap(Path temp, Path out, Path parent, String name, Consumer<String> log) throws IOException {
        if (Files.exists(out)) {
            Path old = parent.resolve("." + name + ".old-" + random());
            move(out, old);
            try {
                move(temp, out);
            } catch (IOException e) {
                move(old, out);
                throw e;
            }
            deleteQuietly(old, log);
        } else {
            move(temp, out);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Temporary folders of runs that were killed before they could clean up. A run killed
     * between the two moves of {@link #swap} left the old site aside and none in place: that one
     * is put back first.
     */
    private static void removeLeftovers(Path parent, String name, Consumer<String> log) {
        String tmp = "." + name + ".tmp-";
        String old = "." + name + ".old-";
        restoreOldSite(parent, name, old, log);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path entry : entries) {
                String n = entry.getFileName().toString();
                if ((n.startsWith(tmp) || n.startsWith(old)) && Files.isDirectory(entry)) {
                    log.accept("Removing " + entry + " left behind by an interrupted build.");
                    deleteQuietly(entry, log);
                }
            }
        } catch (IOException e) {
            log.accept("Could not look for leftovers in " + parent + ": " + e.getMessage());
        }
    }

    private static void restoreOldSite(Path parent, String name, String old, Consumer<String> log) {
        Path out = parent.resolve(name);
        if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().startsWith(old)
                        && Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    log.accept("Restoring the previous site from " + entry + " (a build was interrupted while"
                            + " replacing it).");
                    move(entry, out);
                    return;
                }
            }
        } catch (IOException e) {
            log.accept("Could not restore the previous site into " + out + ": " + e.getMessage());
        }
    }

    static void deleteQuietly(Path dir, Consumer<String> log) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            log.accept("Could not delete " + dir + ": " + e.getMessage() + "; the next build removes it.");
        }
    }

    private static String random() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The absolute path with symbolic links of its existing part resolved. */
    static Path canonical(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        List<Path> rest = new ArrayList<>();
        while (existing != null && !Files.exists(existing)) {
            rest.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path real = existing.toRealPath();
            for (Path part : rest) {
                real = real.resolve(part);
            }
            return real;
        } catch (IOException e) {
            return abs;
        }
    }
}
