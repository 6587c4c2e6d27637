package io.journeyascode.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyascode.model.Severity;
import io.journeyascode.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    @TempDir
    Path tmp;

    private Path journeys;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void writeJourney() throws Exception {
        journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(
                journeys.resolve("coffee.yaml"),
                """
                title: Order coffee beans
                target_emotions: [trust]
                stages:
                  - id: choose
                    name: Choose
                    phase: before
                    touchpoints:
                      - id: product-page
                        name: Product page
                        channel: web
                        critical: true
                        expectations: [I see the roast date]
                        target_emotion: trust
                  - id: buy
                    name: Buy
                    phase: during
                    touchpoints:
                      - id: checkout
                        name: Checkout
                        channel: email
                        moment: peak
                        expectations: [Paying takes one minute]
                  - id: receive
                    name: Receive
                    phase: after
                    touchpoints:
                      - id: parcel
                        name: Parcel
                        channel: mail
                        expectations: [Fresh beans]
                        target_emotion: trust
                """);
    }

    private Outcome run(FailOn failOn, List<ReportFormat> formats) {
        return ValidateCommand.run(
                new ValidateCommand.Options(
                        journeys, "journeys", failOn, formats, tmp.resolve("reports"), Optional.empty(), TODAY),
                (severity, line) -> log.add(severity.id() + " " + line));
    }

    @Test
    void logsEachFindingAtItsSeverityThenTheSummary() {
        Outcome outcome = run(FailOn.ERROR, List.of());

        assertThat(log).hasSize(3).satisfies(lines -> {
            assertThat(lines.get(0))
                    .startsWith("error journeys/coffee.yaml:8:9: error: ")
                    .endsWith("[critical-unmeasured]");
            assertThat(lines.get(1))
                    .startsWith("warning journeys/coffee.yaml:18:9: warning: ")
                    .endsWith("[missing-target-emotion]");
            assertThat(lines.get(2)).isEqualTo("info 1 errors, 1 warnings, 0 infos in 1 journeys");
        });
        assertThat(outcome.failing()).isEqualTo(1);
        assertThat(outcome.failureMessage())
                .isEqualTo(
                        "1 finding is at or above the failOn level 'error': fix it as its message says (a deliberate exception: a waiver on the touchpoint or journey, where the rule allows one).");
    }

    @Test
    void failOnDecidesWhatFails() {
        assertThat(run(FailOn.WARNING, List.of()).failing()).isEqualTo(2);
        assertThat(run(FailOn.NEVER, List.of()).failed()).isFalse();
    }

    @Test
    void writesEachRequestedFormatIntoTheReportFolder() {
        run(FailOn.ERROR, List.of(ReportFormat.JSON, ReportFormat.JUNIT));

        assertThat(tmp.resolve("reports").resolve("findings.json")).content().contains("critical-unmeasured");
        assertThat(tmp.resolve("reports").resolve("findings.junit.xml")).exists();
        assertThat(tmp.resolve("reports").resolve("findings.txt")).doesNotExist();
    }

    @Test
    void anUnwritableReportFolderIsAToolFailure() throws Exception {
        Files.writeString(tmp.resolve("reports"), "a file, not a folder");

        assertThatThrownBy(() -> run(FailOn.ERROR, List.of(ReportFormat.JSON)))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("Cannot write the reports into ");
    }

    @Test
    void aReportFolderAmongTheJourneysIsRefusedBeforeAnythingIsWritten() throws Exception {
        for (Path folder : List.of(journeys, journeys.resolve("reports"))) {
            assertThatThrownBy(() -> ValidateCommand.run(
                            new ValidateCommand.Options(
                                    journeys,
                                    "journeys",
                                    FailOn.ERROR,
                                    List.of(ReportFormat.JSON),
                                    folder,
                                    Optional.empty(),
                                    TODAY),
                            (severity, line) -> log.add(line)))
                    .isInstanceOf(ToolException.class)
                    .hasMessage("The report folder " + folder
                            + " is inside the journeys folder; give a folder outside it, such as"
                            + " target/journey-reports.");
        }
        assertThat(log).isEmpty();
        try (var files = Files.list(journeys)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("coffee.yaml");
        }
    }

    @Test
    void aDiffFileAmongTheJourneysOfEitherSideIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path base = Files.createDirectories(tmp.resolve("base"));
        Files.copy(journeys.resolve("coffee.yaml"), base.resolve("coffee.yaml"));
        String yaml = Files.readString(journeys.resolve("coffee.yaml"));
        for (Path file :
                List.of(journeys.resolve("coffee.yaml"), journeys.resolve("diff.md"), base.resolve("diff.md"))) {
            assertThatThrownBy(() -> DiffCommand.run(new DiffCommand.Options(
                            Optional.of(base),
                            Optional.empty(),
                            journeys,
                            DiffCommand.Format.MARKDOWN,
                            Optional.of(file),
                            TODAY)))
                    .isInstanceOf(ToolException.class)
                    .hasMessageStartingWith("The diff file " + file + " is inside the ")
                    .hasMessageEndingWith("; give a file outside it, such as target/journey-diff.md.");
        }
        assertThat(Files.readString(journeys.resolve("coffee.yaml"))).isEqualTo(yaml);
        assertThat(journeys.resolve("diff.md")).doesNotExist();
        assertThat(base.resolve("diff.md")).doesNotExist();
        // in target/ (which the loader skips) it may go
        Path kept = journeys.resolve("target/journey-diff.md");
        DiffCommand.run(new DiffCommand.Options(
                Optional.of(base), Optional.empty(), journeys, DiffCommand.Format.MARKDOWN, Optional.of(kept), TODAY));
        assertThat(kept).isRegularFile();
    }

    @Test
    void diffNeedsExactlyOneBase() {
        assertThatThrownBy(() -> DiffCommand.run(new DiffCommand.Options(
                        Optional.of(journeys),
                        Optional.of("main"),
                        journeys,
                        DiffCommand.Format.MARKDOWN,
                        Optional.empty(),
                        TODAY)))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("Give the base of the comparison once");
        assertThat(DiffCommand.Format.of("JSON")).isEqualTo(DiffCommand.Format.JSON);
        assertThatThrownBy(() -> DiffCommand.Format.of("html"))
                .hasMessage("Unknown diff format 'html': write one of markdown, json.");
    }

    @Test
    void severityOfTheSummaryIsInfo() {
        run(FailOn.ERROR, List.of());
        assertThat(log.get(log.size() - 1)).startsWith(Severity.INFO.id());
    }
}
