package io.journeyascode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** journey:diff reads as the command line's diff, and fails only when diffFailOn says so. */
class DiffMojoTest {

    @TempDir
    Path tmp;

    private final RecordingLog log = new RecordingLog();

    private static final String SHOP = ShopJourney.with("metrics: [{type: csat, target: 80}]");

    private DiffMojo mojo() throws Exception {
        Path base = Files.createDirectories(tmp.resolve("base"));
        Path head = Files.createDirectories(tmp.resolve("head"));
        Files.writeString(base.resolve("shop.yaml"), SHOP);
        // the change makes the touchpoint critical and drops its metric: critical-unmeasured, an error
        Files.writeString(
                head.resolve("shop.yaml"), SHOP.replace("metrics: [{type: csat, target: 80}]", "critical: true"));
        DiffMojo mojo = new DiffMojo();
        mojo.setLog(log);
        mojo.journeysDirectory = head.toFile();
        mojo.baseDirectory = base.toFile();
        mojo.diffFormat = "markdown";
        mojo.diffFailOn = "never";
        return mojo;
    }

    @Test
    void byDefaultADiffOnlyReports() throws Exception {
        DiffMojo mojo = mojo();

        mojo.execute();

        assertThat(log.lines).anyMatch(l -> l.startsWith("INFO ") && l.contains("critical-unmeasured"));
        // the path as journey:validate shows it: from the build's folder, or absolute outside it
        String shown = io.journeyascode.api.OptionValues.pathPrefix(
                        Path.of(System.getProperty("user.dir")), tmp.resolve("head"))
                + "/shop.yaml:";
        assertThat(log.lines).anyMatch(l -> l.contains("| critical-unmeasured | " + shown));
    }

    @Test
    void diffFailOnFailsTheGoalWhenTheChangeIntroducesSuchAFinding() throws Exception {
        DiffMojo mojo = mojo();
        mojo.diffFailOn = "error";

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("1 finding the change introduces is at or above the diffFailOn level 'error'");

        DiffMojo wrong = mojo();
        wrong.diffFailOn = "sometimes";
        assertThatThrownBy(wrong::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Unknown failOn level 'sometimes'");
    }

    @Test
    void aBaseGivenTwiceNeitherOrOutsideGitIsToldInTheGoalsParameters() throws Exception {
        DiffMojo both = mojo();
        both.baseRef = "main";
        assertThatThrownBy(both::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("`journey.baseDirectory`")
                .hasMessageContaining("journey.baseRef")
                .hasMessageEndingWith("not both.")
                .hasMessageNotContaining("--base-ref");

        DiffMojo neither = mojo();
        neither.baseDirectory = null;
        assertThatThrownBy(neither::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageEndingWith("neither is given.");

        // the temporary folder is in no git repository
        DiffMojo outside = mojo();
        outside.baseDirectory = null;
        outside.baseRef = "main";
        assertThatThrownBy(outside::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("is not inside a git repository, so journey.baseRef main cannot be read")
                .hasMessageContaining("-Djourney.baseDirectory=DIR")
                .hasMessageNotContaining("journey diff BASE_DIR");
    }
}
