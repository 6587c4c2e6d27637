package io.journeyascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliBuildTest {

    @TempDir
    Path tmp;

    private Path shop(boolean critical) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("journeys"));
        String yaml = Files.readString(
                Path.of(CliBuildTest.class.getResource("/cli/shop/shop.yaml").toURI()));
        Files.writeString(
                dir.resolve("shop.yaml"), critical ? yaml : yaml.replace("critical: true", "critical: false"));
        return dir;
    }

    @Test
    void buildWritesTheSiteWhenValidationPasses() throws Exception {
        Path dir = shop(false);
        Path out = tmp.resolve("site");
        CliRun run = CliRun.of("build", dir.toString(), "--out", out.toString(), "--engine", "js", "--jobs", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("0 errors, 3 warnings, 0 infos in 1 journeys")
                .contains("Site written to " + out);
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("journeys/shop/checkout.html")).isRegularFile();
        assertThat(out.resolve("reports/findings.json")).isRegularFile();
    }

    @Test
    void buildWritesNothingWhenValidationFails() throws Exception {
        Path dir = shop(true);
        Path out = tmp.resolve("site");
        CliRun run = CliRun.of("build", dir.toString(), "--out", out.toString(), "--engine", "js");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[critical-unmeasured]").contains("Site not written");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBuildThatFailsSaysOnceThatTheSiteWasNotWritten() throws Exception {
        Path dir = shop(true);
        CliRun run =
                CliRun.of("build", dir.toString(), "--out", tmp.resolve("site").toString(), "--engine", "js");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().filter(line -> line.startsWith("Site not written")))
                .hasSize(1);
        assertThat(run.err()).as("stderr repeats what stdout says").doesNotContainIgnoringCase("site");
    }

    @Test
    void outInsideTheJourneysFolderIsRefused() throws Exception {
        Path dir = shop(false);
        CliRun run =
                CliRun.of("build", dir.toString(), "--out", dir.resolve("site").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(dir.resolve("site")).doesNotExist();
    }
}
