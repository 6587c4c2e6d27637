package io.journeyascode.site;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.OutputPaths;
import io.journeyascode.api.ToolException;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.api.Version;
import io.journeyascode.cache.SiteCache;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
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
 * whatever the thread count, time zone or locale. What may be replaced is {@link OutputFolder}'s
 * to say; the moves, links and deletions are {@link SiteFolders}'.
 */
public final class SiteBuilder {

    /** Where the bytes of a file go; the real one writes the file, tests inject failures. */
    @FunctionalInterface
    interface Output {
        void write(Path file, byte[] content) throws IOException;
    }

    /** A file of the site: its path, the content key of its inputs (see {@link BuildKeys}), its bytes. */
    private record Job(String path, String key, Supplier<byte[]> content) {}

    /** Which files a job list holds: those that show a journey's diagram (its page and SVG), the others, or all. */
    private enum Part {
        WITH_DIAGRAMS,
        WITHOUT_DIAGRAMS,
        ALL
    }

    /** What the diagram stage made: each journey's SVG, and the engine that drew them. */
    private record Drawing(Map<String, String> svgs, String engine) {}

    /**
     * The journeys' SVGs once the diagram stage (which may still run) has ended: only the
     * journeys' pages and SVG files ask, and they are listed after it.
     */
    private static final class Drawn extends java.util.AbstractMap<String, String> {
        private final java.util.concurrent.FutureTask<Drawing> drawing;

        Drawn(java.util.concurrent.FutureTask<Drawing> drawing) {
            this.drawing = drawing;
        }

        private Map<String, String> svgs() {
            return join(drawing).svgs();
        }

        @Override
        public String get(Object id) {
            return svgs().get(id);
        }

        @Override
        public String getOrDefault(Object id, String fallback) {
            return svgs().getOrDefault(id, fallback);
        }

        @Override
        public boolean containsKey(Object id) {
            return svgs().containsKey(id);
        }

        @Override
        public java.util.Set<Map.Entry<String, String>> entrySet() {
            return svgs().entrySet();
        }
    }

    /** A system property: {@code false} where a full collection between the stages gains nothing. */
    public static final String SETTLE_HEAP = "journey.settleHeap";

    static final List<String> REPORTS = List.of("reports/findings.json", "reports/findings.sarif", "reports/junit.xml");

    private SiteBuilder() {}

    /** Builds the site; returns the diagram engine used ("dot", "js", or "none"). */
    public static String build(ValidationResult validation, BuildOptions options, Consumer<String> log) {
        return build(validation, options, Map.of(), log);
    }

    /**
     * As {@link #build(ValidationResult, BuildOptions, Consumer)}, given a content key for each
     * journey file the loader read (its name in the journeys folder → a key that changes whenever
     * the file does); files without one are read and hashed here.
     */
    public static String build(
            ValidationResult validation, BuildOptions options, Map<String, String> fileKeys, Consumer<String> log) {
        return build(validation, options, fileKeys, log, SiteBuilder::writeFile, Paging.PAGE_ROWS);
    }

    static String build(ValidationResult validation, BuildOptions options, Consumer<String> log, Output output) {
        return build(validation, options, Map.of(), log, output, Paging.PAGE_ROWS);
    }

    /**
     * As {@link #build(ValidationResult, BuildOptions, Consumer)} with at most {@code pageRows}
     * rows on a page of a team or channel, not {@link Paging#PAGE_ROWS}: tests get several pages
     * from a small playbook.
     */
    static String build(ValidationResult validation, BuildOptions options, Consumer<String> log, int pageRows) {
        return build(validation, options, Map.of(), log, SiteBuilder::writeFile, pageRows);
    }

    private static String build(
            ValidationResult validation,
            BuildOptions options,
            Map<String, String> fileKeys,
            Consumer<String> log,
            Output output,
            int pageRows) {
        try (Session session = begin(options, log, output, pageRows, SiteMemory.none())) {
            return session.build(validation, fileKeys);
        }
    }

    /**
     * Starts a build of the site: checks the output folder and, when it exists (a rebuild),
     * takes its lock and starts reading what the last build wrote (its manifest, the files in
     * the output folder) on a thread of its own, so that this overlaps the loading and checking
     * of the journeys. Nothing is created or removed until {@link Session#build} writes the site;
     * closing the session releases the lock.
     *
     * @throws ToolException when the output folder cannot be used or another build holds it
     */
    public static Session begin(BuildOptions options, Consumer<String> log) {
        return begin(options, log, SiteMemory.none());
    }

    /**
     * As {@link #begin(BuildOptions, Consumer)} with what {@code memory} keeps between builds: a
     * process that builds again ({@code journey build --watch}) deletes the old site on a thread
     * of its own, and updates the next site from a spare copy (see {@link SiteMemory}).
     */
    public static Session begin(BuildOptions options, Consumer<String> log, SiteMemory memory) {
        return begin(options, log, SiteBuilder::writeFile, Paging.PAGE_ROWS, memory);
    }

    private static Session begin(
            BuildOptions options, Consumer<String> log, Output output, int pageRows, SiteMemory memory) {
        OutputFolder.check(options);
        Session session =
                new Session(options, log, output, pageRows, OutputPaths.canonical(options.outputDir()), memory);
        if (Files.isDirectory(session.out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // The output is there, so no leftover can be restored into it: read it now.
            session.lock();
            session.startReading();
        }
        return session;
    }

    /** A build of the site under way; see {@link #begin}. */
    public static final class Session implements AutoCloseable {
        private final BuildOptions options;
        private final Consumer<String> log;
        private final Output output;
        private final int pageRows;
        private final Path out;
        private final Path parent;
        private final SiteMemory memory;
        private BuildLock lock;
        private java.util.concurrent.FutureTask<Previous> previous;
        private java.util.concurrent.FutureTask<Setup> setup;
        private String setupLocale;

        private Session(
                BuildOptions options, Consumer<String> log, Output output, int pageRows, Path out, SiteMemory memory) {
            this.memory = memory;
            this.options = options;
            this.log = log;
            this.output = output;
            this.pageRows = pageRows;
            this.out = out;
            this.parent = out.getParent();
        }

        /** Takes the output's lock, once. */
        private synchronized void lock() {
            if (lock != null) {
                return;
            }
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new ToolException("Cannot create " + parent + ": " + ToolException.reason(e) + ".", e);
            }
            lock = BuildLock.acquire(out, options.outputDir());
        }

        /** Starts reading what the last build left (under the lock; it only reads), once. */
        private synchronized void startReading() {
            if (previous == null) {
                previous = started(() -> previous(out, memory), "journey-site-cache");
            }
        }

        /**
         * Starts reading the messages for {@code locale}, the templates and the site folder on a
         * thread of their own: they do not depend on the journeys.
         */
        public synchronized void prepare(String locale) {
            if (setup == null || !locale.equals(setupLocale)) {
                setupLocale = locale;
                setup = started(() -> setup(locale, options, memory), "journey-site-setup");
            }
        }

        /** Writes the site for {@code validation}; see {@link SiteBuilder#build(ValidationResult, BuildOptions, Map, Consumer)}. */
        public String build(ValidationResult validation, Map<String, String> fileKeys) {
            // Held from before the leftovers are removed (they may be another build's) until the swap.
            lock();
            SiteFolders.removeLeftovers(parent, out.getFileName().toString(), memory.spareFolder(), log);
            startReading();
            prepare(validation.playbook().config().locale());
            java.util.concurrent.FutureTask<Previous> previousTask;
            java.util.concurrent.FutureTask<Setup> setupTask;
            synchronized (this) {
                previousTask = previous;
                setupTask = setup;
            }
            return buildLocked(
                    validation, options, fileKeys, log, output, out, parent, pageRows, previousTask, setupTask, memory);
        }

        @Override
        public synchronized void close() {
            if (lock != null) {
                lock.close();
                lock = null;
            }
        }

        private static <T> java.util.concurrent.FutureTask<T> started(
                java.util.concurrent.Callable<T> work, String threadName) {
            java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
            return task;
        }
    }

    private static String buildLocked(
            ValidationResult validation,
            BuildOptions options,
            Map<String, String> fileKeys,
            Consumer<String> log,
            Output output,
            Path out,
            Path parent,
            int pageRows,
            java.util.concurrent.FutureTask<Previous> previousTask,
            java.util.concurrent.FutureTask<Setup> setupTask,
            SiteMemory memory) {
        long lap = System.nanoTime();
        String name = out.getFileName().toString();
        PlaybookIndex index = PlaybookIndex.of(validation.playbook());
        lap = lap(log, "playbook index", lap);
        Catalog catalog = new Catalog(index, validation.findings(), pageRows);
        lap = lap(log, "catalog", lap);
        Setup setup = join(setupTask);
        setup.log().forEach(log);
        lap = lap(log, "waiting for messages, templates, site files and pages", lap);
        Messages msg = setup.msg();
        Templates templates = setup.templates();
        Markdown markdown = setup.markdown();
        SortedMap<String, byte[]> siteFiles = setup.siteFiles();
        List<MarkdownPageView> pages = setup.pages();
        Optional<LocalDate> buildDate =
                options.sourceDateEpoch().map(s -> LocalDate.ofInstant(Instant.ofEpochSecond(s), ZoneOffset.UTC));
        Optional<String> sourceUrl = options.sourceUrl().filter(u -> {
            boolean ok = UrlPolicy.isSafeWebLink(u);
            if (!ok) {
                log.accept("Ignoring --source-url " + u + ": give an http or https address.");
            }
            return ok;
        });

        // The build cache (SPEC §10): reuse what an earlier build wrote into the output folder
        // when its inputs are unchanged; without a usable cache, build everything.
        Path cacheDir = SiteCache.folderFor(out);
        Previous previous = join(previousTask);
        previous.log().forEach(log);
        SiteCache cache = previous.cache();
        Map<String, SiteFolders.FileState> existing = previous.files();
        lap = lap(log, "waiting for cache manifest read and output scan", lap);
        boolean incremental = !existing.isEmpty();
        BuildKeys keys = new BuildKeys(catalog, options, fileKeys, msg, siteFiles, sourceUrl, buildDate);
        lap = lap(log, "build keys", lap);

        settleHeap(false);
        long diagramStart = System.nanoTime();
        Map<String, String> svgKeys = new HashMap<>();
        Map<String, Integer> svgChecksums = new HashMap<>();
        List<String> toDraw = new ArrayList<>();
        for (Journey journey : catalog.journeys) {
            String id = journey.id().value();
            String key = keys.diagram(journey);
            svgKeys.put(id, key);
            Optional<SiteCache.Entry> reusable =
                    incremental ? reusable(cache, existing, SitePaths.journeySvg(id), key) : Optional.empty();
            if (reusable.isPresent()) {
                svgChecksums.put(id, reusable.get().crc());
            } else {
                toDraw.add(id);
            }
        }
        // A rebuild draws its diagrams while it writes the files that do not show them (the
        // journeys' pages and SVGs follow); a full build draws them all first, as one stage.
        boolean overlap = incremental && !toDraw.isEmpty();
        Map<String, String> words = diagramWords(msg);
        java.util.concurrent.FutureTask<Drawing> drawing = new java.util.concurrent.FutureTask<>(() -> {
            DiagramSet diagrams = incremental && toDraw.isEmpty()
                    ? new DiagramSet(Map.of(), Diagrams.engineId(options.engine()), List.of())
                    : diagrams(index, incremental ? toDraw : null, options, words, log);
            diagrams.svgByJourney()
                    .forEach((id, svg) -> svgChecksums.put(id, crc(svg.getBytes(StandardCharsets.UTF_8))));
            svgChecksums.keySet().retainAll(svgKeys.keySet());
            if (timings()) {
                log.accept(String.format(
                        Locale.ROOT,
                        "timing: diagrams %d ms (%d drawn, %d reused)",
                        (System.nanoTime() - diagramStart) / 1_000_000,
                        diagrams.svgByJourney().size(),
                        svgKeys.size() - diagrams.svgByJourney().size()));
            }
            keys.diagramsKnown(svgChecksums);
            return new Drawing(new SvgTexts(diagrams.svgByJourney(), out, svgChecksums), diagrams.engineUsed());
        });
        if (overlap) {
            Thread thread = new Thread(drawing, "journey-diagrams");
            thread.setDaemon(true);
            thread.start();
        } else {
            drawing.run();
        }
        Map<String, String> svgs = new Drawn(drawing);

        ViewMapper mapper = new ViewMapper(
                catalog,
                new ViewMapper.Inputs(
                        msg,
                        markdown,
                        svgs,
                        new Curves(index, words, log),
                        sourceUrl,
                        options.today(),
                        buildDate,
                        Version.get(),
                        pages,
                        io.journeyascode.rules.RuleCatalogue.docs(msg.language()),
                        REPORTS));
        ReportOptions reportOptions = ReportOptions.forSite(options.failOn(), sourceUrl);

        lap = System.nanoTime();
        Function<Part, List<Job>> jobsOf = part -> jobs(
                catalog,
                mapper,
                templates,
                msg,
                siteFiles,
                pages,
                svgs,
                svgKeys,
                keys,
                validation,
                reportOptions,
                memory.searchIndex(),
                part);
        // in a rebuild, the files that do not show diagrams first (see above)
        List<Job> jobs = jobsOf.apply(overlap ? Part.WITHOUT_DIAGRAMS : Part.ALL);
        Supplier<List<Job>> later = overlap
                ? () -> {
                    join(drawing); // the keys of the journeys' pages need their SVGs' checksums
                    return jobsOf.apply(Part.WITH_DIAGRAMS);
                }
                : List::of;
        lap(log, "job list and page keys", lap);

        settleHeap(incremental);
        long pagesStart = System.nanoTime();
        long pagesCpuStart = timings() ? processCpuNanos() : 0;
        Map<String, SiteCache.Entry> written = new ConcurrentHashMap<>();
        // An update in a process that builds again starts from its spare copy of the site, if any.
        Optional<SiteMemory.Spare> spare = memory.take(out);
        if (!incremental && spare.isPresent()) {
            Path stale = spare.get().folder();
            memory.cleanup().execute(() -> SiteFolders.deleteQuietly(stale, log));
            spare = Optional.empty();
        }
        Path temp = spare.map(SiteMemory.Spare::folder).orElse(SiteFolders.temporary(parent, name));
        int count;
        int total = jobs.size();
        boolean untouched = false;
        try {
            if (spare.isEmpty()) {
                Files.createDirectory(temp);
            }
            if (incremental) {
                Updated updated = update(
                        temp,
                        out,
                        jobs,
                        later,
                        existing,
                        previous.folders(),
                        spare.map(SiteMemory.Spare::files).orElse(Map.of()),
                        cache,
                        written,
                        options,
                        output,
                        log,
                        memory);
                count = updated.rendered();
                total = updated.files();
                untouched = updated.untouched();
            } else {
                writeAll(temp, jobs, Math.max(1, options.jobs()), output, written);
                cache.invalidate();
                SiteFolders.swap(temp, out, parent, name, log, Set.of(), 1, memory.cleanup());
                count = jobs.size();
                for (Job job : jobs) {
                    SiteCache.Entry entry = written.get(job.path());
                    if (entry != null) {
                        cache.record(job.path(), entry);
                    }
                }
            }
            lap = lap(log, "render and write", pagesStart);
            // after the site: at once in a one-off build, once it is idle in a watch (see SiteMemory)
            memory.manifest(out, cache.recorded());
            memory.save("site manifest", () -> commitQuietly(cache, cacheDir, log));
            lap(log, "cache manifest write", lap);
        } catch (IOException e) {
            SiteFolders.deleteQuietly(temp, log);
            throw new ToolException(
                    "Cannot write the site to " + options.outputDir() + ": " + ToolException.reason(e) + ".", e);
        } catch (RuntimeException | Error e) {
            SiteFolders.deleteQuietly(temp, log);
            throw e;
        } finally {
            drawing.cancel(true); // when the build failed before it waited for the diagrams
        }
        SiteFolders.deleteQuietly(temp, log);
        if (timings()) {
            log.accept(String.format(
                    Locale.ROOT,
                    "timing: pages %d ms (%d written, %d ms CPU)",
                    (System.nanoTime() - pagesStart) / 1_000_000,
                    count,
                    (processCpuNanos() - pagesCpuStart) / 1_000_000));
        }
        if (untouched) {
            log.accept("Wrote none of " + total + " files to " + options.outputDir()
                    + ": nothing changed, and the site is as the last build left it (build cache " + cacheDir + ").");
        } else if (incremental) {
            log.accept("Wrote " + count + " of " + total + " files to " + options.outputDir()
                    + "; the others were unchanged (build cache " + cacheDir + ").");
        } else {
            log.accept("Wrote " + jobs.size() + " files to " + options.outputDir());
        }
        return join(drawing).engine();
    }

    /**
     * Gives back the heap that loading grew. Loading builds the model while it parses (many young
     * collections copying survivors), which makes G1 enlarge the heap to over 1 GiB for 1000
     * journeys although far less stays live; a full collection between the stages shrinks it
     * again (G1 resizes after a full collection), and the stages after it allocate at a pace
     * that a heap of about half a GiB usually absorbs. With plain {@code java -jar} this brings
     * a build of 1000 journeys from about 1.4-1.6 GiB to about 0.9 GiB in most runs (SPEC §10),
     * not all: G1 still grows the heap when its pauses take a larger share of the time. Costs
     * about 0.1 s a call, for nothing with the collector of the CLI's second JVM, which says so
     * with {@code -Djourney.settleHeap=false}.
     */
    @SuppressWarnings("java:S1215") // deliberate: see above
    private static void settleHeap(boolean incremental) {
        if (!Boolean.parseBoolean(System.getProperty(SETTLE_HEAP, "true"))) {
            return;
        }
        // A rebuild renders few files: after the first collection its heap does not grow much
        // further, and the second would cost as much as a good part of its rendering.
        if (!incremental) {
            System.gc();
        }
    }

    /** The CPU time this process used so far (all its threads, the collector's too), or 0 when unknown. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static boolean timings() {
        return Boolean.getBoolean("journey.timings");
    }

    /** Logs the time since {@code start} under {@code label} (with -Djourney.timings=true); returns now. */
    private static long lap(Consumer<String> log, String label, long start) {
        long now = System.nanoTime();
        if (timings()) {
            log.accept(String.format(Locale.ROOT, "timing: %s %d ms", label, (now - start) / 1_000_000));
        }
        return now;
    }

    /**
     * What the last build left: its cache manifest and, when there is one, the files and folders
     * of the output folder; with the lines to log about them.
     */
    private record Previous(SiteCache cache, Map<String, SiteFolders.FileState> files, int folders, List<String> log) {}

    /** What the pages need besides the journeys; {@code log} holds its lines and timings, in order. */
    record Setup(
            Messages msg,
            Templates templates,
            Markdown markdown,
            SortedMap<String, byte[]> siteFiles,
            List<MarkdownPageView> pages,
            List<String> log) {}

    /**
     * The setup for {@code locale}: the one the last build of this process made when the locale,
     * the folders and every file in them are as then (see {@link SiteMemory#setup}), else a new
     * one.
     */
    private static Setup setup(String locale, BuildOptions options, SiteMemory memory) {
        if (!memory.keeps()) {
            return setup(locale, options); // a one-off build: no key to walk the folders for
        }
        Optional<List<Object>> key = setupKey(locale, options);
        Optional<Setup> kept = key.flatMap(memory::setup);
        if (kept.isPresent()) {
            List<String> lines = new ArrayList<>();
            kept.get().log().stream()
                    .filter(line -> !line.startsWith("timing: "))
                    .forEach(lines::add);
            lap(lines::add, "messages, templates, site files, pages (kept from the last build)", System.nanoTime());
            Setup setup = kept.get();
            return new Setup(setup.msg(), setup.templates(), setup.markdown(), setup.siteFiles(), setup.pages(), lines);
        }
        Setup setup = setup(locale, options);
        key.ifPresent(k -> memory.setup(k, setup));
        return setup;
    }

    /**
     * What the setup is made from: the locale, the templates and site folders and, for each file
     * in them, its path, size, time and file key. Empty when a file changed in the last two
     * seconds (a time too coarse to tell two changes apart) or a folder cannot be read.
     */
    private static Optional<List<Object>> setupKey(String locale, BuildOptions options) {
        List<Object> key = new ArrayList<>(List.of(locale, options.templatesDir(), options.siteDir()));
        long recent = System.currentTimeMillis() - 2_000;
        for (Optional<Path> dir : List.of(options.templatesDir(), options.siteDir())) {
            if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
                continue;
            }
            try (java.util.stream.Stream<Path> files = Files.walk(dir.get())) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    if (a.isDirectory()) {
                        continue; // what it holds is in the key
                    }
                    if (a.lastModifiedTime().toMillis() >= recent) {
                        return Optional.empty();
                    }
                    key.add(List.of(file.toString(), a.size(), a.lastModifiedTime(), String.valueOf(a.fileKey())));
                }
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(key);
    }

    private static Setup setup(String locale, BuildOptions options) {
        List<String> lines = new ArrayList<>();
        long start = System.nanoTime();
        Messages msg = Messages.load(locale, options.siteDir());
        Templates templates = new Templates(options.templatesDir(), Locale.forLanguageTag(msg.language()));
        start = lap(lines::add, "messages, templates", start);
        Markdown markdown = new Markdown();
        SortedMap<String, byte[]> siteFiles = SiteFiles.load(options.siteDir());
        List<MarkdownPageView> pages = pages(siteFiles, msg.language(), markdown, lines::add);
        lap(lines::add, "site files, pages", start);
        return new Setup(msg, templates, markdown, siteFiles, pages, lines);
    }

    private static Previous previous(Path out, SiteMemory memory) {
        long start = System.nanoTime();
        List<String> lines = new ArrayList<>();
        Path folder = SiteCache.folderFor(out);
        SiteCache cache = memory.manifest(out)
                .map(recorded -> SiteCache.of(folder, BuildKeys.manifest(), recorded))
                .orElseGet(() -> SiteCache.open(folder, BuildKeys.manifest(), lines::add));
        start = lap(lines::add, "cache manifest read", start);
        int[] folders = {0};
        Map<String, SiteFolders.FileState> files =
                cache.isEmpty() ? Map.of() : SiteFolders.scan(out, lines::add, folders);
        start = lap(lines::add, "output scan", start);
        memory.verify(out);
        lap(lines::add, "spare check", start);
        return new Previous(cache, files, folders[0], lines);
    }

    private static <T> T join(java.util.concurrent.FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolException("The site build was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The cache entry of a file that can stay as it is: same key, and the file as recorded. */
    private static Optional<SiteCache.Entry> reusable(
            SiteCache cache, Map<String, SiteFolders.FileState> existing, String path, String key) {
        SiteFolders.FileState state = existing.get(path);
        return cache.entry(path)
                .filter(e -> e.key().equals(key))
                .filter(e -> state != null && state.size() == e.size() && state.modified() == e.modified());
    }

    /**
     * What an update did: how many files it rendered, how many the site has, and whether it left
     * the site as it was (nothing to render, see {@link #update}).
     */
    private record Updated(int rendered, int files, boolean untouched) {}

    /**
     * Updates the site whole or not at all, as a full build does: the files whose inputs changed
     * (or that are missing or not as recorded) are rendered into {@code temp}; the others are
     * hard-linked there from the current site (copied where the file system has no hard links);
     * then {@code temp} replaces the site by the same two renames as a full build. A build that
     * fails or is killed before that leaves the site as it was. {@code later} gives the files to
     * compare once {@code jobs} are written or linked (those that wait for the diagrams).
     *
     * <p>{@code temp} may be a spare copy of the site as it was before the last build (see
     * {@link SiteMemory}), holding {@code spareFiles}: a file there stays when its key is the one
     * wanted and the current site's file of that path is as that entry recorded (the two are the
     * same file, hard-linked, unless the last build replaced it); every other file there is
     * replaced or removed. The replaced site then becomes the next spare.
     *
     * <p>A one-off build that has nothing to render, and finds the site exactly as the last build
     * recorded it ({@code existing}: its files, as many {@code folders}, nothing else), leaves it
     * as it is: linking its 27,000 files anew and swapping would give the same site, later (a
     * {@code mvn package} run again, a checkout that changed no journey). So it holds back the
     * links of a part that renders nothing until it knows whether a later one renders.
     */
    private static Updated update(
            Path temp,
            Path out,
            List<Job> jobs,
            Supplier<List<Job>> later,
            Map<String, SiteFolders.FileState> existing,
            int folders,
            Map<String, SiteCache.Entry> spareFiles,
            SiteCache cache,
            Map<String, SiteCache.Entry> written,
            BuildOptions options,
            Output output,
            Consumer<String> log,
            SiteMemory memory)
            throws IOException {
        List<Job> changed = new ArrayList<>();
        Map<String, SiteCache.Entry> kept = new LinkedHashMap<>();
        // the spare's files not (yet) known to stay or to be replaced: those left at the end go
        Map<String, SiteCache.Entry> unclaimed = new HashMap<>(spareFiles);
        // links held back while nothing was to render (a one-off build, see above)
        Map<String, SiteCache.Entry> held = new LinkedHashMap<>();
        boolean mayHold = !memory.keeps();
        for (Supplier<List<Job>> part : List.<Supplier<List<Job>>>of(() -> jobs, later)) {
            List<Job> partJobs = part.get();
            if (partJobs.isEmpty()) {
                continue;
            }
            long lap = System.nanoTime();
            List<Job> toRender = new ArrayList<>();
            Map<String, SiteCache.Entry> toLink = new LinkedHashMap<>();
            List<String> replaced = new ArrayList<>();
            for (Job job : partJobs) {
                SiteCache.Entry inSpare = unclaimed.remove(job.path());
                if (inSpare != null) {
                    SiteFolders.FileState state = existing.get(job.path());
                    if (inSpare.key().equals(job.key())
                            && state != null
                            && state.size() == inSpare.size()
                            && state.modified() == inSpare.modified()) {
                        kept.put(job.path(), inSpare);
                        continue;
                    }
                    replaced.add(job.path());
                }
                Optional<SiteCache.Entry> entry = reusable(cache, existing, job.path(), job.key());
                if (entry.isPresent()) {
                    toLink.put(job.path(), entry.get());
                } else {
                    toRender.add(job);
                }
            }
            // The largest files first (by their size last time), so that no thread is left with a
            // big page at the end while the others idle; the order does not change any file's bytes.
            toRender.sort(java.util.Comparator.comparingLong((Job job) ->
                            cache.entry(job.path()).map(SiteCache.Entry::size).orElse(Long.MAX_VALUE))
                    .reversed());
            if (mayHold && toRender.isEmpty() && replaced.isEmpty() && changed.isEmpty() && kept.isEmpty()) {
                held.putAll(toLink);
                lap(log, "update: compare keys", lap);
                continue;
            }
            if (!held.isEmpty()) {
                toLink.putAll(held); // something renders after all
                held.clear();
            }
            // never written into: a file of the spare may be the current site's too (a hard link)
            SiteFolders.deleteFiles(temp, replaced, 1);
            lap = lap(log, "update: compare keys", lap);
            Map<String, Long> slow = timings() ? new ConcurrentHashMap<>() : null;
            writeAll(temp, toRender, Math.max(1, options.jobs()), output, written, slow);
            lap = lap(log, "update: render changed", lap);
            if (slow != null) {
                slow.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .limit(30)
                        .forEach(e -> log.accept(String.format(
                                Locale.ROOT, "timing:   %s %d ms", e.getKey(), e.getValue() / 1_000_000)));
            }
            SiteFolders.linkAll(out, temp, List.copyOf(toLink.keySet()), Math.max(1, options.jobs()));
            lap(log, "update: link unchanged files", lap);
            changed.addAll(toRender);
            kept.putAll(toLink);
        }
        if (!held.isEmpty()) {
            if (unclaimed.isEmpty()
                    && existing.keySet().equals(held.keySet())
                    && folders == SiteFolders.foldersOf(held.keySet())) {
                held.forEach(cache::record);
                return new Updated(0, held.size(), true);
            }
            long lap = System.nanoTime();
            SiteFolders.linkAll(out, temp, List.copyOf(held.keySet()), Math.max(1, options.jobs()));
            lap(log, "update: link unchanged files", lap);
            kept.putAll(held);
        }
        long lap = System.nanoTime();
        SiteFolders.removeFiles(temp, unclaimed.keySet());
        cache.invalidate();
        if (memory.keeps()) {
            Map<String, SiteCache.Entry> nextSpare = new HashMap<>(existing.size() * 4 / 3 + 1);
            existing.forEach((path, state) -> nextSpare.put(
                    path,
                    cache.entry(path)
                            .filter(e -> state.size() == e.size() && state.modified() == e.modified())
                            .orElse(SiteMemory.UNKNOWN)));
            Path old = SiteFolders.swapKeeping(
                    temp, out, out.getParent(), out.getFileName().toString());
            memory.keep(new SiteMemory.Spare(old, out, nextSpare, memory.cleanup()));
        } else {
            SiteFolders.swap(
                    temp,
                    out,
                    out.getParent(),
                    out.getFileName().toString(),
                    log,
                    existing.keySet(),
                    Math.max(1, options.jobs()),
                    memory.cleanup());
        }
        lap(log, "update: swap, delete the old site", lap);
        kept.forEach(cache::record);
        for (Job job : changed) {
            SiteCache.Entry entry = written.get(job.path());
            if (entry != null) {
                cache.record(job.path(), entry);
            }
        }
        return new Updated(changed.size(), changed.size() + kept.size(), false);
    }

    private static void commitQuietly(SiteCache cache, Path cacheDir, Consumer<String> log) {
        try {
            cache.commit();
        } catch (IOException | RuntimeException e) {
            log.accept("Could not write the build cache " + cacheDir + ": " + e.getMessage()
                    + "; the next build builds everything.");
        }
    }

    static int crc(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /**
     * The SVG text of each journey's diagram: drawn in this build, or read back from the output
     * folder where an earlier build wrote it (checked against its recorded checksum).
     */
    private static final class SvgTexts extends java.util.AbstractMap<String, String> {
        private final Map<String, String> drawn;
        private final Path out;
        private final Map<String, Integer> checksums;

        SvgTexts(Map<String, String> drawn, Path out, Map<String, Integer> checksums) {
            this.drawn = drawn;
            this.out = out;
            this.checksums = checksums;
        }

        @Override
        public String get(Object id) {
            String svg = drawn.get(id);
            if (svg != null || !checksums.containsKey(id)) {
                return svg;
            }
            try {
                byte[] bytes = Files.readAllBytes(out.resolve(SitePaths.journeySvg((String) id)));
                if (crc(bytes) != checksums.get(id)) {
                    throw new ToolException("The diagram " + SitePaths.journeySvg((String) id)
                            + " in the output folder changed during the build; build again.");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getOrDefault(Object id, String fallback) {
            String svg = get(id);
            return svg == null ? fallback : svg;
        }

        @Override
        public boolean containsKey(Object id) {
            return checksums.containsKey(id);
        }

        @Override
        public java.util.Set<Map.Entry<String, String>> entrySet() {
            java.util.Set<Map.Entry<String, String>> entries = new java.util.LinkedHashSet<>();
            for (String id : new java.util.TreeSet<>(checksums.keySet())) {
                entries.add(Map.entry(id, get(id)));
            }
            return entries;
        }
    }

    private static List<Job> jobs(
            Catalog catalog,
            ViewMapper mapper,
            Templates templates,
            Messages msg,
            SortedMap<String, byte[]> siteFiles,
            List<MarkdownPageView> pages,
            Map<String, String> svgs,
            Map<String, String> svgKeys,
            BuildKeys keys,
            ValidationResult validation,
            ReportOptions reportOptions,
            SearchIndex.Memo searchMemo,
            Part part) {
        List<Job> jobs = new ArrayList<>();
        Object texts = templates.texts(msg.all());
        boolean withDiagrams = part != Part.WITHOUT_DIAGRAMS;
        boolean others = part != Part.WITH_DIAGRAMS;
        Function<String, Function<String, Function<String, Function<Supplier<Object>, Job>>>> page =
                path -> template -> key -> view -> new Job(path, key, () -> {
                    Object model = view.get();
                    return html(
                            templates, template, path, mapper.layout(path, kind(template), title(model)), texts, model);
                });
        if (others) {
            jobs.add(page.apply(SitePaths.INDEX)
                    .apply("index.ftlh")
                    .apply(keys.everything(SitePaths.INDEX, "index.ftlh"))
                    .apply(mapper::index));
        }
        for (Journey journey : catalog.journeys) {
            String id = journey.id().value();
            if (withDiagrams) {
                jobs.add(page.apply(SitePaths.journey(id))
                        .apply("journey.ftlh")
                        .apply(keys.journey(journey))
                        .apply(() -> mapper.journey(journey)));
                if (svgs.containsKey(id)) {
                    jobs.add(new Job(SitePaths.journeySvg(id), svgKeys.get(id), () -> svgs.get(id)
                            .getBytes(StandardCharsets.UTF_8)));
                }
            }
            if (!others) {
                continue;
            }
            for (Touchpoint tp : catalog.touchpoints(journey)) {
                jobs.add(page.apply(SitePaths.touchpoint(id, tp.id().value()))
                        .apply("touchpoint.ftlh")
                        .apply(keys.touchpoint(journey, tp))
                        .apply(() -> mapper.touchpoint(journey, tp)));
            }
        }
        if (!others) {
            return jobs;
        }
        for (String team : catalog.teams.keySet()) {
            for (int n = 1; n <= catalog.teamPages.get(team).size(); n++) {
                int number = n;
                jobs.add(page.apply(SitePaths.team(team, number))
                        .apply("team.ftlh")
                        .apply(keys.team(team, number))
                        .apply(() -> mapper.team(team, number)));
            }
        }
        for (String channel : catalog.touchpointsByChannel.keySet()) {
            for (int n = 1; n <= catalog.channelPages.get(channel).size(); n++) {
                int number = n;
                jobs.add(page.apply(SitePaths.channel(channel, number))
                        .apply("channel.ftlh")
                        .apply(keys.channel(channel, number))
                        .apply(() -> mapper.channel(channel, number)));
            }
        }
        jobs.add(page.apply(SitePaths.FINDINGS)
                .apply("findings.ftlh")
                .apply(keys.findingsPage(SitePaths.FINDINGS, "findings.ftlh"))
                .apply(mapper::findings));
        jobs.add(page.apply(SitePaths.RULES)
                .apply("rules.ftlh")
                .apply(keys.rulesPage(SitePaths.RULES, "rules.ftlh"))
                .apply(mapper::rules));
        jobs.add(page.apply(SitePaths.SEARCH)
                .apply("search.ftlh")
                .apply(keys.fixed(SitePaths.SEARCH, "search.ftlh"))
                .apply(mapper::search));
        for (MarkdownPageView p : pages) {
            jobs.add(page.apply(SitePaths.page(p.name()))
                    .apply("page.ftlh")
                    .apply(keys.fixed(SitePaths.page(p.name()), "page.ftlh"))
                    .apply(() -> p));
        }
        for (Map.Entry<String, byte[]> file : siteFiles.entrySet()) {
            String path = file.getKey();
            if (path.startsWith("assets/") || (path.startsWith("pages/") && !path.endsWith(".md"))) {
                byte[] bytes = file.getValue();
                jobs.add(new Job(path, keys.fixed(path, null), () -> bytes));
            }
        }
        // Made on demand: a rebuild whose inputs did not change does not compute it.
        Supplier<String> json = memo(() -> SearchIndex.json(catalog, msg, searchMemo));
        jobs.add(new Job("search-index.json", keys.searchIndex("search-index.json"), () -> json.get()
                .getBytes(StandardCharsets.UTF_8)));
        jobs.add(new Job("assets/search-index.js", keys.searchIndex("assets/search-index.js"), () -> SearchIndex.script(
                        json.get())
                .getBytes(StandardCharsets.UTF_8)));
        Map<String, ReportFormat> reports = new LinkedHashMap<>();
        reports.put(REPORTS.get(0), ReportFormat.JSON);
        reports.put(REPORTS.get(1), ReportFormat.SARIF);
        reports.put(REPORTS.get(2), ReportFormat.JUNIT);
        reports.forEach((path, format) ->
                jobs.add(new Job(path, keys.report(path), () -> Reports.render(format, validation, reportOptions)
                        .getBytes(StandardCharsets.UTF_8))));
        return jobs;
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private static String kind(String template) {
        return template.substring(0, template.indexOf('.'));
    }

    /** A listing's title: its name, and which page after the first. */
    private static String paged(String name, io.journeyascode.site.view.PagerView pager) {
        return pager.page() == 1 ? name : name + " · " + pager.label();
    }

    static String title(Object view) {
        if (view instanceof io.journeyascode.site.view.IndexView v) {
            return v.title();
        } else if (view instanceof io.journeyascode.site.view.JourneyView v) {
            return v.title();
        } else if (view instanceof io.journeyascode.site.view.TouchpointView v) {
            return v.name() + " · " + v.journey().label();
        } else if (view instanceof io.journeyascode.site.view.TeamView v) {
            return paged(v.name(), v.pager());
        } else if (view instanceof io.journeyascode.site.view.ChannelView v) {
            return paged(v.name(), v.pager());
        } else if (view instanceof MarkdownPageView v) {
            return v.title();
        }
        return "";
    }

    private static byte[] html(
            Templates templates, String template, String path, LayoutView layout, Object texts, Object view) {
        return templates.renderBytes(template, path, templates.pageModel(layout, texts, view));
    }

    /**
     * The playbook's Markdown pages: {@code pages/NAME.md}, or its translation {@code
     * pages/NAME.LANG.md} for the site's language when there is one; other languages' pages are
     * left out.
     */
    private static List<MarkdownPageView> pages(
            SortedMap<String, byte[]> files, String language, Markdown markdown, Consumer<String> log) {
        List<MarkdownPageView> pages = new ArrayList<>();
        pageSources(files, language, log).forEach((name, bytes) -> {
            Markdown.Page page = markdown.renderPage(new String(bytes, StandardCharsets.UTF_8));
            pages.add(new MarkdownPageView(name, page.title().isEmpty() ? name : page.title(), page.html()));
        });
        return pages;
    }

    /** The Markdown of the playbook's pages (see {@link #pages}) by page name, in the order of their files. */
    static Map<String, byte[]> pageSources(SortedMap<String, byte[]> files, String language, Consumer<String> log) {
        Map<String, byte[]> sources = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String path = file.getKey();
            if (!path.startsWith("pages/") || !path.endsWith(".md") || path.indexOf('/', 6) >= 0) {
                continue;
            }
            String name = path.substring(6, path.length() - 3);
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                if (!name.substring(dot + 1).equals(language)) {
                    continue;
                }
                name = name.substring(0, dot);
            } else if (files.containsKey("pages/" + name + "." + language + ".md")) {
                continue;
            }
            if (!SitePaths.isSafeId(name)) {
                log.accept("Skipping " + path + ": page names are kebab-case, such as pages/how-we-work.md.");
                continue;
            }
            sources.put(name, file.getValue());
        }
        return sources;
    }

    /** Draws the diagrams of {@code journeyIds}, or of every journey when null. */
    private static DiagramSet diagrams(
            PlaybookIndex index,
            List<String> journeyIds,
            BuildOptions options,
            Map<String, String> words,
            Consumer<String> log) {
        DiagramSet set;
        try {
            set = Diagrams.render(index, journeyIds, options.engine(), Math.max(1, options.jobs()), log, words);
        } catch (UnsupportedOperationException e) {
            log.accept("Journey diagrams are not available in this build; pages show a notice instead.");
            return new DiagramSet(Map.of(), "none", List.of());
        }
        for (String failure : set.failures()) {
            log.accept("Diagram not drawn: " + failure);
        }
        return set;
    }

    /**
     * The words of the diagrams and emotion curves in the site's language, with the site's names of
     * channels and emotions (its messages, which {@code --site} may override).
     */
    static Map<String, String> diagramWords(Messages msg) {
        return io.journeyascode.diagram.DiagramWords.of(msg.language(), msg.all());
    }

    /** Emotion curves, or none at all when this build has no curve renderer. */
    static final class Curves implements Function<Journey, Optional<EmotionCurve.Picture>> {
        private final PlaybookIndex index;
        private final Map<String, String> words;
        private final Consumer<String> log;
        private final AtomicBoolean unsupported = new AtomicBoolean();

        Curves(PlaybookIndex index, Map<String, String> words, Consumer<String> log) {
            this.index = index;
            this.words = words;
            this.log = log;
        }

        @Override
        public Optional<EmotionCurve.Picture> apply(Journey journey) {
            if (unsupported.get()) {
                return Optional.empty();
            }
            try {
                return Optional.of(EmotionCurve.picture(journey, index, words))
                        .filter(p -> !p.svg().isBlank());
            } catch (UnsupportedOperationException e) {
                if (!unsupported.getAndSet(true)) {
                    log.accept("Emotion curves are not available in this build; pages show a notice instead.");
                }
                return Optional.empty();
            }
        }
    }

    // ---- writing -----------------------------------------------------------------------

    private static void writeAll(
            Path root, List<Job> jobs, int threads, Output output, Map<String, SiteCache.Entry> written)
            throws IOException {
        writeAll(root, jobs, threads, output, written, null);
    }

    private static void writeAll(
            Path root,
            List<Job> jobs,
            int threads,
            Output output,
            Map<String, SiteCache.Entry> written,
            Map<String, Long> slow)
            throws IOException {
        SiteFolders.createParents(root, jobs.stream().map(Job::path).toList());
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
                    long jobStart = System.nanoTime();
                    byte[] content = job.content().get();
                    if (slow != null) {
                        slow.put(job.path(), System.nanoTime() - jobStart);
                    }
                    Path file = root.resolve(job.path());
                    output.write(file, content);
                    if (job.key() != null) {
                        try {
                            long modified =
                                    Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.NANOSECONDS);
                            written.put(
                                    job.path(), new SiteCache.Entry(job.key(), content.length, modified, crc(content)));
                        } catch (IOException e) {
                            // not recorded: the next build writes the file again
                        }
                    }
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
}
