package io.journeyascode.maven;

import io.journeyascode.api.DiffCommand;
import io.journeyascode.api.ToolException;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows what a change does to the journeys, for a pull request: compares the journeys folder
 * with a base folder ({@code baseDirectory}) or with itself at a git revision ({@code baseRef}).
 * Prints the diff through the log, or writes it to {@code diffFile}. Fails on the findings the
 * change introduces only when {@code diffFailOn} says so.
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = false)
public final class DiffMojo extends AbstractMojo {

    /** The head: the journeys folder as changed. */
    @Parameter(property = "journey.journeysDirectory", defaultValue = "${basedir}/journeys", required = true)
    File journeysDirectory;

    /** The base folder to compare with (for example a checkout of the target branch). */
    @Parameter(property = "journey.baseDirectory")
    File baseDirectory;

    /** Or: the git revision of the journeys folder to compare with, such as origin/main (where HEAD's history meets it). */
    @Parameter(property = "journey.baseRef")
    String baseRef;

    /** markdown or json. */
    @Parameter(property = "journey.diffFormat", defaultValue = "markdown", required = true)
    String diffFormat;

    /** Where to write the diff; when not set it is printed through the log. */
    @Parameter(property = "journey.diffFile")
    File diffFile;

    /**
     * Fail the goal when the change introduces a finding at or above this level: error, warning,
     * info or never (the default: a diff is for reading). Its own property, so that
     * {@code journey.failOn} for validate does not reach it.
     */
    @Parameter(property = "journey.diffFailOn", defaultValue = "never", required = true)
    String diffFailOn;

    /** Judge waivers and measurement age as of this date (yyyy-mm-dd); by default today in UTC. */
    @Parameter(property = "journey.today")
    String today;

    /** Skips the goal. */
    @Parameter(property = "journey.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    org.apache.maven.execution.MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping journey:diff (journey.skip is true).");
            return;
        }
        AbstractJourneyMojo.checkJourneysFolder(journeysDirectory.toPath(), session, "journey:diff");
        long failing;
        try {
            io.journeyascode.api.FailOn level = io.journeyascode.api.OptionValues.failOn(diffFailOn);
            DiffCommand.Result result = DiffCommand.compare(new DiffCommand.Options(
                    Optional.ofNullable(baseDirectory).map(File::toPath),
                    Optional.ofNullable(baseRef).filter(s -> !s.isBlank()),
                    journeysDirectory.toPath(),
                    DiffCommand.Format.of(diffFormat),
                    Optional.ofNullable(diffFile).map(File::toPath),
                    io.journeyascode.api.OptionValues.today(today),
                    io.journeyascode.diff.BaseOptions.MAVEN,
                    // paths as journey:validate shows them
                    Optional.of(java.nio.file.Path.of(System.getProperty("user.dir")))));
            String text = result.text();
            failing = level.countFailing(result.introduced());
            if (diffFile == null) {
                text.lines().forEach(getLog()::info);
            } else {
                getLog().info("Wrote the journey diff to " + diffFile);
            }
        } catch (ToolException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (failing > 0) {
            throw new MojoFailureException(failing
                    + (failing == 1 ? " finding the change introduces is" : " findings the" + " change introduces are")
                    + " at or above the diffFailOn level '" + diffFailOn + "': "
                    + io.journeyascode.api.Outcome.howToFix(failing));
        }
    }
}
