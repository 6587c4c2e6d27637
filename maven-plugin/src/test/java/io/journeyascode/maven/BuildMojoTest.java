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
