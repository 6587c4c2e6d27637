package io.journeyascode.api;

import io.journeyascode.report.ReportOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code journey build --watch} (and {@code journey:watch}) as one call for front ends: builds,
 * then again after every change (see {@link SiteWatcher}), printing each build's findings and
 * what became of the site through {@code log}, until the calling thread is interrupted (or the
 * process ends). A build that cannot run ends the call with its {@link ToolException} the first
 * time; later, {@code problems} hears its message and the watch goes on (the user may be halfway
 * through a change).
 */
public final class WatchCommand {

    private WatchCommand() {}

    /**
     * @param pathPrefix the journeys folder as the user sees it (see {@link OptionValues#pathPrefix})
     * @param log hears the findings, the summary and the {@code Site written to OUT (N ms)} line
     * @param progress hears progress lines: which files changed, that the watch is on
     * @param problems hears why a later build could not run
     * @return the verdict of the last build
     * @throws ToolException when the first build cannot run
     */
    public static Outcome run(
            BuildOptions options,
            String pathPrefix,
            FindingLog log,
            Consumer<String> progress,
            Consumer<String> problems) {
        ReportOptions report = new ReportOptions(pathPrefix, options.failOn(), options.sourceUrl());
        Outcome[] last = {null};
        try (SiteWatcher watcher = SiteWatcher.open(options)) {
            watcher.run(progress, new SiteWatcher.Listener() {
                @Override
                public void built(BuildResult result, long millis) {
                    ValidateCommand.print(result.validation(), report, log);
                    log.summary(result.siteLine(options.failOn()) + " (" + millis + " ms)");
                    if (last[0] == null) {
                        progress.accept("Watching "
                                + watcher.roots().stream().map(Path::toString).collect(Collectors.joining(", "))
                                + " for changes; Ctrl-C stops.");
                    }
                    last[0] = new Outcome(result.validation(), options.failOn());
                }

                @Override
                public void failed(ToolException failure) {
                    if (last[0] == null) {
                        throw failure;
                    }
                    problems.accept(failure.getMessage());
                }

                @Override
                public void changed(List<Path> paths) {
                    Path journeys = watcher.roots().get(0);
                    Path path = paths.get(0);
                    progress.accept("Changed: " + (path.startsWith(journeys) ? journeys.relativize(path) : path)
                            + (paths.size() > 1 ? " and " + (paths.size() - 1) + " more" : "") + "; building again.");
                }
            });
        }
        if (last[0] == null) {
            throw new ToolException("The watch of " + options.journeysDir() + " ended before its first build.");
        }
        return last[0];
    }
}
