package io.journeyascode.maven;

import io.journeyascode.api.FindingLog;
import io.journeyascode.api.OptionValues;
import io.journeyascode.api.Outcome;
import io.journeyascode.api.ToolException;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal shares, and the mapping of outcomes to Maven's two failure kinds. */
abstract class AbstractJourneyMojo extends AbstractMojo {

    /** The folder of journey YAML files, playbook.yaml and measurements/. */
    @Parameter(property = "journey.journeysDirectory", defaultValue = "${basedir}/journeys", required = true)
    File journeysDirectory;

    /** The lowest severity that fails the goal: error, warning, info or never. */
    @Parameter(property = "journey.failOn", defaultValue = "error", required = true)
    String failOn;

    /** The web address of the journeys folder in the repository; findings and pages link to lines. */
    @Parameter(property = "journey.sourceUrl")
    String sourceUrl;

    /** Skips the goal. */
    @Parameter(property = "journey.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping " + goal() + " (journey.skip is true).");
            return;
        }
        Outcome outcome;
        try {
            outcome = run();
        } catch (ToolException e) {
            // The tool could not run: one sentence; the cause shows only with mvn -e.
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (outcome.failed()) {
            throw new MojoFailureException(outcome.failureMessage());
        }
    }

    /** Maps the parameters and makes the one generator call of the goal. */
    abstract Outcome run();

    abstract String goal();

    Path journeysDir() {
        return journeysDirectory.toPath();
    }

    /** The folder as the user sees it: relative to where Maven was started, when inside it. */
    String pathPrefix() {
        String root = session != null && session.getExecutionRootDirectory() != null
                ? session.getExecutionRootDirectory()
                : System.getProperty("user.dir");
        return OptionValues.pathPrefix(Path.of(root), journeysDir());
    }

    Optional<String> sourceUrl() {
        return Optional.ofNullable(sourceUrl).filter(s -> !s.isBlank());
    }

    /** Prints findings at the Maven log level of their severity. */
    FindingLog findingLog() {
        Log log = getLog();
        return (severity, line) -> {
            switch (severity) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        };
    }
}
