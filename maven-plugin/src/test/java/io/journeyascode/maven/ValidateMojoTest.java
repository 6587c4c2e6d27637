package io.journeyascode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyascode.model.Severity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMojoTest {

    @TempDir
    Path tmp;

    private final RecordingLog log = new RecordingLog();

    /** A journey whose critical touchpoint has no metric: one error. */
    private static final String SHOP = ShopJourney.with("critical: true");

    private ValidateMojo mojo(Path journeys) {
        ValidateMojo mojo = new ValidateMojo();
        mojo.setLog(log);
        mojo.journeysDirectory = journeys.toFile();
        mojo.failOn = "error";
        mojo.reportDirectory = tmp.resolve("reports").toFile();
        return mojo;
    }

    @Test
    void skipDoesNotTouchTheJourneysFolder() throws Exception {
        ValidateMojo mojo = mojo(tmp.resolve("does-not-exist"));
        mojo.skip = true;

        mojo.execute();

        assertThat(log.lines).containsExactly("INFO Skipping journey:validate (journey.skip is true).");
    }

    @Test
    void unknownFailOnLevelIsAToolFailureThatSaysWhatToWrite() {
        ValidateMojo mojo = mojo(tmp);
        mojo.failOn = "sometimes";

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Unknown failOn level 'sometimes': write one of error, warning, info, never.");
    }

    @Test
    void unknownReportFormatIsAToolFailure() {
        ValidateMojo mojo = mojo(tmp);
        mojo.formats = List.of("json,yaml");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Unknown report format 'yaml': write one of text, json");
    }

    @Test
    void aReportDirectoryAmongTheJourneysIsAToolFailure() throws Exception {
        Files.writeString(tmp.resolve("shop.yaml"), "title: Shop\nstages: []\n");
        ValidateMojo mojo = mojo(tmp);
        mojo.formats = List.of("json");
        mojo.reportDirectory = tmp.toFile();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("The report folder " + tmp + " is inside the journeys folder; give a folder outside"
                        + " it, such as target/journey-reports.");
        try (var files = Files.list(tmp)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aMissingJourneysFolderIsAToolFailureInOneSentence() {
        ValidateMojo mojo = mojo(tmp.resolve("nowhere"));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("nowhere")
                .hasMessageEndingWith(".")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void findingsAtOrAboveFailOnFailTheBuildAfterBeingLogged() throws Exception {
        Files.writeString(tmp.resolve("shop.yaml"), SHOP);
        ValidateMojo mojo = mojo(tmp);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("1 finding is at or above the failOn level 'error'");
        assertThat(log.lines).anyMatch(l -> l.startsWith("ERROR ") && l.endsWith("[critical-unmeasured]"));
        assertThat(log.lines).anyMatch(l -> l.startsWith("WARNING ") && l.endsWith("[phase-gap]"));
    }

    @Test
    void aFolderWithoutJourneyFilesPassesWithAWarningThatNothingWasChecked() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("journeys"));
        ValidateMojo mojo = mojo(empty);
        mojo.failOn = "warning";

        mojo.execute();

        assertThat(log.lines)
                .contains("WARNING No journey files (*.yaml, *.yml) in " + empty + ": nothing was checked.");

        Files.writeString(empty.resolve("shop.yaml"), ShopJourney.with("metrics: [{type: csat, target: 80}]"));
        log.lines.clear();
        mojo.failOn = "never";
        mojo.execute();
        assertThat(log.lines).noneMatch(l -> l.contains("nothing was checked"));
    }

    @Test
    void failOnNeverOnlyReports() throws Exception {
        Files.writeString(tmp.resolve("shop.yaml"), "title: Shop\nstages: []\n");
        ValidateMojo mojo = mojo(tmp);
        mojo.failOn = "never";

        mojo.execute();

        assertThat(log.lines).anyMatch(l -> l.startsWith("ERROR "));
    }

    @Test
    void findingsGoToTheMavenLogLevelOfTheirSeverity() {
        ValidateMojo mojo = mojo(tmp);

        mojo.findingLog().log(Severity.ERROR, "a.yaml:1:1: error: e [schema]");
        mojo.findingLog().log(Severity.WARNING, "a.yaml:2:1: warning: w [phase-gap]");
        mojo.findingLog().log(Severity.INFO, "a.yaml:3:1: info: i [no-peak-moment]");

        assertThat(log.lines)
                .containsExactly(
                        "ERROR a.yaml:1:1: error: e [schema]",
                        "WARNING a.yaml:2:1: warning: w [phase-gap]",
                        "INFO a.yaml:3:1: info: i [no-peak-moment]");
    }

    @Test
    void findingsThatFailTheGoalAreErrorsSoThatMvnQuietShowsThem() {
        ValidateMojo mojo = mojo(tmp);
        mojo.failOn = "warning";

        mojo.findingLog().log(Severity.WARNING, "a.yaml:2:1: warning: w [phase-gap]");
        mojo.findingLog().log(Severity.INFO, "a.yaml:3:1: info: i [no-peak-moment]");

        assertThat(log.lines)
                .containsExactly(
                        "ERROR a.yaml:2:1: warning: w [phase-gap]", "INFO a.yaml:3:1: info: i [no-peak-moment]");
    }

    @Test
    void theSummaryIsInfoEvenWhenInfoFindingsFailTheGoal() {
        ValidateMojo mojo = mojo(tmp);
        mojo.failOn = "info";

        mojo.findingLog().summary("0 errors, 0 warnings, 0 infos in 1 journey");

        assertThat(log.lines).containsExactly("INFO 0 errors, 0 warnings, 0 infos in 1 journey");
    }

    @Test
    void aBlankReportFormatIsIgnoredAsTheDocumentationSays() throws Exception {
        Files.writeString(tmp.resolve("shop.yaml"), "title: Shop\nstages: []\n");
        ValidateMojo mojo = mojo(tmp.resolve("shop.yaml").getParent());
        mojo.reportDirectory = tmp.resolve("target/reports").toFile();
        mojo.failOn = "never";
        // -Djourney.formats=json, gives Maven a list with a null item
        mojo.formats = java.util.Arrays.asList("json", null);

        mojo.execute();

        assertThat(mojo.reportDirectory.toPath().resolve("findings.json")).isRegularFile();
        // the log says where, for whoever wires up the CI upload
        assertThat(log.lines)
                .contains(
                        "INFO Reports written: " + mojo.reportDirectory.toPath().resolve("findings.json"));
    }

    @Test
    void todayIsUtcByDefaultAndCanBeGiven() throws Exception {
        Files.writeString(
                tmp.resolve("shop.yaml"),
                SHOP
                        + "        waivers: [{rule: critical-unmeasured, reason: Metrics come in June, until: 2026-06-30}]\n");
        ValidateMojo mojo = mojo(tmp);
        mojo.today = "2026-06-30";
        mojo.execute(); // the waiver holds on its last day

        ValidateMojo later = mojo(tmp);
        later.today = "2026-07-01";
        assertThatThrownBy(later::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines).anyMatch(l -> l.startsWith("ERROR ") && l.endsWith("[waiver-expired]"));

        assertThat(io.journeyascode.api.OptionValues.today(null))
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        ValidateMojo wrong = mojo(tmp);
        wrong.today = "30.6.2026";
        assertThatThrownBy(wrong::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("yyyy-mm-dd");
    }

    @Test
    void pathsAreShownRelativeToWhereMavenWasStarted() {
        ValidateMojo mojo = mojo(new File(System.getProperty("user.dir"), "journeys").toPath());

        assertThat(mojo.pathPrefix()).isEqualTo("journeys");
    }
}
