package io.journeyascode.api;

import io.journeyascode.report.ReportOptions;
import java.util.function.Consumer;

/**
 * {@code journey build} as one call for front ends such as the Maven plugin: builds the site
 * (which validates first and writes only when validation passes), prints every finding in the
 * text format through a {@link FindingLog}, and returns the verdict.
 */
public final class BuildCommand {

    private BuildCommand() {}

    /**
     * @param pathPrefix the journeys folder as the user sees it (see {@link OptionValues#pathPrefix})
     * @param progress hears progress lines, such as the engine {@code auto} chose, and last what
     *     became of the site ({@link BuildResult#siteLine})
     * @throws ToolException when the build cannot run (output not writable, no engine…)
     */
    public static Outcome run(BuildOptions options, String pathPrefix, FindingLog log, Consumer<String> progress) {
        BuildResult built = JourneyGenerator.build(options, progress);
        ValidateCommand.print(
                built.validation(), new ReportOptions(pathPrefix, options.failOn(), options.sourceUrl()), log);
        progress.accept(built.siteLine(options.failOn()));
        return new Outcome(built.validation(), options.failOn());
    }
}
