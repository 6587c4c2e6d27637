package io.journeyascode.api;

import io.journeyascode.cache.SiteCache;
import io.journeyascode.load.JourneyCache;
import io.journeyascode.load.LoadResult;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.rules.RuleEngine;
import io.journeyascode.site.SiteBuilder;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The generator's entry points, used by the command line and the Maven plugin alike: each goal
 * or command maps its parameters and makes one call here.
 */
public final class JourneyGenerator {

    private JourneyGenerator() {}

    /** Loads and checks a journeys folder. */
    public static ValidationResult validate(Path journeysDir, LocalDate today) {
        LoadResult loaded = PlaybookLoader.load(journeysDir);
        return new ValidationResult(loaded.playbook(), RuleEngine.check(loaded, today));
    }

    /**
     * Validates, then writes the site whole or not at all (SPEC §7, §11); {@code log} hears
     * progress lines such as the engine {@code auto} chose.
     *
     * @throws ToolException when the build cannot run (output not writable, no engine…)
     */
    public static BuildResult build(BuildOptions options, java.util.function.Consumer<String> log) {
        long start = System.nanoTime();
        // Takes the output's lock and starts reading what the last build left, and then the
        // site's messages and templates, while the journeys are loaded and checked.
        try (SiteBuilder.Session site = SiteBuilder.begin(options, log)) {
            Path cacheFolder = SiteCache.folderFor(options.outputDir());
            return build(options, log, site, JourneyCache.open(cacheFolder, log), Runnable::run, start);
        }
    }

    /**
     * As {@link #build(BuildOptions, java.util.function.Consumer)} in a process that builds the
     * same site again ({@code journey build --watch}): {@code memory} keeps what the next build
     * can take from this one. The site written is the same as without it, byte for byte.
     */
    public static BuildResult build(BuildOptions options, java.util.function.Consumer<String> log, BuildMemory memory) {
        long start = System.nanoTime();
        memory.awaitCleanup();
        try (SiteBuilder.Session site = SiteBuilder.begin(options, log, memory.site())) {
            Path cacheFolder = SiteCache.folderFor(options.outputDir());
            JourneyCache cache = memory.journeys(cacheFolder, log);
            try {
                // the journey cache file is written once the watch is idle (see BuildMemory)
                return build(options, log, site, cache, task -> memory.save("journey cache", task), start);
            } finally {
                memory.remember(cacheFolder, cache);
            }
        }
    }

    private static BuildResult build(
            BuildOptions options,
            java.util.function.Consumer<String> log,
            SiteBuilder.Session site,
            JourneyCache cache,
            java.util.concurrent.Executor commit,
            long start) {
        long cacheReadAt = System.nanoTime();
        LoadResult loaded = PlaybookLoader.load(options.journeysDir(), cache, config -> site.prepare(config.locale()));
        long loadedAt = System.nanoTime();
        ValidationResult validation =
                new ValidationResult(loaded.playbook(), RuleEngine.check(loaded, options.today()));
        if (Boolean.getBoolean("journey.timings")) {
            log.accept(String.format(
                    java.util.Locale.ROOT,
                    "timing: load %d ms (journey cache read %d ms, %d journey files from it, %d parsed, %d not read),"
                            + " rules %d ms",
                    (loadedAt - start) / 1_000_000,
                    (cacheReadAt - start) / 1_000_000,
                    cache.hits(),
                    cache.misses(),
                    cache.unread(),
                    (System.nanoTime() - loadedAt) / 1_000_000));
        }
        // Front ends say what became of the site once, with BuildResult.siteLine.
        if (options.failOn().countFailing(validation.findings()) > 0) {
            return new BuildResult(validation, false, options.outputDir(), "none");
        }
        String engine = site.build(validation, cache.fileKeys());
        commit.execute(cache::commitQuietly);
        return new BuildResult(validation, true, options.outputDir(), engine);
    }
}
