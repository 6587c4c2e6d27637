package io.journeyascode.maven;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.OptionValues;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that build the site ({@code build}, {@code watch}). */
abstract class AbstractSiteMojo extends AbstractJourneyMojo {

    /** Where the site is written. */
    @Parameter(
            property = "journey.outputDirectory",
            defaultValue = "${project.build.directory}/playbook",
            required = true)
    File outputDirectory;

    /** FreeMarker templates that override the built-in ones, one by one. */
    @Parameter(property = "journey.templatesDirectory")
    File templatesDirectory;

    /** Static assets and Markdown pages (pages/NAME.md) of the playbook. */
    @Parameter(property = "journey.siteDirectory")
    File siteDirectory;

    /** The Graphviz engine: auto (dot when on the PATH, else js), dot or js. */
    @Parameter(property = "journey.engine", defaultValue = "auto", required = true)
    String engine;

    /** How many parallel jobs; 0 means the number of cores. */
    @Parameter(property = "journey.jobs", defaultValue = "0")
    int jobs;

    /** The build's options, as the parameters give them. */
    BuildOptions options() {
        return new BuildOptions(
                journeysDir(),
                outputDirectory.toPath(),
                optional(templatesDirectory),
                optional(siteDirectory),
                OptionValues.engine(engine),
                OptionValues.jobs(jobs),
                sourceUrl(),
                OptionValues.failOn(failOn),
                today(),
                OptionValues.sourceDateEpoch(System.getenv()));
    }

    private static Optional<Path> optional(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }
}
