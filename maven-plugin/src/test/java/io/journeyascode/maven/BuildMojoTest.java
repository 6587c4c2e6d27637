package io.journeyascode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey:build} refuses the output folders the command line refuses, with the same sentence. */
class BuildMojoTest {

    @TempDir
    Path tmp;

    private final RecordingLog log = new RecordingLog();

    private BuildMojo mojo(Path journeys, Path out) {
        BuildMojo mojo = new BuildMojo();
        mojo.setLog(log);
        mojo.journeysDirectory = journeys.toFile();
        mojo.outputDirectory = out.toFile();
        mojo.failOn = "error";
        mojo.engine = "js";
        mojo.jobs = 1;
        return mojo;
    }

    @Test
    void afterValidateListedTheFindingsTheBuildListsOnlyThoseThatFailIt() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        // no phase before or after the purchase: two warnings
        Files.writeString(journeys.resolve("shop.yaml"), ShopJourney.with());
        java.util.Map<Object, Object> context = new java.util.HashMap<>();
        ValidateMojo validate = new ValidateMojo();
        validate.setLog(log);
        validate.setPluginContext(context);
        validate.journeysDirectory = journeys.toFile();
        validate.failOn = "error";
        validate.reportDirectory = tmp.resolve("reports").toFile();
        validate.execute();
        long listed = log.lines.stream().filter(l -> l.startsWith("WARNING ")).count();
        assertThat(listed).isPositive();

        log.lines.clear();
        BuildMojo build = mojo(journeys, tmp.resolve("site"));
        build.setPluginContext(context);
        build.execute();
        assertThat(log.lines).noneMatch(l -> l.startsWith("WARNING "));
        assertThat(log.lines).anyMatch(l -> l.startsWith("INFO ") && l.endsWith("(listed by journey:validate above)"));

        // a build that fails on warnings names them again: they fail this goal
        log.lines.clear();
        BuildMojo strict = mojo(journeys, tmp.resolve("site"));
        strict.setPluginContext(context);
        strict.failOn = "warning";
        assertThatThrownBy(strict::execute).isInstanceOf(org.apache.maven.plugin.MojoFailureException.class);
        assertThat(log.lines.stream().filter(l -> l.startsWith("ERROR ") && l.contains(": warning: ")))
                .hasSize((int) listed);
    }

    @Test
    void aFolderThatHoldsSomethingButNoSiteIsNotReplaced() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("notes.txt"), "precious");

        assertThatThrownBy(mojo(journeys, docs)::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("The output folder " + docs + " is not empty and holds no site");
        assertThat(Files.readString(docs.resolve("notes.txt"))).isEqualTo("precious");
        try (var files = Files.list(docs)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void anOutputInsideTheSiteFolderIsRefused() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Path site = Files.createDirectories(tmp.resolve("site"));
        BuildMojo mojo = mojo(journeys, site.resolve("out"));
        mojo.siteDirectory = site.toFile();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining(" is inside the site folder " + site);
        assertThat(site.resolve("out")).doesNotExist();
    }

    @Test
    void aSourceUrlThatIsNoWebAddressIsRefusedAsOnTheCommandLine() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(journeys.resolve("shop.yaml"), ShopJourney.with("metrics: [{type: csat, target: 80}]"));
        BuildMojo mojo = mojo(journeys, tmp.resolve("out"));
        mojo.sourceUrl = "github.com/org/shop/blob/main/journeys";

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage(
                        "journey.sourceUrl must be an http(s) address like"
                                + " https://github.com/org/repo/blob/main/journeys, not 'github.com/org/shop/blob/main/journeys'");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
