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

    /**
     * Judge waivers and measurement age as of this date (yyyy-mm-dd); by default today in UTC, as
     * the command line's {@code --today}.
     */
    @Parameter(property = "journey.today")
    String today;

    /** Skips the goal. */
    @Parameter(property = "journey.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** This run of the goal: bound to a phase in a pom, or named on the command line ({@code default-cli}). */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    org.apache.maven.plugin.MojoExecution mojoExecution;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping " + goal() + " (journey.skip is true).");
            return;
        }
        if (noJourneysInThisModule()) {
            getLog().info("No journeys folder in this module (" + journeysDir() + "): " + goal() + " has nothing to do"
                    + " here.");
            return;
        }
        checkJourneysFolder(journeysDir(), session, goal());
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

    /**
     * A journeys folder that does not exist in a build of several modules: called at its root,
     * validate and diff (requiresProject = false) run once, in the root, and build and watch in
     * each project, the root first; either way the root's folder is looked at first. Says how to
     * run the goal in the module that holds the journeys; in a build of one project the generator
     * says the folder is missing. (Checked by the invoker test validate_multi-module_failure.)
     */
    static void checkJourneysFolder(Path journeys, MavenSession session, String goal) throws MojoExecutionException {
        if (session == null || session.getProjects().size() < 2 || java.nio.file.Files.exists(journeys)) {
            return;
        }
        throw new MojoExecutionException("The journeys folder " + journeys + " does not exist. In a build of several"
                + " modules, run " + goal + " in the module that holds the journeys (mvn " + goal + " -pl MODULE),"
                + " or bind it to a phase in that module's pom and run mvn verify.");
    }

    /**
     * Whether this is a module of a build of several that has no journeys folder where the goal
     * looks by default, and the goal runs because a pom binds it to a phase: a parent pom that
     * declares the plugin for all its modules (as one declares Checkstyle) binds it in every module,
     * and those without journeys have nothing to check. Named on the command line, or given a
     * folder of its own that is missing, the goal says so and fails, as {@link #checkJourneysFolder}.
     */
    boolean noJourneysInThisModule() {
        if (session == null
                || session.getProjects().size() < 2
                || mojoExecution == null
                || "default-cli".equals(mojoExecution.getExecutionId())
                || java.nio.file.Files.exists(journeysDir())
                || session.getCurrentProject() == null
                || session.getCurrentProject().getBasedir() == null) {
            return false;
        }
        Path byDefault = session.getCurrentProject().getBasedir().toPath().resolve("journeys");
        return journeysDir()
                .toAbsolutePath()
                .normalize()
                .equals(byDefault.toAbsolutePath().normalize());
    }

    /** Maps the parameters and makes the one generator call of the goal. */
    abstract Outcome run();

    abstract String goal();

    Path journeysDir() {
        return journeysDirectory.toPath();
    }

    /**
     * The folder as the user sees it: relative to where Maven was started, when inside it. That is
     * the working folder, not the session's execution root: with {@code mvn -f web/pom.xml} from
     * the repository's root, the root is {@code web/}, and report paths would miss the repository
     * layout that code scanning and annotations resolve them against.
     */
    String pathPrefix() {
        return OptionValues.pathPrefix(Path.of(System.getProperty("user.dir")), journeysDir());
    }

    java.time.LocalDate today() {
        return OptionValues.today(today);
    }

    /**
     * A blank {@code journey.sourceUrl} is not given (a pom's empty element, {@code -Djourney.sourceUrl=}).
     *
     * @throws ToolException for a value that is no http(s) address
     */
    Optional<String> sourceUrl() {
        return OptionValues.sourceUrl(sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl, "journey.sourceUrl");
    }

    /**
     * Prints findings at the Maven log level of their severity, and those that fail the goal
     * (failOn warning or info) as errors: {@code mvn -q} shows errors only, and a build must not fail
     * without saying why. The summary line is info, whatever {@code failOn}.
     */
    FindingLog findingLog() {
        Log log = getLog();
        io.journeyascode.api.FailOn level = OptionValues.failOn(failOn);
        return new FindingLog() {
            @Override
            public void log(io.journeyascode.model.Severity severity, String line) {
                if (level.fails(severity) || severity == io.journeyascode.model.Severity.ERROR) {
                    log.error(line);
                } else if (severity == io.journeyascode.model.Severity.WARNING) {
                    log.warn(line);
                } else {
                    log.info(line);
                }
            }

            @Override
            public void summary(String line) {
                log.info(line);
            }
        };
    }

    /** Set in the plugin's context of a project once journey:validate has listed a journeys folder's findings. */
    static final String LISTED = "journey.findingsListed";

    /** Whether journey:validate listed this journeys folder's findings earlier in this build of the project. */
    @SuppressWarnings("rawtypes")
    boolean findingsListed() {
        java.util.Map context = getPluginContext();
        return context != null && journeysDir().toString().equals(context.get(LISTED));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    void markFindingsListed() {
        java.util.Map context = getPluginContext();
        if (context != null) {
            context.put(LISTED, journeysDir().toString());
        }
    }
}
