package io.journeyascode.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliValidateTest {

    private static final String CHECKOUT_UNMEASURED = "critical touchpoint `checkout` has no metric; add"
            + " `metrics: [{type: csat, target: 85}]` or set `critical: false`";

    @TempDir
    Path tmp;

    private static Path fixture() throws URISyntaxException {
        return Path.of(CliValidateTest.class.getResource("/cli/shop").toURI());
    }

    /** The fixture as the user would name it: a relative DIR, so paths print as compilers print them. */
    private Path shopIn(String name) throws Exception {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Files.copy(fixture().resolve("shop.yaml"), dir.resolve("shop.yaml"));
        return dir;
    }

    @Test
    void textFormatPrintsOneLineAFindingAndASummary() throws Exception {
        Path dir = shopIn("journeys");
        CliRun run = CliRun.of("validate", dir.toString());

        String prefix = dir + "/shop.yaml";
        assertThat(run.out())
                .isEqualTo(
                        prefix + ":1:1: warning: journey `shop` has no touchpoint after the purchase (`phase: after`);"
                                + " add a stage with `phase: after` and at least one touchpoint [phase-gap]\n"
                                + prefix
                                + ":1:1: warning: journey `shop` has no touchpoint before the purchase (`phase: before`);"
                                + " add a stage with `phase: before` and at least one touchpoint [phase-gap]\n"
                                + prefix + ":8:9: error: " + CHECKOUT_UNMEASURED + " [critical-unmeasured]\n"
                                + prefix + ":15:9: warning: touchpoint `receipt` lists no expectations;"
                                + " add `expectations: [\"What the customer expects here\"]` [missing-expectations]\n"
                                + "1 errors, 3 warnings, 0 infos in 1 journeys\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aFileNameWithControlCharactersStaysOnTheLineOfItsFinding() throws Exception {
        Path dir = shopIn("journeys");
        // as a GitHub Actions log would read the second line: a workflow command
        Files.copy(dir.resolve("shop.yaml"), dir.resolve("a\n::error file=x::evil.yaml"));
        Files.copy(dir.resolve("shop.yaml"), dir.resolve("b\rc\u001b[2Kd.yaml"));
        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.out().split("\n", -1))
                .as(run.out())
                .allMatch(line -> line.isEmpty()
                        || line.startsWith(dir + "/")
                        || line.matches("\\d+ errors, \\d+ warnings, \\d+ infos in \\d+ journeys"))
                .noneMatch(line -> line.contains("\r") || line.contains("\u001b"));
        assertThat(run.out())
                .contains(dir + "/a\\n::error file=x::evil.yaml:1:1: ")
                .contains(dir + "/b\\rc\\u001b[2Kd.yaml:1:1: ");
    }

    @Test
    void jsonFormatHasTheFieldsOfTheSpecInOrder() throws Exception {
        Path dir = shopIn("journeys");
        CliRun run = CliRun.of("validate", dir.toString(), "--format", "json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("findings", "summary");
        JsonNode first = json.get("findings").get(2);
        assertThat(first.fieldNames())
                .toIterable()
                .containsExactly("rule", "severity", "file", "line", "column", "journey", "touchpoint", "message");
        assertThat(first.get("rule").asText()).isEqualTo("critical-unmeasured");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("file").asText()).isEqualTo(dir + "/shop.yaml");
        assertThat(first.get("line").asInt()).isEqualTo(8);
        assertThat(first.get("column").asInt()).isEqualTo(9);
        assertThat(first.get("journey").asText()).isEqualTo("shop");
        assertThat(first.get("touchpoint").asText()).isEqualTo("checkout");
        assertThat(first.get("message").asText()).isEqualTo(CHECKOUT_UNMEASURED);
        assertThat(json.get("findings").get(0).get("touchpoint").isNull()).isTrue();
        JsonNode summary = json.get("summary");
        assertThat(summary.fieldNames())
                .toIterable()
                .containsExactly("errors", "warnings", "infos", "journeys", "touchpoints");
        assertThat(summary.get("errors").asInt()).isEqualTo(1);
        assertThat(summary.get("warnings").asInt()).isEqualTo(3);
        assertThat(summary.get("infos").asInt()).isZero();
        assertThat(summary.get("journeys").asInt()).isEqualTo(1);
        assertThat(summary.get("touchpoints").asInt()).isEqualTo(2);
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void failOnDecidesTheExitCode() throws Exception {
        Path dir = shopIn("journeys");
        assertThat(CliRun.of("validate", dir.toString(), "--fail-on", "never").exitCode())
                .isZero();
        assertThat(CliRun.of("validate", dir.toString(), "--fail-on", "info").exitCode())
                .isEqualTo(1);

        Files.writeString(
                dir.resolve("shop.yaml"),
                Files.readString(dir.resolve("shop.yaml")).replace("critical: true", "critical: false"));
        assertThat(CliRun.of("validate", dir.toString()).exitCode()).isZero();
        assertThat(CliRun.of("validate", dir.toString(), "--fail-on", "warning").exitCode())
                .isEqualTo(1);
    }

    @Test
    void sourceUrlLinksTheJunitReportsFailuresToTheirLinesAndABadOneIsRefused() throws Exception {
        Path dir = shopIn("journeys");
        CliRun run = CliRun.of(
                "validate",
                dir.toString(),
                "--format",
                "junit",
                "--source-url",
                "https://github.com/org/repo/blob/main/journeys");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("(https://github.com/org/repo/blob/main/journeys/shop.yaml#L");

        CliRun bad = CliRun.of("validate", dir.toString(), "--source-url", "javascript:alert(1)");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--source-url");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void aCleanFolderExitsZeroWithASummary() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("0 errors, 0 warnings, 0 infos in 0 journeys\n");
        // most often the wrong folder: said on stderr, the exit code unchanged
        assertThat(run.err())
                .isEqualTo("journey: No journey files (*.yaml, *.yml) in " + dir + ": nothing was checked.\n");

        Files.writeString(dir.resolve("broken.yaml"), "title: [\n");
        assertThat(CliRun.of("validate", dir.toString()).err()).doesNotContain("nothing was checked");
    }

    @Test
    void outputFileGetsTheReportAndTheConsoleTheSummary() throws Exception {
        Path dir = shopIn("journeys");
        Path output = tmp.resolve("findings.json");
        CliRun run = CliRun.of("validate", dir.toString(), "--format", "json", "--output", output.toString());
        assertThat(new ObjectMapper().readTree(output.toFile()).get("findings")).hasSize(4);
        assertThat(run.out()).isEqualTo("1 errors, 3 warnings, 0 infos in 1 journeys\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void outputAndReportDirCreateTheFoldersTheyNeedAndRefuseAFileInTheWay() throws Exception {
        Path dir = shopIn("journeys");
        Path output = tmp.resolve("not/yet/findings.sarif");
        CliRun run = CliRun.of("validate", dir.toString(), "--format", "sarif", "--output", output.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(output.toFile()).get("runs")).hasSize(1);

        Path file = Files.writeString(tmp.resolve("reports"), "a file");
        CliRun blocked =
                CliRun.of("validate", dir.toString(), "--format", "json,sarif", "--report-dir", file.toString());
        assertThat(blocked.exitCode()).isEqualTo(2);
        assertThat(blocked.err())
                .isEqualTo(
                        "journey: cannot create the report folder " + file + ": a file of that name is in the way\n");
        CliRun below = CliRun.of(
                "validate",
                dir.toString(),
                "--format",
                "json",
                "--output",
                file.resolve("x.json").toString());
        assertThat(below.exitCode()).isEqualTo(2);
        assertThat(below.err())
                .isEqualTo("journey: cannot create the folder of the report file " + file
                        + ": a file of that name is in the way\n");
    }

    @Test
    void reportFilesGetTheModeTheUmaskGivesANewFile() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX modes here");
        Path dir = shopIn("journeys");
        // 0666 less the umask, as the site's files (0644 with the usual umask 022), not 0600
        Set<PosixFilePermission> usual =
                Files.getPosixFilePermissions(Files.writeString(tmp.resolve("any-new-file"), ""));
        Path output = tmp.resolve("findings.json");
        Path reports = tmp.resolve("reports");

        CliRun.of("validate", dir.toString(), "--format", "json", "--output", output.toString());
        CliRun.of("validate", dir.toString(), "--format", "json,sarif", "--report-dir", reports.toString());

        assertThat(Files.getPosixFilePermissions(output)).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(reports.resolve("findings.json")))
                .isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(reports.resolve("findings.sarif")))
                .isEqualTo(usual);
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file is left")
                    .containsExactlyInAnyOrder("journeys", "any-new-file", "findings.json", "reports");
        }
    }

    @Test
    void aReportFileOrFolderAmongTheJourneysIsRefusedAndNothingIsWritten() throws Exception {
        Path dir = shopIn("journeys");
        String yaml = Files.readString(dir.resolve("shop.yaml"));
        List<List<String>> refused = List.of(
                List.of("--format", "json", "--output", dir.resolve("shop.yaml").toString()),
                List.of(
                        "--format",
                        "json",
                        "--output",
                        dir.resolve("findings.json").toString()),
                List.of(
                        "--format",
                        "json",
                        "--output",
                        dir.resolve("sub/findings.json").toString()),
                List.of("--format", "json", "--output", dir.toString()),
                List.of("--format", "json,sarif", "--report-dir", dir.toString()),
                List.of(
                        "--format",
                        "json,sarif",
                        "--report-dir",
                        dir.resolve("reports").toString()),
                List.of(
                        "--format",
                        "json",
                        "--report-dir",
                        dir.resolve("a/../reports").toString()));
        for (List<String> options : refused) {
            List<String> args = new ArrayList<>(List.of("validate", dir.toString()));
            args.addAll(options);
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(options + ": " + run.err()).isEqualTo(2);
            assertThat(run.err().lines()).as(options.toString()).hasSize(1);
            assertThat(run.err())
                    .as(options.toString())
                    .startsWith("journey: The report ")
                    .contains(" is inside the journeys folder; give a ")
                    .contains(" outside it, such as target/");
            assertThat(run.out()).isEmpty();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("shop.yaml");
        }
        assertThat(Files.readString(dir.resolve("shop.yaml"))).isEqualTo(yaml);
    }

    @Test
    void reportsMayGoToAFolderOfTheJourneysThatTheLoaderSkips() throws Exception {
        // a Maven module whose YAML lives in the module folder writes its reports into target/
        Path dir = shopIn("journeys");
        Path output = dir.resolve("target/findings.json");
        Files.createDirectories(output.getParent());
        assertThat(CliRun.of("validate", dir.toString(), "--format", "json", "--output", output.toString())
                        .exitCode())
                .isEqualTo(1);
        assertThat(output).isRegularFile();
        Path reports = dir.resolve(".reports");
        assertThat(CliRun.of("validate", dir.toString(), "--format", "json,sarif", "--report-dir", reports.toString())
                        .exitCode())
                .isEqualTo(1);
        assertThat(reports.resolve("findings.sarif")).isRegularFile();
    }

    @Test
    void reportDirGetsOneFileAFormat() throws Exception {
        Path dir = shopIn("journeys");
        Path reports = tmp.resolve("reports");
        CliRun run = CliRun.of(
                "validate",
                dir.toString(),
                "--format",
                "text,json,sarif,junit,github,checkstyle",
                "--report-dir",
                reports.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        try (var files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "findings.txt",
                            "findings.json",
                            "findings.sarif",
                            "findings.junit.xml",
                            "findings.github.txt",
                            "findings.checkstyle.xml");
        }
        assertThat(Files.readString(reports.resolve("findings.github.txt")))
                .contains("::error file=" + dir + "/shop.yaml,line=8,col=9");
    }

    @Test
    void githubAndSarifPathsStartAtTheRootOfTheRepositoryAsGitHubReadsThem() throws Exception {
        // a monorepo: the journeys of module web, the tool started in web (`working-directory: web`)
        Files.createDirectories(tmp.resolve(".git"));
        Path dir = shopIn("web/journeys");
        Path reports = tmp.resolve("reports");
        CliRun run = CliRun.of(
                "validate", dir.toString(), "--format", "github,sarif,text", "--report-dir", reports.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(reports.resolve("findings.github.txt")))
                .contains("::error file=web/journeys/shop.yaml,line=8,col=9");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(reports.resolve("findings.sarif").toFile())
                        .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("web/journeys/shop.yaml");
        // the text report keeps the path as the folder was given, for a terminal to open
        assertThat(Files.readString(reports.resolve("findings.txt"))).contains(dir + "/shop.yaml:8:9");
        // and on standard output, as GitHub reads the annotations there
        assertThat(CliRun.of("validate", dir.toString(), "--format", "github").out())
                .contains("::error file=web/journeys/shop.yaml,line=8,col=9");
    }
}
